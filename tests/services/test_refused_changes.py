"""Every reason the server can refuse a change for tells staff what to do next."""

from __future__ import annotations

import re
from pathlib import Path

import counter_app.server
from counter_app.services.refused_changes import _ADVICE, NOT_SHOWN, Advice, advice_for

REJECTED = re.compile(r'Rejected\(\s*"([a-z_]+)"')


def _reasons_the_server_gives() -> set[str]:
    folder = Path(counter_app.server.__file__).parent
    return {
        reason
        for path in folder.rglob("*.py")
        for reason in REJECTED.findall(path.read_text(encoding="utf-8"))
    }


def test_every_reason_the_server_gives_has_its_advice() -> None:
    reasons = _reasons_the_server_gives()
    assert len(reasons) > 40  # the scan finds the handlers' reasons
    assert reasons - set(_ADVICE) - NOT_SHOWN == set()


def test_a_reason_a_newer_server_invents_reads_as_not_accepted() -> None:
    assert advice_for("a_reason_from_the_future") is Advice.NOT_ACCEPTED
    assert advice_for(None) is Advice.NOT_ACCEPTED
    assert advice_for("wrong_state") is Advice.TAKEN_ELSEWHERE
    assert advice_for("duplicate_inquiry") is Advice.ALREADY_DONE

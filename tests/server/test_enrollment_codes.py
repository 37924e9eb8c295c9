"""One-time enrollment codes made with counter-admin, traded by a desk for its token, and
revoking a desk: refused at its very next request."""

from __future__ import annotations

import asyncio
import re
from datetime import timedelta

import httpx
import pytest
from sqlalchemy import select, update

from counter_app.domain.access import CODE_VALID
from counter_app.domain.timezone import utc_now
from counter_app.models import Desk, DeskCredential, EnrollmentCode
from counter_app.protocol.messages import EnrollResponse
from counter_app.server.admin.main import main as admin
from counter_app.sync.live import pokes
from tests.support.api import ApiDesk, error_text, issue
from tests.support.server_db import server_session
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant


def make_code(
    server: ServerProcess,
    tenant: Tenant,
    capsys: pytest.CaptureFixture[str],
    name: str = "KVIK 7",
    kind: str = "kvik",
) -> str:
    """``counter-admin desk add``, and the code it printed."""
    assert (
        admin(
            [
                "--database-url",
                server.database_url,
                "desk",
                "add",
                "--municipality",
                tenant.code,
                "--branch",
                "HB",
                "--name",
                name,
                "--kind",
                kind,
            ]
        )
        == 0
    )
    printed = capsys.readouterr().out
    found = re.search(r"code: ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})", printed)
    assert found, printed
    return found.group(1)


def trade(http: httpx.Client, code: str) -> httpx.Response:
    return http.post("/api/v1/enroll/code", json={"code": code})


def test_a_code_enrolls_its_desk_once(
    http: httpx.Client, server: ServerProcess, tenant: Tenant, capsys: pytest.CaptureFixture[str]
) -> None:
    code = make_code(server, tenant, capsys)
    # Typed in lower case with spaces, as people do.
    answer = trade(http, code.lower().replace("-", " "))
    assert answer.status_code == 200, answer.text
    enrolled = EnrollResponse.model_validate_json(answer.content)
    assert (enrolled.desk_name, enrolled.desk_kind) == ("KVIK 7", "kvik")
    desk = ApiDesk(http, enrolled)
    assert desk.push([issue(1, tenant.queue_ids["K"])]).results[0].status == "applied"
    again = trade(http, code)
    assert again.status_code == 403 and "used already" in error_text(again)
    with server_session(server.database_url) as session:
        stored = session.scalars(select(EnrollmentCode.code_sha256)).all()
    assert code not in stored and code.replace("-", "") not in stored  # only digests


def test_unknown_expired_and_replaced_codes_are_refused(
    http: httpx.Client, server: ServerProcess, tenant: Tenant, capsys: pytest.CaptureFixture[str]
) -> None:
    first = make_code(server, tenant, capsys, name="KVIK 8")
    second = make_code(server, tenant, capsys, name="KVIK 8")  # a new code for the same desk
    replaced = trade(http, first)
    assert replaced.status_code == 403 and "expired" in error_text(replaced)
    unknown = trade(http, "ACDE-FGHJ-KMNP")
    assert unknown.status_code == 403 and "not known" in error_text(unknown)
    malformed = trade(http, "12345")
    assert malformed.status_code == 403 and "12 letters" in error_text(malformed)
    with server_session(server.database_url) as session, session.begin():
        session.execute(
            update(EnrollmentCode)
            .where(EnrollmentCode.used_at.is_(None), EnrollmentCode.expires_at > utc_now())
            .values(expires_at=utc_now() - timedelta(seconds=1))
        )
    expired = trade(http, second)
    assert expired.status_code == 403 and "expired" in error_text(expired)


def test_a_code_lasts_three_days(
    server: ServerProcess, tenant: Tenant, capsys: pytest.CaptureFixture[str]
) -> None:
    before = utc_now()
    make_code(server, tenant, capsys, name="Kiosk 3", kind="kiosk")
    with server_session(server.database_url) as session:
        row = session.scalars(
            select(EnrollmentCode)
            .join(Desk, Desk.id == EnrollmentCode.desk_id)
            .where(Desk.name == "Kiosk 3", Desk.municipality_id == tenant.municipality_id)
        ).one()
    assert before + CODE_VALID <= row.expires_at <= utc_now() + CODE_VALID


async def _live_refused(server: ServerProcess, token: str) -> None:
    with pytest.raises(Exception, match=r"revoked|1008|rejected|closed"):
        async for _poke in pokes(server.base_url, token):
            break


def test_a_revoked_desk_is_refused_at_its_next_request(
    http: httpx.Client, server: ServerProcess, tenant: Tenant, capsys: pytest.CaptureFixture[str]
) -> None:
    code = make_code(server, tenant, capsys, name="Stjålet")
    desk = ApiDesk(http, EnrollResponse.model_validate_json(trade(http, code).content))
    assert desk.push([issue(1, tenant.queue_ids["K"])]).results[0].status == "applied"
    revoked = admin(
        [
            "--database-url",
            server.database_url,
            "desk",
            "revoke",
            "--municipality",
            tenant.code,
            "--branch",
            "HB",
            "--name",
            "Stjålet",
        ]
    )
    assert revoked == 0 and "revoked (1 live token)" in capsys.readouterr().out
    refused = desk.push_raw([issue(2, tenant.queue_ids["K"])])
    assert refused.status_code == 401 and "enroll" in error_text(refused)
    snapshot = http.get("/api/v1/sync/snapshot", headers=desk.headers)
    assert snapshot.status_code == 401
    asyncio.run(_live_refused(server, desk.enrolled.token))
    with server_session(server.database_url) as session:
        revoked_at = session.scalars(
            select(DeskCredential.revoked_at).where(DeskCredential.desk_id == desk.enrolled.desk_id)
        ).one()
    assert revoked_at is not None
    # IT makes a new code for the same desk: it is back, with its numbering.
    back = EnrollResponse.model_validate_json(
        trade(http, make_code(server, tenant, capsys, name="Stjålet")).content
    )
    assert back.desk_id == desk.enrolled.desk_id and back.last_applied_number == 1


def test_the_admin_command_says_what_is_wrong(
    server: ServerProcess,
    tenant: Tenant,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("COUNTER_DATABASE_URL", raising=False)
    base = ["--database-url", server.database_url, "desk"]
    where = ["--municipality", tenant.code, "--branch", "HB", "--name"]
    assert admin([*base, "add", "--municipality", "nowhere", "--branch", "HB", "--name", "X"]) == 2
    assert "no municipality with code 'nowhere'" in capsys.readouterr().err
    assert (
        admin([*base, "add", "--municipality", tenant.code, "--branch", "ZZ", "--name", "X"]) == 2
    )
    assert "no branch 'ZZ'" in capsys.readouterr().err
    make_code(server, tenant, capsys, name="Skranke X")
    assert admin([*base, "add", *where, "Skranke X", "--kind", "display"]) == 2
    assert "exists as a kvik desk" in capsys.readouterr().err
    assert admin([*base, "revoke", *where, "Findes ikke"]) == 2
    assert "desk list" in capsys.readouterr().err
    assert admin([*base, "list", "--municipality", tenant.code]) == 0
    listing = capsys.readouterr().out
    assert re.search(r"HB\s+Skranke X\s+kvik\s+code waiting to be used", listing), listing
    assert admin(["desk", "list", "--municipality", tenant.code]) == 2  # no database given

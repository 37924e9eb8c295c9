"""What the server answers during a desk's first sync, before its window listens, is told
to the window once it does (found by the fault harness: a call given up on as offline and
applied after all was settled at the next start, and nobody was told)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from counter_app.sync.engine import OfflineError
from tests.support.desk import enrolled_desk
from tests.support.listener import Recorder
from tests.support.proxy import AnswerDroppingProxy
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant


def test_a_late_call_settled_at_start_is_told_to_the_first_listener(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with (
            AnswerDroppingProxy(server.port) as proxy,
            enrolled_desk(server, tenant, tmp_path, via=proxy.base_url) as desk,
        ):
            desk.issue_ticket("K")
            await desk.sync.push_all()
            number = desk.call_next("K")
            proxy.drop_answers = True  # the server calls K001; the desk never hears so
            with pytest.raises(OfflineError):
                await desk.sync.push_contended(number, timeout=1.0)
            proxy.drop_answers = False

            # The desk program is closed and started again: its first sync, then its window.
            restarted = desk.restarted_engine()
            await restarted.sync_once()
            assert desk.outbox_entries() == []
            window = Recorder()
            restarted.add_listener(window)
            assert [r.number for r in window.late] == [number]
            later = Recorder()
            restarted.add_listener(later)
            assert later.late == []  # told once

    asyncio.run(scenario())

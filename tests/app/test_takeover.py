"""Closing the desk program that hosts the embedded server does not strand the others."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

from counter_app.app.settings import DeskSettings
from counter_app.app.startup import start_desk


def _settings(data_dir: Path, name: str) -> DeskSettings:
    return DeskSettings(
        data_dir=data_dir,
        server_url=None,
        enrollment_key=None,
        municipality="demo",
        branch="HB",
        desk_name=name,
        language="da",
        smoke_test=False,
        screenshot=None,
    )


def test_a_joined_desk_takes_over_the_server_and_keeps_its_work(tmp_path: Path) -> None:
    async def scenario() -> None:
        host = await start_desk(_settings(tmp_path, "KVIK 1"))
        guest = await start_desk(_settings(tmp_path, "KVIK 2"))
        assert host.embedded is not None and host.embedded.hosted
        assert guest.embedded is not None and not guest.embedded.hosted
        kvik = next(q.id for q in guest.services.queues.queues() if q.prefix == "K")
        guest.services.dispenser.issue_later(kvik)
        await guest.sync.push_all()
        old_url = guest.client.base_url

        await host.close()  # the first desk program is closed for the day
        guest.services.dispenser.issue_later(kvik)  # work goes on meanwhile, kept in the outbox

        def took_over() -> bool:
            return guest.synced and guest.embedded is not None and guest.embedded.hosted

        supervisor = asyncio.ensure_future(guest.supervise(interval=0.2))
        try:
            async with asyncio.timeout(20):
                while not took_over():
                    await asyncio.sleep(0.05)
            await guest.sync.push_all()
            await guest.sync.pull_all()
        finally:
            supervisor.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await supervisor
        assert guest.client.base_url != old_url
        assert guest.sync.outbox.pending_count() == 0
        labels = sorted(t.label for t in guest.services.queues.waiting_tickets())
        assert labels == ["K001", "K002"]  # the same server database: nothing lost or doubled
        await guest.close()

    asyncio.run(scenario())


def test_a_data_folder_moved_to_another_branch_and_back_still_starts(tmp_path: Path) -> None:
    async def scenario() -> None:
        first = await start_desk(_settings(tmp_path, "Skranke"))
        await first.close()
        north = _settings(tmp_path, "Skranke")
        north = DeskSettings(**{**north.__dict__, "branch": "NORD"})
        moved = await start_desk(north)
        assert [q.prefix for q in moved.services.queues.queues()] == ["N"]
        await moved.close()
        back = await start_desk(_settings(tmp_path, "Skranke"))
        other = await start_desk(_settings(tmp_path, "KVIK 9"))
        kvik = next(q.id for q in other.services.queues.queues() if q.prefix == "K")
        other.services.dispenser.issue_later(kvik)
        await other.sync.push_all()
        await back.sync.pull_all()  # failed on a foreign key before: NORD's rows were kept
        assert [q.prefix for q in back.services.queues.queues()] == ["K", "B", "L"]
        assert [t.label for t in back.services.queues.waiting_tickets()] == ["K001"]
        await other.close()
        await back.close()

    asyncio.run(scenario())

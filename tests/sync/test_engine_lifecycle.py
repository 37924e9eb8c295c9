"""Starting and stopping the sync engine, without a server to talk to."""

from __future__ import annotations

import asyncio
import threading
import uuid
from pathlib import Path
from typing import Any

import pytest

from counter_app.domain.timezone import utc_now
from counter_app.sync.client import SyncClient
from counter_app.sync.engine import SyncEngine
from counter_app.sync.local_db import open_desk_database
from counter_app.sync.outbox import Outbox
from counter_app.sync.replica import Replica
from tests.support.desk import enrolled_desk
from tests.support.server_process import ServerProcess, free_port
from tests.support.tenants import Tenant


def test_stop_ends_the_engine_even_as_a_pull_is_requested(tmp_path: Path) -> None:
    """A cancellation arriving just as the pull loop wakes must not be lost (it was, with
    asyncio.wait_for on Python 3.11, and stop() then waited forever)."""
    db = open_desk_database(tmp_path / "desk.sqlite")

    async def scenario() -> None:
        client = SyncClient(f"http://127.0.0.1:{free_port()}", timeout=1.0)  # nobody there
        engine = SyncEngine(
            client=client,
            outbox=Outbox(db, clock=utc_now),
            replica=Replica(db, clock=utc_now),
            branch_id=uuid.uuid4(),
            poll_interval=30.0,
        )
        try:
            for spins in range(8):
                engine.start()
                await asyncio.sleep(0.05)  # the loops settle into waiting
                engine.request_pull()
                for _ in range(spins):
                    await asyncio.sleep(0)
                # (not asyncio.timeout: stop() swallows a cancellation, so it cannot interrupt)
                stopping = asyncio.create_task(engine.stop())
                done, _ = await asyncio.wait({stopping}, timeout=2.0)
                if not done:
                    pytest.fail(f"stop() hung when cancelled {spins} steps after a poke")
                assert asyncio.all_tasks() == {asyncio.current_task()}
                assert engine.status.online is False
        finally:
            await client.aclose()

    try:
        asyncio.run(scenario())
    finally:
        db.dispose()


def test_stop_waits_for_a_pulled_page_being_written(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    """Pulled rows are written in a worker thread (the window stays responsive meanwhile);
    a desk that stops then must not close its database under that write."""
    entered = threading.Event()
    release = threading.Event()

    class SlowReplica(Replica):
        def apply_changes(self, *args: Any, **kwargs: Any) -> set[str]:
            assert threading.current_thread() is not threading.main_thread()
            entered.set()
            release.wait(10)
            return super().apply_changes(*args, **kwargs)

    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path) as desk:
            desk.issue_ticket("K")
            await desk.sync.push_all()
            cursor = desk.sync.replica.cursor(desk.sync.branch_id)
            assert cursor is not None
            desk.sync.replica = SlowReplica(desk.db, utc_now)
            pulling = asyncio.ensure_future(desk.sync.pull_all())
            while not entered.is_set():
                await asyncio.sleep(0.01)
            pulling.cancel()
            stopping = asyncio.ensure_future(desk.sync.stop())
            await asyncio.sleep(0.3)
            assert not stopping.done()  # the write is under way: stop waits for it
            release.set()
            await stopping
            written = desk.sync.replica.cursor(desk.sync.branch_id)
            assert written is not None and written.seq > cursor.seq

    asyncio.run(scenario())

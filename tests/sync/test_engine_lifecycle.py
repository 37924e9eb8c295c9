"""Starting and stopping the sync engine, without a server to talk to."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest

from counter_app.domain.timezone import utc_now
from counter_app.sync.client import SyncClient
from counter_app.sync.engine import SyncEngine
from counter_app.sync.local_db import open_desk_database
from counter_app.sync.outbox import Outbox
from counter_app.sync.replica import Replica
from tests.support.server_process import free_port


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

"""A desk back from a day offline: 10,000 changes waiting, from reconnect to an empty outbox.

The desk is the real desk program without its window (``start_desk``). It enrolls and syncs,
then, not syncing, registers ``changes`` inquiries (a book bus's day: each its own local
transaction and outbox row). The clock starts when its sync engine starts again and stops
when nothing waits to be sent.
"""

from __future__ import annotations

import asyncio
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.stack import Place, Stack, desk_settings
from counter_app.app.startup import start_desk
from counter_app.domain.inquiries import Channel, Outcome
from counter_app.sync.engine import IgnoringListener, SyncStatus


class _OutboxEmptied(IgnoringListener):
    """A sync listener that waits for the status "nothing waits to be sent"."""

    def __init__(self) -> None:
        self._event = asyncio.Event()

    async def wait(self) -> None:
        await self._event.wait()

    def on_status(self, status: SyncStatus) -> None:
        if status.pending == 0:
            self._event.set()


async def measure(stack: Stack, folder: Path, *, where: Place, changes: int) -> dict[str, Any]:
    """Time the backlog of ``changes`` inquiries going out, from a desk at ``where``."""
    folder = folder / "backlog-desk"
    settings = desk_settings(
        where, folder, "Bogbussen", server=(stack.base_url, stack.enrollment_key)
    )
    desk = await start_desk(settings)
    try:
        if not desk.synced:
            raise RuntimeError("the backlog desk did not sync at start")
        written = time.monotonic()
        now = desk.clock()
        for n in range(changes):
            desk.services.inquiries.register(
                channel=Channel.COUNTER,
                outcome=Outcome.RESOLVED,
                started_at=now - timedelta(minutes=3, seconds=n % 60),
                ended_at=now - timedelta(seconds=n % 60),
            )
        written_s = time.monotonic() - written
        outbox = desk.sync.outbox
        assert outbox.pending_count() == changes
        emptied = _OutboxEmptied()
        desk.sync.add_listener(emptied)
        started = time.monotonic()
        desk.sync.start()
        # Told by the engine, as the window is (counting the outbox every few milliseconds
        # from here would be the benchmark's own load on the desk).
        await emptied.wait()
        took = time.monotonic() - started
        if outbox.pending_count() != 0:
            raise RuntimeError("the engine reported an empty outbox that was not")
    finally:
        await desk.close()
    return {
        "backlog_changes": changes,
        "backlog_10k_s": round(took * 10_000 / changes, 2),
        "backlog_per_s": round(changes / took, 1),
        "backlog_written_offline_s": round(written_s, 1),
    }

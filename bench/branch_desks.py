"""The desks and display boards of the measured branch, in a process of their own.

Each is the real desk program without its window (``start_desk``: enrollment, local
SQLite, outbox, sync engine with its live connection). The first desk of the process
with ``caller`` set calls the next citizen ``calls`` times; every desk writes when each
called ticket became visible in its own database.

    python -m bench.branch_desks CONFIG.json

Files in the config's folder: ``ready-<pid>`` once every desk has synced, ``calls.jsonl``
(the caller: ticket, when the call started, when the server answered) and
``seen-<pid>.jsonl`` (desk, ticket, when it was visible there). The process starts calling
when ``go`` exists and stops when ``stop`` exists. Times are ``time.monotonic()``, which on
Linux is one clock for every process of the machine.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import sys
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import Session

from bench.stack import Place, desk_settings
from counter_app.app.startup import RunningDesk, start_desk
from counter_app.models import Queue, Ticket
from counter_app.protocol.messages import MutationResult
from counter_app.sync.engine import IgnoringListener

log = logging.getLogger("bench.desks")


@dataclass(frozen=True)
class BranchConfig:
    """What the orchestrator tells one process (written as JSON)."""

    folder: str
    server_url: str
    enrollment_key: str
    municipality: str
    branch: str
    desks: list[tuple[str, str]]  # (name, mode: "desk" or "display")
    caller: bool
    calls: int
    interval_s: float


class Visibility(IgnoringListener):
    """A desk's sync listener: writes when each called ticket is first in its database."""

    def __init__(self, desk: RunningDesk, name: str, out: IO[str]) -> None:
        self._desk = desk
        self._name = name
        self._out = out
        self._seen: set[uuid.UUID] = set()

    def on_changed(self, tables: set[str]) -> None:
        """Pulled rows: which called tickets are new here."""
        if "ticket" not in tables:
            return
        now = time.monotonic()
        with Session(self._desk.database) as session:
            called = session.scalars(select(Ticket.id).where(Ticket.called_at.is_not(None)))
            for ticket_id in called:
                if ticket_id not in self._seen:
                    self._seen.add(ticket_id)
                    self._out.write(
                        json.dumps({"desk": self._name, "ticket": str(ticket_id), "t": now}) + "\n"
                    )
        self._out.flush()

    def on_rejected(self, results: list[MutationResult]) -> None:
        """Not expected; logged."""
        log.warning("%s: refused %s", self._name, [r.reason for r in results])


async def _start(config: BranchConfig, name: str, mode: str) -> RunningDesk:
    where = Place(config.municipality, config.branch)
    folder = Path(config.folder) / "desks" / name
    settings = desk_settings(
        where, folder, name, server=(config.server_url, config.enrollment_key), mode=mode
    )
    desk = await start_desk(settings)
    if not desk.synced:
        raise RuntimeError(f"{name} did not sync at start")
    return desk


async def _wait_for(path: Path) -> None:
    while not path.exists():
        await asyncio.sleep(0.02)


async def _call(desk: RunningDesk, config: BranchConfig, folder: Path) -> None:
    """Draw the tickets, wait for the go, then call them one by one."""
    with Session(desk.database) as session:
        queue_ids = list(
            session.scalars(
                select(Queue.id).where(Queue.branch_id == desk.services.identity.branch_id)
            )
        )
    for _ in range(config.calls + 1):
        desk.services.dispenser.issue_later(queue_ids[0])
    await desk.sync.push_all(timeout=30.0)
    await _wait_for(folder / "go")
    with (folder / "calls.jsonl").open("a", encoding="utf-8") as out:
        for _ in range(config.calls):
            started = time.monotonic()
            outcome = await desk.services.work.call_next(queue_ids)
            answered = time.monotonic()
            current = desk.services.queues.current_ticket()
            out.write(
                json.dumps(
                    {
                        "ticket": str(current.id) if current else None,
                        "reason": outcome.reason,
                        "t0": started,
                        "t1": answered,
                    }
                )
                + "\n"
            )
            out.flush()
            await asyncio.sleep(config.interval_s)


async def run(config: BranchConfig) -> None:
    """Start the desks, measure, stop them."""
    folder = Path(config.folder)
    desks = [await _start(config, name, mode) for name, mode in config.desks]
    with (folder / f"seen-{os.getpid()}.jsonl").open("a", encoding="utf-8") as seen:
        for desk, (name, _mode) in zip(desks, config.desks, strict=True):
            desk.sync.add_listener(Visibility(desk, name, seen))
            desk.sync.start()
        (folder / f"ready-{os.getpid()}").touch()
        try:
            if config.caller:
                await _call(desks[0], config, folder)
            await _wait_for(folder / "stop")
        finally:
            for desk in desks:
                await desk.close()


def main(argv: list[str] | None = None) -> int:
    """Entry point: ``python -m bench.branch_desks CONFIG.json``."""
    args = sys.argv[1:] if argv is None else argv
    data = json.loads(Path(args[0]).read_text())
    data["desks"] = [tuple(d) for d in data["desks"]]
    config = BranchConfig(**data)
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s desks %(levelname)s %(message)s")
    asyncio.run(run(config))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""One simulated desk in a process of its own, for the fault harness.

It is the desk program without its window: the real start (``start_desk``: integrity
check and rebuild, enrollment, first sync), the real sync engine and outbox over a local
SQLite file, and the use cases the window calls, driven by a seeded random hand: draw
tickets, call the next, finish, register inquiries, book and cancel appointments, forward
screen inquiries (a library desk) and accept them (a caseworker desk).

    python -m faults.desk_worker CONFIG.json

The harness steers it through the control file (phase ``work``, ``drain`` or ``final``;
the clock's offset) and reads what it did from two files it writes: the journal (one JSON
line per action, written after the local commit, and one per rejection the desk showed)
and the status (its phase and its outbox).
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import random
import sys
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.app.settings import DeskSettings
from counter_app.app.startup import RunningDesk, start_desk
from counter_app.domain.inquiries import Channel, Outcome
from counter_app.domain.org import Resource
from counter_app.domain.timezone import utc_now
from counter_app.models import Appointment, AppointmentState, DeskIdentity, Queue, Service
from counter_app.protocol.messages import MutationResult
from counter_app.services.booking_desk import SlotTakenError
from counter_app.sync.client import ServerRefusedError, ServerUnreachableError
from counter_app.sync.engine import IgnoringListener, OfflineError

log = logging.getLogger("faults.desk")

TICK = 0.1


@dataclass(frozen=True)
class WorkerConfig:
    """What the harness tells a desk process (written as JSON)."""

    folder: str
    server_url: str
    enrollment_key: str
    branch: str
    desk_name: str
    role: str  # "kvik", "caseworker" or "library"
    seed: int

    @property
    def control(self) -> Path:
        """The file the harness writes."""
        return Path(self.folder) / "control.json"

    @property
    def status(self) -> Path:
        """The file this process writes."""
        return Path(self.folder) / "status.json"

    @property
    def journal(self) -> Path:
        """The journal (appended to across restarts)."""
        return Path(self.folder) / "journal.jsonl"


def read_json(path: Path) -> dict[str, Any]:
    """A JSON file written whole by :func:`write_json`, or {} before it exists."""
    try:
        data: dict[str, Any] = json.loads(path.read_text())
    except (OSError, ValueError):
        return {}
    return data


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Replace the file in one step (a reader never sees half of it)."""
    part = path.with_suffix(".part")
    part.write_text(json.dumps(data))
    os.replace(part, path)


class Journal:
    """Appends one line per event; each line reaches the file before the next action."""

    def __init__(self, path: Path) -> None:
        self._file = path.open("a", buffering=1, encoding="utf-8")

    def write(self, **event: Any) -> None:
        """One event."""
        self._file.write(json.dumps(event, default=str) + "\n")


class ShownRejections(IgnoringListener):
    """The sync engine's listener, as the window is one: records what staff were shown."""

    def __init__(self, journal: Journal) -> None:
        self._journal = journal

    def on_rejected(self, results: list[MutationResult]) -> None:
        """The window lists these with what to do; the journal records that they were."""
        for result in results:
            self._journal.write(event="shown_rejection", number=result.number, reason=result.reason)

    def on_late(self, results: list[MutationResult]) -> None:
        """A withdrawn change the server had applied after all: staff are told."""
        for result in results:
            self._journal.write(event="shown_late", number=result.number)


class Hand:
    """The random member of staff at one desk."""

    def __init__(
        self, desk: RunningDesk, config: WorkerConfig, journal: Journal, rng: random.Random
    ) -> None:
        self.desk = desk
        self.config = config
        self.journal = journal
        self.rng = rng
        self.services = desk.services
        self._presence_at: datetime | None = None

    def _last_number(self) -> int:
        with Session(self.desk.database) as session:
            return session.scalars(select(DeskIdentity.last_number)).one()

    def _record(self, action: str, **detail: Any) -> None:
        self.journal.write(event="action", action=action, number=self._last_number(), **detail)

    def _queue_ids(self) -> list[uuid.UUID]:
        with Session(self.desk.database) as session:
            return list(
                session.scalars(
                    select(Queue.id).where(Queue.branch_id == self.services.identity.branch_id)
                )
            )

    def actions(self) -> list[tuple[Callable[[], Awaitable[None]], int]]:
        """The moves this desk's role makes, with their weights."""
        common: list[tuple[Callable[[], Awaitable[None]], int]] = [
            (self.issue, 4),
            (self.call_next, 3),
            (self.finish, 3),
            (self.register, 4),
        ]
        if self.config.role == "library":
            return [*common, (self.forward, 2)]
        booking = [(self.book, 3), (self.cancel, 1)]
        if self.config.role == "caseworker":
            return [*common, *booking, (self.presence, 1), (self.accept, 3), (self.end_screen, 2)]
        return [*common, *booking]

    async def step(self) -> None:
        """One random move; what it gave goes to the journal."""
        moves = self.actions()
        move = self.rng.choices([m for m, _ in moves], [w for _, w in moves])[0]
        try:
            await move()
        except OfflineError:
            self._record(move.__name__, outcome="offline")
        except SlotTakenError:
            self.journal.write(event="refused_here", action=move.__name__)
        except (LookupError, ValueError) as exc:
            self.journal.write(event="refused_here", action=move.__name__, why=str(exc)[:120])

    async def issue(self) -> None:
        """Draw a ticket for a citizen (the number comes with the next push)."""
        queues = self._queue_ids()
        if queues:
            ticket_id = self.services.dispenser.issue_later(self.rng.choice(queues))
            self._record("issue", ticket_id=str(ticket_id))

    async def call_next(self) -> None:
        """Call the next citizen of every queue of the branch (contended)."""
        outcome = await self.services.work.call_next(self._queue_ids())
        current = self.services.queues.current_ticket() if outcome.ticket_label else None
        self._record(
            "call_next",
            outcome="called" if outcome.ticket_label else "rejected",
            reason=outcome.reason,
            ticket_id=str(current.id) if current else None,
        )

    async def finish(self) -> None:
        """Finish the citizen at the desk."""
        current = self.services.queues.current_ticket()
        if current is not None:
            self.services.work.finish(current.id)
            self._record("finish", ticket_id=str(current.id))

    async def register(self) -> None:
        """Register the inquiry just answered."""
        now = self.desk.clock()
        inquiry_id = self.services.inquiries.register(
            channel=Channel.COUNTER,
            outcome=Outcome.RESOLVED,
            started_at=now - timedelta(minutes=self.rng.randint(1, 20)),
            ended_at=now,
        )
        self._record("register", inquiry_id=str(inquiry_id))

    async def book(self) -> None:
        """Book one of the first free slots (so the desks contend for the same ones)."""
        resource = Resource.CITIZEN_SERVICE
        slots = self.services.bookings.offer(resource, 15, count=4)
        if not slots:
            return
        slot = self.rng.choice(slots)
        view = self.services.bookings.book(
            resource=resource,
            minutes=15,
            starts_at=slot.starts_at,
            citizen_name="Test Borger",
            citizen_contact="borger@example.dk",
        )
        self._record("book", appointment_id=str(view.id))

    async def cancel(self) -> None:
        """Cancel one of this desk's booked appointments."""
        with Session(self.desk.database) as session:
            mine = list(
                session.scalars(
                    select(Appointment.id).where(
                        Appointment.booked_by_desk_id == self.services.identity.desk_id,
                        Appointment.state == AppointmentState.BOOKED,
                    )
                )
            )
        if mine:
            appointment_id = self.rng.choice(mine)
            self.services.arrivals.cancel(appointment_id)
            self._record("cancel", appointment_id=str(appointment_id))

    async def presence(self) -> None:
        """A caseworker desk says it is open (so screen inquiries may be forwarded)."""
        self.services.work.set_presence(open_=True, queue_ids=self._queue_ids())
        self._record("presence")

    async def forward(self) -> None:
        """A library desk puts a citizen in borgerservice's screen queue (contended)."""
        rooms = self.services.screens.rooms()
        with Session(self.desk.database) as session:
            service_id = session.scalars(select(Service.id).limit(1)).first()
        if not rooms or service_id is None:
            return
        outcome = await self.services.screens.forward(
            service_id=service_id, room_id=self.rng.choice(rooms).id
        )
        self._record(
            "forward",
            outcome="forwarded" if outcome.screen_inquiry_id else "rejected",
            reason=outcome.reason,
            screen_inquiry_id=str(outcome.screen_inquiry_id) if outcome.screen_inquiry_id else None,
        )

    async def accept(self) -> None:
        """A caseworker takes the longest-waiting screen inquiry (contended)."""
        waiting = [view for view in self.services.screens.queue() if view.state == "waiting"]
        if not waiting:
            return
        chosen = waiting[0]
        outcome = await self.services.screens.accept(chosen.id)
        self._record(
            "accept",
            outcome="accepted" if outcome.accepted else "rejected",
            reason=outcome.reason,
            screen_inquiry_id=str(chosen.id),
        )

    async def end_screen(self) -> None:
        """Start, then finish, a screen call this caseworker accepted."""
        for view in self.services.screens.queue():
            if not view.mine:
                continue
            if view.state == "accepted":
                self.services.screens.start(view.id)
                self._record("screen_start", screen_inquiry_id=str(view.id))
                return
            if view.state == "in_call":
                self.services.screens.finish(view.id)
                self._record("screen_finish", screen_inquiry_id=str(view.id))
                return


async def drain(desk: RunningDesk) -> bool:
    """Send and pull once; True when nothing waits to be sent."""
    if not desk.synced:
        return False
    try:
        await asyncio.wait_for(desk.sync.push_all(timeout=5.0), 10.0)
        await asyncio.wait_for(desk.sync.pull_all(), 20.0)
    except (ServerUnreachableError, ServerRefusedError, TimeoutError) as exc:
        log.info("not drained yet: %s", exc)
        return False
    return desk.sync.outbox.pending_count(include_withdrawn=True) == 0


async def run(config: WorkerConfig) -> None:
    """Start the desk, work until told to drain, drain, pull once more and stop."""
    offset = [0.0]

    def clock() -> datetime:
        return utc_now() + timedelta(seconds=offset[0])

    def steer() -> str:
        control = read_json(config.control)
        offset[0] = float(control.get("clock_offset_s", 0.0))
        return str(control.get("phase", "work"))

    steer()
    journal = Journal(config.journal)
    settings = DeskSettings(
        data_dir=Path(config.folder) / "data",
        server_url=config.server_url,
        enrollment_key=config.enrollment_key,
        municipality="demo",
        branch=config.branch,
        desk_name=config.desk_name,
        language="da",
        smoke_test=False,
        screenshot=None,
    )
    desk = await start_desk(settings, clock)
    journal.write(event="started", synced=desk.synced, rebuilt=desk.recovery is not None)
    desk.sync.add_listener(ShownRejections(journal))
    desk.sync.start()
    supervisor = asyncio.create_task(desk.supervise(interval=0.5))
    rng = random.Random(f"{config.seed}-{os.getpid()}")
    hand = Hand(desk, config, journal, rng)
    try:
        phase = steer()
        while phase == "work":
            write_json(config.status, {"phase": "work", "pid": os.getpid()})
            if desk.synced or rng.random() < 0.5:
                await hand.step()
            await asyncio.sleep(rng.uniform(0.01, 0.12))
            phase = steer()
        while phase == "drain":
            drained = await drain(desk)
            write_json(
                config.status,
                {
                    "phase": "drained" if drained else "draining",
                    "pending": desk.sync.outbox.pending_count(include_withdrawn=True),
                    "pid": os.getpid(),
                },
            )
            await asyncio.sleep(TICK)
            phase = steer()
        await desk.sync.stop()
        await asyncio.wait_for(desk.sync.pull_all(), 20.0)
        write_json(config.status, {"phase": "final", "pid": os.getpid()})
    finally:
        supervisor.cancel()
        await asyncio.gather(supervisor, return_exceptions=True)
        await desk.sync.stop()
        await desk.client.aclose()
        desk.database.dispose()
        desk.slot.release()


def main(argv: list[str] | None = None) -> int:
    """Entry point: ``python -m faults.desk_worker CONFIG.json``."""
    args = sys.argv[1:] if argv is None else argv
    config = WorkerConfig(**json.loads(Path(args[0]).read_text()))
    logging.basicConfig(
        level=logging.INFO,
        format=f"%(asctime)s {config.desk_name} %(name)s %(levelname)s %(message)s",
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    asyncio.run(run(config))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

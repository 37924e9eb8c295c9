"""Made-up history of a municipality's desks (tickets with every move, inquiries, callbacks,
appointments, screen inquiries) written straight into a server database: the demo's past
month, so a manager trying the program sees statistics, and the year of a large
municipality the statistics benchmark runs on.

The rows are what the handlers would have written (every ticket move in ``ticket_event``),
drawn from a seeded random generator so a run is repeatable. Only days before ``today``
get activity: today's queues stay empty.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any, cast

from sqlalchemy import Engine, Table, select
from sqlalchemy.orm import Session

from counter_app.domain.appointments import AppointmentState
from counter_app.domain.inquiries import CallbackState, Channel, Outcome
from counter_app.domain.org import Area, DeskKind, Resource
from counter_app.domain.screen_inquiries import ScreenInquiryState
from counter_app.domain.tickets import TicketState
from counter_app.domain.timezone import COPENHAGEN, require_utc
from counter_app.models import (
    Appointment,
    Base,
    Branch,
    Callback,
    CatalogueChoice,
    ChoiceKind,
    Desk,
    Inquiry,
    InquiryService,
    Queue,
    ScreenInquiry,
    ScreenRoom,
    Service,
    Shift,
    Ticket,
)
from counter_app.models.server_sync import TicketEvent
from counter_app.server.bulk_insert import insert_rows
from counter_app.server.statistics.facts import rebuild_facts

WEEKDAY_WEIGHT = (1.3, 1.1, 1.0, 1.2, 0.9, 0.35, 0.05)
SERVING_KINDS = {
    Resource.KVIK: (DeskKind.KVIK, DeskKind.BRANCH),
    Resource.CITIZEN_SERVICE: (DeskKind.CASEWORKER,),
    Resource.LIBRARIAN: (DeskKind.LIBRARIAN,),
}
TYPICAL_SERVICE_SECONDS = {
    Resource.KVIK: 280,
    Resource.CITIZEN_SERVICE: 840,
    Resource.LIBRARIAN: 600,
}
FIVE_MINUTES = 300
BATCH = 20_000


@dataclass(frozen=True)
class Volume:
    """How much happens over the whole history."""

    tickets: int
    inquiries: int
    appointments: int
    screen_inquiries: int


@dataclass
class _Branch:
    id: uuid.UUID
    citizen_service: bool
    queues: dict[Resource, list[tuple[uuid.UUID, str]]] = field(default_factory=dict)
    desks: dict[DeskKind, list[uuid.UUID]] = field(default_factory=dict)
    screens: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    bookable: set[Resource] = field(default_factory=set)

    def serving_desks(self, resource: Resource) -> list[uuid.UUID]:
        for kind in SERVING_KINDS.get(resource, ()):
            if self.desks.get(kind):
                return self.desks[kind]
        return [d for kind, ids in self.desks.items() if kind in SERVING for d in ids]


SERVING = (DeskKind.KVIK, DeskKind.BRANCH, DeskKind.CASEWORKER, DeskKind.LIBRARIAN)


@dataclass
class _Layout:
    municipality_id: uuid.UUID
    branches: list[_Branch]
    services: dict[Area, list[uuid.UUID]]
    callback_groups: list[str]


def _layout(session: Session, municipality_id: uuid.UUID) -> _Layout:
    branches = {
        row.id: _Branch(row.id, row.has_citizen_service)
        for row in session.scalars(select(Branch).where(Branch.municipality_id == municipality_id))
    }
    for queue in session.scalars(select(Queue).where(Queue.municipality_id == municipality_id)):
        branches[queue.branch_id].queues.setdefault(Resource(queue.resource), []).append(
            (queue.id, queue.prefix)
        )
    for desk in session.scalars(select(Desk).where(Desk.municipality_id == municipality_id)):
        branches[desk.branch_id].desks.setdefault(DeskKind(desk.kind), []).append(desk.id)
    for room in session.scalars(
        select(ScreenRoom).where(ScreenRoom.municipality_id == municipality_id)
    ):
        branches[room.branch_id].screens.append((room.id, room.name))
    for shift in session.scalars(select(Shift).where(Shift.municipality_id == municipality_id)):
        if shift.resource in (Resource.CITIZEN_SERVICE, Resource.LIBRARIAN):
            branches[shift.branch_id].bookable.add(Resource(shift.resource))
    services: dict[Area, list[uuid.UUID]] = defaultdict(list)
    for service in session.scalars(
        select(Service).where(Service.municipality_id == municipality_id, Service.active.is_(True))
    ):
        services[Area(service.area)].append(service.id)
    groups = list(
        session.scalars(
            select(CatalogueChoice.code).where(
                CatalogueChoice.municipality_id == municipality_id,
                CatalogueChoice.kind == ChoiceKind.CALLBACK_GROUP,
            )
        )
    )
    served = [b for b in branches.values() if b.queues and b.serving_desks(Resource.KVIK)]
    return _Layout(municipality_id, served, dict(services), groups or ["fees"])


@dataclass
class HistoryCounts:
    """What was written, per table."""

    rows: Counter[str] = field(default_factory=Counter)


def write_history(
    engine: Engine,
    municipality_id: uuid.UUID,
    *,
    today: date,
    days: int,
    volume: Volume,
    seed: int = 2026,
) -> HistoryCounts:
    """Write ``days`` days of activity ending yesterday; returns the row counts."""
    with Session(engine) as session:
        layout = _layout(session, municipality_id)
    history = _History(layout, today - timedelta(days=days), days, random.Random(seed))
    counts = HistoryCounts()
    with engine.begin() as connection:
        for table, rows in history.batches(volume):
            insert_rows(connection, table, rows)
            counts.rows[table.name] += len(rows)
    rebuild_facts(engine, municipality_id)
    return counts


class _History:
    def __init__(self, layout: _Layout, first_day: date, days: int, rng: random.Random) -> None:
        self.layout = layout
        self.rng = rng
        self.days = [first_day + timedelta(days=n) for n in range(days)]
        self.day_weights = [WEEKDAY_WEIGHT[day.weekday()] for day in self.days]
        self.branch_weights = [6.0 if b.citizen_service else 1.0 for b in layout.branches]
        self.numbers: Counter[tuple[uuid.UUID, date]] = Counter()
        self.served: list[tuple[dict[str, Any], Resource, uuid.UUID]] = []
        self.answered_by: dict[uuid.UUID, uuid.UUID] = {}

    # -- helpers ----------------------------------------------------------------------

    def _instant(self, day: date, minute: float) -> datetime:
        local = datetime.combine(day, time(0), tzinfo=COPENHAGEN) + timedelta(minutes=minute)
        return require_utc(local)

    def _opening_minute(self) -> float:
        # Busiest late morning and early afternoon, between 10:00 and 18:00.
        return 600 + self.rng.triangular(0, 479, 150)

    def _seconds(self, mean: float) -> int:
        return max(20, int(self.rng.lognormvariate(0, 0.6) * mean * 0.84))

    def _services(self, resource: Resource) -> list[uuid.UUID]:
        area = {
            Resource.CITIZEN_SERVICE: Area.CITIZEN_SERVICE,
            Resource.LIBRARIAN: Area.LIBRARY,
        }.get(resource) or self.rng.choice((Area.CITIZEN_SERVICE, Area.LIBRARY))
        pool = self.layout.services.get(area) or [
            s for ids in self.layout.services.values() for s in ids
        ]
        return self.rng.sample(pool, 2 if self.rng.random() < 0.15 and len(pool) > 1 else 1)

    # -- the whole history, table by table in foreign-key order ----------------------

    def batches(self, volume: Volume) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
        tickets, events = self._tickets(volume.tickets)
        yield from _chunks(_table(Ticket), tickets)
        yield from _chunks(_table(TicketEvent), events)
        screens = self._screen_inquiries(volume.screen_inquiries)
        yield from _chunks(_table(ScreenInquiry), screens)
        inquiries, links, callbacks = self._inquiries(volume.inquiries, screens)
        yield from _chunks(_table(Inquiry), inquiries)
        yield from _chunks(_table(InquiryService), links)
        yield from _chunks(_table(Callback), callbacks)
        yield from _chunks(_table(Appointment), self._appointments(volume.appointments))

    def _tickets(self, count: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
        tickets: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        days = self.rng.choices(self.days, self.day_weights, k=count)
        branches = self.rng.choices(self.layout.branches, self.branch_weights, k=count)
        for day, branch in zip(days, branches, strict=True):
            resources = list(branch.queues)
            weights = [5.0 if r is Resource.KVIK else 1.0 for r in resources]
            resource = self.rng.choices(resources, weights)[0]
            queue_id, prefix = self.rng.choice(branch.queues[resource])
            ticket, moves = self._visit(day, branch, resource, queue_id, prefix)
            tickets.append(ticket)
            events.extend(moves)
        return tickets, events

    def _visit(
        self, day: date, branch: _Branch, resource: Resource, queue_id: uuid.UUID, prefix: str
    ) -> tuple[dict[str, Any], list[dict[str, Any]]]:
        rng = self.rng
        ticket_id = uuid.uuid4()
        self.numbers[(queue_id, day)] += 1
        issued = self._instant(day, self._opening_minute())
        desks = branch.serving_desks(resource)
        desk = rng.choice(desks)
        moves: list[dict[str, Any]] = []

        def event(kind: str, at: datetime, queue: uuid.UUID, by: uuid.UUID | None) -> None:
            moves.append(
                {
                    "id": uuid.uuid4(),
                    "municipality_id": self.layout.municipality_id,
                    "branch_id": branch.id,
                    "ticket_id": ticket_id,
                    "kind": kind,
                    "at": at,
                    "queue_id": queue,
                    "desk_id": by,
                    "staff_id": None,
                    "note": "",
                }
            )

        ticket: dict[str, Any] = {
            "id": ticket_id,
            "municipality_id": self.layout.municipality_id,
            "branch_id": branch.id,
            "queue_id": queue_id,
            "service_id": None,
            "prefix": prefix,
            "number": self.numbers[(queue_id, day)],
            "offline_code": "",
            "service_day": day,
            "state": TicketState.DONE.value,
            "issued_at": issued,
            "issued_by_desk_id": None,
            "called_at": None,
            "called_by_desk_id": None,
            "called_by_staff_id": None,
            "serving_started_at": None,
            "finished_at": None,
            "assigned_desk_id": None,
            "note": "",
            "summoned_by_desk_id": None,
            "summoned_from_queue_id": None,
        }
        event("issue", issued, queue_id, None)
        waited = issued + timedelta(seconds=min(5400, int(rng.expovariate(1 / 420)) + 15))
        fate = rng.random()
        if fate < 0.03:  # left before being called
            event("no_show", waited, queue_id, desk)
            ticket.update(state=TicketState.NO_SHOW.value, finished_at=waited)
            return ticket, moves
        event("call", waited, queue_id, desk)
        ticket.update(called_at=waited, called_by_desk_id=desk)
        if fate < 0.06:  # called, did not come
            gone = waited + timedelta(seconds=120)
            event("no_show", gone, queue_id, desk)
            ticket.update(state=TicketState.NO_SHOW.value, finished_at=gone)
            return ticket, moves
        started = waited + timedelta(seconds=rng.randint(10, 60))
        event("start", started, queue_id, desk)
        mean = TYPICAL_SERVICE_SECONDS[resource]
        queue_now, desk_now, resource_now = queue_id, desk, resource
        if fate < 0.10 and len(branch.queues) > 1:  # sent on to another queue
            leg = started + timedelta(seconds=self._seconds(mean / 2))
            resource_now = rng.choice([r for r in branch.queues if r is not resource])
            queue_now = branch.queues[resource_now][0][0]
            event("transfer", leg, queue_now, desk)
            desk_now = rng.choice(branch.serving_desks(resource_now))
            waited = leg + timedelta(seconds=int(rng.expovariate(1 / 300)) + 15)
            event("call", waited, queue_now, desk_now)
            started = waited + timedelta(seconds=20)
            event("start", started, queue_now, desk_now)
            mean = TYPICAL_SERVICE_SECONDS[resource_now]
        elif fate < 0.12:  # parked while the citizen fetches a document
            parked = started + timedelta(seconds=self._seconds(mean / 2))
            event("park", parked, queue_id, desk)
            waited = parked + timedelta(seconds=rng.randint(120, 900))
            event("resume", waited, queue_id, desk)
            started = waited
        finished = started + timedelta(seconds=self._seconds(mean))
        event("finish", finished, queue_now, desk_now)
        ticket.update(
            queue_id=queue_now,
            called_at=waited,
            called_by_desk_id=desk_now,
            serving_started_at=started,
            finished_at=finished,
        )
        self.served.append((ticket, resource_now, desk_now))
        return ticket, moves

    def _screen_inquiries(self, count: int) -> list[dict[str, Any]]:
        libraries = [b for b in self.layout.branches if b.screens]
        centres = [b for b in self.layout.branches if b.citizen_service]
        if not libraries or not centres or not self.layout.services.get(Area.CITIZEN_SERVICE):
            return []
        rows: list[dict[str, Any]] = []
        for day in self.rng.choices(self.days, self.day_weights, k=count):
            branch, centre = self.rng.choice(libraries), self.rng.choice(centres)
            room_id, room = self.rng.choice(branch.screens)
            forwarded = self._instant(day, 600 + self.rng.uniform(0, 420))
            caseworker = self.rng.choice(centre.serving_desks(Resource.CITIZEN_SERVICE))
            row: dict[str, Any] = {
                "id": uuid.uuid4(),
                "municipality_id": self.layout.municipality_id,
                "branch_id": branch.id,
                "to_branch_id": centre.id,
                "service_id": self.rng.choice(self.layout.services[Area.CITIZEN_SERVICE]),
                "screen_room_id": room_id,
                "screen": room,
                "first_name": "",
                "state": ScreenInquiryState.DONE.value,
                "forwarded_at": forwarded,
                "forwarded_by_desk_id": None,
                "accepted_by_desk_id": None,
                "accepted_by_staff_id": None,
                "accepted_at": None,
                "call_started_at": None,
                "ended_at": None,
                "cancelled_by": "",
            }
            if self.rng.random() < 0.12:
                row.update(
                    state=ScreenInquiryState.CANCELLED.value,
                    ended_at=forwarded + timedelta(minutes=6),
                    cancelled_by="branch",
                )
            else:
                accepted = forwarded + timedelta(seconds=int(self.rng.expovariate(1 / 200)) + 20)
                row.update(
                    accepted_by_desk_id=caseworker,
                    accepted_at=accepted,
                    call_started_at=accepted + timedelta(seconds=30),
                    ended_at=accepted + timedelta(seconds=self._seconds(600)),
                )
            self.answered_by[row["id"]] = caseworker
            rows.append(row)
        return rows

    def _inquiries(
        self, count: int, screens: list[dict[str, Any]]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
        inquiries: list[dict[str, Any]] = []
        links: list[dict[str, Any]] = []
        callbacks: list[dict[str, Any]] = []

        def add(row: dict[str, Any], services: list[uuid.UUID]) -> None:
            inquiries.append(row)
            for service_id in services:
                links.append(
                    {
                        "id": uuid.uuid5(row["id"], str(service_id)),
                        "municipality_id": row["municipality_id"],
                        "branch_id": row["branch_id"],
                        "inquiry_id": row["id"],
                        "service_id": service_id,
                    }
                )

        for ticket, resource, desk in self.served[:count]:
            started, ended = ticket["serving_started_at"], ticket["finished_at"]
            limited = resource is Resource.KVIK
            outcome, reason = Outcome.RESOLVED, ""
            if limited and (ended - started).total_seconds() >= FIVE_MINUTES:
                if self.rng.random() < 0.45:
                    outcome = Outcome.APPOINTMENT_BOOKED
                elif self.rng.random() < 0.7:
                    reason = self.rng.choice(
                        ("almost_done", "cannot_come_back", "no_suitable_time")
                    )
            add(
                self._inquiry(
                    ticket["branch_id"],
                    desk_id=desk,
                    channel=Channel.COUNTER,
                    outcome=outcome,
                    started=started,
                    ended=ended,
                )
                | {
                    "ticket_id": ticket["id"],
                    "limit_seconds": FIVE_MINUTES if limited else None,
                    "over_limit_reason": reason,
                },
                self._services(resource),
            )
        for screen in screens:
            if screen["state"] != ScreenInquiryState.DONE.value or len(inquiries) >= count:
                continue
            add(
                self._inquiry(
                    screen["to_branch_id"],
                    desk_id=self.answered_by[screen["id"]],
                    channel=Channel.SCREEN,
                    outcome=Outcome.RESOLVED,
                    started=screen["call_started_at"],
                    ended=screen["ended_at"],
                )
                | {"screen_inquiry_id": screen["id"], "source_branch_id": screen["branch_id"]},
                [screen["service_id"]],
            )
        rest = max(0, count - len(inquiries))
        channels = (Channel.PHONE, Channel.MAIL, Channel.PASSING, Channel.SOCIAL, Channel.COUNTER)
        channel_weights = (40, 18, 25, 4, 13)
        days = self.rng.choices(self.days, self.day_weights, k=rest)
        branches = self.rng.choices(self.layout.branches, self.branch_weights, k=rest)
        picked = self.rng.choices(channels, channel_weights, k=rest)
        for day, branch, channel in zip(days, branches, picked, strict=True):
            started = self._instant(day, self._opening_minute())
            seconds = 30 if channel is Channel.PASSING else self._seconds(200)
            ended = started + timedelta(seconds=seconds)
            desk = self.rng.choice(branch.serving_desks(Resource.KVIK))
            outcome = Outcome.RESOLVED
            if channel is Channel.PHONE and self.rng.random() < 0.06:
                outcome = Outcome.CALLBACK
            elif self.rng.random() < 0.05:
                outcome = Outcome.REFERRED
            row = self._inquiry(
                branch.id,
                desk_id=desk,
                channel=channel,
                outcome=outcome,
                started=started,
                ended=ended,
            )
            add(row, [] if channel is Channel.PASSING else self._services(Resource.KVIK))
            if outcome is Outcome.CALLBACK:
                callbacks.append(self._callback(row))
        return inquiries, links, callbacks

    def _inquiry(
        self,
        branch_id: uuid.UUID,
        *,
        desk_id: uuid.UUID,
        channel: Channel,
        outcome: Outcome,
        started: datetime,
        ended: datetime,
    ) -> dict[str, Any]:
        return {
            "id": uuid.uuid4(),
            "municipality_id": self.layout.municipality_id,
            "branch_id": branch_id,
            "desk_id": desk_id,
            "staff_id": None,
            "ticket_id": None,
            "channel": channel.value,
            "outcome": outcome.value,
            "started_at": started,
            "ended_at": ended,
            "note": "",
            "referred_to": "skat" if outcome is Outcome.REFERRED else "",
            "limit_seconds": None,
            "over_limit_reason": "",
            "screen_inquiry_id": None,
            "source_branch_id": None,
        }

    def _callback(self, inquiry: dict[str, Any]) -> dict[str, Any]:
        due = inquiry["ended_at"] + timedelta(days=2)
        done = self.rng.random() < 0.85
        done_at = inquiry["ended_at"] + timedelta(hours=self.rng.uniform(1, 72)) if done else None
        return {
            "id": uuid.uuid4(),
            "municipality_id": inquiry["municipality_id"],
            "branch_id": inquiry["branch_id"],
            "inquiry_id": inquiry["id"],
            "group_code": self.rng.choice(self.layout.callback_groups),
            "due_at": due,
            "citizen_name": "Borger",
            "citizen_contact": "+45 00 00 00 00",
            "question": "",
            "state": (CallbackState.DONE if done else CallbackState.OPEN).value,
            "created_at": inquiry["ended_at"],
            "done_at": done_at,
            "done_by_desk_id": inquiry["desk_id"] if done else None,
        }

    def _appointments(self, count: int) -> list[dict[str, Any]]:
        places = [(b, r) for b in self.layout.branches for r in sorted(b.bookable)]
        if not places:
            return []
        weekdays = [
            (d, w) for d, w in zip(self.days, self.day_weights, strict=True) if d.weekday() < 5
        ]
        days = self.rng.choices([d for d, _ in weekdays], [w for _, w in weekdays], k=count)
        rows: list[dict[str, Any]] = []
        for index, day in enumerate(days):
            branch, resource = self.rng.choice(places)
            starts = self._instant(day, 600 + 15 * self.rng.randrange(0, 16))
            fate = self.rng.random()
            state = (
                AppointmentState.CANCELLED
                if fate < 0.13
                else AppointmentState.NO_SHOW
                if fate < 0.21
                else AppointmentState.DONE
            )
            rows.append(
                {
                    "id": uuid.uuid4(),
                    "municipality_id": self.layout.municipality_id,
                    "branch_id": branch.id,
                    "resource": resource.value,
                    "service_id": None,
                    "starts_at": starts,
                    "minutes": self.rng.choice((15, 30)),
                    "citizen_name": "Borger",
                    "citizen_contact": "+45 00 00 00 00",
                    "topic": "",
                    "state": state.value,
                    "booked_by_desk_id": None,
                    "booked_at": starts - timedelta(days=self.rng.randint(1, 20)),
                    "booking_code": f"{index:08X}"[-8:],
                    "ticket_id": None,
                    "checked_in_at": None,
                    "arrival_ticket_id": None,
                }
            )
        return rows


def _table(model: type[Base]) -> Table:
    return cast(Table, model.__table__)


def _chunks(
    table: Table, rows: list[dict[str, Any]]
) -> Iterator[tuple[Table, list[dict[str, Any]]]]:
    for start in range(0, len(rows), BATCH):
        yield table, rows[start : start + BATCH]

"""The invariants a run must end with, read from the server's database and each desk's.

- Every outbox is empty, and the server holds every number a desk gave out, 1..N with no
  gap: every change a desk committed locally reached the server, once.
- Every change the server refused was shown to the desk that made it (or the desk keeps it
  as refused, shown at its next start; or staff were told at the time that it did not
  happen, as the desk gave up waiting for the answer); a change given up on that was
  applied after all was reported as late.
- What each journaled action made is on the server (the inquiry, the ticket, the booking,
  the call, the screen inquiry), unless refused and shown.
- Nothing applied twice: what each desk made on the server equals what the server accepted
  from it; inquiries on the server equal the sum of what the desks registered.
- No ticket called by two desks; no slot holds more bookings than it has places.
- Every desk's copy equals the server's snapshot for that desk, row for row.
"""

from __future__ import annotations

import json
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, func, select
from sqlalchemy.orm import Session

from counter_app.domain.org import DeskKind, Resource
from counter_app.domain.slots import local_day
from counter_app.models import (
    AppliedMutation,
    Appointment,
    Desk,
    DeskIdentity,
    DeskSyncState,
    Inquiry,
    OutboxEntry,
    OutboxStatus,
    ScreenInquiry,
    Ticket,
    TicketEvent,
    timetable_for,
)
from counter_app.models.database import make_engine
from counter_app.models.replicated import REPLICATED, row_to_json
from counter_app.protocol.mutations import MutationType
from counter_app.server.context import DeskContext
from counter_app.server.feed import snapshot
from counter_app.server.handlers.appointments import HOLDING

SHOWN_AT_MOST = 5  # differences quoted per desk and table
_CELL = timedelta(minutes=15)


@dataclass(frozen=True)
class DeskResult:
    """Where a desk process left its database and journal."""

    name: str
    database: Path
    journal: Path


@dataclass
class Findings:
    """What the checks found."""

    violations: list[str] = field(default_factory=list)
    actions: Counter[str] = field(default_factory=Counter)
    mutations: int = 0


def read_journal(path: Path) -> list[dict[str, Any]]:
    """The journal's events (a line cut off by a kill is skipped)."""
    events = []
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return []
    for line in text.splitlines():
        try:
            events.append(json.loads(line))
        except ValueError:
            continue
    return events


# Which server rows an applied mutation of a kind makes, and which desk column names it.
MADE_BY = {
    MutationType.INQUIRY_REGISTER.value: (Inquiry, Inquiry.desk_id),
    MutationType.TICKET_ISSUE.value: (Ticket, Ticket.issued_by_desk_id),
    MutationType.APPOINTMENT_BOOK.value: (Appointment, Appointment.booked_by_desk_id),
    MutationType.SCREEN_FORWARD.value: (ScreenInquiry, ScreenInquiry.forwarded_by_desk_id),
}


class _DeskCheck:
    """The checks of one desk against the server."""

    def __init__(self, server: Engine, result: DeskResult, findings: Findings) -> None:
        self.server = server
        self.result = result
        self.findings = findings
        self.name = result.name
        self.local = create_engine(f"sqlite:///{result.database}")
        self.journal = read_journal(result.journal)

    def fail(self, message: str) -> None:
        self.findings.violations.append(f"{self.name}: {message}")

    def run(self) -> None:
        try:
            with Session(self.local) as session:
                identity = session.scalars(select(DeskIdentity)).one()
                outbox = list(session.scalars(select(OutboxEntry)))
            self.desk_id = identity.desk_id
            self.check_numbers(identity.last_number, outbox)
            self.check_journal()
            self.check_made()
            self.check_copy()
        finally:
            self.local.dispose()

    def check_numbers(self, last_number: int, outbox: list[OutboxEntry]) -> None:
        pending = [e.number for e in outbox if e.status is OutboxStatus.PENDING]
        if pending:
            self.fail(f"{len(pending)} changes still wait to be sent: {pending[:10]}")
        with Session(self.server) as session:
            server_last = session.scalar(
                select(DeskSyncState.last_number).where(DeskSyncState.desk_id == self.desk_id)
            )
            self.applied = {
                row.number: row
                for row in session.scalars(
                    select(AppliedMutation).where(AppliedMutation.desk_id == self.desk_id)
                )
            }
        self.findings.mutations += last_number
        if (server_last or 0) != last_number:
            self.fail(f"the desk numbered {last_number} changes, the server has {server_last}")
        lost = sorted(set(range(1, last_number + 1)) - set(self.applied))
        if lost:
            self.fail(f"changes the desk committed never reached the server: {lost[:10]}")
        shown = {e["number"] for e in self.journal if e.get("event") == "shown_rejection"}
        shown |= {
            e["number"]
            for e in self.journal
            if e.get("event") == "action" and e.get("outcome") == "rejected"
        }
        shown |= {e.number for e in outbox if e.status is OutboxStatus.REJECTED}
        late = {e["number"] for e in self.journal if e.get("event") == "shown_late"}
        offline = {
            e["number"]
            for e in self.journal
            if e.get("event") == "action" and e.get("outcome") == "offline"
        }
        # A change given up on as "no answer" (offline) that the server then refused: staff
        # were told it did not happen, and it did not.
        told = shown | offline
        for number, row in sorted(self.applied.items()):
            if row.status == "rejected" and row.reason != "withdrawn" and number not in told:
                self.fail(f"change {number} ({row.type}) was refused ({row.reason}) and not shown")
            if (
                row.status == "applied"
                and number in offline
                and number not in late
                and row.type != MutationType.TICKET_ISSUE.value
            ):
                self.fail(f"change {number} ({row.type}) was withdrawn, applied, and not reported")

    def check_journal(self) -> None:
        """What each journaled action made is on the server (unless refused)."""
        with Session(self.server) as session:
            for event in self.journal:
                if event.get("event") != "action":
                    self.findings.actions[event.get("event", "?")] += 1
                    continue
                action = event["action"]
                outcome = event.get("outcome")
                self.findings.actions[action + (f" ({outcome})" if outcome else "")] += 1
                row = self.applied.get(event["number"])
                if row is None or row.status != "applied":
                    continue
                self._check_effect(session, action, event)

    def _check_effect(self, session: Session, action: str, event: dict[str, Any]) -> None:
        def have(model: Any, key: str) -> Any:
            found = session.get(model, uuid.UUID(event[key]))
            if found is None:
                self.fail(f"{action} {event[key]} was applied but is not on the server")
            return found

        if action == "register":
            have(Inquiry, "inquiry_id")
        elif action == "issue":
            have(Ticket, "ticket_id")
        elif action == "book":
            have(Appointment, "appointment_id")
        elif action == "call_next" and event.get("ticket_id"):
            calls = session.scalar(
                select(func.count())
                .select_from(TicketEvent)
                .where(
                    TicketEvent.ticket_id == uuid.UUID(event["ticket_id"]),
                    TicketEvent.kind == "call",
                    TicketEvent.desk_id == self.desk_id,
                )
            )
            if not calls:
                self.fail(f"the desk called {event['ticket_id']}, the server has no such call")
        elif action == "forward" and event.get("screen_inquiry_id"):
            have(ScreenInquiry, "screen_inquiry_id")
        elif action == "accept" and event.get("outcome") == "accepted":
            inquiry = have(ScreenInquiry, "screen_inquiry_id")
            if inquiry is not None and inquiry.accepted_by_desk_id != self.desk_id:
                self.fail(f"accepted {inquiry.id} here, but the server says another desk did")

    def check_made(self) -> None:
        """What the desk made on the server equals what the server accepted from it."""
        accepted = Counter(row.type for row in self.applied.values() if row.status == "applied")
        with Session(self.server) as session:
            for kind, (model, column) in MADE_BY.items():
                made = session.scalar(
                    select(func.count()).select_from(model).where(column == self.desk_id)
                )
                if made != accepted[kind]:
                    self.fail(
                        f"{made} {model.__tablename__} rows by this desk on the server, "
                        f"{accepted[kind]} {kind} changes accepted from it"
                    )

    def check_copy(self) -> None:
        """The desk's copy equals the server's snapshot for it, row for row."""
        with Session(self.server) as session:
            desk = session.get(Desk, self.desk_id)
            assert desk is not None
            context = DeskContext(
                desk_id=desk.id,
                branch_id=desk.branch_id,
                municipality_id=desk.municipality_id,
                kind=DeskKind(desk.kind),
            )
        truth = snapshot(self.server, context)
        with Session(self.local) as session:
            for table_name, model in REPLICATED.items():
                theirs = {row["id"]: row for row in truth.tables.get(table_name, [])}
                ours = {row["id"]: row for row in map(row_to_json, session.scalars(select(model)))}
                missing = [key for key in theirs if key not in ours]
                extra = [key for key in ours if key not in theirs]
                different = [key for key in theirs if key in ours and ours[key] != theirs[key]]
                for label, keys in (
                    ("missing", missing),
                    ("extra", extra),
                    ("different", different),
                ):
                    if keys:
                        sample = keys[:SHOWN_AT_MOST]
                        detail = ""
                        if label == "different":
                            key = sample[0]
                            detail = " e.g. " + str(
                                {
                                    c: (ours[key].get(c), theirs[key].get(c))
                                    for c in theirs[key]
                                    if ours[key].get(c) != theirs[key].get(c)
                                }
                            )
                        self.fail(
                            f"its copy of {table_name} differs from the server's: "
                            f"{len(keys)} {label} {sample}{detail}"
                        )


def _check_tickets(server: Engine, findings: Findings) -> None:
    with Session(server) as session:
        twice = session.execute(
            select(TicketEvent.ticket_id, func.count(func.distinct(TicketEvent.desk_id)))
            .where(TicketEvent.kind == "call")
            .group_by(TicketEvent.ticket_id)
            .having(func.count(func.distinct(TicketEvent.desk_id)) > 1)
        ).all()
    for ticket_id, desks in twice:
        findings.violations.append(f"ticket {ticket_id} was called by {desks} desks")


def _check_bookings(server: Engine, findings: Findings) -> None:
    with Session(server) as session:
        holding = session.scalars(select(Appointment).where(Appointment.state.in_(HOLDING)))
        groups: dict[tuple[uuid.UUID, Resource, Any], list[Appointment]] = defaultdict(list)
        for appointment in holding:
            key = (appointment.branch_id, appointment.resource, local_day(appointment.starts_at))
            groups[key].append(appointment)
        for (branch_id, resource, day), appointments in groups.items():
            places = timetable_for(session, branch_id, resource).places(day)
            taken: Counter[Any] = Counter()
            for appointment in appointments:
                for cell in range(appointment.minutes // 15):
                    taken[appointment.starts_at + cell * _CELL] += 1
            for cell, count in taken.items():
                if count > places.get(cell, 0):
                    findings.violations.append(
                        f"{count} bookings hold {cell.isoformat()} ({resource}), which has "
                        f"{places.get(cell, 0)} places"
                    )


def _check_inquiry_sum(server: Engine, desks: list[DeskResult], findings: Findings) -> None:
    with Session(server) as session:
        on_server = session.scalar(select(func.count()).select_from(Inquiry)) or 0
        accepted = (
            session.scalar(
                select(func.count())
                .select_from(AppliedMutation)
                .where(
                    AppliedMutation.type == MutationType.INQUIRY_REGISTER.value,
                    AppliedMutation.status == "applied",
                )
            )
            or 0
        )
    journaled = sum(
        1
        for desk in desks
        for event in read_journal(desk.journal)
        if event.get("action") == "register"
    )
    findings.actions["inquiries on the server"] = on_server
    if on_server != accepted:
        findings.violations.append(
            f"{on_server} inquiries on the server, {accepted} registrations accepted from desks"
        )
    if journaled > on_server:
        findings.violations.append(
            f"the desks registered {journaled} inquiries, the server has {on_server}"
        )


def check_run(database_url: str, desks: list[DeskResult]) -> Findings:
    """Every invariant over the server's database and the desks'."""
    findings = Findings()
    server = make_engine(database_url, pool_size=2)
    try:
        for desk in desks:
            try:
                _DeskCheck(server, desk, findings).run()
            except Exception as exc:  # a desk whose database cannot even be read
                findings.violations.append(f"{desk.name}: cannot check: {exc!r}")
        _check_tickets(server, findings)
        _check_bookings(server, findings)
        _check_inquiry_sum(server, desks, findings)
    finally:
        server.dispose()
    return findings

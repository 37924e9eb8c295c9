"""The statistics' fact rows (``models.statistics_facts``): written as tickets move and
inquiries are registered, and rebuilt from the tickets, the move log and the inquiries
when a migration asks for it (or the made-up history was written straight in).

Both ways go through the same functions, so a rebuilt row is the row the moves wrote.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, delete, select
from sqlalchemy.orm import Session

from counter_app.domain.org import Area
from counter_app.domain.tickets import TicketState
from counter_app.domain.timezone import local_day, to_local
from counter_app.domain.visits import VisitTrail, service_seconds, wait_seconds, whole_seconds
from counter_app.models import Appointment, Desk, Inquiry, InquiryService, Queue, Service, Ticket
from counter_app.models.server_sync import TicketEvent
from counter_app.models.statistics_facts import (
    FactsRebuild,
    InquiryFact,
    InquiryServiceFact,
    VisitFact,
    VisitService,
)
from counter_app.server.bulk_insert import insert_rows

log = logging.getLogger(__name__)
BATCH = 20_000


@dataclass(frozen=True)
class ServiceFlags:
    """What an inquiry's services say about it: borgerservice, library, authority task."""

    citizen_service: int = 0
    library: int = 0
    authority_task: int = 0

    def joined(self, area: str, authority_task: bool) -> ServiceFlags:
        return ServiceFlags(
            citizen_service=max(self.citizen_service, int(area == Area.CITIZEN_SERVICE.value)),
            library=max(self.library, int(area == Area.LIBRARY.value)),
            authority_task=max(self.authority_task, int(authority_task)),
        )


# --- visits ---------------------------------------------------------------------------


def record_move(session: Session, ticket: Ticket, kind: str, at: datetime) -> None:
    """Carry ``ticket``'s visit row over one move (the first makes it)."""
    fact = session.get(VisitFact, ticket.id)
    if fact is None:
        queue = session.get(Queue, ticket.queue_id)
        fact = VisitFact(**_new_visit(ticket, queue.resource.value if queue else ""))
        session.add(fact)
    trail = _trail(fact).after(kind, at)
    appointment_at = None
    if fact.first_call_at is None and trail.first_call_at is not None:
        appointment_at = session.scalar(
            select(Appointment.starts_at).where(Appointment.arrival_ticket_id == ticket.id)
        )
    for name, value in _visit_values(fact, ticket, trail, appointment_at).items():
        setattr(fact, name, value)


def record_ticket_services(
    session: Session,
    municipality_id: uuid.UUID,
    ticket_id: uuid.UUID,
    services: Sequence[uuid.UUID],
) -> None:
    """The services an inquiry registered for ``ticket_id``: its visit counts under them."""
    for service_id in services:
        if session.get(VisitService, (ticket_id, service_id)) is None:
            session.add(
                VisitService(
                    ticket_id=ticket_id, service_id=service_id, municipality_id=municipality_id
                )
            )


def _new_visit(ticket: Ticket, resource: str) -> dict[str, Any]:
    return {
        "ticket_id": ticket.id,
        "municipality_id": ticket.municipality_id,
        "branch_id": ticket.branch_id,
        "day": local_day(ticket.issued_at),
        "queue_id": ticket.queue_id,
        "resource": resource,
        "service_id": ticket.service_id,
        "issued_at": ticket.issued_at,
        "state": ticket.state.value,
        "wait": None,
        "service": None,
        "transferred": 0,
        "first_call_at": None,
        "last_kind": None,
        "last_at": None,
        "earlier_seconds": 0,
        "transfers": 0,
    }


def _get(fact: VisitFact | dict[str, Any], name: str) -> Any:
    return fact[name] if isinstance(fact, dict) else getattr(fact, name)


def _trail(fact: VisitFact | dict[str, Any]) -> VisitTrail:
    return VisitTrail(
        first_call_at=_get(fact, "first_call_at"),
        last_kind=_get(fact, "last_kind"),
        last_at=_get(fact, "last_at"),
        earlier_seconds=_get(fact, "earlier_seconds") or 0,
        transfers=_get(fact, "transfers") or 0,
    )


def _visit_values(
    fact: VisitFact | dict[str, Any],
    ticket: Ticket | Any,
    trail: VisitTrail,
    appointment_at: datetime | None,
) -> dict[str, Any]:
    """The visit row's changing columns once ``trail`` is its moves so far."""
    wait = _get(fact, "wait")
    if _get(fact, "first_call_at") is None and trail.first_call_at is not None:
        wait = wait_seconds(_get(fact, "issued_at"), appointment_at, trail.first_call_at)
    state = TicketState(ticket.state)
    return {
        "state": state.value,
        "wait": wait,
        "service": service_seconds(
            state, ticket.serving_started_at, ticket.finished_at, trail.earlier_seconds
        ),
        "transferred": int(trail.transfers > 0),
        "first_call_at": trail.first_call_at,
        "last_kind": trail.last_kind,
        "last_at": trail.last_at,
        "earlier_seconds": trail.earlier_seconds,
        "transfers": trail.transfers,
    }


def _rebuilt_visits(
    connection: Connection, municipality_id: uuid.UUID | None
) -> Iterator[dict[str, Any]]:
    """Every ticket's visit row, folded over its moves in order."""
    t, e = Ticket.__table__, TicketEvent.__table__
    resources = {
        row.id: row.resource for row in connection.execute(select(Queue.id, Queue.resource))
    }
    appointments = {
        row.arrival_ticket_id: row.starts_at
        for row in connection.execute(
            select(Appointment.arrival_ticket_id, Appointment.starts_at).where(
                Appointment.arrival_ticket_id.is_not(None)
            )
        )
    }
    rows = connection.execute(
        select(
            t.c.id,
            t.c.municipality_id,
            t.c.branch_id,
            t.c.queue_id,
            t.c.service_id,
            t.c.state,
            t.c.issued_at,
            t.c.serving_started_at,
            t.c.finished_at,
            e.c.kind,
            e.c.at,
            e.c.queue_id.label("first_queue"),
        )
        .outerjoin(e, e.c.ticket_id == t.c.id)
        .where(*_of(t.c.municipality_id, municipality_id))
        .order_by(t.c.id, e.c.at)
        .execution_options(yield_per=BATCH)
    )
    for _, moves in groupby(rows, key=lambda row: row.id):
        first, *rest = list(moves)
        ticket = _TicketRow(first)
        issue_queue = first.first_queue if first.kind == "issue" else first.queue_id
        fact = _new_visit(ticket, _resource_value(resources.get(issue_queue)))  # type: ignore[arg-type]
        fact["queue_id"] = issue_queue
        for move in [first, *rest]:
            if move.kind is None:
                continue
            trail = _trail(fact).after(move.kind, move.at)
            fact.update(_visit_values(fact, ticket, trail, appointments.get(first.id)))
        yield fact


class _TicketRow:
    """A ticket row as the fold reads it (the same attributes as the ORM's ``Ticket``)."""

    def __init__(self, row: Any) -> None:
        self.id = row.id
        self.municipality_id = row.municipality_id
        self.branch_id = row.branch_id
        self.queue_id = row.queue_id
        self.service_id = row.service_id
        self.state = TicketState(row.state)
        self.issued_at = row.issued_at
        self.serving_started_at = row.serving_started_at
        self.finished_at = row.finished_at


def _resource_value(resource: Any) -> str:
    return "" if resource is None else getattr(resource, "value", str(resource))


# --- inquiries ------------------------------------------------------------------------


def record_inquiry(
    session: Session, inquiry: Inquiry, service_ids: Sequence[uuid.UUID], desk_kind: str
) -> None:
    """The registered inquiry's fact rows (and its ticket's services, if it had one)."""
    flags = ServiceFlags()
    if service_ids:
        for area, authority in session.execute(
            select(Service.area, Service.authority_task).where(Service.id.in_(service_ids))
        ):
            flags = flags.joined(_resource_value(area), authority)
    fact, services = _inquiry_rows(_InquiryRow.of(inquiry, desk_kind), flags, service_ids)
    session.add(InquiryFact(**fact))
    session.add_all(InquiryServiceFact(**row) for row in services)
    if inquiry.ticket_id is not None:
        record_ticket_services(session, inquiry.municipality_id, inquiry.ticket_id, service_ids)


@dataclass(frozen=True)
class _InquiryRow:
    id: uuid.UUID
    municipality_id: uuid.UUID
    branch_id: uuid.UUID
    started_at: datetime
    ended_at: datetime
    channel: str
    outcome: str
    limit_seconds: int | None
    over_limit_reason: str
    desk_kind: str

    @classmethod
    def of(cls, inquiry: Inquiry, desk_kind: str) -> _InquiryRow:
        return cls(
            id=inquiry.id,
            municipality_id=inquiry.municipality_id,
            branch_id=inquiry.branch_id,
            started_at=inquiry.started_at,
            ended_at=inquiry.ended_at,
            channel=_resource_value(inquiry.channel),
            outcome=_resource_value(inquiry.outcome),
            limit_seconds=inquiry.limit_seconds,
            over_limit_reason=inquiry.over_limit_reason or "",
            desk_kind=desk_kind,
        )


def _inquiry_rows(
    inquiry: _InquiryRow, flags: ServiceFlags, service_ids: Iterable[uuid.UUID]
) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    local = to_local(inquiry.started_at)
    limit = inquiry.limit_seconds
    fact = {
        "inquiry_id": inquiry.id,
        "municipality_id": inquiry.municipality_id,
        "branch_id": inquiry.branch_id,
        "day": local.date(),
        "hour": local.hour,
        "weekday": local.weekday(),
        "desk_kind": inquiry.desk_kind,
        "channel": inquiry.channel,
        "outcome": inquiry.outcome,
        "citizen_service": flags.citizen_service,
        "library": flags.library,
        "authority_task": flags.authority_task,
        "limited": int(limit is not None),
        "within_limit": int(
            limit is not None and whole_seconds(inquiry.started_at, inquiry.ended_at) < limit
        ),
        "over_limit_reason": inquiry.over_limit_reason,
    }
    services = [
        {
            "inquiry_id": inquiry.id,
            "service_id": service_id,
            "municipality_id": inquiry.municipality_id,
            "branch_id": inquiry.branch_id,
            "day": fact["day"],
            "desk_kind": inquiry.desk_kind,
        }
        for service_id in service_ids
    ]
    return fact, services


def _rebuilt_inquiries(
    connection: Connection, municipality_id: uuid.UUID | None
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]]:
    """Every inquiry's fact row, its service rows and its ticket's service rows."""
    i, link, desk = Inquiry.__table__, InquiryService.__table__, Desk.__table__
    services = {
        row.id: (_resource_value(row.area), bool(row.authority_task))
        for row in connection.execute(select(Service.id, Service.area, Service.authority_task))
    }
    rows = connection.execute(
        select(
            i.c.id,
            i.c.municipality_id,
            i.c.branch_id,
            i.c.ticket_id,
            i.c.started_at,
            i.c.ended_at,
            i.c.channel,
            i.c.outcome,
            i.c.limit_seconds,
            i.c.over_limit_reason,
            desk.c.kind,
            link.c.service_id,
        )
        .join(desk, desk.c.id == i.c.desk_id)
        .outerjoin(link, link.c.inquiry_id == i.c.id)
        .where(*_of(i.c.municipality_id, municipality_id))
        .order_by(i.c.id)
        .execution_options(yield_per=BATCH)
    )
    for _, links in groupby(rows, key=lambda row: row.id):
        first, *rest = list(links)
        ids = [row.service_id for row in [first, *rest] if row.service_id is not None]
        flags = ServiceFlags()
        for service_id in ids:
            flags = flags.joined(*services.get(service_id, ("", False)))
        inquiry = _InquiryRow(
            id=first.id,
            municipality_id=first.municipality_id,
            branch_id=first.branch_id,
            started_at=first.started_at,
            ended_at=first.ended_at,
            channel=_resource_value(first.channel),
            outcome=_resource_value(first.outcome),
            limit_seconds=first.limit_seconds,
            over_limit_reason=first.over_limit_reason or "",
            desk_kind=_resource_value(first.kind),
        )
        fact, service_rows = _inquiry_rows(inquiry, flags, ids)
        ticket_rows = (
            []
            if first.ticket_id is None
            else [
                {
                    "ticket_id": first.ticket_id,
                    "service_id": service_id,
                    "municipality_id": first.municipality_id,
                }
                for service_id in ids
            ]
        )
        yield fact, service_rows, ticket_rows


# --- rebuilding -----------------------------------------------------------------------


def rebuild_facts(engine: Engine, municipality_id: uuid.UUID | None = None) -> dict[str, int]:
    """Every fact row (of one municipality, or all) anew from the tickets, moves and
    inquiries, in one transaction; returns how many rows each table got."""
    counts = {"visit_fact": 0, "visit_service": 0, "inquiry_fact": 0, "inquiry_service_fact": 0}
    with engine.begin() as connection:
        for model in (VisitService, VisitFact, InquiryServiceFact, InquiryFact):
            table = cast(Table, model.__table__)
            connection.execute(delete(table).where(*_of(table.c.municipality_id, municipality_id)))
        for batch in _batches(_rebuilt_visits(connection, municipality_id)):
            insert_rows(connection, cast(Table, VisitFact.__table__), batch)
            counts["visit_fact"] += len(batch)
        seen_ticket_services: set[tuple[uuid.UUID, uuid.UUID]] = set()
        facts: list[dict[str, Any]] = []
        services: list[dict[str, Any]] = []
        tickets: list[dict[str, Any]] = []
        for fact, service_rows, ticket_rows in _rebuilt_inquiries(connection, municipality_id):
            facts.append(fact)
            services.extend(service_rows)
            for row in ticket_rows:
                key = (row["ticket_id"], row["service_id"])
                if key not in seen_ticket_services:
                    seen_ticket_services.add(key)
                    tickets.append(row)
            if len(facts) >= BATCH:
                _flush(connection, facts, services, tickets, counts)
        _flush(connection, facts, services, tickets, counts)
        if municipality_id is None:
            connection.execute(delete(FactsRebuild))
    return counts


def _of(column: Any, municipality_id: uuid.UUID | None) -> list[Any]:
    return [] if municipality_id is None else [column == municipality_id]


def rebuild_if_asked(engine: Engine) -> None:
    """Rebuild the fact rows if a migration asked for it (logged: it may take a minute)."""
    with engine.connect() as connection:
        asked = connection.scalar(select(FactsRebuild.name).limit(1))
    if asked is None:
        return
    log.info("rebuilding the statistics' fact rows (%s)", asked)
    counts = rebuild_facts(engine)
    log.info("statistics' fact rows rebuilt: %s", counts)


def _flush(
    connection: Connection,
    facts: list[dict[str, Any]],
    services: list[dict[str, Any]],
    tickets: list[dict[str, Any]],
    counts: dict[str, int],
) -> None:
    for model, rows in (
        (InquiryFact, facts),
        (InquiryServiceFact, services),
        (VisitService, tickets),
    ):
        table = cast(Table, model.__table__)
        insert_rows(connection, table, rows)
        counts[table.name] += len(rows)
        rows.clear()


def _batches(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch

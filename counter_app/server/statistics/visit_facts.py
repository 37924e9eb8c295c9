"""The visit rows of the statistics (``visit_fact``, ``visit_service``): carried along as
each ticket moves, and rebuilt by replaying the move log through the same fold
(``domain.visits``), so a rebuilt row is the row the moves wrote."""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from datetime import datetime
from itertools import groupby
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from counter_app.domain.tickets import TicketState
from counter_app.domain.timezone import local_day
from counter_app.domain.visits import VisitTrail, service_seconds, wait_seconds
from counter_app.models import Appointment, Queue, Ticket, VisitFact, VisitService
from counter_app.models.server_sync import TicketEvent

BATCH = 20_000


def of_municipality(column: Any, municipality_id: uuid.UUID | None) -> list[Any]:
    """The condition on ``column`` for one municipality (none: all)."""
    return [] if municipality_id is None else [column == municipality_id]


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


def _new_visit(ticket: Ticket | Any, resource: str) -> dict[str, Any]:
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


def rebuilt_visits(
    connection: Connection, municipality_id: uuid.UUID | None
) -> Iterator[dict[str, Any]]:
    """Every ticket's visit row, folded over its moves in order; the tickets in the order
    they were drawn, so a period's rows lie together on disk as live ones do."""
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
        .where(*of_municipality(t.c.municipality_id, municipality_id))
        .order_by(t.c.issued_at, t.c.id, e.c.at)
        .execution_options(yield_per=BATCH)
    )
    for _, moves in groupby(rows, key=lambda row: row.id):
        first, *rest = list(moves)
        ticket = _TicketRow(first)
        issue_queue = first.first_queue if first.kind == "issue" else first.queue_id
        fact = _new_visit(ticket, str(resources.get(issue_queue, "")))
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

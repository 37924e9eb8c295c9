"""ticket.issue and ticket.call_next: numbers per queue per day, and no ticket called twice."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.tickets import TicketState, check_move
from counter_app.domain.timezone import local_day
from counter_app.models import BranchState, Queue, Service, Ticket
from counter_app.protocol.mutations import TicketCallNextV1, TicketIssueV1
from counter_app.server.context import MutationContext, Rejected


def issue(session: Session, ctx: MutationContext, payload: TicketIssueV1) -> dict[str, Any]:
    """Give the ticket the next number of its queue for today (Copenhagen's day)."""
    queue = session.scalar(
        select(Queue).where(Queue.id == payload.queue_id, Queue.branch_id == ctx.desk.branch_id)
    )
    if queue is None:
        raise Rejected("unknown_queue", "the queue does not exist in this desk's branch")
    if payload.service_id is not None:
        service = session.scalar(
            select(Service.id).where(
                Service.id == payload.service_id,
                Service.municipality_id == ctx.desk.municipality_id,
            )
        )
        if service is None:
            raise Rejected("unknown_service", "the service does not exist in this municipality")
    if session.get(Ticket, payload.ticket_id) is not None:
        raise Rejected("duplicate_ticket", "a ticket with this id already exists")
    # Hold the branch's counter row first: numbering is then serial per branch, and the
    # change number taken at the end comes from the same locked row.
    session.execute(
        select(BranchState.branch_id)
        .where(BranchState.branch_id == queue.branch_id)
        .with_for_update()
    )
    day = local_day(ctx.now)
    highest = session.scalar(
        select(func.max(Ticket.number)).where(
            Ticket.queue_id == queue.id,
            Ticket.service_day == day,
            Ticket.prefix == queue.prefix,
        )
    )
    ticket = Ticket(
        id=payload.ticket_id,
        municipality_id=queue.municipality_id,
        branch_id=queue.branch_id,
        queue_id=queue.id,
        service_id=payload.service_id,
        prefix=queue.prefix,
        number=(highest or 0) + 1,
        service_day=day,
        state=TicketState.WAITING,
        issued_at=ctx.now,
        issued_by_desk_id=ctx.desk.desk_id,
    )
    session.add(ticket)
    ctx.changes.touched(ticket, ticket.branch_id)
    return {"ticket_id": str(ticket.id), "label": ticket.label, "number": ticket.number}


def call_next(session: Session, ctx: MutationContext, payload: TicketCallNextV1) -> dict[str, Any]:
    """Call the longest-waiting ticket of the queues to the desk; never one another desk has."""
    candidate = (
        select(Ticket)
        .where(
            Ticket.queue_id.in_(payload.queue_ids),
            Ticket.branch_id == ctx.desk.branch_id,
            Ticket.state == TicketState.WAITING,
            Ticket.number.is_not(None),
        )
        .order_by(Ticket.issued_at, Ticket.number)
        .limit(1)
        # PostgreSQL: a ticket another desk is calling right now is skipped, not waited for.
        # SQLite: the whole write transaction is serial (BEGIN IMMEDIATE), so no clash either.
        .with_for_update(skip_locked=True)
    )
    ticket = session.scalar(candidate)
    if ticket is None:
        raise Rejected("no_waiting_ticket", "no ticket is waiting in these queues")
    check_move(ticket.state, TicketState.CALLED)
    ticket.state = TicketState.CALLED
    ticket.called_at = ctx.now
    ticket.called_by_desk_id = ctx.desk.desk_id
    ticket.called_by_staff_id = ctx.staff_id
    ctx.changes.touched(ticket, ticket.branch_id)
    return {"ticket_id": str(ticket.id), "label": ticket.label}

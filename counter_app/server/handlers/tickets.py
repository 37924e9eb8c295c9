"""Issuing and calling: numbers per queue per day, and no ticket called by two desks."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from counter_app.domain.tickets import TicketState
from counter_app.domain.timezone import local_day
from counter_app.models import Appointment, BranchState, Desk, Queue, Service, Ticket
from counter_app.protocol.mutations import (
    TicketCallNextV1,
    TicketIssueV1,
    TicketIssueV2,
    TicketIssueV3,
    TicketMoveV1,
)
from counter_app.server.context import MutationContext, Rejected
from counter_app.server.handlers.appointment_moves import check_in
from counter_app.server.handlers.ticket_log import (
    locked_ticket,
    log_event,
    move,
    require_serving_desk,
)


def issue(
    session: Session, ctx: MutationContext, payload: TicketIssueV1 | TicketIssueV2
) -> dict[str, Any]:
    """Give the ticket the next number of its queue for today (Copenhagen's day), or keep
    the number the desk gave it offline; a check-in ticket checks its appointment in."""
    result = _issue(session, ctx, payload)
    if isinstance(payload, TicketIssueV3) and payload.appointment_id is not None:
        ticket = session.get(Ticket, payload.ticket_id)
        assert ticket is not None
        result["checked_in"] = check_in(session, ctx, payload.appointment_id, ticket)
    return result


def _issue(
    session: Session, ctx: MutationContext, payload: TicketIssueV1 | TicketIssueV2
) -> dict[str, Any]:
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
    offline = isinstance(payload, TicketIssueV2) and payload.offline_number is not None
    # Hold the branch's counter row first: numbering is then serial per branch, and the
    # change number taken at the end comes from the same locked row.
    session.execute(
        select(BranchState.branch_id)
        .where(BranchState.branch_id == queue.branch_id)
        .with_for_update()
    )
    existing = session.get(Ticket, payload.ticket_id)
    if offline and isinstance(payload, TicketIssueV2):
        return _keep_offline_number(session, ctx, queue, payload, existing)
    if existing is not None:
        raise Rejected("duplicate_ticket", "a ticket with this id already exists")
    number = _highest_number(session, queue, local_day(ctx.now), "") + 1
    return _add_ticket(
        session, ctx, queue, payload, offline_code="", number=number, issued_at=ctx.now
    )


def _add_ticket(
    session: Session,
    ctx: MutationContext,
    queue: Queue,
    payload: TicketIssueV1 | TicketIssueV2,
    *,
    offline_code: str,
    number: int,
    issued_at: datetime,
) -> dict[str, Any]:
    ticket = Ticket(
        id=payload.ticket_id,
        municipality_id=queue.municipality_id,
        branch_id=queue.branch_id,
        queue_id=queue.id,
        service_id=payload.service_id,
        prefix=queue.prefix,
        offline_code=offline_code,
        number=number,
        service_day=local_day(issued_at),
        state=TicketState.WAITING,
        issued_at=issued_at,
        issued_by_desk_id=ctx.desk.desk_id,
    )
    session.add(ticket)
    session.flush()
    log_event(session, ctx, ticket, "issue")
    return {"ticket_id": str(ticket.id), "label": ticket.label, "number": number}


def _highest_number(session: Session, queue: Queue, day: date, code: str) -> int:
    highest = session.scalar(
        select(func.max(Ticket.number)).where(
            Ticket.queue_id == queue.id,
            Ticket.service_day == day,
            Ticket.prefix == queue.prefix,
            Ticket.offline_code == code,
        )
    )
    return int(highest or 0)


def _keep_offline_number(
    session: Session,
    ctx: MutationContext,
    queue: Queue,
    payload: TicketIssueV2,
    existing: Ticket | None,
) -> dict[str, Any]:
    """The slip in the citizen's hand wins: store the desk's own number (K-A01).

    Its time is the desk's (when the citizen really arrived, so the queue stays fair),
    never in the server's future. If the server had numbered this same ticket after all
    (the desk gave up waiting but the first try got through), it takes the slip's number.
    """
    number = payload.offline_number
    assert number is not None  # the caller checked
    desk = session.get(Desk, ctx.desk.desk_id)
    code = desk.offline_code if desk is not None else ""
    if not code:
        raise Rejected("no_offline_code", "this desk has no letter for offline numbers yet")
    issued_at = min(ctx.client_time, ctx.now)
    day = local_day(issued_at)
    clash = session.scalar(
        select(Ticket.id).where(
            Ticket.queue_id == queue.id,
            Ticket.service_day == day,
            Ticket.prefix == queue.prefix,
            Ticket.offline_code == code,
            Ticket.number == number,
            Ticket.id != payload.ticket_id,
        )
    )
    if clash is not None:
        raise Rejected("number_taken", f"{queue.prefix}-{code}{number:02d} was given before")
    if existing is not None:
        if existing.issued_by_desk_id != ctx.desk.desk_id or existing.queue_id != queue.id:
            raise Rejected("duplicate_ticket", "a ticket with this id already exists")
        existing.offline_code, existing.number = code, number
        log_event(session, ctx, existing, "renumber")
        return {"ticket_id": str(existing.id), "label": existing.label, "number": number}
    return _add_ticket(
        session, ctx, queue, payload, offline_code=code, number=number, issued_at=issued_at
    )


def call_next(session: Session, ctx: MutationContext, payload: TicketCallNextV1) -> dict[str, Any]:
    """Call the longest-waiting ticket of the queues to the desk; never one another desk has.
    A citizen who checked in for an appointment counts from the appointment's time.

    Tickets transferred to this very desk come first; tickets meant for another desk are
    left for it. Only today's tickets are called: yesterday's leftovers are gone home.
    """
    require_serving_desk(ctx)
    candidate = (
        select(Ticket)
        # A checked-in appointment waits for its time, not for when the citizen arrived.
        .outerjoin(Appointment, Appointment.arrival_ticket_id == Ticket.id)
        .where(
            Ticket.queue_id.in_(payload.queue_ids),
            Ticket.branch_id == ctx.desk.branch_id,
            Ticket.state == TicketState.WAITING,
            Ticket.number.is_not(None),
            Ticket.service_day == local_day(ctx.now),
            or_(Ticket.assigned_desk_id.is_(None), Ticket.assigned_desk_id == ctx.desk.desk_id),
        )
        .order_by(
            case((Ticket.assigned_desk_id.is_(None), 1), else_=0),
            func.coalesce(Appointment.starts_at, Ticket.issued_at),
            Ticket.id,
        )
        .limit(1)
        # PostgreSQL: a ticket another desk is calling right now is skipped, not waited for.
        # SQLite: the whole write transaction is serial (BEGIN IMMEDIATE), so no clash either.
        .with_for_update(skip_locked=True, of=Ticket)
    )
    ticket = session.scalar(candidate)
    if ticket is None:
        raise Rejected("no_waiting_ticket", "no ticket is waiting in these queues")
    return _call(session, ctx, ticket)


def call(session: Session, ctx: MutationContext, payload: TicketMoveV1) -> dict[str, Any]:
    """Call one chosen ticket out of turn (a citizen with a pram at the door, a colleague's
    handover); refused if another desk got it first."""
    require_serving_desk(ctx)
    ticket = locked_ticket(session, ctx, payload.ticket_id)
    if ticket.state is not TicketState.WAITING:
        raise Rejected("not_waiting", f"{ticket.label} is no longer waiting")
    if ticket.number is None or ticket.service_day != local_day(ctx.now):
        raise Rejected("not_waiting", f"{ticket.label} is not in today's queue")
    if ticket.assigned_desk_id not in (None, ctx.desk.desk_id):
        raise Rejected("for_another_desk", f"{ticket.label} was sent to another desk")
    return _call(session, ctx, ticket)


def _call(session: Session, ctx: MutationContext, ticket: Ticket) -> dict[str, Any]:
    finished = _finish_current(session, ctx)
    move(ticket, TicketState.CALLED)
    ticket.called_at = ctx.now
    ticket.called_by_desk_id = ctx.desk.desk_id
    ticket.called_by_staff_id = ctx.staff_id
    ticket.assigned_desk_id = None
    log_event(session, ctx, ticket, "call")
    result: dict[str, Any] = {"ticket_id": str(ticket.id), "label": ticket.label}
    if finished:
        result["finished"] = finished
    return result


def _finish_current(session: Session, ctx: MutationContext) -> list[str]:
    """Calling the next citizen ends the desk's current one: staff in a hurry press one key.

    A citizen who was called but never marked as started was served from the call on.
    """
    current = session.scalars(
        select(Ticket)
        .where(
            Ticket.branch_id == ctx.desk.branch_id,
            Ticket.called_by_desk_id == ctx.desk.desk_id,
            Ticket.state.in_([TicketState.CALLED, TicketState.SERVING]),
        )
        .with_for_update()
    ).all()
    for ticket in current:
        if ticket.state is TicketState.CALLED:
            move(ticket, TicketState.SERVING)
            ticket.serving_started_at = ticket.called_at
        move(ticket, TicketState.DONE)
        ticket.finished_at = ctx.now
        log_event(session, ctx, ticket, "finish", "by calling the next")
    return [ticket.label for ticket in current]

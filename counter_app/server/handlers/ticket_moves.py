"""Moves of a ticket the desk holds: recall, start, finish, no-show, park, resume, transfer.

Only the desk that called a ticket moves it on (a waiting ticket may be marked as gone by
any serving desk of the branch), so these never race with another desk.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.org import DeskKind
from counter_app.domain.tickets import TicketState
from counter_app.models import Desk, Queue, Ticket
from counter_app.protocol.mutations import TicketMoveV1, TicketTransferV1, TicketTransferV2
from counter_app.server.context import MutationContext, Rejected
from counter_app.server.handlers.ticket_log import (
    NOT_SERVING,
    locked_ticket,
    log_event,
    move,
    require_serving_desk,
)


def _held(session: Session, ctx: MutationContext, payload: TicketMoveV1) -> Ticket:
    require_serving_desk(ctx)
    ticket = locked_ticket(session, ctx, payload.ticket_id)
    if ticket.called_by_desk_id != ctx.desk.desk_id or ticket.state is TicketState.WAITING:
        raise Rejected("not_yours", f"{ticket.label} is not called to this desk")
    return ticket


def _answer(ticket: Ticket) -> dict[str, Any]:
    return {"ticket_id": str(ticket.id), "label": ticket.label, "state": ticket.state.value}


def recall(session: Session, ctx: MutationContext, payload: TicketMoveV1) -> dict[str, Any]:
    """Call the same citizen again: the board shows and chimes it anew."""
    ticket = _held(session, ctx, payload)
    move(ticket, TicketState.CALLED)
    ticket.called_at = ctx.now
    log_event(session, ctx, ticket, "recall")
    return _answer(ticket)


def start(session: Session, ctx: MutationContext, payload: TicketMoveV1) -> dict[str, Any]:
    """The citizen has come to the desk: service time runs from now."""
    ticket = _held(session, ctx, payload)
    move(ticket, TicketState.SERVING)
    ticket.serving_started_at = ctx.now
    log_event(session, ctx, ticket, "start")
    return _answer(ticket)


def finish(session: Session, ctx: MutationContext, payload: TicketMoveV1) -> dict[str, Any]:
    """Done. A ticket never marked as started was served from its call on."""
    ticket = _held(session, ctx, payload)
    if ticket.state is TicketState.CALLED:
        move(ticket, TicketState.SERVING)
        ticket.serving_started_at = ticket.called_at
    move(ticket, TicketState.DONE)
    ticket.finished_at = ctx.now
    log_event(session, ctx, ticket, "finish")
    return _answer(ticket)


def no_show(session: Session, ctx: MutationContext, payload: TicketMoveV1) -> dict[str, Any]:
    """The citizen did not come (called or parked), or left before being called (waiting)."""
    require_serving_desk(ctx)
    ticket = locked_ticket(session, ctx, payload.ticket_id)
    if ticket.state is not TicketState.WAITING and ticket.called_by_desk_id != ctx.desk.desk_id:
        raise Rejected("not_yours", f"{ticket.label} is not called to this desk")
    move(ticket, TicketState.NO_SHOW)
    ticket.finished_at = ctx.now
    log_event(session, ctx, ticket, "no_show")
    return _answer(ticket)


def park(session: Session, ctx: MutationContext, payload: TicketMoveV1) -> dict[str, Any]:
    """Set the citizen aside (fetching a document) and serve the next one meanwhile."""
    ticket = _held(session, ctx, payload)
    move(ticket, TicketState.PARKED)
    log_event(session, ctx, ticket, "park")
    return _answer(ticket)


def resume(session: Session, ctx: MutationContext, payload: TicketMoveV1) -> dict[str, Any]:
    """Call the parked citizen back to this desk."""
    ticket = _held(session, ctx, payload)
    move(ticket, TicketState.CALLED)
    ticket.called_at = ctx.now
    ticket.called_by_staff_id = ctx.staff_id
    log_event(session, ctx, ticket, "resume")
    return _answer(ticket)


def transfer(session: Session, ctx: MutationContext, payload: TicketTransferV1) -> dict[str, Any]:
    """Send the citizen on, keeping the number: to wait in another queue, or for one desk.

    The ticket keeps its place by the time it was drawn, so a citizen sent on does not
    start over at the back of the line.
    """
    ticket = _held(session, ctx, TicketMoveV1(ticket_id=payload.ticket_id))
    queue = session.scalar(
        select(Queue).where(Queue.id == payload.queue_id, Queue.branch_id == ctx.desk.branch_id)
    )
    if queue is None:
        raise Rejected("unknown_queue", "the queue does not exist in this desk's branch")
    if payload.desk_id is not None:
        desk = session.scalar(
            select(Desk).where(Desk.id == payload.desk_id, Desk.branch_id == ctx.desk.branch_id)
        )
        if desk is None or DeskKind(desk.kind) in NOT_SERVING:
            raise Rejected("unknown_desk", "send the citizen to a serving desk of this branch")
    summon = isinstance(payload, TicketTransferV2) and payload.summon
    if summon and payload.desk_id is None:
        raise Rejected("no_desk", "a here-and-now request names the desk it asks")
    ticket.summoned_by_desk_id = ctx.desk.desk_id if summon else None
    ticket.summoned_from_queue_id = ticket.queue_id if summon else None
    move(ticket, TicketState.WAITING)
    ticket.queue_id = queue.id
    ticket.assigned_desk_id = payload.desk_id
    ticket.note = payload.note
    ticket.called_at = None
    ticket.called_by_desk_id = None
    ticket.called_by_staff_id = None
    ticket.serving_started_at = None
    log_event(session, ctx, ticket, "transfer", payload.note)
    return _answer(ticket)


def decline(session: Session, ctx: MutationContext, payload: TicketMoveV1) -> dict[str, Any]:
    """The asked desk cannot take the citizen now: the ticket goes back to the queue it
    came from, for the desk that asked (at the top of its list)."""
    require_serving_desk(ctx)
    ticket = locked_ticket(session, ctx, payload.ticket_id)
    back_to, asker = ticket.summoned_from_queue_id, ticket.summoned_by_desk_id
    if (
        ticket.state is not TicketState.WAITING
        or ticket.assigned_desk_id != ctx.desk.desk_id
        or back_to is None
        or asker is None
    ):
        raise Rejected("not_asked", f"{ticket.label} is not waiting for this desk's answer")
    ticket.queue_id, ticket.assigned_desk_id = back_to, asker
    ticket.summoned_by_desk_id = ticket.summoned_from_queue_id = None
    ticket.note = ""
    log_event(session, ctx, ticket, "decline")
    return _answer(ticket)

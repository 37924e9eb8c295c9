"""What every ticket handler shares: find the ticket, move it, log the move."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.org import DeskKind
from counter_app.domain.tickets import TicketRuleError, TicketState, check_move
from counter_app.models import Ticket, TicketEvent
from counter_app.server.context import MutationContext, Rejected
from counter_app.server.handlers.appointment_moves import follow_ticket
from counter_app.server.statistics.visit_facts import record_move

# Desks that hand out tickets or show them, but never serve a citizen.
NOT_SERVING = frozenset({DeskKind.KIOSK, DeskKind.DISPLAY})


def require_serving_desk(ctx: MutationContext) -> None:
    """Kiosks and display boards may not call or move tickets."""
    if ctx.desk.kind in NOT_SERVING:
        raise Rejected("not_allowed", f"a {ctx.desk.kind.value} desk does not serve citizens")


def locked_ticket(session: Session, ctx: MutationContext, ticket_id: uuid.UUID) -> Ticket:
    """The branch's ticket, row-locked for this transaction (PostgreSQL: FOR UPDATE)."""
    ticket = session.scalar(
        select(Ticket)
        .where(Ticket.id == ticket_id, Ticket.branch_id == ctx.desk.branch_id)
        .with_for_update()
    )
    if ticket is None:
        raise Rejected("unknown_ticket", "the ticket does not exist in this desk's branch")
    return ticket


def move(ticket: Ticket, target: TicketState) -> None:
    """Apply a state move, or reject it with the rule's words."""
    try:
        check_move(ticket.state, target)
    except TicketRuleError as exc:
        raise Rejected("wrong_state", f"{ticket.label}: {exc}") from exc
    ticket.state = target


def log_event(
    session: Session, ctx: MutationContext, ticket: Ticket, kind: str, note: str = ""
) -> None:
    """Record the move for statistics and mark the ticket changed for the branch's desks."""
    session.add(
        TicketEvent(
            municipality_id=ticket.municipality_id,
            branch_id=ticket.branch_id,
            ticket_id=ticket.id,
            kind=kind,
            at=ctx.now,
            queue_id=ticket.queue_id,
            desk_id=ctx.desk.desk_id,
            staff_id=ctx.staff_id,
            note=note,
        )
    )
    record_move(session, ticket, kind, ctx.now)
    ctx.changes.touched(ticket, ticket.branch_id)
    follow_ticket(session, ctx, ticket)

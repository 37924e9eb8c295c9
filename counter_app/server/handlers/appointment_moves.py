"""An appointment after booking: checked in with a ticket, then following that ticket
(called, served, finished, did not come); or cancelled, or marked as not come."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.personal_data import AuditAction
from counter_app.domain.tickets import TicketState
from counter_app.models import Appointment, AppointmentState, Ticket, timetable_for
from counter_app.protocol.mutations import AppointmentMoveV1
from counter_app.server.audit import APPOINTMENT, audit_mutation
from counter_app.server.context import MutationContext, Rejected

# What an appointment becomes when its arrival ticket moves.
FOLLOWS = {
    TicketState.CALLED: AppointmentState.SERVING,
    TicketState.SERVING: AppointmentState.SERVING,
    TicketState.DONE: AppointmentState.DONE,
    TicketState.NO_SHOW: AppointmentState.NO_SHOW,
}


def check_in(
    session: Session, ctx: MutationContext, appointment_id: uuid.UUID, ticket: Ticket
) -> bool:
    """Check the appointment in with the citizen's ticket; False (and the ticket stays) if
    it cannot be: another branch, cancelled meanwhile, or checked in already."""
    appointment = session.scalar(
        select(Appointment)
        .where(Appointment.id == appointment_id, Appointment.branch_id == ctx.desk.branch_id)
        .with_for_update()
    )
    if appointment is None or appointment.state is not AppointmentState.BOOKED:
        return False
    appointment.state = AppointmentState.CHECKED_IN
    appointment.checked_in_at = ticket.issued_at
    appointment.arrival_ticket_id = ticket.id
    ctx.changes.touched(appointment, appointment.branch_id)
    audit_mutation(
        session, ctx, AuditAction.CHANGE, APPOINTMENT, appointment.id, detail="checked in"
    )
    return True


def follow_ticket(session: Session, ctx: MutationContext, ticket: Ticket) -> None:
    """Move the appointment checked in with ``ticket`` along with it."""
    state = FOLLOWS.get(ticket.state)
    if state is None:
        return
    appointment = session.scalar(
        select(Appointment).where(Appointment.arrival_ticket_id == ticket.id)
    )
    if appointment is None or appointment.state is state:
        return
    appointment.state = state
    ctx.changes.touched(appointment, appointment.branch_id)


def cancel(session: Session, ctx: MutationContext, payload: AppointmentMoveV1) -> dict[str, Any]:
    """Cancel a booked (or checked-in) appointment; its place is free again."""
    appointment = _locked(session, ctx, payload.appointment_id)
    if appointment.state not in (AppointmentState.BOOKED, AppointmentState.CHECKED_IN):
        raise Rejected("not_cancellable", f"the appointment is {appointment.state.value}")
    appointment.state = AppointmentState.CANCELLED
    ctx.changes.touched(appointment, appointment.branch_id)
    audit_mutation(
        session, ctx, AuditAction.CHANGE, APPOINTMENT, appointment.id, detail="cancelled"
    )
    return {}


def no_show(session: Session, ctx: MutationContext, payload: AppointmentMoveV1) -> dict[str, Any]:
    """A booked citizen did not come (not checked in by the start plus the grace period)."""
    appointment = _locked(session, ctx, payload.appointment_id)
    if appointment.state is not AppointmentState.BOOKED:
        raise Rejected("not_booked", f"the appointment is {appointment.state.value}")
    grace = timetable_for(session, appointment.branch_id, appointment.resource).rules
    if ctx.now < appointment.starts_at + grace.no_show_grace:
        raise Rejected("too_early", "the citizen may still come: wait for the grace period")
    appointment.state = AppointmentState.NO_SHOW
    ctx.changes.touched(appointment, appointment.branch_id)
    audit_mutation(
        session, ctx, AuditAction.CHANGE, APPOINTMENT, appointment.id, detail="did not come"
    )
    return {}


def _locked(session: Session, ctx: MutationContext, appointment_id: uuid.UUID) -> Appointment:
    appointment = session.scalar(
        select(Appointment)
        .where(Appointment.id == appointment_id, Appointment.branch_id == ctx.desk.branch_id)
        .with_for_update()
    )
    if appointment is None:
        raise Rejected("unknown_appointment", "the appointment does not exist in this branch")
    return appointment

"""appointment.book: the server is the authority on places. Bookings of a branch are
decided one at a time (a lock on the branch's change counter, held to commit), so two
desks can never both get the last place in a slot, on PostgreSQL or SQLite."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.org import Resource
from counter_app.domain.personal_data import AuditAction
from counter_app.domain.slots import (
    Booked,
    SlotRuleError,
    check_booking,
    free_slots,
    local_day,
    nearest_free,
)
from counter_app.domain.timezone import day_bounds
from counter_app.models import (
    Appointment,
    AppointmentState,
    Branch,
    BranchState,
    Service,
    Ticket,
    timetable_for,
)
from counter_app.protocol.mutations import AppointmentBookV1, AppointmentBookV2
from counter_app.server.audit import APPOINTMENT, audit_mutation
from counter_app.server.context import MutationContext, Rejected

# States that hold a place in the slot.
HOLDING = (AppointmentState.BOOKED, AppointmentState.CHECKED_IN, AppointmentState.SERVING)
NEAREST_DAYS = 7  # how far from the wished-for day alternatives are looked for


def book(
    session: Session, ctx: MutationContext, payload: AppointmentBookV1 | AppointmentBookV2
) -> dict[str, Any]:
    """Book the slot if a place is free; otherwise say which slots are nearest."""
    branch_id = _target_branch(session, ctx, payload)
    # One booking of the branch at a time, until commit (SQLite: BEGIN IMMEDIATE does it).
    session.execute(
        select(BranchState.branch_id).where(BranchState.branch_id == branch_id).with_for_update()
    )
    if session.get(Appointment, payload.appointment_id) is not None:
        raise Rejected("duplicate_appointment", "an appointment with this id already exists")
    _check_links(session, ctx, payload)
    timetable = timetable_for(session, branch_id, payload.resource)
    booked = booked_on(session, branch_id, payload.resource, payload.starts_at)
    # The rules (notice, how far ahead) apply as when the desk booked, which may have been
    # offline hours ago; a slot in the past can never be booked.
    as_of = min(ctx.client_time, ctx.now)
    try:
        if payload.starts_at <= ctx.now:
            raise SlotRuleError("the slot has begun")
        check_booking(
            timetable,
            booked,
            starts_at=payload.starts_at,
            minutes=payload.minutes,
            now=as_of,
            urgent=payload.urgent,
        )
    except SlotRuleError as exc:
        nearest = nearest_free(
            free_slots(
                timetable,
                booked,
                minutes=payload.minutes,
                now=ctx.now,
                first_day=local_day(payload.starts_at),
                days=NEAREST_DAYS,
                urgent=payload.urgent,
            ),
            payload.starts_at,
        )
        starts = ", ".join(slot.starts_at.isoformat() for slot in nearest) or "none"
        raise Rejected("slot_taken", f"{exc}; nearest free: {starts}") from exc
    appointment = Appointment(
        id=payload.appointment_id,
        municipality_id=ctx.desk.municipality_id,
        branch_id=branch_id,
        resource=payload.resource,
        service_id=payload.service_id,
        starts_at=payload.starts_at,
        minutes=payload.minutes,
        citizen_name=payload.citizen_name,
        citizen_contact=payload.citizen_contact,
        topic=payload.topic,
        state=AppointmentState.BOOKED,
        booked_by_desk_id=ctx.desk.desk_id,
        booked_at=as_of,
        booking_code=payload.booking_code,
        ticket_id=payload.ticket_id,
    )
    session.add(appointment)
    # A desk booking at another branch sees the appointment too (its confirmation).
    ctx.changes.touched(appointment, *dict.fromkeys((branch_id, ctx.desk.branch_id)))
    audit_mutation(session, ctx, AuditAction.CREATE, APPOINTMENT, appointment.id, detail="booked")
    return {"appointment_id": str(appointment.id), "booking_code": appointment.booking_code}


def _target_branch(
    session: Session, ctx: MutationContext, payload: AppointmentBookV1 | AppointmentBookV2
) -> uuid.UUID:
    """The desk's branch, or the municipality's branch the booking names."""
    wanted = payload.branch_id if isinstance(payload, AppointmentBookV2) else None
    if wanted is None or wanted == ctx.desk.branch_id:
        return ctx.desk.branch_id
    found = session.scalar(
        select(Branch.id).where(
            Branch.id == wanted, Branch.municipality_id == ctx.desk.municipality_id
        )
    )
    if found is None:
        raise Rejected("unknown_branch", "the branch does not exist in this municipality")
    return found


def booked_on(
    session: Session, branch_id: uuid.UUID, resource: Resource, moment: datetime
) -> list[Booked]:
    """The places already taken on the Copenhagen day of ``moment``."""
    first, after = day_bounds(moment)
    rows = session.execute(
        select(Appointment.starts_at, Appointment.minutes).where(
            Appointment.branch_id == branch_id,
            Appointment.resource == resource,
            Appointment.state.in_(HOLDING),
            Appointment.starts_at >= first,
            Appointment.starts_at < after,
        )
    )
    return [Booked(starts_at, minutes) for starts_at, minutes in rows]


def _check_links(session: Session, ctx: MutationContext, payload: AppointmentBookV1) -> None:
    if payload.resource not in (Resource.CITIZEN_SERVICE, Resource.LIBRARIAN):
        raise Rejected("invalid_resource", "appointments are with citizen service or a librarian")
    if payload.service_id is not None:
        service = session.get(Service, payload.service_id)
        if service is None or service.municipality_id != ctx.desk.municipality_id:
            raise Rejected("unknown_service", "the service does not exist in this municipality")
    if payload.ticket_id is not None:
        ticket = session.get(Ticket, payload.ticket_id)
        if ticket is None or ticket.branch_id != ctx.desk.branch_id:
            raise Rejected("unknown_ticket", "the ticket does not exist in this branch")

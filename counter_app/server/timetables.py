"""Another branch's timetable for booking there: shifts, closures, the booking rules and
the places taken (times only), so a branch library's desk can offer the main library's
free borgerservice slots with the same function the server checks them with."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from counter_app.domain.org import Resource
from counter_app.domain.timezone import utc_now
from counter_app.models import Appointment, Branch, timetable_for
from counter_app.protocol.messages import BookedOut, BranchTimetable, ClosureOut, ShiftOut
from counter_app.server.context import DeskContext
from counter_app.server.handlers.appointments import HOLDING


class UnknownBranchError(LookupError):
    """The branch is not one of the desk's municipality."""


def branch_timetable(
    engine: Engine, desk: DeskContext, branch_id: uuid.UUID, resource: Resource
) -> BranchTimetable:
    """The timetable of ``resource`` at ``branch_id`` and the places taken from now on."""
    now = utc_now()
    with Session(engine) as session:
        branch = session.get(Branch, branch_id)
        if branch is None or branch.municipality_id != desk.municipality_id:
            raise UnknownBranchError(str(branch_id))
        timetable = timetable_for(session, branch_id, resource)
        rules = timetable.rules
        booked = session.execute(
            select(Appointment.starts_at, Appointment.minutes).where(
                Appointment.branch_id == branch_id,
                Appointment.resource == resource,
                Appointment.state.in_(HOLDING),
                Appointment.starts_at >= now - timedelta(hours=1),
                Appointment.starts_at < now + timedelta(days=rules.max_days_ahead + 1),
            )
        ).all()
        return BranchTimetable(
            branch_id=branch.id,
            branch_name=branch.name,
            resource=resource,
            shifts=[
                ShiftOut(weekday=s.weekday, starts=s.starts, ends=s.ends, staff=s.staff)
                for s in timetable.shifts
            ],
            closures=[
                ClosureOut(first_day=c.first_day, last_day=c.last_day) for c in timetable.closures
            ],
            min_notice_minutes=int(rules.min_notice.total_seconds() // 60),
            max_days_ahead=rules.max_days_ahead,
            held_back_per_day=rules.held_back_per_day,
            booked=[BookedOut(starts_at=at, minutes=minutes) for at, minutes in booked],
        )

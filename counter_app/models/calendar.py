"""Opening hours and staffed shifts per weekday, in Copenhagen wall-clock time; closures
and the booking rules of a branch; and the timetable the slots are computed from."""

from __future__ import annotations

import uuid
from datetime import date, time, timedelta

from sqlalchemy import CheckConstraint, ForeignKey, String, or_, select
from sqlalchemy.orm import Mapped, Session, mapped_column

from counter_app.domain.org import Resource
from counter_app.domain.slots import BookingRules, Closure, ShiftBlock, Timetable
from counter_app.models.base import Base, enum_column


class OpeningHours(Base):
    """When a resource of a branch is open on a weekday (0 = Monday). Local time on purpose:
    10:00 stays 10:00 across daylight saving."""

    __tablename__ = "opening_hours"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("opens < closes", name="opens_before_closes"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    resource: Mapped[Resource] = mapped_column(enum_column(Resource))
    weekday: Mapped[int]
    opens: Mapped[time]
    closes: Mapped[time]


class Shift(Base):
    """How many staff a resource has during a block of a weekday."""

    __tablename__ = "shift"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday"),
        CheckConstraint("starts < ends", name="starts_before_ends"),
        CheckConstraint("staff_count >= 0", name="staff_count"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    resource: Mapped[Resource] = mapped_column(enum_column(Resource))
    weekday: Mapped[int]
    starts: Mapped[time]
    ends: Mapped[time]
    staff_count: Mapped[int]


class ClosureDay(Base):
    """Days a branch (``resource`` None) or one resource of it takes no appointments:
    Grundlovsdag, Christmas Eve, a course day. Public holidays need no row."""

    __tablename__ = "closure"
    __table_args__ = (CheckConstraint("first_day <= last_day", name="first_before_last"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    resource: Mapped[Resource | None] = mapped_column(enum_column(Resource), default=None)
    first_day: Mapped[date]
    last_day: Mapped[date]
    reason: Mapped[str] = mapped_column(String(120), default="")


class BookingRulesSetting(Base):
    """A branch's booking rules; a branch without a row uses the defaults."""

    __tablename__ = "booking_rules"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), unique=True)
    min_notice_minutes: Mapped[int] = mapped_column(default=30)
    max_days_ahead: Mapped[int] = mapped_column(default=60)
    held_back_per_day: Mapped[int] = mapped_column(default=1)
    # A booked citizen who has not checked in this long after the start may be marked
    # as not come (the place is then free for someone else).
    no_show_grace_minutes: Mapped[int] = mapped_column(default=15, server_default="15")


def timetable_for(session: Session, branch_id: uuid.UUID, resource: Resource) -> Timetable:
    """The shifts, closures and rules that decide ``resource``'s slots in a branch (the
    server and every desk compute slots from the same rows)."""
    shifts = session.scalars(
        select(Shift).where(Shift.branch_id == branch_id, Shift.resource == resource)
    )
    closures = session.scalars(
        select(ClosureDay).where(
            ClosureDay.branch_id == branch_id,
            or_(ClosureDay.resource.is_(None), ClosureDay.resource == resource),
        )
    )
    rules_row = session.scalar(
        select(BookingRulesSetting).where(BookingRulesSetting.branch_id == branch_id)
    )
    rules = (
        BookingRules(
            min_notice=timedelta(minutes=rules_row.min_notice_minutes),
            max_days_ahead=rules_row.max_days_ahead,
            held_back_per_day=rules_row.held_back_per_day,
            no_show_grace=timedelta(minutes=rules_row.no_show_grace_minutes),
        )
        if rules_row is not None
        else BookingRules()
    )
    return Timetable(
        shifts=[ShiftBlock(s.weekday, s.starts, s.ends, s.staff_count) for s in shifts],
        closures=[Closure(c.first_day, c.last_day) for c in closures],
        rules=rules,
    )

"""Opening hours and staffed shifts per weekday, in Copenhagen wall-clock time."""

from __future__ import annotations

import uuid
from datetime import time

from sqlalchemy import CheckConstraint, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.domain.org import Resource
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

"""Booked appointments."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.domain.appointments import AppointmentState
from counter_app.domain.org import Resource
from counter_app.models.base import Base, UTCDateTime, enum_column


class Appointment(Base):
    """A booked slot. Personal data is minimal: a name and one way to reach them.

    ``booking_code`` is what the citizen gets on the slip and the calendar file and types
    at the kiosk; ``ticket_id`` is the ticket the citizen was served on when it was booked;
    ``arrival_ticket_id`` the one they got when they checked in, whose moves (called,
    finished, did not come) the appointment follows.
    """

    __tablename__ = "appointment"
    __table_args__ = (UniqueConstraint("branch_id", "booking_code"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    resource: Mapped[Resource] = mapped_column(enum_column(Resource))
    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service.id"), default=None)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    minutes: Mapped[int]
    citizen_name: Mapped[str] = mapped_column(String(80))
    citizen_contact: Mapped[str] = mapped_column(String(120))
    topic: Mapped[str] = mapped_column(String(500), default="")
    state: Mapped[AppointmentState] = mapped_column(enum_column(AppointmentState))
    booked_by_desk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("desk.id"), default=None)
    booked_at: Mapped[datetime] = mapped_column(UTCDateTime())
    booking_code: Mapped[str] = mapped_column(String(8), default="", server_default="")
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ticket.id"), default=None)
    # Checked in (kiosk or KVIK): the ticket the citizen waits with, called like any other.
    checked_in_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    arrival_ticket_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("ticket.id"), default=None, index=True
    )

"""Tickets (kølapper): a citizen's place in a queue."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.domain.tickets import TicketState, ticket_label
from counter_app.models.base import Base, UTCDateTime, enum_column


class Ticket(Base):
    """A ticket; ``number`` is None while a desk waits for the server to give one."""

    __tablename__ = "ticket"
    __table_args__ = (
        Index("ix_ticket_queue_state", "queue_id", "state", "issued_at"),
        Index(
            "uq_ticket_queue_day_number",
            "queue_id",
            "service_day",
            "prefix",
            "number",
            unique=True,
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    queue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("queue.id"))
    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service.id"), default=None)
    prefix: Mapped[str] = mapped_column(String(3))
    number: Mapped[int | None] = mapped_column(default=None)
    service_day: Mapped[date]
    state: Mapped[TicketState] = mapped_column(enum_column(TicketState))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by_desk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("desk.id"), default=None)
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    called_by_desk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("desk.id"), default=None)
    called_by_staff_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id"), default=None
    )
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)

    @property
    def label(self) -> str:
        """K001, or K… while the number is not yet given."""
        return ticket_label(self.prefix, self.number)

"""Tickets (kølapper): a citizen's place in a queue."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.domain.tickets import TicketState, ticket_label
from counter_app.models.base import Base, UTCDateTime, enum_column


class Ticket(Base):
    """A ticket; ``number`` is None while a desk waits for the server to give one.

    ``offline_code`` is the issuing desk's letter when the desk numbered the ticket itself
    because it could not reach the server (K-A01); the number on the slip never changes.
    ``assigned_desk_id`` is set when a ticket was transferred to one named desk: only that
    desk calls it.
    """

    __tablename__ = "ticket"
    __table_args__ = (
        Index("ix_ticket_queue_state", "queue_id", "state", "issued_at"),
        # offline_code is "" (not NULL) for the server's numbers: NULLs never clash in a
        # unique index, and server numbers must.
        Index(
            "uq_ticket_queue_day_number",
            "queue_id",
            "service_day",
            "prefix",
            "offline_code",
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
    offline_code: Mapped[str] = mapped_column(String(2), default="", server_default="")
    service_day: Mapped[date]
    state: Mapped[TicketState] = mapped_column(enum_column(TicketState))
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by_desk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("desk.id"), default=None)
    called_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    called_by_desk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("desk.id"), default=None)
    called_by_staff_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id"), default=None
    )
    serving_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    assigned_desk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("desk.id"), default=None)
    note: Mapped[str] = mapped_column(String(200), default="", server_default="")
    # A here-and-now summons (KVIK asks an idle librarian to take the citizen now): who
    # asked, and the queue the ticket goes back to if the librarian declines.
    summoned_by_desk_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("desk.id"), default=None
    )
    summoned_from_queue_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("queue.id"), default=None
    )

    @property
    def label(self) -> str:
        """K001, or K… while the number is not yet given."""
        return ticket_label(self.prefix, self.number, self.offline_code)

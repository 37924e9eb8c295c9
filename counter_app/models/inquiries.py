"""Inquiries (henvendelser): every contact registered, for the managers' numbers."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.domain.inquiries import Channel, Outcome
from counter_app.models.base import Base, UTCDateTime, enum_column


class Inquiry(Base):
    """One contact; its times are when it happened at the desk, not when it synced."""

    __tablename__ = "inquiry"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    desk_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("desk.id"))
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    ticket_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("ticket.id"), default=None)
    channel: Mapped[Channel] = mapped_column(enum_column(Channel))
    outcome: Mapped[Outcome] = mapped_column(enum_column(Outcome))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    ended_at: Mapped[datetime] = mapped_column(UTCDateTime())
    note: Mapped[str] = mapped_column(String(500), default="")


class InquiryService(Base):
    """Which services one inquiry was about (one contact may cover several)."""

    __tablename__ = "inquiry_service"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    inquiry_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inquiry.id"), index=True)
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service.id"))

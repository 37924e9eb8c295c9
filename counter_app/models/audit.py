"""The audit log: who read, made, changed, exported or deleted a citizen's personal data."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.domain.personal_data import AuditAction
from counter_app.models.base import Base, Side, UTCDateTime, enum_column


class AuditEntry(Base):
    """One thing done with one appointment's or callback's personal data.

    ``actor`` says what did it ("desk", "server retention", "counter-admin (user)");
    ``desk_id`` and ``staff_id`` who, when a desk did it. ``detail`` is a short note that
    never holds the personal data itself. Server-only: desks never see it.
    """

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_log_municipality_id_at", "municipality_id", "at"),
        {"info": {"side": Side.SERVER.value}},
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"))
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    desk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("desk.id"), default=None)
    staff_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("staff.id"), default=None)
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[AuditAction] = mapped_column(enum_column(AuditAction, length=12))
    # "appointment", "callback", "screen_inquiry"; "citizen" for a search that found nothing.
    subject_kind: Mapped[str] = mapped_column(String(24))
    subject_id: Mapped[uuid.UUID | None] = mapped_column(default=None, index=True)
    detail: Mapped[str] = mapped_column(String(200), default="")

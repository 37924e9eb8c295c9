"""The service catalogue and the queues services are served from."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.domain.org import Area
from counter_app.models.base import Base, enum_column


class Queue(Base):
    """A line of tickets in one branch (KVIK, borgerservice arrivals, librarian)."""

    __tablename__ = "queue"
    __table_args__ = (UniqueConstraint("branch_id", "prefix"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    prefix: Mapped[str] = mapped_column(String(3))
    sort_order: Mapped[int] = mapped_column(default=0)


class Service(Base):
    """One thing a citizen can come for (MitID, lægeskift, pas, ...), per municipality."""

    __tablename__ = "service"
    __table_args__ = (UniqueConstraint("municipality_id", "code"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    code: Mapped[str] = mapped_column(String(40))
    name_da: Mapped[str] = mapped_column(String(120))
    name_en: Mapped[str] = mapped_column(String(120))
    area: Mapped[Area] = mapped_column(enum_column(Area))
    authority_task: Mapped[bool] = mapped_column(default=False)
    kvik_within_five_minutes: Mapped[bool] = mapped_column(default=False)
    appointment_minutes: Mapped[int | None] = mapped_column(default=None)
    queue_prefix: Mapped[str | None] = mapped_column(String(3), default=None)
    active: Mapped[bool] = mapped_column(default=True)

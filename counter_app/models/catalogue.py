"""The service catalogue and the queues services are served from."""

from __future__ import annotations

import uuid

from sqlalchemy import ForeignKey, String, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.domain.org import Area, Resource
from counter_app.models.base import Base, enum_column


class Queue(Base):
    """A line of tickets in one branch (KVIK, borgerservice arrivals, librarian).

    The kiosk shows a queue as a button with ``kiosk_label`` (what the citizen needs, e.g.
    "Hurtig hjælp / KVIK") and ``kiosk_hint``; ``resource`` says whose shifts staff it, and
    ``service_minutes`` is the typical service time the waiting estimate starts from.
    """

    __tablename__ = "queue"
    __table_args__ = (UniqueConstraint("branch_id", "prefix"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    name: Mapped[str] = mapped_column(String(80))
    prefix: Mapped[str] = mapped_column(String(3))
    sort_order: Mapped[int] = mapped_column(default=0)
    resource: Mapped[Resource] = mapped_column(
        enum_column(Resource), default=Resource.KVIK, server_default=Resource.KVIK.value
    )
    service_minutes: Mapped[int] = mapped_column(default=5, server_default="5")
    on_kiosk: Mapped[bool] = mapped_column(default=True, server_default=true())
    kiosk_label_da: Mapped[str] = mapped_column(String(60), default="", server_default="")
    kiosk_label_en: Mapped[str] = mapped_column(String(60), default="", server_default="")
    kiosk_hint_da: Mapped[str] = mapped_column(String(120), default="", server_default="")
    kiosk_hint_en: Mapped[str] = mapped_column(String(120), default="", server_default="")


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

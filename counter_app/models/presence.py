"""Which desks are open now, which queues they serve, and what is wrong with a kiosk."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import JSON, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.models.base import Base, UTCDateTime


class DeskPresence(Base):
    """One row per desk (``id`` is the desk's id), replicated to its branch.

    The waiting estimate counts open desks per queue; the desks show a kiosk's
    ``problem`` (e.g. no paper) so someone goes to fix it.
    """

    __tablename__ = "desk_presence"

    id: Mapped[uuid.UUID] = mapped_column(ForeignKey("desk.id"), primary_key=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    open: Mapped[bool] = mapped_column(default=False)
    queue_ids: Mapped[list[str]] = mapped_column(JSON, default=list)
    problem: Mapped[str] = mapped_column(String(24), default="", server_default="")
    problem_detail: Mapped[str] = mapped_column(String(200), default="", server_default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())

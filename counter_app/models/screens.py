"""Video screens in branch libraries, and the screen inquiries forwarded from them."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.domain.screen_inquiries import ScreenInquiryState
from counter_app.models.base import Base, UTCDateTime, enum_column


class ScreenRoom(Base):
    """A screen (a room with a video screen) a citizen sits at in a library, and the link
    that opens the municipality's video tool for it (Teams, Zoom, Jitsi: not ours)."""

    __tablename__ = "screen_room"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    name: Mapped[str] = mapped_column(String(40))
    video_url: Mapped[str] = mapped_column(String(500), default="")
    active: Mapped[bool] = mapped_column(default=True)
    sort_order: Mapped[int] = mapped_column(default=0)


class ScreenInquiry(Base):
    """A citizen at a branch library's screen, waiting for a central caseworker.

    ``branch_id`` is the library that forwarded them, ``to_branch_id`` the branch whose
    caseworkers take it; both branches' desks see the row. ``screen`` keeps the room's
    name as it was when forwarded.
    """

    __tablename__ = "screen_inquiry"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    to_branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    service_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("service.id"), default=None)
    screen_room_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("screen_room.id"), default=None
    )
    screen: Mapped[str] = mapped_column(String(40))
    first_name: Mapped[str] = mapped_column(String(40), default="")
    state: Mapped[ScreenInquiryState] = mapped_column(enum_column(ScreenInquiryState))
    forwarded_at: Mapped[datetime] = mapped_column(UTCDateTime())
    forwarded_by_desk_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("desk.id"), default=None
    )
    accepted_by_desk_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("desk.id"), default=None
    )
    accepted_by_staff_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("staff.id"), default=None
    )
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    call_started_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    # Who cancelled ("branch": the citizen left; "caseworker": e.g. no one at the screen).
    cancelled_by: Mapped[str] = mapped_column(String(12), default="", server_default="")

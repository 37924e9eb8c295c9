"""Inquiries (henvendelser): every contact registered, for the managers' numbers."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.domain.inquiries import CallbackState, Channel, Outcome
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
    # The authority (a catalogue choice code) when the outcome is "referred".
    referred_to: Mapped[str] = mapped_column(String(40), default="", server_default="")
    # The five-minute rule as it stood when the citizen was served: the limit of the
    # desk's role (None: no limit) and why the desk went on past it.
    limit_seconds: Mapped[int | None] = mapped_column(default=None)
    over_limit_reason: Mapped[str] = mapped_column(String(24), default="", server_default="")
    # A screen inquiry: the one the caseworker answered, and the library it came from.
    screen_inquiry_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("screen_inquiry.id"), default=None
    )
    source_branch_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("branch.id"), default=None, index=True
    )


class InquiryService(Base):
    """Which services one inquiry was about (one contact may cover several)."""

    __tablename__ = "inquiry_service"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    inquiry_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inquiry.id"), index=True)
    service_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("service.id"))

    @classmethod
    def link(cls, inquiry: Inquiry, service_id: uuid.UUID) -> InquiryService:
        """The row saying ``inquiry`` was about ``service_id``. Its id derives from both,
        so the desk's row and the server's (on every retry) are the same row."""
        return cls(
            id=uuid.uuid5(inquiry.id, str(service_id)),
            municipality_id=inquiry.municipality_id,
            branch_id=inquiry.branch_id,
            inquiry_id=inquiry.id,
            service_id=service_id,
        )


class Callback(Base):
    """A question someone must get back to the citizen about (outcome "callback").

    It belongs to a group (fees, children's books) rather than a person, and holds the
    only personal data an inquiry ever has: a name and one way to reach the citizen.
    """

    __tablename__ = "callback"

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"), index=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"), index=True)
    inquiry_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inquiry.id"), index=True)
    group_code: Mapped[str] = mapped_column(String(40))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    citizen_name: Mapped[str] = mapped_column(String(80))
    citizen_contact: Mapped[str] = mapped_column(String(120))
    question: Mapped[str] = mapped_column(String(500), default="")
    state: Mapped[CallbackState] = mapped_column(enum_column(CallbackState))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    done_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    done_by_desk_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("desk.id"), default=None)

    @classmethod
    def opened_by(
        cls,
        inquiry: Inquiry,
        *,
        callback_id: uuid.UUID,
        group_code: str,
        due_at: datetime,
        citizen_name: str,
        citizen_contact: str,
        question: str,
    ) -> Callback:
        """The open callback an inquiry with outcome "callback" leaves."""
        return cls(
            id=callback_id,
            municipality_id=inquiry.municipality_id,
            branch_id=inquiry.branch_id,
            inquiry_id=inquiry.id,
            group_code=group_code,
            due_at=due_at,
            citizen_name=citizen_name,
            citizen_contact=citizen_contact,
            question=question,
            state=CallbackState.OPEN,
            created_at=inquiry.ended_at,
        )

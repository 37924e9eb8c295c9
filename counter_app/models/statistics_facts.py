"""Server-only rows the statistics read: one narrow row per visit and per inquiry, kept as
tickets move and inquiries are registered, so a year's report reads these instead of
joining the move log and the catalogue row by row.

They are derived data: ``server/statistics/facts.py`` writes them and can rebuild them
from the tickets, moves and inquiries at any time (``FactsRebuild`` asks for that).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.models.base import Base, Side, UTCDateTime

_SERVER = {"info": {"side": Side.SERVER.value}}


class VisitFact(Base):
    """One ticket as a visit: counted on its Copenhagen day in the queue it was drawn in,
    with its wait and service seconds (None: never called, never served) and the trail of
    moves the next move continues from (``domain.visits.VisitTrail``)."""

    __tablename__ = "visit_fact"
    __table_args__ = (Index("ix_visit_fact_period", "municipality_id", "day"), _SERVER)

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ticket.id"), primary_key=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"))
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"))
    day: Mapped[date] = mapped_column(Date)
    queue_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("queue.id"))
    resource: Mapped[str] = mapped_column(String(24))
    service_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    state: Mapped[str] = mapped_column(String(16))
    wait: Mapped[int | None] = mapped_column(default=None)
    service: Mapped[int | None] = mapped_column(default=None)
    transferred: Mapped[int] = mapped_column(SmallInteger, default=0)
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    first_call_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    last_kind: Mapped[str | None] = mapped_column(String(24), default=None)
    last_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), default=None)
    earlier_seconds: Mapped[int] = mapped_column(default=0)
    transfers: Mapped[int] = mapped_column(default=0)


class VisitService(Base):
    """A service registered for a ticket's inquiry: the visit counts under it (instead of
    the one chosen at the kiosk)."""

    __tablename__ = "visit_service"
    __table_args__ = _SERVER

    ticket_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ticket.id"), primary_key=True)
    service_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"))


class InquiryFact(Base):
    """One inquiry on its Copenhagen day and hour, with the kind of desk that registered
    it, its area and authority flags (any of its services), and the five-minute rule."""

    __tablename__ = "inquiry_fact"
    __table_args__ = (Index("ix_inquiry_fact_period", "municipality_id", "day"), _SERVER)

    inquiry_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inquiry.id"), primary_key=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"))
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"))
    day: Mapped[date] = mapped_column(Date)
    hour: Mapped[int] = mapped_column(SmallInteger)
    weekday: Mapped[int] = mapped_column(SmallInteger)
    desk_kind: Mapped[str] = mapped_column(String(24))
    channel: Mapped[str] = mapped_column(String(24))
    outcome: Mapped[str] = mapped_column(String(24))
    citizen_service: Mapped[int] = mapped_column(SmallInteger)
    library: Mapped[int] = mapped_column(SmallInteger)
    authority_task: Mapped[int] = mapped_column(SmallInteger)
    limited: Mapped[int] = mapped_column(SmallInteger)
    within_limit: Mapped[int] = mapped_column(SmallInteger)
    over_limit_reason: Mapped[str] = mapped_column(String(24))


class InquiryServiceFact(Base):
    """One service of one inquiry, on the inquiry's day, branch and desk kind."""

    __tablename__ = "inquiry_service_fact"
    __table_args__ = (Index("ix_inquiry_service_fact_period", "municipality_id", "day"), _SERVER)

    inquiry_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("inquiry.id"), primary_key=True)
    service_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    municipality_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("municipality.id"))
    branch_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("branch.id"))
    day: Mapped[date] = mapped_column(Date)
    desk_kind: Mapped[str] = mapped_column(String(24))


class FactsRebuild(Base):
    """A migration's request to rebuild the fact rows (from the tickets, moves and
    inquiries) before the server serves; the row goes once that is done."""

    __tablename__ = "facts_rebuild"
    __table_args__ = _SERVER

    name: Mapped[str] = mapped_column(String(40), primary_key=True)

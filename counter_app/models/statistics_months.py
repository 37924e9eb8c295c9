"""Server-only sums of the inquiries' fact rows per closed month, so a year's report reads
a few thousand rows instead of a million. A cache: ``server/statistics/inquiry_months.py``
sums a month when a report first needs it and trusts the sums only while no inquiry has
been written into that month since (``StatisticsMonth``).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import Date, ForeignKey, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from counter_app.models.base import Base, Side

_SERVER = {"info": {"side": Side.SERVER.value}}


class StatisticsMonth(Base):
    """One municipality's month: ``generation`` counts the inquiries written into it after
    it ended; the sums are current while ``summed`` (the generation they were made at)
    equals it."""

    __tablename__ = "statistics_month"
    __table_args__ = _SERVER

    municipality_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("municipality.id"), primary_key=True
    )
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    generation: Mapped[int] = mapped_column(default=0)
    summed: Mapped[int | None] = mapped_column(default=None)


class _MonthSum:
    """What every monthly sum is of: a municipality's month, a branch and a desk kind;
    and how many inquiries it counts."""

    municipality_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("municipality.id"), primary_key=True
    )
    month: Mapped[date] = mapped_column(Date, primary_key=True)
    branch_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)
    desk_kind: Mapped[str] = mapped_column(String(24), primary_key=True)
    count: Mapped[int]


class InquiryMonth(_MonthSum, Base):
    """How many inquiries of a month agree on everything the report splits them by (but
    hour, weekday and service)."""

    __tablename__ = "inquiry_month"
    __table_args__ = _SERVER

    channel: Mapped[str] = mapped_column(String(24), primary_key=True)
    outcome: Mapped[str] = mapped_column(String(24), primary_key=True)
    citizen_service: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    library: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    authority_task: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    limited: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    within_limit: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    over_limit_reason: Mapped[str] = mapped_column(String(24), primary_key=True)


class InquiryMonthHour(_MonthSum, Base):
    """How many inquiries of a month began in each hour of each weekday (Copenhagen)."""

    __tablename__ = "inquiry_month_hour"
    __table_args__ = _SERVER

    hour: Mapped[int] = mapped_column(SmallInteger, primary_key=True)
    weekday: Mapped[int] = mapped_column(SmallInteger, primary_key=True)


class InquiryMonthService(_MonthSum, Base):
    """How many inquiries of a month were about each service."""

    __tablename__ = "inquiry_month_service"
    __table_args__ = _SERVER

    service_id: Mapped[uuid.UUID] = mapped_column(primary_key=True)

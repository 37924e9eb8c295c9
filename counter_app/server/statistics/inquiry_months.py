"""Monthly sums of the inquiries' fact rows (``models.statistics_months``): made when a
report first needs a month that is over, and read only while they are current.

Why they stay right: a month is summed only once a day has passed since it ended
(``domain.statistics.summable_months``), so everything written while it ran has
committed; an inquiry written into it after it ended bumps the month's generation in its
own transaction (``note_inquiry``); and the sums are read only when the generation they
were made at is the one the report's snapshot sees. So every inquiry of a month is in its
sums or makes them stale, in whatever order the transactions commit.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from typing import cast

from sqlalchemy import (
    Connection,
    Date,
    Engine,
    Table,
    delete,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from counter_app.domain.statistics import month_after, written_late
from counter_app.domain.timezone import local_day
from counter_app.models import (
    InquiryFact,
    InquiryMonth,
    InquiryMonthHour,
    InquiryMonthService,
    InquiryServiceFact,
    StatisticsMonth,
)
from counter_app.server.statistics.visit_facts import of_municipality

MONTH = cast(Table, StatisticsMonth.__table__)
SUMS = cast(Table, InquiryMonth.__table__)
HOUR_SUMS = cast(Table, InquiryMonthHour.__table__)
SERVICE_SUMS = cast(Table, InquiryMonthService.__table__)
_FACTS = cast(Table, InquiryFact.__table__)
_SERVICE_FACTS = cast(Table, InquiryServiceFact.__table__)

# What the report splits inquiries by (but hour, weekday and service).
GROUP_KEYS = (
    "branch_id",
    "desk_kind",
    "channel",
    "outcome",
    "citizen_service",
    "library",
    "authority_task",
    "limited",
    "within_limit",
    "over_limit_reason",
)
# Each sum table, the facts it sums, and what it counts them by (besides the month).
SUMMED_BY: tuple[tuple[Table, Table, tuple[str, ...]], ...] = (
    (SUMS, _FACTS, GROUP_KEYS),
    (HOUR_SUMS, _FACTS, ("branch_id", "desk_kind", "hour", "weekday")),
    (SERVICE_SUMS, _SERVICE_FACTS, ("branch_id", "desk_kind", "service_id")),
)


def note_inquiry(session: Session, municipality_id: uuid.UUID, day: date, now: datetime) -> None:
    """An inquiry of ``day`` is being written: if its month is over, its sums are stale.
    (Rare: a desk that was offline over a month's end, a callback finished late.)"""
    if written_late(day, local_day(now)):
        session.execute(
            _month_row(
                session.get_bind().dialect.name, municipality_id, day.replace(day=1), 1
            ).on_conflict_do_update(
                index_elements=["municipality_id", "month"],
                set_={"generation": MONTH.c.generation + 1},
            )
        )


def summarise(engine: Engine, municipality_id: uuid.UUID, months: Sequence[date]) -> None:
    """Make the sums of each of ``months`` that has none or stale ones, a month per
    transaction; a month's row is locked meanwhile, so two reports never sum it twice.
    Months already current cost one read between them, and no lock."""
    with engine.connect() as connection:
        current = current_months(connection, municipality_id, months)
    for month in months:
        if month not in current:
            with engine.begin() as connection:
                _summarise_month(connection, municipality_id, month)


def _summarise_month(connection: Connection, municipality_id: uuid.UUID, month: date) -> None:
    connection.execute(
        _month_row(connection.dialect.name, municipality_id, month, 0).on_conflict_do_nothing()
    )
    this_month = (MONTH.c.municipality_id == municipality_id, MONTH.c.month == month)
    generation, summed = connection.execute(
        select(MONTH.c.generation, MONTH.c.summed).where(*this_month).with_for_update()
    ).one()
    if summed == generation:
        return
    for table, facts, keys in SUMMED_BY:
        connection.execute(
            delete(table).where(table.c.municipality_id == municipality_id, table.c.month == month)
        )
        columns = [facts.c[key] for key in keys]
        counted = (
            select(facts.c.municipality_id, literal(month, Date), *columns, func.count())
            .where(
                facts.c.municipality_id == municipality_id,
                facts.c.day >= month,
                facts.c.day < month_after(month),
            )
            .group_by(facts.c.municipality_id, *columns)
        )
        connection.execute(
            insert(table).from_select(["municipality_id", "month", *keys, "count"], counted)
        )
    connection.execute(update(MONTH).where(*this_month).values(summed=generation))


def _month_row(
    dialect: str, municipality_id: uuid.UUID, month: date, generation: int
) -> postgresql.Insert | sqlite.Insert:
    """An insert of a month's row that can say what to do if it is there already."""
    values = {"municipality_id": municipality_id, "month": month, "generation": generation}
    if dialect == "postgresql":
        return postgresql.insert(MONTH).values(values)
    return sqlite.insert(MONTH).values(values)


def current_months(
    connection: Connection, municipality_id: uuid.UUID, months: Sequence[date]
) -> frozenset[date]:
    """Which of ``months`` have sums that are current in ``connection``'s snapshot."""
    if not months:
        return frozenset()
    rows = connection.execute(
        select(MONTH.c.month).where(
            MONTH.c.municipality_id == municipality_id,
            MONTH.c.month.in_(list(months)),
            MONTH.c.summed == MONTH.c.generation,
        )
    )
    return frozenset(rows.scalars())


def forget_sums(connection: Connection, municipality_id: uuid.UUID | None) -> None:
    """Drop the sums (of one municipality, or all): the facts they summed were rebuilt."""
    for table in (MONTH, SUMS, HOUR_SUMS, SERVICE_SUMS):
        connection.execute(
            delete(table).where(*of_municipality(table.c.municipality_id, municipality_id))
        )

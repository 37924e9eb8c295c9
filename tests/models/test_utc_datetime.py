"""UTCDateTime: aware UTC in and out, naive refused, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import Column, Engine, Integer, MetaData, Table, insert, select, text
from sqlalchemy.exc import StatementError

from counter_app.domain.timezone import COPENHAGEN
from counter_app.models import UTCDateTime
from counter_app.models.database import make_engine

metadata = MetaData()
moments = Table(
    "moments",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", UTCDateTime(), nullable=True),
)

INSTANTS = [
    datetime(2026, 1, 15, 9, 0, 0, 123456, tzinfo=UTC),
    datetime(2026, 7, 1, 12, 0, tzinfo=COPENHAGEN),  # summer time, +02:00
    datetime(2026, 10, 25, 2, 30, fold=1, tzinfo=COPENHAGEN),  # the second 02:30
    datetime(2026, 3, 29, 23, 30, tzinfo=timezone(timedelta(hours=-5))),
]


@pytest.fixture
def engine(server_db_url: str) -> Iterator[Engine]:
    engine = make_engine(server_db_url)
    metadata.create_all(engine)
    try:
        yield engine
    finally:
        engine.dispose()


def test_aware_values_come_back_as_the_same_instant_in_utc(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(insert(moments), [{"id": i, "at": at} for i, at in enumerate(INSTANTS)])
        connection.execute(insert(moments), [{"id": 99, "at": None}])
    with engine.connect() as connection:
        rows = {row.id: row.at for row in connection.execute(select(moments.c.id, moments.c.at))}
    assert rows.pop(99) is None
    for i, original in enumerate(INSTANTS):
        stored = rows[i]
        assert stored is not None
        assert stored.tzinfo is UTC
        # (compared in UTC: Python never calls a fold=1 time equal across zones, PEP 495)
        assert stored == original.astimezone(UTC)
        assert stored.utcoffset() == timedelta(0)


def test_naive_values_are_refused_on_write(engine: Engine) -> None:
    with (
        pytest.raises(StatementError, match="naive datetime") as caught,
        engine.begin() as connection,
    ):
        connection.execute(insert(moments), [{"id": 1, "at": datetime(2026, 5, 4, 9, 30)}])
    assert isinstance(caught.value.orig, ValueError)
    with engine.connect() as connection:
        assert connection.scalar(select(moments.c.id)) is None


def test_naive_values_are_refused_in_a_where_clause(engine: Engine) -> None:
    with pytest.raises(StatementError, match="naive datetime"), engine.connect() as connection:
        connection.execute(select(moments).where(moments.c.at > datetime(2026, 1, 1)))


def test_comparisons_work_on_instants_whatever_the_timezone_given(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(
            insert(moments),
            [
                {"id": 1, "at": datetime(2026, 7, 1, 9, 0, tzinfo=UTC)},
                {"id": 2, "at": datetime(2026, 7, 1, 11, 0, tzinfo=UTC)},
            ],
        )
    # 12:00 in Copenhagen (summer) is 10:00 UTC: between the two rows.
    noon_local = datetime(2026, 7, 1, 12, 0, tzinfo=COPENHAGEN)
    with engine.connect() as connection:
        later = connection.scalars(select(moments.c.id).where(moments.c.at > noon_local)).all()
    assert later == [2]


def test_the_database_holds_the_utc_instant(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(
            insert(moments), [{"id": 1, "at": datetime(2026, 7, 1, 12, 0, tzinfo=COPENHAGEN)}]
        )
    with engine.connect() as connection:
        if engine.dialect.name == "sqlite":
            # No timezone type: naive UTC wall-clock text, so text order is time order.
            raw = connection.scalar(text("SELECT at FROM moments"))
            assert str(raw).startswith("2026-07-01 10:00:00")
        else:
            kind = connection.scalar(text("SELECT pg_typeof(at)::text FROM moments"))
            assert kind == "timestamp with time zone"
            utc_text = connection.scalar(
                text("SELECT to_char(at AT TIME ZONE 'UTC', 'HH24:MI') FROM moments")
            )
            assert utc_text == "10:00"

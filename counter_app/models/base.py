"""The declarative base, the UTC datetime type, and which side (desk, server) keeps a table."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import DateTime, Dialect, Enum, MetaData
from sqlalchemy.orm import DeclarativeBase
from sqlalchemy.types import TypeDecorator

from counter_app.domain.timezone import require_utc

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Side(StrEnum):
    """Where a table lives: on both (replicated), only on a desk, or only on the server."""

    BOTH = "both"
    DESK = "desk"
    SERVER = "server"


class UTCDateTime(TypeDecorator[datetime]):
    """An instant, always UTC. Naive datetimes are refused on the way in.

    SQLite keeps no timezone, so values are stored as naive UTC there and given their
    timezone back on the way out; PostgreSQL stores ``timestamptz``.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        utc = require_utc(value)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(
        self,
        value: datetime | None,
        dialect: Dialect,  # noqa: ARG002  (the signature is TypeDecorator's)
    ) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    """Base of every ORM class. Tables say their side in ``__table_args__`` info."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def side_of(table_info: dict[str, Any]) -> Side:
    """The side recorded in a table's ``info``; replicated tables are the default."""
    return Side(table_info.get("side", Side.BOTH))


def metadata_for(side: Side) -> MetaData:
    """A MetaData with the tables one side keeps: replicated ones plus its own."""
    selected = MetaData(naming_convention=NAMING_CONVENTION)
    for table in Base.metadata.sorted_tables:
        if side_of(table.info) in (Side.BOTH, side):
            table.to_metadata(selected)
    return selected


def enum_column(kind: type[StrEnum], length: int = 24) -> Enum:
    """A portable enum: VARCHAR holding the values, no native type, so SQLite and PG agree."""
    return Enum(
        kind,
        native_enum=False,
        create_constraint=False,
        length=length,
        values_callable=lambda members: [m.value for m in members],
    )

"""Which tables replicate to desks, in what order, and how a row travels as JSON."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date, datetime, time
from enum import Enum
from functools import cache
from typing import Any, cast

from sqlalchemy import Date, Time, Uuid, inspect
from sqlalchemy import Enum as SAEnum
from sqlalchemy.types import TypeEngine

from counter_app.domain.timezone import require_utc
from counter_app.models.appointments import Appointment
from counter_app.models.base import Base, UTCDateTime
from counter_app.models.calendar import BookingRulesSetting, ClosureDay, OpeningHours, Shift
from counter_app.models.catalogue import CatalogueChoice, Queue, Service, ServingLimitSetting
from counter_app.models.inquiries import Callback, Inquiry, InquiryService
from counter_app.models.org import Branch, Desk, Municipality, Staff
from counter_app.models.presence import DeskPresence
from counter_app.models.screens import ScreenInquiry, ScreenRoom
from counter_app.models.tickets import Ticket

# Rows shared by every branch of a municipality: a change goes into every branch's log.
MUNICIPALITY_WIDE: tuple[type[Base], ...] = (
    Municipality,
    Branch,
    Desk,
    Staff,
    Service,
    CatalogueChoice,
    ServingLimitSetting,
    ScreenRoom,
)
# Rows of one branch: a change goes into that branch's log only.
BRANCH_SCOPED: tuple[type[Base], ...] = (
    Queue,
    OpeningHours,
    Shift,
    ClosureDay,
    BookingRulesSetting,
    DeskPresence,
    Ticket,
    ScreenInquiry,
    Inquiry,
    InquiryService,
    Callback,
    Appointment,
)
# Branch-scoped rows a second branch also sees, by the column naming it: the central
# branch's caseworkers see the screen inquiries forwarded to them.
ALSO_SEEN_BY: dict[type[Base], str] = {ScreenInquiry: "to_branch_id"}
# A citizen's name and contact, and the free text staff type, by table: what a kiosk or a
# display board never receives (the rows arrive with these fields blank).
PERSONAL_FIELDS: dict[str, tuple[str, ...]] = {
    "appointment": ("citizen_name", "citizen_contact", "topic"),
    "callback": ("citizen_name", "citizen_contact", "question"),
    "screen_inquiry": ("first_name",),
    "ticket": ("note",),
    "inquiry": ("note",),
}
# Parents before children, so a snapshot applies with foreign keys on.
REPLICATED: dict[str, type[Base]] = {
    model.__tablename__: model for model in (*MUNICIPALITY_WIDE, *BRANCH_SCOPED)
}


def without_personal_data(table_name: str, row: dict[str, Any]) -> dict[str, Any]:
    """``row`` with the fields of :data:`PERSONAL_FIELDS` blank (the same row if none)."""
    fields = PERSONAL_FIELDS.get(table_name)
    if not fields:
        return row
    return {**row, **dict.fromkeys((name for name in fields if name in row), "")}


class UnknownTableError(KeyError):
    """A change names a table this program does not replicate."""


def model_for(table_name: str) -> type[Base]:
    """The ORM class of a replicated table."""
    try:
        return REPLICATED[table_name]
    except KeyError:
        raise UnknownTableError(table_name) from None


def _to_json(value: object) -> object:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return require_utc(value).isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    return value


def row_to_json(obj: Base) -> dict[str, Any]:
    """Every column of an ORM object as a JSON-safe dict keyed by column name."""
    mapper = inspect(type(obj))
    return {attr.columns[0].name: _to_json(getattr(obj, attr.key)) for attr in mapper.column_attrs}


def _utc_datetime(value: object) -> datetime:
    return require_utc(datetime.fromisoformat(str(value)))


def _uuid(value: object) -> uuid.UUID:
    return uuid.UUID(str(value))


def _date(value: object) -> date:
    return date.fromisoformat(str(value))


def _time(value: object) -> time:
    return time.fromisoformat(str(value))


def _converter(column_type: TypeEngine[Any]) -> Callable[[Any], object] | None:
    """What turns a column's JSON value back into its Python value (None: kept as is)."""
    if isinstance(column_type, Uuid):
        return _uuid
    if isinstance(column_type, UTCDateTime):
        return _utc_datetime
    if isinstance(column_type, Date):
        return _date
    if isinstance(column_type, Time):
        return _time
    if isinstance(column_type, SAEnum) and column_type.enum_class is not None:
        return cast(Callable[[Any], object], column_type.enum_class)
    return None


@cache
def _converters(model: type[Base]) -> tuple[tuple[str, Callable[[Any], object] | None], ...]:
    # Worked out once per table: a desk back from a day offline converts thousands of rows.
    return tuple((column.name, _converter(column.type)) for column in model.__table__.columns)


def row_from_json(model: type[Base], row: dict[str, Any]) -> dict[str, Any]:
    """Column values ready for an INSERT into ``model``'s table; unknown keys are dropped
    (a newer server may send columns an older desk does not have yet)."""
    values: dict[str, Any] = {}
    for name, convert in _converters(model):
        if name in row:
            value = row[name]
            values[name] = value if value is None or convert is None else convert(value)
    return values

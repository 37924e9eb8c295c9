"""Reading tickets as the windows show them, fast enough for every live change.

A desk reads its branch's waiting tickets again at every change it pulls: hundreds of
them in a busy hall. Turning each stored row into a :class:`TicketView` (UUIDs, times,
the label) took most of a window's refresh. A row whose stored values have not changed
since the last read gives the same view, so the reader keeps the views of its last read,
keyed by the row's stored values as they are, and converts only rows that are new or
changed (bench: ``ui_refresh_*_ms``).
"""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, Select, select, type_coerce
from sqlalchemy.orm import Session
from sqlalchemy.types import NullType

from counter_app.domain.tickets import ticket_label
from counter_app.models import Queue, Ticket
from counter_app.services.views import TicketView

_VIEW_COLUMNS = (
    Ticket.id,
    Ticket.prefix,
    Ticket.number,
    Ticket.offline_code,
    Ticket.queue_id,
    Ticket.state,
    Ticket.issued_at,
    Ticket.called_at,
    Ticket.note,
    Ticket.assigned_desk_id,
    Ticket.serving_started_at,
    Ticket.summoned_by_desk_id,
)


def _stored(column: Any) -> ColumnElement[Any]:
    """The column's value as the database holds it: no conversion on the way out."""
    return type_coerce(column, NullType()).label(f"stored_{column.key}")


_STORED_COLUMNS = (*(_stored(c) for c in _VIEW_COLUMNS), _stored(Queue.name))
_STORED_ID = _STORED_COLUMNS[0]
MAX_BY_ID = 200


class TicketReader:
    """Reads tickets of one desk's branch as views, converting only what changed."""

    def __init__(self, desk_id: uuid.UUID) -> None:
        self._desk_id = desk_id
        self._last: dict[str, dict[tuple[Any, ...], TicketView]] = {}

    def read(
        self,
        session: Session,
        purpose: str,
        conditions: tuple[ColumnElement[bool], ...],
        order: tuple[Any, ...],
    ) -> list[TicketView]:
        """The tickets meeting ``conditions`` in ``order``. ``purpose`` names the list
        (waiting, current, parked): each keeps the views of its own last read."""
        stored = session.execute(_joined(select(*_STORED_COLUMNS), conditions).order_by(*order))
        rows = [tuple(row) for row in stored]
        known = self._last.get(purpose, {})
        missing = [row[0] for row in rows if row not in known]
        converted: dict[Any, TicketView] = {}
        if missing:
            typed = select(_STORED_ID, *_VIEW_COLUMNS, Queue.name.label("queue_name"))
            # A few changed rows by id; many (the first read) by the same conditions, so
            # the statement never carries thousands of parameters.
            which = (_STORED_ID.in_(missing),) if len(missing) <= MAX_BY_ID else conditions
            for row in session.execute(_joined(typed, which)):
                converted[row[0]] = self._view(row)
        views = {row: known.get(row) or converted[row[0]] for row in rows}
        self._last[purpose] = views
        return list(views.values())

    def _view(self, row: Any) -> TicketView:
        return TicketView(
            id=row.id,
            label=ticket_label(row.prefix, row.number, row.offline_code),
            queue_id=row.queue_id,
            queue_name=row.queue_name,
            state=row.state,
            issued_at=row.issued_at,
            called_at=row.called_at,
            confirmed=row.number is not None,
            offline=bool(row.offline_code),
            note=row.note,
            for_this_desk=row.assigned_desk_id == self._desk_id,
            assigned_desk_id=row.assigned_desk_id,
            serving_started_at=row.serving_started_at,
            summoned_by_desk_id=row.summoned_by_desk_id,
        )


def _joined(statement: Select[Any], conditions: tuple[ColumnElement[bool], ...]) -> Select[Any]:
    return statement.join(Queue, Queue.id == Ticket.queue_id).where(*conditions)

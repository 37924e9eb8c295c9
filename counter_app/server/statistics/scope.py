"""What one report covers, and who may ask for it: a manager sees any branch of the
municipality over any period; any other desk its own branch's day."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from counter_app.domain.org import DeskKind, Resource
from counter_app.domain.statistics import (
    QUEUE_RESOURCES,
    Period,
)
from counter_app.domain.timezone import local_day
from counter_app.models import Branch, Desk
from counter_app.server.context import DeskContext


class ScopeRefused(Exception):
    """A report the asking desk may not see (403) or about a branch that is not there
    (404); the message says what to do."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Scope:
    """One municipality (or one branch of it), one period, optionally one desk kind."""

    municipality_id: uuid.UUID
    branch_id: uuid.UUID | None
    desk_kind: DeskKind | None
    period: Period
    now: datetime
    manager: bool

    @cached_property
    def bounds(self) -> tuple[datetime, datetime]:
        """The period's first and last instant (UTC, half-open)."""
        return self.period.bounds()

    def branch_is(self, column: ColumnElement[uuid.UUID]) -> list[ColumnElement[bool]]:
        """The branch condition on ``column``, if the report is about one branch."""
        return [] if self.branch_id is None else [column == self.branch_id]

    def desk_kind_is(self, desk_column: ColumnElement[uuid.UUID]) -> list[ColumnElement[bool]]:
        """The desk kind condition on a column naming the desk that did the work."""
        if self.desk_kind is None:
            return []
        return [desk_column.in_(select(Desk.id).where(Desk.kind == self.desk_kind))]

    @property
    def queue_resources(self) -> frozenset[Resource] | None:
        """The kinds of queue a desk kind filter keeps (None: all)."""
        return None if self.desk_kind is None else QUEUE_RESOURCES[self.desk_kind]


def scope_for(
    session: Session,
    desk: DeskContext,
    *,
    first_day: date,
    last_day: date,
    branch_id: uuid.UUID | None,
    desk_kind: DeskKind | None,
    manager: bool,
    now: datetime,
) -> Scope:
    """The report ``desk`` asks for, checked: only a manager's desk sees other branches
    or other days than today (``Period`` checks the days themselves)."""
    period = Period(first_day, last_day)
    if branch_id is not None:
        branch = session.get(Branch, branch_id)
        if branch is None or branch.municipality_id != desk.municipality_id:
            raise ScopeRefused(404, "no such branch in this municipality")
    if not manager:
        today = local_day(now)
        if branch_id not in (None, desk.branch_id):
            raise ScopeRefused(403, "only a manager sees other branches: sign in as a manager")
        if period != Period(today, today):
            raise ScopeRefused(403, "only a manager sees other days than today")
        branch_id = desk.branch_id
    return Scope(
        municipality_id=desk.municipality_id,
        branch_id=branch_id,
        desk_kind=desk_kind,
        period=period,
        now=now,
        manager=manager,
    )

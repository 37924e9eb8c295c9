"""Callbacks opened in the period, by group: done (in time or late), still open, and open
past their due time now."""

from __future__ import annotations

from sqlalchemy import ColumnElement, Connection, case, func, select

from counter_app.domain.inquiries import CallbackState
from counter_app.models import Callback, CatalogueChoice, ChoiceKind, InquiryFact
from counter_app.protocol.statistics import CallbackFigures, CallbackRow
from counter_app.server.statistics.scope import Scope
from counter_app.server.statistics.sql import between

C = Callback.__table__
F = InquiryFact.__table__


def _registered_at(scope: Scope) -> list[ColumnElement[bool]]:
    """The desk kind condition: the inquiry that promised the callback was registered at
    that kind of desk."""
    if scope.desk_kind is None:
        return []
    return [
        C.c.inquiry_id.in_(
            select(F.c.inquiry_id).where(
                F.c.municipality_id == scope.municipality_id,
                F.c.desk_kind == scope.desk_kind.value,
            )
        )
    ]


def callback_figures(connection: Connection, scope: Scope) -> CallbackFigures:
    """As of ``scope.now``: a callback is overdue while it is open past its due time."""
    is_open = C.c.state == CallbackState.OPEN.value
    late = case((~is_open & (C.c.done_at > C.c.due_at), 1), else_=0)
    overdue = case((is_open & (C.c.due_at < scope.now), 1), else_=0)
    rows = connection.execute(
        select(
            C.c.group_code,
            func.count(),
            func.sum(case((is_open, 0), else_=1)),
            func.sum(late),
            func.sum(case((is_open, 1), else_=0)),
            func.sum(overdue),
        )
        .where(
            C.c.municipality_id == scope.municipality_id,
            between(C.c.created_at, scope.bounds),
            *scope.branch_is(C.c.branch_id),
            *_registered_at(scope),
        )
        .group_by(C.c.group_code)
    ).all()
    choice = CatalogueChoice.__table__
    names = {
        row.code: (row.name_da, row.name_en)
        for row in connection.execute(
            select(choice.c.code, choice.c.name_da, choice.c.name_en).where(
                choice.c.municipality_id == scope.municipality_id,
                choice.c.kind == ChoiceKind.CALLBACK_GROUP.value,
            )
        )
    }
    figures = CallbackFigures()
    groups: list[CallbackRow] = []
    for code, opened, done, done_late, still_open, past_due in rows:
        name_da, name_en = names.get(code, (code, code))
        groups.append(
            CallbackRow(
                key=code,
                name_da=name_da,
                name_en=name_en,
                opened=opened,
                done=int(done),
                done_late=int(done_late),
                open=int(still_open),
                overdue=int(past_due),
            )
        )
    figures.by_group = sorted(groups, key=lambda r: (-r.opened, r.name_da))
    for row in figures.by_group:
        figures.opened += row.opened
        figures.done += row.done
        figures.done_late += row.done_late
        figures.open += row.open
        figures.overdue += row.overdue
    return figures

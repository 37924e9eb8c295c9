"""Screen inquiries from the branch libraries: how many, what became of them, and how long
the citizen sat at the screen before a caseworker accepted."""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy import Connection, func, literal, or_, select

from counter_app.domain.screen_inquiries import OPEN_STATES, ScreenInquiryState
from counter_app.domain.statistics import SCREEN_DESK_KINDS
from counter_app.models import Branch, ScreenInquiry
from counter_app.protocol.statistics import ScreenFigures, ScreenRow
from counter_app.server.statistics.scope import Scope
from counter_app.server.statistics.sql import between, durations_by, seconds_between

S = ScreenInquiry.__table__


def screen_figures(connection: Connection, scope: Scope) -> ScreenFigures:
    """Per forwarding library; a report about one branch counts what it forwarded and
    what its caseworkers received."""
    figures = ScreenFigures()
    if scope.desk_kind is not None and scope.desk_kind not in SCREEN_DESK_KINDS:
        return figures
    where = [S.c.municipality_id == scope.municipality_id, between(S.c.forwarded_at, scope.bounds)]
    if scope.branch_id is not None:
        where.append(or_(S.c.branch_id == scope.branch_id, S.c.to_branch_id == scope.branch_id))
    rows = connection.execute(
        select(S.c.branch_id, S.c.state, func.count())
        .where(*where)
        .group_by(S.c.branch_id, S.c.state)
    ).all()
    states: dict[uuid.UUID, dict[str, int]] = defaultdict(dict)
    for branch_id, state, count in rows:
        states[branch_id][state] = count
    timed = (
        select(
            S.c.branch_id.label("grp"),
            literal(1).label("all"),
            seconds_between(S.c.forwarded_at, S.c.accepted_at).label("wait"),
        )
        .where(*where, S.c.accepted_at.is_not(None))
        .subquery("timed")
    )
    waits = durations_by(connection, timed, "grp", "wait")
    overall = durations_by(connection, timed, "all", "wait")
    branch = Branch.__table__
    names = dict(
        connection.execute(
            select(branch.c.id, branch.c.name).where(branch.c.id.in_(list(states)))
        ).all()
    )
    open_values = {state.value for state in OPEN_STATES}
    for branch_id, counts in states.items():
        row = ScreenRow(
            branch_id=branch_id,
            name=names.get(branch_id, ""),
            forwarded=sum(counts.values()),
            answered=counts.get(ScreenInquiryState.DONE.value, 0),
            cancelled=counts.get(ScreenInquiryState.CANCELLED.value, 0),
            open=sum(n for state, n in counts.items() if state in open_values),
        )
        if branch_id in waits:
            row.wait = waits[branch_id]
        figures.by_branch.append(row)
        figures.forwarded += row.forwarded
        figures.answered += row.answered
        figures.cancelled += row.cancelled
    figures.by_branch.sort(key=lambda r: (-r.forwarded, r.name))
    if 1 in overall:
        figures.wait = overall[1]
    return figures

"""Tickets as visits: one per ticket however often it was sent on, counted in the queue it
was drawn in, with its wait to the first call and its service time over every desk.

Each visit is one ``visit_fact`` row, kept as the ticket moves (``domain.visits`` says
how waits and service times are counted).
"""

from __future__ import annotations

from collections.abc import Hashable

from sqlalchemy import ColumnElement, Connection, Subquery, case, func, literal, select

from counter_app.domain.tickets import TicketState
from counter_app.domain.visits import SERVED as SERVED_STATES
from counter_app.models import Branch, Queue, Service, VisitFact, VisitService
from counter_app.protocol.statistics import Durations, TicketFigures, VisitRow
from counter_app.server.statistics.scope import Scope
from counter_app.server.statistics.sql import grouped_figures

V = VisitFact.__table__
Q = Queue.__table__
SERVED = tuple(state.value for state in SERVED_STATES)
NO_SERVICE = ""


def visits(scope: Scope) -> Subquery:
    """One row per ticket drawn in the period: first queue, service, state, wait and
    service seconds (NULL when never called / never served), and whether it moved on."""
    conditions = [
        V.c.municipality_id == scope.municipality_id,
        V.c.day >= scope.period.first_day,
        V.c.day <= scope.period.last_day,
        *scope.branch_is(V.c.branch_id),
    ]
    resources = scope.queue_resources
    if resources is not None:
        conditions.append(V.c.resource.in_([r.value for r in resources]))
    return (
        select(
            V.c.ticket_id,
            V.c.queue_id,
            V.c.service_id,
            V.c.state,
            V.c.wait,
            V.c.service,
            case((V.c.wait.is_(None), 1), else_=0).label("never_called"),
            V.c.transferred,
        )
        .where(*conditions)
        .subquery("visits")
    )


def queue_figures(connection: Connection, scope: Scope) -> TicketFigures:
    """Counts, waits and service times overall and per queue (none per service)."""
    visit = visits(scope)
    by_queue, _ = _rows_by(connection, visit, visit.c.queue_id)
    names = _queue_names(connection, list(by_queue))
    for queue_id, row in by_queue.items():
        queue_name, branch_name = names.get(queue_id, ("", ""))
        row.key, row.name_da, row.name_en, row.branch = (
            str(queue_id),
            queue_name,
            queue_name,
            branch_name,
        )
    wholes, transferred = _rows_by(connection, visit, literal(1), with_transfers=True)
    whole = wholes.get(1, VisitRow(key="", name_da="", name_en=""))
    return TicketFigures(
        issued=whole.issued,
        served=whole.served,
        transferred=transferred.get(1, 0),
        left_before_call=whole.left_before_call,
        no_show=whole.no_show,
        wait=whole.wait,
        service=whole.service,
        by_queue=sorted(by_queue.values(), key=lambda r: (r.branch, r.name_da)),
    )


def _rows_by(
    connection: Connection,
    source: Subquery,
    group: ColumnElement[object],
    *,
    with_transfers: bool = False,
) -> tuple[dict[Hashable, VisitRow], dict[Hashable, int]]:
    """Visits per ``group``: counts, waits and service times (and, if asked, how many
    were sent on) in one pass."""
    timed = select(
        group.label("grp"),
        source.c.state,
        source.c.never_called,
        source.c.transferred,
        source.c.wait,
        source.c.service,
    ).subquery("timed")
    no_show = timed.c.state == TicketState.NO_SHOW.value
    counts = [
        func.sum(case((timed.c.state.in_(SERVED), 1), else_=0)),
        func.sum(case((no_show & (timed.c.never_called == 1), 1), else_=0)),
        func.sum(case((no_show & (timed.c.never_called == 0), 1), else_=0)),
    ]
    if with_transfers:
        counts.append(func.sum(timed.c.transferred))
    rows = grouped_figures(connection, timed, "grp", counts, ("wait", "service"))
    result: dict[Hashable, VisitRow] = {}
    transfers: dict[Hashable, int] = {}
    for grp, figures in rows.items():
        served, left, gone, *sent_on = figures.counts
        transfers[grp] = sum(sent_on)
        result[grp] = VisitRow(
            key="",
            name_da="",
            name_en="",
            issued=figures.rows,
            served=served,
            left_before_call=left,
            no_show=gone,
            wait=figures.durations.get("wait", Durations()),
            service=figures.durations.get("service", Durations()),
        )
    return result, transfers


def service_figures(connection: Connection, scope: Scope) -> list[VisitRow]:
    """Per service: the services registered for the ticket's inquiries, or else the one
    chosen at the kiosk. A visit about two services counts under each."""
    visit = visits(scope)
    registered = VisitService.__table__
    service_key = func.coalesce(registered.c.service_id, visit.c.service_id)
    per_service = (
        select(
            service_key.label("service_key"),
            visit.c.state,
            visit.c.never_called,
            visit.c.transferred,
            visit.c.wait,
            visit.c.service,
        )
        .select_from(visit)
        .outerjoin(registered, registered.c.ticket_id == visit.c.ticket_id)
        .subquery("per_service")
    )
    rows, _ = _rows_by(connection, per_service, per_service.c.service_key)
    service = Service.__table__
    ids = [key for key in rows if key is not None]
    names = {
        row.id: (row.code, row.name_da, row.name_en)
        for row in connection.execute(
            select(service.c.id, service.c.code, service.c.name_da, service.c.name_en).where(
                service.c.id.in_(ids)
            )
        )
    }
    for key, row in rows.items():
        row.key, row.name_da, row.name_en = names.get(key, (NO_SERVICE, "", ""))
    return sorted(rows.values(), key=lambda r: (-r.issued, r.name_da))


def _queue_names(connection: Connection, ids: list[Hashable]) -> dict[Hashable, tuple[str, str]]:
    branch = Branch.__table__
    rows = connection.execute(
        select(Q.c.id, Q.c.name, branch.c.name.label("branch"))
        .join(branch, branch.c.id == Q.c.branch_id)
        .where(Q.c.id.in_(ids))
    )
    return {row.id: (row.name, row.branch) for row in rows}

"""Tickets as visits: one per ticket however often it was sent on, counted in the queue it
was drawn in, with its wait to the first call and its service time over every desk.

The moves come from ``ticket_event`` (the server's log of every move). Service time is
the last desk's (the ticket row's start to finish) plus every earlier leg that ended in a
transfer or a park: from the call (or start) just before it. A citizen who never came to
the desk has no service time.
"""

from __future__ import annotations

from collections.abc import Hashable
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Connection, Subquery, case, func, literal, select

from counter_app.domain.tickets import TicketState
from counter_app.models import Appointment, Branch, Inquiry, InquiryService, Queue, Service, Ticket
from counter_app.models.server_sync import TicketEvent
from counter_app.protocol.statistics import Durations, TicketFigures, VisitRow
from counter_app.server.statistics.scope import Scope
from counter_app.server.statistics.sql import between, durations_by, seconds_between

T = Ticket.__table__
E = TicketEvent.__table__
Q = Queue.__table__
A = Appointment.__table__

SERVING_STARTS = ("call", "recall", "resume", "start")
LEG_ENDS = ("transfer", "park")
SERVED = (TicketState.DONE.value, TicketState.HANDED_OFF.value)
NO_SERVICE = ""


def visits(scope: Scope) -> Subquery:
    """One row per ticket drawn in the period: first queue, service, state, wait and
    service seconds (NULL when never called / never served), and whether it moved on."""
    events = [E.c.municipality_id == scope.municipality_id, between(E.c.at, _widened(scope))]
    first_calls = (
        select(E.c.ticket_id, func.min(E.c.at).label("first_call"))
        .where(*events, E.c.kind == "call")
        .group_by(E.c.ticket_id)
        .subquery("first_calls")
    )
    issues = select(E.c.ticket_id, E.c.queue_id).where(*events, E.c.kind == "issue").subquery()
    moved = (
        select(E.c.ticket_id).where(*events, E.c.kind.in_(LEG_ENDS)).distinct().subquery("moved")
    )
    sequence = (
        select(
            E.c.ticket_id,
            E.c.kind,
            E.c.at,
            func.lag(E.c.kind).over(partition_by=E.c.ticket_id, order_by=E.c.at).label("before"),
            func.lag(E.c.at).over(partition_by=E.c.ticket_id, order_by=E.c.at).label("since"),
        )
        .where(*events, E.c.ticket_id.in_(select(moved.c.ticket_id)))
        .subquery("sequence")
    )
    legs = (
        select(
            sequence.c.ticket_id,
            func.sum(
                case(
                    (
                        sequence.c.before.in_(SERVING_STARTS),
                        seconds_between(sequence.c.since, sequence.c.at),
                    ),
                    else_=0,
                )
            ).label("seconds"),
            func.sum(case((sequence.c.kind == "transfer", 1), else_=0)).label("transfers"),
        )
        .where(sequence.c.kind.in_(LEG_ENDS))
        .group_by(sequence.c.ticket_id)
        .subquery("legs")
    )
    # An early arrival for an appointment waits from the appointment's time.
    wait_from = case((A.c.starts_at > T.c.issued_at, A.c.starts_at), else_=T.c.issued_at)
    wait = seconds_between(wait_from, first_calls.c.first_call)
    last_leg = case(
        (T.c.state.in_(SERVED), seconds_between(T.c.serving_started_at, T.c.finished_at)),
        else_=None,
    )
    earlier = func.coalesce(legs.c.seconds, 0)
    service = case(
        (T.c.state.in_(SERVED), last_leg + earlier),
        (earlier > 0, earlier),
        else_=None,
    )
    conditions = [
        T.c.municipality_id == scope.municipality_id,
        between(T.c.issued_at, scope.bounds),
        *scope.branch_is(T.c.branch_id),
    ]
    resources = scope.queue_resources
    if resources is not None:
        conditions.append(Q.c.resource.in_([r.value for r in resources]))
    return (
        select(
            T.c.id.label("ticket_id"),
            issues.c.queue_id,
            T.c.service_id,
            T.c.state,
            case((wait < 0, 0), else_=wait).label("wait"),
            service.label("service"),
            case((first_calls.c.first_call.is_(None), 1), else_=0).label("never_called"),
            case((func.coalesce(legs.c.transfers, 0) > 0, 1), else_=0).label("transferred"),
        )
        .select_from(T)
        .join(issues, issues.c.ticket_id == T.c.id)
        .join(Q, Q.c.id == issues.c.queue_id)
        .outerjoin(first_calls, first_calls.c.ticket_id == T.c.id)
        .outerjoin(legs, legs.c.ticket_id == T.c.id)
        .outerjoin(A, A.c.arrival_ticket_id == T.c.id)
        .where(*conditions)
        .subquery("visits")
    )


def _widened(scope: Scope) -> tuple[datetime, datetime]:
    """The period and the day after: a ticket is called the day it is drawn, but an
    offline desk's moves may carry the server's time of the next morning."""
    start, end = scope.bounds
    return start, end + timedelta(days=1)


def ticket_figures(connection: Connection, scope: Scope) -> TicketFigures:
    """Counts, waits and service times overall, per queue and per service."""
    visit = visits(scope)
    figures = TicketFigures()
    by_queue = _rows_by(connection, visit, visit.c.queue_id)
    names = _queue_names(connection, list(by_queue))
    for queue_id, row in by_queue.items():
        queue_name, branch_name = names.get(queue_id, ("", ""))
        row.key, row.name_da, row.name_en, row.branch = (
            str(queue_id),
            queue_name,
            queue_name,
            branch_name,
        )
        figures.issued += row.issued
        figures.served += row.served
        figures.left_before_call += row.left_before_call
        figures.no_show += row.no_show
    figures.by_queue = sorted(by_queue.values(), key=lambda r: (r.branch, r.name_da))
    figures.transferred = int(
        connection.scalar(select(func.coalesce(func.sum(visit.c.transferred), 0))) or 0
    )
    whole = _durations(connection, visit, literal(1))
    figures.wait, figures.service = whole.get(1, (Durations(), Durations()))
    figures.by_service = _by_service(connection, scope, visit)
    return figures


def _rows_by(
    connection: Connection, source: Subquery, group: ColumnElement[object]
) -> dict[Hashable, VisitRow]:
    rows = connection.execute(
        select(
            group.label("grp"),
            func.count(),
            func.sum(case((source.c.state.in_(SERVED), 1), else_=0)),
            func.sum(
                case(
                    (
                        (source.c.state == TicketState.NO_SHOW.value)
                        & (source.c.never_called == 1),
                        1,
                    ),
                    else_=0,
                )
            ),
            func.sum(
                case(
                    (
                        (source.c.state == TicketState.NO_SHOW.value)
                        & (source.c.never_called == 0),
                        1,
                    ),
                    else_=0,
                )
            ),
        ).group_by(group)
    ).all()
    result = {
        grp: VisitRow(
            key="",
            name_da="",
            name_en="",
            issued=issued,
            served=int(served),
            left_before_call=int(left),
            no_show=int(no_show),
        )
        for grp, issued, served, left, no_show in rows
    }
    for grp, (wait, service) in _durations(connection, source, group).items():
        result[grp].wait, result[grp].service = wait, service
    return result


def _durations(
    connection: Connection, source: Subquery, group: ColumnElement[object]
) -> dict[Hashable, tuple[Durations, Durations]]:
    timed = select(group.label("grp"), source.c.wait, source.c.service).subquery("timed")
    waits = durations_by(connection, timed, "grp", "wait")
    services = durations_by(connection, timed, "grp", "service")
    return {
        grp: (waits.get(grp, Durations()), services.get(grp, Durations()))
        for grp in set(waits) | set(services)
    }


def _by_service(connection: Connection, scope: Scope, visit: Subquery) -> list[VisitRow]:
    """Per service: the services registered for the ticket's inquiries, or else the one
    chosen at the kiosk. A visit about two services counts under each."""
    inquiry, link = Inquiry.__table__, InquiryService.__table__
    registered = (
        select(inquiry.c.ticket_id, link.c.service_id)
        .join(link, link.c.inquiry_id == inquiry.c.id)
        .where(
            inquiry.c.municipality_id == scope.municipality_id,
            inquiry.c.ticket_id.is_not(None),
            between(inquiry.c.started_at, _widened(scope)),
        )
        .distinct()
        .subquery("registered")
    )
    service_key = func.coalesce(registered.c.service_id, visit.c.service_id)
    per_service = (
        select(
            service_key.label("service_key"),
            visit.c.state,
            visit.c.never_called,
            visit.c.wait,
            visit.c.service,
        )
        .select_from(visit)
        .outerjoin(registered, registered.c.ticket_id == visit.c.ticket_id)
        .subquery("per_service")
    )
    rows = _rows_by(connection, per_service, per_service.c.service_key)
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

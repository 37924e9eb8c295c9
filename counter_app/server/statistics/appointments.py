"""Appointments that start in the period: kept, not come, cancelled, and how much of the
staffed time they filled."""

from __future__ import annotations

import uuid
from collections import defaultdict

from sqlalchemy import Connection, func, select
from sqlalchemy.orm import Session

from counter_app.domain.appointments import AppointmentState
from counter_app.domain.org import Resource
from counter_app.models import Appointment, Branch, timetable_for
from counter_app.protocol.statistics import AppointmentFigures, AppointmentRow
from counter_app.server.statistics.scope import Scope
from counter_app.server.statistics.sql import between

A = Appointment.__table__
BOOKABLE = (Resource.CITIZEN_SERVICE, Resource.LIBRARIAN)
PENDING = (AppointmentState.BOOKED, AppointmentState.CHECKED_IN, AppointmentState.SERVING)


def appointment_figures(connection: Connection, scope: Scope) -> AppointmentFigures:
    """Counts by branch and resource; the staffed minutes come from each branch's
    timetable (shifts, holidays, closures) over the period's days."""
    resources = [r for r in BOOKABLE if scope.queue_resources is None or r in scope.queue_resources]
    rows = connection.execute(
        select(A.c.branch_id, A.c.resource, A.c.state, func.count(), func.sum(A.c.minutes))
        .where(
            A.c.municipality_id == scope.municipality_id,
            between(A.c.starts_at, scope.bounds),
            *scope.branch_is(A.c.branch_id),
            A.c.resource.in_([r.value for r in resources]),
        )
        .group_by(A.c.branch_id, A.c.resource, A.c.state)
    ).all()
    counted: dict[tuple[uuid.UUID, str], dict[str, tuple[int, int]]] = defaultdict(dict)
    for branch_id, resource, state, count, minutes in rows:
        counted[(branch_id, resource)][state] = (count, int(minutes or 0))
    branch = Branch.__table__
    branches = connection.execute(
        select(branch.c.id, branch.c.name)
        .where(branch.c.municipality_id == scope.municipality_id, *scope.branch_is(branch.c.id))
        .order_by(branch.c.name)
    ).all()
    figures = AppointmentFigures()
    with Session(bind=connection) as session:
        for branch_id, name in branches:
            for resource in resources:
                bookable = _bookable(session, scope, branch_id, resource)
                states = counted.get((branch_id, resource.value), {})
                if not bookable and not states:
                    continue
                figures.by_branch.append(_row(name, resource, states, bookable))
    for row in figures.by_branch:
        figures.booked += row.booked
        figures.done += row.done
        figures.no_show += row.no_show
        figures.cancelled += row.cancelled
        figures.pending += row.pending
        figures.booked_minutes += row.booked_minutes
        figures.bookable_minutes += row.bookable_minutes
    figures.no_show_rate = _share(figures.no_show, figures.no_show + figures.done)
    figures.cancellation_rate = _share(figures.cancelled, figures.booked)
    figures.utilisation = _share(figures.booked_minutes, figures.bookable_minutes)
    return figures


def _bookable(session: Session, scope: Scope, branch_id: uuid.UUID, resource: Resource) -> int:
    timetable = timetable_for(session, branch_id, resource)
    if not timetable.shifts:
        return 0
    return sum(timetable.staffed_minutes(day) for day in scope.period.each_day())


def _row(
    branch: str, resource: Resource, states: dict[str, tuple[int, int]], bookable: int
) -> AppointmentRow:
    def count(*wanted: AppointmentState) -> int:
        return sum(states.get(state.value, (0, 0))[0] for state in wanted)

    booked_minutes = sum(
        minutes for state, (_, minutes) in states.items() if state != AppointmentState.CANCELLED
    )
    return AppointmentRow(
        branch=branch,
        resource=resource.value,
        booked=sum(n for n, _ in states.values()),
        done=count(AppointmentState.DONE),
        no_show=count(AppointmentState.NO_SHOW),
        cancelled=count(AppointmentState.CANCELLED),
        pending=count(*PENDING),
        booked_minutes=booked_minutes,
        bookable_minutes=bookable,
        utilisation=_share(booked_minutes, bookable),
    )


def _share(part: int, whole: int) -> float | None:
    return round(part / whole, 4) if whole else None

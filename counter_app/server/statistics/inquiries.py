"""Registered inquiries: by channel, outcome, hour, weekday, service, area and branch;
the five-minute rule; handoffs to appointments."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import timedelta

from sqlalchemy import ColumnElement, Connection, case, func, select

from counter_app.domain.five_minute import Compliance, ContinueReason, compliance
from counter_app.domain.inquiries import Channel, Outcome
from counter_app.domain.org import Area, DeskKind
from counter_app.models import Appointment, Branch, Desk, Inquiry, InquiryService, Service
from counter_app.protocol.statistics import (
    BranchInquiries,
    FiveMinuteFigures,
    HandoffFigures,
    InquiryFigures,
    Tally,
)
from counter_app.server.statistics.scope import Scope
from counter_app.server.statistics.sql import between, local_hour, local_weekday, seconds_between

I = Inquiry.__table__  # noqa: E741  (the inquiry table, as in the SQL)
LINK = InquiryService.__table__
SERVICE = Service.__table__
NO_SERVICE = "none"
ANY_LIMIT = 1  # seconds: a stand-in limit for the domain's verdict


def inquiry_conditions(scope: Scope) -> list[ColumnElement[bool]]:
    """The inquiries a report counts: started in the period (on the desk's clock, so an
    inquiry synced days later still counts on its day), branch and desk kind."""
    return [
        I.c.municipality_id == scope.municipality_id,
        between(I.c.started_at, scope.bounds),
        *scope.branch_is(I.c.branch_id),
        *scope.desk_kind_is(I.c.desk_id),
    ]


def inquiry_figures(connection: Connection, scope: Scope) -> InquiryFigures:
    """Every breakdown of the period's inquiries."""
    figures = InquiryFigures()
    where = inquiry_conditions(scope)
    hour = local_hour(I.c.started_at, scope.offsets).label("hour")
    weekday = local_weekday(I.c.started_at, scope.offsets).label("weekday")
    rows = connection.execute(
        select(I.c.channel, I.c.outcome, hour, weekday, func.count())
        .where(*where)
        .group_by(I.c.channel, I.c.outcome, hour, weekday)
    ).all()
    channels: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    for channel, outcome, at_hour, on_weekday, count in rows:
        figures.total += count
        channels[channel] += count
        outcomes[outcome] += count
        figures.by_hour[int(at_hour)] += count
        figures.by_weekday[int(on_weekday)] += count
    figures.by_channel = [Tally(key=c.value, count=channels[c.value]) for c in Channel]
    figures.by_outcome = [Tally(key=o.value, count=outcomes[o.value]) for o in Outcome]
    _by_branch(connection, where, figures)
    figures.by_service = _by_service(connection, where)
    return figures


def _by_branch(
    connection: Connection, where: list[ColumnElement[bool]], figures: InquiryFigures
) -> None:
    """Per branch, and per area: an inquiry is borgerservice when any of its services is."""
    flags = (
        select(
            LINK.c.inquiry_id,
            func.max(case((SERVICE.c.area == Area.CITIZEN_SERVICE.value, 1), else_=0)).label("cs"),
            func.max(case((SERVICE.c.area == Area.LIBRARY.value, 1), else_=0)).label("lib"),
            func.max(case((SERVICE.c.authority_task, 1), else_=0)).label("auth"),
        )
        .join(SERVICE, SERVICE.c.id == LINK.c.service_id)
        .join(I, I.c.id == LINK.c.inquiry_id)
        .where(*where)
        .group_by(LINK.c.inquiry_id)
        .subquery("flags")
    )
    rows = connection.execute(
        select(
            I.c.branch_id,
            func.count(),
            func.coalesce(func.sum(flags.c.cs), 0),
            func.coalesce(func.sum(flags.c.lib), 0),
            func.coalesce(func.sum(flags.c.auth), 0),
            func.sum(case((flags.c.inquiry_id.is_(None), 1), else_=0)),
        )
        .outerjoin(flags, flags.c.inquiry_id == I.c.id)
        .where(*where)
        .group_by(I.c.branch_id)
    ).all()
    names = _branch_names(connection, [row[0] for row in rows])
    areas: Counter[str] = Counter()
    for branch_id, total, citizen_service, library, authority, without in rows:
        figures.by_branch.append(
            BranchInquiries(
                branch_id=branch_id,
                name=names.get(branch_id, ""),
                total=total,
                citizen_service=int(citizen_service),
                library=int(library),
                authority_task=int(authority),
            )
        )
        areas[Area.CITIZEN_SERVICE.value] += int(citizen_service)
        areas[Area.LIBRARY.value] += int(library)
        areas[NO_SERVICE] += int(without)
        figures.authority_task += int(authority)
    figures.by_branch.sort(key=lambda row: (-row.total, row.name))
    keys = [Area.CITIZEN_SERVICE.value, Area.LIBRARY.value, NO_SERVICE]
    figures.by_area = [Tally(key=key, count=areas[key]) for key in keys]


def _by_service(connection: Connection, where: list[ColumnElement[bool]]) -> list[Tally]:
    rows = connection.execute(
        select(SERVICE.c.code, SERVICE.c.name_da, SERVICE.c.name_en, func.count())
        .select_from(LINK)
        .join(I, I.c.id == LINK.c.inquiry_id)
        .join(SERVICE, SERVICE.c.id == LINK.c.service_id)
        .where(*where)
        .group_by(SERVICE.c.code, SERVICE.c.name_da, SERVICE.c.name_en)
    ).all()
    tallies = [Tally(key=code, name_da=da, name_en=en, count=n) for code, da, en, n in rows]
    return sorted(tallies, key=lambda tally: (-tally.count, tally.name_da))


def _branch_names(connection: Connection, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    branch = Branch.__table__
    rows = connection.execute(select(branch.c.id, branch.c.name).where(branch.c.id.in_(ids)))
    return {row.id: row.name for row in rows}


def five_minute_figures(connection: Connection, scope: Scope) -> FiveMinuteFigures:
    """Inquiries served under a limit, sorted by the rule's own verdict (domain)."""
    within = case((seconds_between(I.c.started_at, I.c.ended_at) < I.c.limit_seconds, 1), else_=0)
    rows = connection.execute(
        select(within.label("within"), I.c.outcome, I.c.over_limit_reason, func.count())
        .where(*inquiry_conditions(scope), I.c.limit_seconds.is_not(None))
        .group_by(within, I.c.outcome, I.c.over_limit_reason)
    ).all()
    figures = FiveMinuteFigures()
    reasons: Counter[str] = Counter()
    for was_within, outcome, reason, count in rows:
        # The verdict only needs which side of the limit the duration fell on (SQL told).
        duration = timedelta(seconds=0 if was_within else ANY_LIMIT)
        verdict = compliance(
            duration, ANY_LIMIT, Outcome(outcome), ContinueReason(reason) if reason else None
        )
        figures.served += count
        if verdict is Compliance.WITHIN:
            figures.within += count
        elif verdict is Compliance.HANDED_OFF:
            figures.handed_off += count
        elif verdict is Compliance.OVER_WITH_REASON:
            figures.over_with_reason += count
            reasons[reason] += count
        else:
            figures.over_without_reason += count
    if figures.served:
        figures.share_within = round(figures.within / figures.served, 4)
    figures.reasons = [
        Tally(key=reason.value, count=reasons[reason.value])
        for reason in ContinueReason
        if reasons[reason.value]
    ]
    return figures


def handoff_figures(connection: Connection, scope: Scope) -> HandoffFigures:
    """Inquiries that ended in a booked appointment, by the kind of desk that booked, and
    appointments booked while the citizen was being served on a ticket."""
    desk = Desk.__table__
    rows = connection.execute(
        select(desk.c.kind, func.count())
        .select_from(I)
        .join(desk, desk.c.id == I.c.desk_id)
        .where(*inquiry_conditions(scope), I.c.outcome == Outcome.APPOINTMENT_BOOKED.value)
        .group_by(desk.c.kind)
    ).all()
    kinds = Counter({kind: count for kind, count in rows})
    appointment = Appointment.__table__
    from_counter = connection.scalar(
        select(func.count())
        .select_from(appointment)
        .where(
            appointment.c.municipality_id == scope.municipality_id,
            between(appointment.c.booked_at, scope.bounds),
            appointment.c.ticket_id.is_not(None),
            *scope.desk_kind_is(appointment.c.booked_by_desk_id),
            *(
                []
                if scope.branch_id is None
                else [
                    appointment.c.booked_by_desk_id.in_(
                        select(desk.c.id).where(desk.c.branch_id == scope.branch_id)
                    )
                ]
            ),
        )
    )
    return HandoffFigures(
        inquiries_booked=sum(kinds.values()),
        by_desk_kind=[Tally(key=k.value, count=kinds[k.value]) for k in DeskKind if kinds[k.value]],
        appointments_from_counter=int(from_counter or 0),
    )

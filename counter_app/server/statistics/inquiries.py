"""Registered inquiries: by channel, outcome, hour, weekday, service, area and branch;
the five-minute rule; handoffs to appointments. Read from the inquiries' fact rows
(``inquiry_fact``, ``inquiry_service_fact``), which carry day, hour, desk kind and flags,
and, for whole months that are over, from their monthly sums (``inquiry_months``)."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any, cast

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Connection,
    Select,
    Table,
    and_,
    false,
    func,
    or_,
    select,
    union_all,
)
from sqlalchemy import cast as sql_cast

from counter_app.domain.five_minute import Compliance, ContinueReason, compliance
from counter_app.domain.inquiries import Channel, Outcome
from counter_app.domain.org import Area, DeskKind
from counter_app.domain.statistics import Period, month_after
from counter_app.models import Appointment, Branch, Desk, InquiryFact, InquiryServiceFact, Service
from counter_app.protocol.statistics import (
    BranchInquiries,
    FiveMinuteFigures,
    HandoffFigures,
    InquiryFigures,
    Tally,
)
from counter_app.server.statistics.inquiry_months import (
    GROUP_KEYS,
    HOUR_SUMS,
    SERVICE_SUMS,
    SUMS,
)
from counter_app.server.statistics.scope import Scope
from counter_app.server.statistics.sql import between

F = cast(Table, InquiryFact.__table__)
SF = cast(Table, InquiryServiceFact.__table__)
SERVICE = Service.__table__
NO_SERVICE = "none"
ANY_LIMIT = 1  # seconds: a stand-in limit for the domain's verdict


def _narrowed(table: Table, scope: Scope) -> list[ColumnElement[bool]]:
    """Municipality, branch and desk kind, on facts and sums alike."""
    kind = [] if scope.desk_kind is None else [table.c.desk_kind == scope.desk_kind.value]
    return [
        table.c.municipality_id == scope.municipality_id,
        *scope.branch_is(table.c.branch_id),
        *kind,
    ]


def counted_by(
    keys: Sequence[str], facts: Table, sums: Table, scope: Scope, months: frozenset[date]
) -> Select[Any]:
    """How many of the period's inquiries there are per ``keys``: the fact rows counted,
    but for the ``months`` whose current sums are added instead. An inquiry counts on the
    day it began on the desk's clock, so one synced days later still counts on its day."""
    days = [
        and_(facts.c.day >= first, facts.c.day < after)
        for first, after in _outside(scope.period, months)
    ]
    counted = (
        select(*(facts.c[key] for key in keys), func.count().label("n"))
        .where(*_narrowed(facts, scope), or_(*days) if days else false())
        .group_by(*(facts.c[key] for key in keys))
    )
    if not months:
        return counted
    summed = select(*(sums.c[key] for key in keys), sums.c.count).where(
        *_narrowed(sums, scope), sums.c.month.in_(sorted(months))
    )
    both = union_all(counted, summed).subquery("both")
    return select(
        *(both.c[key] for key in keys), sql_cast(func.sum(both.c.n), BigInteger).label("n")
    ).group_by(*(both.c[key] for key in keys))


def _outside(period: Period, months: frozenset[date]) -> list[tuple[date, date]]:
    """The days of ``period`` outside ``months``, as ranges (first day, first day after):
    read by the index on the day, not by every row of the year."""
    ranges: list[tuple[date, date]] = []
    first = period.first_day
    for month in sorted(months):
        if first < month:
            ranges.append((first, month))
        first = month_after(month)
    end = period.last_day + timedelta(days=1)
    if first < end:
        ranges.append((first, end))
    return ranges


@dataclass(frozen=True)
class _Group:
    """One group of the period's inquiries that agree on everything the report splits by
    (except hour, weekday and service)."""

    branch_id: uuid.UUID
    desk_kind: str
    channel: str
    outcome: str
    citizen_service: int
    library: int
    authority_task: int
    limited: int
    within_limit: int
    reason: str
    count: int


def inquiry_sections(
    connection: Connection, scope: Scope, months: frozenset[date] = frozenset()
) -> tuple[InquiryFigures, FiveMinuteFigures, Counter[str]]:
    """Every breakdown of the period's inquiries, the five-minute rule, and inquiries that
    ended in a booked appointment by kind of desk: one pass over the inquiries' facts (and
    the sums of ``months``), one for hour and weekday, one over their services."""
    grouped = counted_by(GROUP_KEYS, F, SUMS, scope, months)
    groups = [_Group(*row) for row in connection.execute(grouped)]
    figures = InquiryFigures()
    channels: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    booked: Counter[str] = Counter()
    for group in groups:
        figures.total += group.count
        channels[group.channel] += group.count
        outcomes[group.outcome] += group.count
        if group.outcome == Outcome.APPOINTMENT_BOOKED.value:
            booked[group.desk_kind] += group.count
    figures.by_channel = [Tally(key=c.value, count=channels[c.value]) for c in Channel]
    figures.by_outcome = [Tally(key=o.value, count=outcomes[o.value]) for o in Outcome]
    _by_branch(connection, groups, figures)
    for at_hour, on_weekday, count in connection.execute(
        counted_by(("hour", "weekday"), F, HOUR_SUMS, scope, months)
    ):
        figures.by_hour[int(at_hour)] += count
        figures.by_weekday[int(on_weekday)] += count
    figures.by_service = _by_service(connection, scope, months)
    return figures, _five_minutes(groups), booked


def _by_branch(connection: Connection, groups: list[_Group], figures: InquiryFigures) -> None:
    """Per branch, and per area: an inquiry is borgerservice when any of its services is."""
    branches: dict[uuid.UUID, Counter[str]] = {}
    areas: Counter[str] = Counter()
    for group in groups:
        branch = branches.setdefault(group.branch_id, Counter())
        branch["total"] += group.count
        branch["cs"] += group.citizen_service * group.count
        branch["lib"] += group.library * group.count
        branch["auth"] += group.authority_task * group.count
        areas[Area.CITIZEN_SERVICE.value] += group.citizen_service * group.count
        areas[Area.LIBRARY.value] += group.library * group.count
        if not (group.citizen_service or group.library):
            areas[NO_SERVICE] += group.count
        figures.authority_task += group.authority_task * group.count
    names = _branch_names(connection, list(branches))
    figures.by_branch = sorted(
        (
            BranchInquiries(
                branch_id=branch_id,
                name=names.get(branch_id, ""),
                total=counts["total"],
                citizen_service=counts["cs"],
                library=counts["lib"],
                authority_task=counts["auth"],
            )
            for branch_id, counts in branches.items()
        ),
        key=lambda row: (-row.total, row.name),
    )
    keys = [Area.CITIZEN_SERVICE.value, Area.LIBRARY.value, NO_SERVICE]
    figures.by_area = [Tally(key=key, count=areas[key]) for key in keys]


def _by_service(connection: Connection, scope: Scope, months: frozenset[date]) -> list[Tally]:
    counted = counted_by(("service_id",), SF, SERVICE_SUMS, scope, months).subquery("counted")
    rows = connection.execute(
        select(SERVICE.c.code, SERVICE.c.name_da, SERVICE.c.name_en, counted.c.n).join(
            SERVICE, SERVICE.c.id == counted.c.service_id
        )
    ).all()
    tallies = [Tally(key=code, name_da=da, name_en=en, count=n) for code, da, en, n in rows]
    return sorted(tallies, key=lambda tally: (-tally.count, tally.name_da))


def _branch_names(connection: Connection, ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not ids:
        return {}
    branch = Branch.__table__
    rows = connection.execute(select(branch.c.id, branch.c.name).where(branch.c.id.in_(ids)))
    return {row.id: row.name for row in rows}


def _five_minutes(groups: list[_Group]) -> FiveMinuteFigures:
    """Inquiries served under a limit, sorted by the rule's own verdict (domain)."""
    figures = FiveMinuteFigures()
    reasons: Counter[str] = Counter()
    for group in groups:
        if not group.limited:
            continue
        # The verdict only needs which side of the limit the duration fell on (known).
        duration = timedelta(seconds=0 if group.within_limit else ANY_LIMIT)
        verdict = compliance(
            duration,
            ANY_LIMIT,
            Outcome(group.outcome),
            ContinueReason(group.reason) if group.reason else None,
        )
        figures.served += group.count
        if verdict is Compliance.WITHIN:
            figures.within += group.count
        elif verdict is Compliance.HANDED_OFF:
            figures.handed_off += group.count
        elif verdict is Compliance.OVER_WITH_REASON:
            figures.over_with_reason += group.count
            reasons[group.reason] += group.count
        else:
            figures.over_without_reason += group.count
    if figures.served:
        figures.share_within = round(figures.within / figures.served, 4)
    figures.reasons = [
        Tally(key=reason.value, count=reasons[reason.value])
        for reason in ContinueReason
        if reasons[reason.value]
    ]
    return figures


def handoff_figures(connection: Connection, scope: Scope, kinds: Counter[str]) -> HandoffFigures:
    """Inquiries that ended in a booked appointment (``kinds``: by the kind of desk that
    booked), and appointments booked while the citizen was being served on a ticket."""
    desk = Desk.__table__
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

"""The statistics' rules that need no database: the period a report covers, which of its
months may be read from monthly sums, percentiles from ranks, and which work a desk kind
filter means.

Every figure counts an event on the Copenhagen day (and hour) it happened, never the day
it reached the server: an inquiry registered on the book bus on Monday and synced on
Tuesday is Monday's.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from counter_app.domain.org import DeskKind, Resource
from counter_app.domain.timezone import COPENHAGEN, require_utc

# A year and a bit: a report spans at most this many days (a leap year plus a margin for
# "the last 12 months" ending mid-month).
MAX_PERIOD_DAYS = 400
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class PeriodKind(StrEnum):
    """How a manager picks the period: one day, a Monday-to-Sunday week, a calendar month,
    or any first and last day."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    CUSTOM = "custom"


class PeriodError(ValueError):
    """A period that cannot be reported on."""


@dataclass(frozen=True)
class Period:
    """The Copenhagen days ``first_day`` to ``last_day``, both included."""

    first_day: date
    last_day: date

    def __post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise PeriodError("the period ends before it begins")
        if self.days > MAX_PERIOD_DAYS:
            raise PeriodError(f"a report covers at most {MAX_PERIOD_DAYS} days")

    @classmethod
    def around(cls, kind: PeriodKind, day: date) -> Period:
        """The day, week or month that holds ``day`` (custom: just the day)."""
        if kind is PeriodKind.WEEK:
            monday = day - timedelta(days=day.weekday())
            return cls(monday, monday + timedelta(days=6))
        if kind is PeriodKind.MONTH:
            last = calendar.monthrange(day.year, day.month)[1]
            return cls(day.replace(day=1), day.replace(day=last))
        return cls(day, day)

    def step(self, kind: PeriodKind, direction: int) -> Period:
        """The period before (-1) or after (+1) this one, of the same kind."""
        if kind is PeriodKind.MONTH:
            before, after = self.first_day - timedelta(days=1), self.last_day + timedelta(days=1)
            return Period.around(kind, before if direction < 0 else after)
        shift = timedelta(days=self.days * direction)
        return Period(self.first_day + shift, self.last_day + shift)

    @property
    def days(self) -> int:
        """How many days the period has."""
        return (self.last_day - self.first_day).days + 1

    def each_day(self) -> Iterator[date]:
        """Every day of the period, first to last."""
        for offset in range(self.days):
            yield self.first_day + timedelta(days=offset)

    def bounds(self) -> tuple[datetime, datetime]:
        """Copenhagen midnight before the first day to midnight after the last, in UTC."""
        start = datetime.combine(self.first_day, time(0), tzinfo=COPENHAGEN)
        end = datetime.combine(self.last_day + timedelta(days=1), time(0), tzinfo=COPENHAGEN)
        return require_utc(start), require_utc(end)


def month_after(day: date) -> date:
    """The first day of the month after ``day``'s."""
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def written_late(day: date, today: date) -> bool:
    """Whether an inquiry of ``day`` written ``today`` lands in a month that is over, and
    whose sums (if made) it makes stale."""
    return day.replace(day=1) < today.replace(day=1)


def summable_months(period: Period, today: date) -> list[date]:
    """The first days of the whole months in ``period`` that may be read from monthly sums:
    those that ended more than a day before ``today``. By then every inquiry written while
    the month ran has committed (no transaction lasts a day), and any written later is
    ``written_late``."""
    month = period.first_day if period.first_day.day == 1 else month_after(period.first_day)
    months = []
    while month_after(month) - timedelta(days=1) <= period.last_day and (
        month_after(month) + timedelta(days=1) <= today
    ):
        months.append(month)
        month = month_after(month)
    return months


def epoch_seconds(moment: datetime) -> int:
    """Whole seconds since 1970 (UTC), as the SQL side counts them."""
    return int((require_utc(moment) - EPOCH).total_seconds())


@dataclass(frozen=True)
class RankPick:
    """Where a percentile lies among ``n`` sorted values: between the ``low``-th and the
    ``high``-th (1-based), ``fraction`` of the way."""

    low: int
    high: int
    fraction: float


def rank_pick(count: int, tenths: int) -> RankPick:
    """The ranks a percentile of ``tenths`` tenths (5: median, 9: 90th) falls between,
    with linear interpolation as PostgreSQL's ``percentile_cont`` does. SQL picks the
    rows by these ranks, so neither database needs a percentile function."""
    if count < 1:
        raise ValueError("a percentile needs at least one value")
    scaled = tenths * (count - 1)
    low = scaled // 10 + 1
    rest = scaled % 10
    return RankPick(low, low + (1 if rest else 0), rest / 10)


def interpolate(low_value: float, high_value: float, fraction: float) -> float:
    """The value ``fraction`` of the way from ``low_value`` to ``high_value``."""
    return low_value + (high_value - low_value) * fraction


# What a desk kind filter keeps of the work that is not registered at a desk: the queues
# (and appointments) whose shifts that kind of desk staffs. KVIK and branch desks share
# the quick-help kind of queue.
QUEUE_RESOURCES: dict[DeskKind, frozenset[Resource]] = {
    DeskKind.KVIK: frozenset({Resource.KVIK}),
    DeskKind.BRANCH: frozenset({Resource.KVIK}),
    DeskKind.CASEWORKER: frozenset({Resource.CITIZEN_SERVICE}),
    DeskKind.LIBRARIAN: frozenset({Resource.LIBRARIAN}),
    DeskKind.CONTACT_CENTRE: frozenset({Resource.CONTACT_CENTRE}),
}

# Screen inquiries are the work of the library that forwards and the caseworker who
# answers; other desk kinds have none.
SCREEN_DESK_KINDS = frozenset({DeskKind.BRANCH, DeskKind.CASEWORKER})

# The desk kinds a report can be filtered by (kiosks and boards serve no one).
REPORTED_DESK_KINDS = tuple(QUEUE_RESOURCES)

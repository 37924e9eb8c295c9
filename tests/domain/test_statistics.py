"""Periods, the months a report may read from monthly sums, and percentiles by rank."""

from __future__ import annotations

import statistics
from datetime import UTC, date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.slots import Closure, ShiftBlock, Timetable
from counter_app.domain.statistics import (
    Period,
    PeriodError,
    PeriodKind,
    interpolate,
    month_after,
    rank_pick,
    summable_months,
    written_late,
)


def test_a_week_runs_monday_to_sunday_and_a_month_to_its_last_day() -> None:
    assert Period.around(PeriodKind.WEEK, date(2026, 3, 4)) == Period(
        date(2026, 3, 2), date(2026, 3, 8)
    )
    february = Period.around(PeriodKind.MONTH, date(2028, 2, 10))
    assert february == Period(date(2028, 2, 1), date(2028, 2, 29))
    assert february.days == 29
    assert february.step(PeriodKind.MONTH, 1) == Period(date(2028, 3, 1), date(2028, 3, 31))
    assert february.step(PeriodKind.MONTH, -1) == Period(date(2028, 1, 1), date(2028, 1, 31))
    week = Period.around(PeriodKind.WEEK, date(2026, 3, 4))
    assert week.step(PeriodKind.WEEK, -1).first_day == date(2026, 2, 23)


def test_a_period_is_bounded_by_copenhagen_midnights() -> None:
    start, end = Period(date(2026, 3, 1), date(2026, 3, 31)).bounds()
    assert start == datetime(2026, 2, 28, 23, tzinfo=UTC)  # winter: UTC+1
    assert end == datetime(2026, 3, 31, 22, tzinfo=UTC)  # summer: UTC+2


def test_a_period_that_runs_backwards_or_too_long_is_refused() -> None:
    with pytest.raises(PeriodError, match="ends before"):
        Period(date(2026, 3, 2), date(2026, 3, 1))
    with pytest.raises(PeriodError, match="at most"):
        Period(date(2025, 1, 1), date(2026, 3, 1))


def test_only_whole_months_over_for_a_day_are_read_from_sums() -> None:
    year = Period(date(2025, 11, 24), date(2026, 11, 23))
    # December to October are whole; November 2026 has neither ended nor is whole.
    assert summable_months(year, date(2026, 11, 24)) == [
        date(2025, 12, 1) if m == 12 else date(2026, m, 1) for m in (12, *range(1, 11))
    ]
    october = Period(date(2026, 10, 1), date(2026, 10, 31))
    assert summable_months(october, date(2026, 11, 1)) == []  # ended hours ago
    assert summable_months(october, date(2026, 11, 2)) == [date(2026, 10, 1)]
    assert summable_months(Period(date(2026, 10, 1), date(2026, 10, 30)), date(2026, 12, 1)) == []
    assert month_after(date(2028, 1, 31)) == date(2028, 2, 1)
    assert month_after(date(2026, 12, 15)) == date(2027, 1, 1)


def test_an_inquiry_written_into_a_month_that_is_over_is_late() -> None:
    assert written_late(date(2026, 10, 31), date(2026, 11, 1))
    assert not written_late(date(2026, 11, 1), date(2026, 11, 30))
    assert written_late(date(2025, 12, 31), date(2026, 1, 1))


@given(st.lists(st.integers(min_value=0, max_value=20_000), min_size=1, max_size=60))
def test_percentiles_by_rank_equal_linear_interpolation(values: list[int]) -> None:
    ordered = sorted(values)

    def by_rank(tenths: int) -> float:
        pick = rank_pick(len(ordered), tenths)
        return interpolate(ordered[pick.low - 1], ordered[pick.high - 1], pick.fraction)

    if len(ordered) == 1:
        assert by_rank(5) == by_rank(9) == ordered[0]
        return
    deciles = statistics.quantiles(ordered, n=10, method="inclusive")
    assert by_rank(5) == pytest.approx(statistics.median(ordered))
    assert by_rank(9) == pytest.approx(deciles[8])


def test_staffed_minutes_count_whole_quarters_and_skip_holidays_and_closures() -> None:
    timetable = Timetable(
        shifts=[
            ShiftBlock(0, time(10), time(14), 3),
            ShiftBlock(0, time(14), time(17, 50), 2),  # the last 5 minutes are no quarter
        ],
        closures=[Closure(date(2026, 3, 16), date(2026, 3, 16))],
    )
    assert timetable.staffed_minutes(date(2026, 3, 9)) == 240 * 3 + 225 * 2
    assert timetable.staffed_minutes(date(2026, 3, 10)) == 0  # a Tuesday: no shift
    assert timetable.staffed_minutes(date(2026, 3, 16)) == 0  # closed
    assert timetable.staffed_minutes(date(2026, 4, 6)) == 0  # Easter Monday

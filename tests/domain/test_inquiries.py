"""Inquiry times: forwards, at most 12 hours, always with a timezone."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.inquiries import MAX_INQUIRY_DURATION, InquiryRuleError, check_inquiry_times
from counter_app.domain.timezone import COPENHAGEN

START = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def test_returns_the_duration() -> None:
    assert check_inquiry_times(START, START + timedelta(minutes=7)) == timedelta(minutes=7)


def test_a_zero_length_inquiry_is_allowed() -> None:
    assert check_inquiry_times(START, START) == timedelta(0)


def test_exactly_twelve_hours_is_allowed_a_second_more_is_not() -> None:
    assert check_inquiry_times(START, START + MAX_INQUIRY_DURATION) == timedelta(hours=12)
    with pytest.raises(InquiryRuleError, match="12 hours"):
        check_inquiry_times(START, START + MAX_INQUIRY_DURATION + timedelta(seconds=1))


def test_an_inquiry_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(InquiryRuleError, match="ends before it starts"):
        check_inquiry_times(START, START - timedelta(seconds=1))


def test_times_in_different_zones_compare_as_instants() -> None:
    # 11:05 summer time in Copenhagen is 09:05 UTC: five minutes, not two hours.
    end = datetime(2026, 5, 4, 11, 5, tzinfo=COPENHAGEN)
    assert check_inquiry_times(START, end) == timedelta(minutes=5)


def test_an_inquiry_across_the_autumn_clock_change_counts_real_time() -> None:
    # 02:30 summer time, then 02:10 winter time: local clocks run backwards, time does not.
    start = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    end = datetime(2026, 10, 25, 1, 10, tzinfo=UTC)
    assert start.astimezone(COPENHAGEN).hour == end.astimezone(COPENHAGEN).hour == 2
    assert check_inquiry_times(start, end) == timedelta(minutes=40)


@pytest.mark.parametrize("naive", ["start", "end"])
def test_naive_times_are_refused(naive: str) -> None:
    start = START.replace(tzinfo=None) if naive == "start" else START
    end = (START + timedelta(minutes=1)).replace(tzinfo=None) if naive == "end" else START
    with pytest.raises(ValueError, match="naive"):
        check_inquiry_times(start, end)


@given(st.timedeltas(min_value=timedelta(days=-2), max_value=timedelta(days=2)))
def test_accepts_exactly_the_durations_from_zero_to_twelve_hours(duration: timedelta) -> None:
    if timedelta(0) <= duration <= MAX_INQUIRY_DURATION:
        assert check_inquiry_times(START, START + duration) == duration
    else:
        with pytest.raises(InquiryRuleError):
            check_inquiry_times(START, START + duration)

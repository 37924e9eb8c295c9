"""The five-minute rule: the timer's colours and whether an inquiry kept the rule,
checked over every elapsed time and limit hypothesis can think of."""

from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.five_minute import (
    Compliance,
    ContinueReason,
    ServingLimit,
    TimerPhase,
    compliance,
    phase_for,
    timer_text,
)
from counter_app.domain.inquiries import Outcome

KVIK = ServingLimit(timedelta(minutes=5), timedelta(minutes=4))
ORDER = [TimerPhase.CALM, TimerPhase.AMBER, TimerPhase.RED]

limits = st.integers(min_value=2, max_value=7200).flatmap(
    lambda limit: st.builds(
        ServingLimit.of_seconds, st.just(limit), st.integers(min_value=1, max_value=limit - 1)
    )
)
elapsed = st.integers(min_value=0, max_value=5 * 3600).map(lambda s: timedelta(seconds=s))


def test_kvik_turns_amber_at_four_and_red_at_five_minutes() -> None:
    assert KVIK.phase(timedelta(minutes=2)) is TimerPhase.CALM
    assert KVIK.phase(timedelta(minutes=3, seconds=59)) is TimerPhase.CALM
    assert KVIK.phase(timedelta(minutes=4)) is TimerPhase.AMBER
    assert KVIK.phase(timedelta(minutes=4, seconds=59)) is TimerPhase.AMBER
    assert KVIK.phase(timedelta(minutes=5)) is TimerPhase.RED
    assert KVIK.phase(timedelta(minutes=5, seconds=30)) is TimerPhase.RED


@given(limits, elapsed, elapsed)
def test_the_timer_never_goes_back_to_a_calmer_colour(
    limit: ServingLimit, first: timedelta, second: timedelta
) -> None:
    early, late = sorted((first, second))
    assert ORDER.index(limit.phase(early)) <= ORDER.index(limit.phase(late))


@given(limits, elapsed)
def test_red_exactly_when_over_and_amber_only_just_before(
    limit: ServingLimit, spent: timedelta
) -> None:
    phase = limit.phase(spent)
    assert (phase is TimerPhase.RED) == limit.over(spent) == (spent >= limit.limit)
    assert (phase is TimerPhase.AMBER) == (limit.amber <= spent < limit.limit)


@given(elapsed)
def test_a_role_without_a_limit_stays_calm(spent: timedelta) -> None:
    assert phase_for(spent, None) is TimerPhase.CALM


@given(
    elapsed,
    st.one_of(st.none(), st.integers(min_value=60, max_value=7200)),
    st.sampled_from(Outcome),
    st.one_of(st.none(), st.sampled_from(ContinueReason)),
)
def test_compliance_follows_the_rule(
    spent: timedelta, limit: int | None, outcome: Outcome, reason: ContinueReason | None
) -> None:
    verdict = compliance(spent, limit, outcome, reason)
    if limit is None:
        assert verdict is Compliance.NO_LIMIT
    elif spent < timedelta(seconds=limit):
        assert verdict is Compliance.WITHIN  # a reason given early changes nothing
    elif outcome is Outcome.APPOINTMENT_BOOKED:
        assert verdict is Compliance.HANDED_OFF
    else:
        assert verdict is (
            Compliance.OVER_WITHOUT_REASON if reason is None else Compliance.OVER_WITH_REASON
        )


@given(limits, elapsed)
def test_the_timer_agrees_with_compliance(limit: ServingLimit, spent: timedelta) -> None:
    """The desk is prompted (red) exactly when the statistics will call it over."""
    seconds = int(limit.limit.total_seconds())
    within = compliance(spent, seconds, Outcome.RESOLVED, None) is Compliance.WITHIN
    assert within == (limit.phase(spent) is not TimerPhase.RED)


def test_amber_must_lie_before_the_limit() -> None:
    with pytest.raises(ValueError, match="amber"):
        ServingLimit(timedelta(minutes=5), timedelta(minutes=5))


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(0, "0:00"), (7, "0:07"), (240, "4:00"), (330, "5:30"), (3723, "1:02:03"), (-5, "0:00")],
)
def test_the_timer_reads_as_minutes_and_seconds(seconds: int, text: str) -> None:
    assert timer_text(timedelta(seconds=seconds)) == text

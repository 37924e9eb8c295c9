"""The expected-wait estimator, the blended mean service time and the minutes shown."""

from __future__ import annotations

import math
from datetime import timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.waiting import (
    QueueLoad,
    expected_wait,
    mean_service_time,
    wait_text_minutes,
)

FOUR_MINUTES = timedelta(minutes=4)

counts = st.integers(min_value=0, max_value=200)
desks = st.floats(min_value=0.05, max_value=40, allow_nan=False, allow_infinity=False)
services = st.integers(min_value=1, max_value=3 * 3600).map(lambda s: timedelta(seconds=s))
durations = st.integers(min_value=-600, max_value=4 * 3600).map(lambda s: timedelta(seconds=s))


def wait(
    waiting_ahead: int, busy: int, servers: float, service: timedelta = FOUR_MINUTES
) -> timedelta:
    """expected_wait of a load that has desks, so the answer is never None."""
    result = expected_wait(QueueLoad(waiting_ahead, busy, servers, service))
    assert result is not None
    return result


# --- expected_wait: the edges -------------------------------------------------------------


@pytest.mark.parametrize(
    ("waiting_ahead", "busy", "servers"),
    [(0, 0, 3), (1, 0, 3), (2, 0, 3), (0, 2, 3), (1, 1, 3), (0, 0, 1), (0, 1, 2)],
)
def test_a_free_desk_means_no_wait(waiting_ahead: int, busy: int, servers: float) -> None:
    assert wait(waiting_ahead, busy, servers) == timedelta(0)


def test_one_busy_desk_and_nobody_ahead_waits_the_mean_residual_service() -> None:
    """For one desk caught at a random moment the rest of the service is S(1 + v) / 2."""
    assert wait(0, 1, 1) == FOUR_MINUTES * 0.75


def test_all_desks_busy_and_nobody_ahead_waits_less_than_a_full_turn() -> None:
    """Three desks partway through: the first to finish comes sooner than S / 3."""
    first = wait(0, 3, 3)
    assert timedelta(0) < first < FOUR_MINUTES / 3
    assert first == timedelta(minutes=1)  # (1 - 0.25) * 4 / 3


def test_each_ticket_ahead_adds_a_mean_service_shared_by_the_desks() -> None:
    turns = [wait(ahead, 3, 3) for ahead in range(6)]
    steps = {later - earlier for earlier, later in pairwise(turns)}
    assert steps == {FOUR_MINUTES / 3}


def test_nobody_serving_the_queue_gives_no_estimate() -> None:
    assert expected_wait(QueueLoad(0, 0, 0, FOUR_MINUTES)) is None
    assert expected_wait(QueueLoad(12, 2, 0.0, FOUR_MINUTES)) is None


def test_a_desk_shared_by_two_queues_counts_half() -> None:
    """Half a desk finishes this queue's citizens half as often: twice the wait."""
    assert wait(2, 1, 0.5) == 2 * wait(2, 1, 1)
    # Half a desk with nobody of ours at it may be busy with the other queue: not zero.
    assert timedelta(0) < wait(0, 0, 0.5) < FOUR_MINUTES
    # Two and a half desks lie between two and three.
    assert wait(4, 2, 3) <= wait(4, 2, 2.5) <= wait(4, 2, 2)


def test_the_wait_scales_with_the_mean_service_time() -> None:
    assert wait(5, 3, 3, FOUR_MINUTES * 2) == 2 * wait(5, 3, 3, FOUR_MINUTES)


@pytest.mark.parametrize(
    ("load", "message"),
    [
        (lambda: QueueLoad(-1, 0, 3, FOUR_MINUTES), "waiting_ahead cannot be negative"),
        (lambda: QueueLoad(0, -2, 3, FOUR_MINUTES), "busy cannot be negative"),
        (lambda: QueueLoad(0, 0, -0.5, FOUR_MINUTES), "servers must be"),
        (lambda: QueueLoad(0, 0, math.nan, FOUR_MINUTES), "servers must be"),
        (lambda: QueueLoad(0, 0, math.inf, FOUR_MINUTES), "servers must be"),
        (lambda: QueueLoad(0, 0, 3, timedelta(0)), "mean_service must be positive"),
        (lambda: QueueLoad(0, 0, 3, -FOUR_MINUTES), "mean_service must be positive"),
    ],
)
def test_a_load_that_cannot_be_right_is_refused(load, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        load()


# --- expected_wait: properties ------------------------------------------------------------


@given(counts, counts, desks, services)
def test_one_more_ticket_ahead_never_shortens_the_wait(
    ahead: int, busy: int, servers: float, service: timedelta
) -> None:
    assert wait(ahead, busy, servers, service) <= wait(ahead + 1, busy, servers, service)


@given(counts, counts, desks, services)
def test_once_all_desks_are_taken_more_ahead_means_strictly_longer(
    ahead: int, busy: int, servers: float, service: timedelta
) -> None:
    busy = max(busy, math.ceil(servers))
    assert wait(ahead, busy, servers, service) < wait(ahead + 1, busy, servers, service)


@given(counts, counts, desks, services)
def test_one_more_citizen_at_a_desk_never_shortens_the_wait(
    ahead: int, busy: int, servers: float, service: timedelta
) -> None:
    assert wait(ahead, busy, servers, service) <= wait(ahead, busy + 1, servers, service)


@given(counts, counts, desks, desks, services)
def test_more_desks_never_lengthen_the_wait(
    ahead: int, busy: int, one: float, other: float, service: timedelta
) -> None:
    fewer, more = sorted((one, other))
    assert wait(ahead, busy, more, service) <= wait(ahead, busy, fewer, service)


@given(counts, counts, desks, services, services)
def test_slower_service_never_shortens_the_wait(
    ahead: int, busy: int, servers: float, one: timedelta, other: timedelta
) -> None:
    quick, slow = sorted((one, other))
    assert wait(ahead, busy, servers, quick) <= wait(ahead, busy, servers, slow)


@given(counts, counts, desks, services)
def test_the_wait_is_never_negative_nor_more_than_all_ahead_served_from_scratch(
    ahead: int, busy: int, servers: float, service: timedelta
) -> None:
    result = wait(ahead, busy, servers, service)
    assert timedelta(0) <= result <= service * (ahead + 1) / servers


# --- mean_service_time ----------------------------------------------------------------------


def test_with_no_history_the_default_is_the_mean() -> None:
    assert mean_service_time([], FOUR_MINUTES) == FOUR_MINUTES


def test_the_default_counts_as_three_citizens() -> None:
    assert mean_service_time([timedelta(minutes=10)], FOUR_MINUTES) == timedelta(minutes=5.5)


def test_one_odd_citizen_moves_the_mean_only_a_little() -> None:
    usual = [timedelta(minutes=4)] * 20
    with_odd = mean_service_time([*usual, timedelta(minutes=60)], FOUR_MINUTES)
    assert with_odd < timedelta(minutes=6.5)


def test_non_positive_durations_are_ignored() -> None:
    recent = [timedelta(minutes=6), timedelta(0), timedelta(minutes=-3), timedelta(minutes=6)]
    assert mean_service_time(recent, FOUR_MINUTES) == mean_service_time(
        [timedelta(minutes=6), timedelta(minutes=6)], FOUR_MINUTES
    )


def test_without_a_prior_it_is_the_plain_mean_or_the_default() -> None:
    recent = [timedelta(minutes=2), timedelta(minutes=5)]
    assert mean_service_time(recent, FOUR_MINUTES, prior_weight=0) == timedelta(minutes=3.5)
    assert mean_service_time([timedelta(0)], FOUR_MINUTES, prior_weight=0) == FOUR_MINUTES


@pytest.mark.parametrize("default", [timedelta(0), -FOUR_MINUTES])
def test_a_default_that_is_not_positive_is_refused(default: timedelta) -> None:
    with pytest.raises(ValueError, match="default service time must be positive"):
        mean_service_time([FOUR_MINUTES], default)


def test_a_negative_prior_weight_is_refused() -> None:
    with pytest.raises(ValueError, match="prior_weight cannot be negative"):
        mean_service_time([FOUR_MINUTES], FOUR_MINUTES, prior_weight=-1)


@given(st.lists(durations, max_size=40), services, st.integers(min_value=0, max_value=10))
def test_the_blend_lies_between_the_times_it_blends(
    recent: list[timedelta], default: timedelta, prior_weight: int
) -> None:
    result = mean_service_time(recent, default, prior_weight=prior_weight)
    blended = [duration for duration in recent if duration > timedelta(0)]
    if prior_weight or not blended:
        blended.append(default)
    tick = timedelta(microseconds=1)  # timedelta division rounds to the microsecond
    assert min(blended) - tick <= result <= max(blended) + tick
    assert result > timedelta(0)


# --- wait_text_minutes ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("wait_", "minutes"),
    [
        (None, None),
        (timedelta(0), 0),
        (timedelta(microseconds=1), 1),
        (timedelta(seconds=59), 1),
        (timedelta(minutes=1), 1),
        (timedelta(minutes=1, microseconds=1), 2),
        (timedelta(minutes=4), 4),
        (timedelta(minutes=12, seconds=30), 13),
    ],
)
def test_minutes_shown_are_rounded_up(wait_: timedelta | None, minutes: int | None) -> None:
    assert wait_text_minutes(wait_) == minutes


@given(st.integers(min_value=0, max_value=10**10).map(lambda us: timedelta(microseconds=us)))
def test_the_minutes_shown_never_promise_less_than_the_estimate(estimate: timedelta) -> None:
    shown = wait_text_minutes(estimate)
    assert shown is not None
    assert timedelta(minutes=shown) - timedelta(minutes=1) < estimate <= timedelta(minutes=shown)

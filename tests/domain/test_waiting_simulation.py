"""The waiting-time estimator against a discrete-event simulation of a busy KVIK hour.

KVIK on a weekday morning has three staff (MISSION.md, the Næstved model). Citizens
arrive as a Poisson stream at 90 % of the desks' capacity and are served first in, first
out; service times are skewed with a mean of four minutes. The counter opens empty at
10:00 and the hour 11:00–12:00 is measured, so the queue has built up as it would have.
At each arrival the estimator is asked exactly what a desk would know: how many wait,
how many are being served, three desks, and the mean of the services finished so far
blended with the four-minute default. Then the ticket's actual wait is recorded.

Why the check is on the hour's total and not on each ticket: a single wait depends on
how long the citizens ahead of it happen to take, which nobody at the desk can know.
Even an oracle that knew the true median wait for every queue state (measured over 2000
other simulated hours) is off per ticket by 28 % (lognormal), 33 % (gamma) and 39 %
(exponential) of the hour's mean wait, so a 25 % per-ticket bound cannot be met by any
estimator from these counts; the estimator here scores 29 %, 33 % and 39 %. What a promise
can be is right on average: the sum of the promises of an hour is checked against the
sum of the actual waits, and the per-ticket error is checked against a constant guess
that knows, in hindsight, the hour's mean wait.

simpy rather than a heap of events: each citizen is one short process (arrive, look at
the queue, wait for a desk, be served), which reads like the counter itself.
"""

from __future__ import annotations

import math
import random
import statistics
from collections.abc import Callable, Generator
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
import simpy

from counter_app.domain.waiting import QueueLoad, expected_wait, mean_service_time

DESKS = 3  # KVIK weekdays 10–14
MEAN_SERVICE = 4.0  # minutes, the queue's configured default too
UTILISATION = 0.9
WARM_UP = 60.0  # 10:00–11:00, minutes
HOUR = 60.0  # 11:00–12:00, the measured hour
SEEDS = range(20)
BOUND = 0.25

Sampler = Callable[[random.Random], float]


def _lognormal(sigma: float) -> Sampler:
    """Lognormal service with mean MEAN_SERVICE: most quick, a few long."""
    mu = math.log(MEAN_SERVICE) - sigma**2 / 2

    def sample(rng: random.Random) -> float:
        return rng.lognormvariate(mu, sigma)

    return sample


def _gamma(shape: float) -> Sampler:
    """Gamma service with mean MEAN_SERVICE (shape 2: squared variation 0.5)."""

    def sample(rng: random.Random) -> float:
        return rng.gammavariate(shape, MEAN_SERVICE / shape)

    return sample


def _exponential(rng: random.Random) -> float:
    """Memoryless service: the most variable of the three, a hard case for the correction."""
    return rng.expovariate(1 / MEAN_SERVICE)


DISTRIBUTIONS: dict[str, Sampler] = {
    "lognormal": _lognormal(0.6),  # squared coefficient of variation ≈ 0.43
    "gamma": _gamma(2.0),  # 0.5
    "exponential": _exponential,  # 1.0
}


@dataclass(frozen=True)
class Arrival:
    """A ticket of the measured hour: what the desk knew when it was drawn, and the truth."""

    waiting_ahead: int
    busy: int
    finished_services: tuple[float, ...]  # minutes, the services completed before it
    actual_wait: float  # minutes


@dataclass(frozen=True)
class Hour:
    """One simulated morning's measured hour."""

    arrivals: list[Arrival]
    utilisation: float  # share of desk time spent serving during the hour


Estimator = Callable[[Arrival], float]


def simulate_hour(seed: int, service: Sampler) -> Hour:
    """Run 10:00–12:00 at a three-desk FIFO counter and return the 11–12 arrivals."""
    arrival_rng = random.Random(f"arrivals-{seed}")
    service_rng = random.Random(f"services-{seed}")
    rate = UTILISATION * DESKS / MEAN_SERVICE  # citizens a minute
    env = simpy.Environment()
    desks = simpy.Resource(env, capacity=DESKS)
    finished: list[float] = []
    measured: list[Arrival] = []
    served_in_hour = [0.0]

    def citizen(duration: float) -> Generator[simpy.Event, Any, None]:
        arrived = env.now
        waiting_ahead, busy, known = len(desks.queue), desks.count, tuple(finished)
        with desks.request() as request:
            yield request
            started = env.now
            yield env.timeout(duration)
        finished.append(duration)
        served_in_hour[0] += max(0.0, min(env.now, WARM_UP + HOUR) - max(started, WARM_UP))
        if WARM_UP <= arrived < WARM_UP + HOUR:
            measured.append(Arrival(waiting_ahead, busy, known, started - arrived))

    def doors() -> Generator[simpy.Event, Any, None]:
        while True:
            yield env.timeout(arrival_rng.expovariate(rate))
            if env.now >= WARM_UP + HOUR:
                return
            env.process(citizen(service(service_rng)))

    env.process(doors())
    env.run()  # until the last citizen of the hour has been served
    return Hour(measured, served_in_hour[0] / (DESKS * HOUR))


def desk_estimate(arrival: Arrival) -> float:
    """The estimator, fed what a desk would know, in minutes."""
    known = [timedelta(minutes=minutes) for minutes in arrival.finished_services]
    load = QueueLoad(
        waiting_ahead=arrival.waiting_ahead,
        busy=arrival.busy,
        servers=DESKS,
        mean_service=mean_service_time(known, timedelta(minutes=MEAN_SERVICE)),
    )
    wait = expected_wait(load)
    assert wait is not None
    return wait / timedelta(minutes=1)


def always_zero(_: Arrival) -> float:
    """The trivial estimator that must fail the same check."""
    return 0.0


def total_error(hour: Hour, estimate: Estimator) -> float:
    """|sum(predicted) - sum(actual)| / sum(actual) over the hour's tickets."""
    actual = sum(arrival.actual_wait for arrival in hour.arrivals)
    assert actual > 0, "a busy hour in which nobody waited: the scenario is wrong"
    predicted = sum(estimate(arrival) for arrival in hour.arrivals)
    return abs(predicted - actual) / actual


def per_ticket_error(hour: Hour, estimate: Estimator) -> float:
    """Mean absolute error per ticket divided by the mean actual wait of the hour."""
    actual = sum(arrival.actual_wait for arrival in hour.arrivals)
    assert actual > 0, "a busy hour in which nobody waited: the scenario is wrong"
    errors = sum(abs(estimate(arrival) - arrival.actual_wait) for arrival in hour.arrivals)
    return errors / actual


def hindsight_constant(hour: Hour) -> Estimator:
    """A constant guess of the hour's own mean wait, which no desk could know in advance."""
    mean = statistics.fmean(arrival.actual_wait for arrival in hour.arrivals)
    return lambda _: mean


@pytest.fixture(scope="module", params=sorted(DISTRIBUTIONS))
def hours(request: pytest.FixtureRequest) -> list[Hour]:
    """Twenty simulated busy hours for one service-time distribution."""
    service = DISTRIBUTIONS[request.param]
    return [simulate_hour(seed, service) for seed in SEEDS]


def test_the_scenario_is_a_busy_hour(hours: list[Hour]) -> None:
    """Desks busy 85–95 % of the hour and a real queue, or the test proves nothing."""
    assert 0.85 <= statistics.fmean(hour.utilisation for hour in hours) <= 0.95
    assert statistics.fmean(len(hour.arrivals) for hour in hours) > 30
    waits = [arrival.actual_wait for hour in hours for arrival in hour.arrivals]
    assert statistics.fmean(waits) > 2.0  # minutes
    assert sum(wait > 0 for wait in waits) > len(waits) / 2


def test_the_promises_of_an_hour_add_up_to_the_actual_waits(hours: list[Hour]) -> None:
    errors = [total_error(hour, desk_estimate) for hour in hours]
    assert statistics.fmean(errors) <= BOUND


def test_a_constant_zero_fails_the_same_check(hours: list[Hour]) -> None:
    errors = [total_error(hour, always_zero) for hour in hours]
    assert statistics.fmean(errors) > BOUND


def test_each_ticket_is_estimated_far_better_than_by_the_hours_own_mean(
    hours: list[Hour],
) -> None:
    """The estimator follows the queue ticket by ticket, not only on average."""
    ours = statistics.fmean(per_ticket_error(hour, desk_estimate) for hour in hours)
    constant = statistics.fmean(per_ticket_error(hour, hindsight_constant(hour)) for hour in hours)
    assert ours <= 0.5
    assert ours <= 0.6 * constant


def test_the_simulation_is_deterministic() -> None:
    first = simulate_hour(7, DISTRIBUTIONS["gamma"])
    again = simulate_hour(7, DISTRIBUTIONS["gamma"])
    assert first == again

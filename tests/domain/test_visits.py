"""A ticket's visit, move by move: the wait to the first call, and the service time of
every leg that ended in a transfer or a park."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from counter_app.domain.tickets import TicketState
from counter_app.domain.visits import VisitTrail, service_seconds, wait_seconds, whole_seconds

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


def fold(*moves: tuple[str, float]) -> VisitTrail:
    trail = VisitTrail()
    for kind, minutes in moves:
        trail = trail.after(kind, at(minutes))
    return trail


def test_a_leg_ended_by_a_transfer_counts_from_the_start_before_it() -> None:
    trail = fold(("issue", 0), ("call", 4), ("start", 5), ("transfer", 8), ("call", 20))
    assert trail.first_call_at == at(4)
    assert trail.earlier_seconds == 180 and trail.transfers == 1
    assert service_seconds(TicketState.DONE, at(21), at(31), trail.earlier_seconds) == 780


def test_a_park_ends_a_leg_but_is_no_transfer() -> None:
    trail = fold(("issue", 0), ("call", 10), ("park", 12), ("resume", 20))
    assert trail.earlier_seconds == 120 and trail.transfers == 0
    # Waiting while parked is no service: only the legs count.
    assert service_seconds(TicketState.DONE, at(20), at(25), trail.earlier_seconds) == 420


def test_a_leg_end_after_anything_but_a_call_or_start_adds_nothing() -> None:
    trail = fold(("issue", 0), ("call", 1), ("renumber", 2), ("transfer", 3))
    assert trail.earlier_seconds == 0 and trail.transfers == 1


def test_a_no_show_has_no_service_time_unless_it_was_served_before() -> None:
    assert service_seconds(TicketState.NO_SHOW, None, at(12), 0) is None
    assert service_seconds(TicketState.NO_SHOW, None, at(40), 300) == 300


def test_the_wait_runs_from_a_later_appointment_time_and_never_below_zero() -> None:
    assert wait_seconds(at(0), None, at(4)) == 240
    assert wait_seconds(at(0), at(10), at(12)) == 120  # checked in early for 9:10
    assert wait_seconds(at(0), at(-30), at(1)) == 60  # came late: from the draw
    assert wait_seconds(at(5), at(10), at(8)) == 0  # called before the appointment's time
    assert wait_seconds(at(0), None, None) is None


def test_whole_seconds_truncate_each_instant_as_sql_does() -> None:
    start = T0 + timedelta(seconds=10, microseconds=900_000)
    end = T0 + timedelta(seconds=12, microseconds=100_000)
    assert whole_seconds(start, end) == 2  # 1.2 s apart, but 10 s and 12 s on the clock

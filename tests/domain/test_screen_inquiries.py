"""Screen inquiry states, who may move them, and when a caseworker is next available."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from counter_app.domain.screen_inquiries import (
    ScreenInquiryState,
    ScreenMove,
    ScreenRuleError,
    ScreenSide,
    available_from,
    check_screen_move,
)
from counter_app.domain.slots import Closure, ShiftBlock, Timetable

S = ScreenInquiryState
MON, TUE, WED = 0, 1, 2
TIMETABLE = Timetable(
    [ShiftBlock(MON, time(10), time(14), 2), ShiftBlock(WED, time(14), time(18), 1)]
)


@pytest.mark.parametrize(
    ("state", "move", "side", "after"),
    [
        (S.WAITING, ScreenMove.ACCEPT, ScreenSide.CASEWORKER, S.ACCEPTED),
        (S.ACCEPTED, ScreenMove.START, ScreenSide.CASEWORKER, S.IN_CALL),
        (S.ACCEPTED, ScreenMove.FINISH, ScreenSide.CASEWORKER, S.DONE),
        (S.IN_CALL, ScreenMove.FINISH, ScreenSide.CASEWORKER, S.DONE),
        (S.WAITING, ScreenMove.CANCEL, ScreenSide.BRANCH, S.CANCELLED),
        (S.ACCEPTED, ScreenMove.CANCEL, ScreenSide.BRANCH, S.CANCELLED),
        (S.IN_CALL, ScreenMove.CANCEL, ScreenSide.CASEWORKER, S.CANCELLED),
    ],
)
def test_allowed_moves(
    state: ScreenInquiryState, move: ScreenMove, side: ScreenSide, after: ScreenInquiryState
) -> None:
    assert check_screen_move(state, move, side) is after


@pytest.mark.parametrize(
    ("state", "move", "side", "reason"),
    [
        (S.ACCEPTED, ScreenMove.ACCEPT, ScreenSide.CASEWORKER, "already_taken"),
        (S.CANCELLED, ScreenMove.ACCEPT, ScreenSide.CASEWORKER, "cancelled"),
        (S.WAITING, ScreenMove.START, ScreenSide.CASEWORKER, "wrong_state"),
        (S.DONE, ScreenMove.FINISH, ScreenSide.CASEWORKER, "wrong_state"),
        (S.DONE, ScreenMove.CANCEL, ScreenSide.BRANCH, "wrong_state"),
        (S.IN_CALL, ScreenMove.CANCEL, ScreenSide.BRANCH, "in_call"),
        (S.WAITING, ScreenMove.ACCEPT, ScreenSide.BRANCH, "not_caseworker"),
    ],
)
def test_refused_moves_say_why(
    state: ScreenInquiryState, move: ScreenMove, side: ScreenSide, reason: str
) -> None:
    with pytest.raises(ScreenRuleError) as refused:
        check_screen_move(state, move, side)
    assert refused.value.reason == reason


def test_on_shift_now_means_available_now() -> None:
    monday_noon = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)  # 12:00 in Copenhagen
    assert available_from(TIMETABLE, monday_noon) == monday_noon


def test_before_the_shift_ends_at_its_last_quarter_it_still_counts() -> None:
    monday = datetime(2026, 5, 4, 11, 59, tzinfo=UTC)  # 13:59 in Copenhagen
    assert available_from(TIMETABLE, monday) == monday


def test_after_the_shift_the_next_one_is_named() -> None:
    monday_evening = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)  # 14:00 in Copenhagen
    assert available_from(TIMETABLE, monday_evening) == datetime(2026, 5, 6, 12, 0, tzinfo=UTC)


def test_across_the_end_of_summer_time_the_wall_clock_time_holds() -> None:
    # Wednesday 21 October 2026, 19:00 in Copenhagen; summer time ends on Sunday 25th.
    evening = datetime(2026, 10, 21, 17, 0, tzinfo=UTC)
    # Monday 26 October, 10:00 in Copenhagen is 09:00 UTC in winter time.
    assert available_from(TIMETABLE, evening) == datetime(2026, 10, 26, 9, 0, tzinfo=UTC)


def test_holidays_and_closures_are_skipped_and_nothing_for_two_weeks_is_none() -> None:
    # Easter Monday 2026 is 6 April: the next shift is Wednesday 8 April, 14:00.
    easter_sunday = datetime(2026, 4, 5, 10, 0, tzinfo=UTC)
    assert available_from(TIMETABLE, easter_sunday) == datetime(2026, 4, 8, 12, 0, tzinfo=UTC)
    closed = Timetable(
        TIMETABLE.shifts,
        closures=[Closure(datetime(2026, 4, 1).date(), datetime(2026, 5, 1).date())],
    )
    assert available_from(closed, easter_sunday) is None

"""Screen inquiries (skærmhenvendelser): a branch library with no caseworker puts a
citizen in front of a video screen, and a caseworker at central borgerservice takes them.

The states and who may move them::

    waiting ──accept──▶ accepted ──start──▶ in_call ──finish──▶ done
       │                   │   └──────────finish──────────────▶ done
       └──cancel──▶ cancelled ◀──cancel──┘ (also from in_call, by the caseworker)

Only a caseworker desk of the receiving branch accepts, and only one: the server takes
the row's lock, so the second of two desks accepting at once is told who was faster.
The forwarding branch may cancel while nobody talks to the citizen yet (they left).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from counter_app.domain.slots import CELL, Timetable, local_day
from counter_app.domain.timezone import require_utc

# How far ahead "no one available until ..." looks for the next staffed quarter of an hour.
AVAILABILITY_HORIZON_DAYS = 14


class ScreenInquiryState(StrEnum):
    """waiting → accepted → in_call → done | cancelled."""

    WAITING = "waiting"
    ACCEPTED = "accepted"
    IN_CALL = "in_call"
    DONE = "done"
    CANCELLED = "cancelled"


OPEN_STATES = (ScreenInquiryState.WAITING, ScreenInquiryState.ACCEPTED, ScreenInquiryState.IN_CALL)


class ScreenMove(StrEnum):
    """What a desk does to a screen inquiry."""

    ACCEPT = "accept"
    START = "start"
    FINISH = "finish"
    CANCEL = "cancel"


class ScreenSide(StrEnum):
    """Which end of the video call a desk is."""

    BRANCH = "branch"  # the library that forwarded the citizen
    CASEWORKER = "caseworker"  # the desk that accepted (or may accept) the inquiry


class ScreenRuleError(ValueError):
    """A move the state or the side does not allow; ``reason`` is the protocol's word."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


_MOVES: dict[ScreenMove, tuple[tuple[ScreenInquiryState, ...], ScreenInquiryState]] = {
    ScreenMove.ACCEPT: ((ScreenInquiryState.WAITING,), ScreenInquiryState.ACCEPTED),
    ScreenMove.START: ((ScreenInquiryState.ACCEPTED,), ScreenInquiryState.IN_CALL),
    ScreenMove.FINISH: (
        (ScreenInquiryState.ACCEPTED, ScreenInquiryState.IN_CALL),
        ScreenInquiryState.DONE,
    ),
    ScreenMove.CANCEL: (OPEN_STATES, ScreenInquiryState.CANCELLED),
}


def check_screen_move(
    state: ScreenInquiryState, move: ScreenMove, side: ScreenSide
) -> ScreenInquiryState:
    """The state after ``move`` by ``side``; raises :class:`ScreenRuleError` if not allowed."""
    if side is ScreenSide.BRANCH and move is not ScreenMove.CANCEL:
        raise ScreenRuleError("not_caseworker", "only the caseworker's desk does that")
    if (
        side is ScreenSide.BRANCH
        and move is ScreenMove.CANCEL
        and state is ScreenInquiryState.IN_CALL
    ):
        raise ScreenRuleError(
            "in_call", "the caseworker is talking to the citizen; they end the call"
        )
    allowed, after = _MOVES[move]
    if state not in allowed:
        if state is ScreenInquiryState.CANCELLED:
            reason = "cancelled"
        else:
            reason = "already_taken" if move is ScreenMove.ACCEPT else "wrong_state"
        raise ScreenRuleError(reason, f"cannot {move.value} a screen inquiry that is {state.value}")
    return after


def available_from(timetable: Timetable, now: datetime) -> datetime | None:
    """When the timetable next has a caseworker on shift: ``now`` if one is on shift now,
    else the start of the next staffed quarter of an hour within two weeks, else None."""
    now = require_utc(now)
    first_day = local_day(now)
    for offset in range(AVAILABILITY_HORIZON_DAYS + 1):
        places = timetable.places(first_day + timedelta(days=offset))
        for cell in sorted(places):
            if places[cell] <= 0 or cell + CELL <= now:
                continue
            return now if cell <= now else cell
    return None

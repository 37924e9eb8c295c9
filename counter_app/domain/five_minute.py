"""The five-minute rule: what KVIK can answer in five minutes it answers; the rest gets an
appointment. A timer shows how long the citizen has been served; a limit (a setting per
desk role, five minutes at KVIK) turns it amber, then red, and the desk must hand off or
say why it continues. Whether an inquiry kept the rule is decided here, once, for the
desk and for the statistics alike.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from counter_app.domain.inquiries import Outcome


class TimerPhase(StrEnum):
    """The colour of the serving timer."""

    CALM = "calm"
    AMBER = "amber"
    RED = "red"


class ContinueReason(StrEnum):
    """Why a desk goes on past the limit instead of booking an appointment."""

    ALMOST_DONE = "almost_done"
    CANNOT_COME_BACK = "cannot_come_back"
    NO_SUITABLE_TIME = "no_suitable_time"
    OTHER = "other"


class Compliance(StrEnum):
    """How one served inquiry stands to the rule."""

    NO_LIMIT = "no_limit"  # the desk role has no limit (a caseworker's appointment)
    WITHIN = "within"
    HANDED_OFF = "handed_off"  # over the limit, and booked an appointment
    OVER_WITH_REASON = "over_with_reason"
    OVER_WITHOUT_REASON = "over_without_reason"


@dataclass(frozen=True)
class ServingLimit:
    """The limit for one desk role: amber from ``amber``, red (and the prompt) from
    ``limit``."""

    limit: timedelta
    amber: timedelta

    def __post_init__(self) -> None:
        if not timedelta(0) < self.amber < self.limit:
            raise ValueError("the amber time must lie between zero and the limit")

    @classmethod
    def of_seconds(cls, limit_seconds: int, amber_seconds: int) -> ServingLimit:
        """From the whole seconds the catalogue stores."""
        return cls(timedelta(seconds=limit_seconds), timedelta(seconds=amber_seconds))

    def phase(self, elapsed: timedelta) -> TimerPhase:
        """The timer's colour after ``elapsed`` of service."""
        if elapsed >= self.limit:
            return TimerPhase.RED
        if elapsed >= self.amber:
            return TimerPhase.AMBER
        return TimerPhase.CALM

    def over(self, elapsed: timedelta) -> bool:
        """True once the desk must hand off or give a reason."""
        return elapsed >= self.limit


def phase_for(elapsed: timedelta, limit: ServingLimit | None) -> TimerPhase:
    """The timer's colour; a desk role without a limit stays calm."""
    return TimerPhase.CALM if limit is None else limit.phase(elapsed)


def compliance(
    duration: timedelta,
    limit_seconds: int | None,
    outcome: Outcome,
    over_limit_reason: ContinueReason | None,
) -> Compliance:
    """How an inquiry of ``duration`` stands to the limit that applied when it was served.

    Exactly at the limit counts as over: the prompt shows at 5:00, so a desk that saw it
    had to choose.
    """
    if limit_seconds is None:
        return Compliance.NO_LIMIT
    if duration < timedelta(seconds=limit_seconds):
        return Compliance.WITHIN
    if outcome is Outcome.APPOINTMENT_BOOKED:
        return Compliance.HANDED_OFF
    if over_limit_reason is not None:
        return Compliance.OVER_WITH_REASON
    return Compliance.OVER_WITHOUT_REASON


def timer_text(elapsed: timedelta) -> str:
    """The timer as staff read it: 0:07, 4:00, 12:31, and 1:02:03 past an hour."""
    seconds = max(0, int(elapsed.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{seconds:02d}"
    return f"{minutes}:{seconds:02d}"

"""One ticket as the statistics count it: a visit, followed move by move.

A visit is counted once in the queue it was drawn in, however often it is sent on. It
waits from the draw (or from the appointment's time, for an early check-in) to its first
call. Its service time is the last desk's, from the start of service to the finish, plus
every earlier leg that ended in a transfer or a park, from the call (or start) just
before it. A citizen who never came to the desk has no service time.

The server keeps one such record per ticket, updated as each move is logged; the same
fold replayed over the move log rebuilds them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime

from counter_app.domain.statistics import epoch_seconds
from counter_app.domain.tickets import TicketState

SERVING_STARTS = frozenset({"call", "recall", "resume", "start"})
LEG_ENDS = frozenset({"transfer", "park"})
SERVED = frozenset({TicketState.DONE, TicketState.HANDED_OFF})


def whole_seconds(start: datetime, end: datetime) -> int:
    """Seconds from ``start`` to ``end`` as the SQL side counts them: each instant
    truncated to its whole second first."""
    return epoch_seconds(end) - epoch_seconds(start)


@dataclass(frozen=True)
class VisitTrail:
    """What the moves so far leave behind: the first call, the move before the next one,
    the service seconds of legs already ended, and how often the ticket was sent on."""

    first_call_at: datetime | None = None
    last_kind: str | None = None
    last_at: datetime | None = None
    earlier_seconds: int = 0
    transfers: int = 0

    def after(self, kind: str, at: datetime) -> VisitTrail:
        """The trail once move ``kind`` happened at ``at``."""
        earlier, transfers = self.earlier_seconds, self.transfers
        if kind in LEG_ENDS:
            if self.last_kind in SERVING_STARTS and self.last_at is not None:
                earlier += whole_seconds(self.last_at, at)
            transfers += kind == "transfer"
        first_call = self.first_call_at
        if kind == "call" and first_call is None:
            first_call = at
        return replace(
            self,
            first_call_at=first_call,
            last_kind=kind,
            last_at=at,
            earlier_seconds=earlier,
            transfers=transfers,
        )


def wait_seconds(
    issued_at: datetime, appointment_at: datetime | None, first_call_at: datetime | None
) -> int | None:
    """Seconds from the draw (or a later appointment time) to the first call; None when
    the ticket was never called."""
    if first_call_at is None:
        return None
    start = (
        appointment_at if appointment_at is not None and appointment_at > issued_at else issued_at
    )
    return max(0, whole_seconds(start, first_call_at))


def service_seconds(
    state: TicketState,
    serving_started_at: datetime | None,
    finished_at: datetime | None,
    earlier_seconds: int,
) -> int | None:
    """Service time over every desk; None for a citizen who was never served."""
    if state in SERVED and serving_started_at is not None and finished_at is not None:
        return whole_seconds(serving_started_at, finished_at) + earlier_seconds
    return earlier_seconds if earlier_seconds > 0 else None

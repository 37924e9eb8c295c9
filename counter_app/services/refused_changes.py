"""Changes the server refused, other than bookings (those have their own list, with the
citizen's contact and the nearest free slots): each stays on the desk, across restarts,
until staff have seen it, with what to do next.

The server names a reason (``wrong_state``, ``not_allowed``, ...); staff need to know
which of a few situations they are in, so each reason falls under one :class:`Advice`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from counter_app.protocol.mutations import MutationType
from counter_app.services.desk_use_cases import DeskUseCases


class Advice(StrEnum):
    """What a refusal means for the person at the desk."""

    TAKEN_ELSEWHERE = "taken_elsewhere"  # another desk moved it first: carry on from there
    GONE = "gone"  # it no longer exists: the screen is up to date, redo if it matters
    ALREADY_DONE = "already_done"  # it was recorded before: nothing to do
    NOT_ALLOWED = "not_allowed"  # sign in as someone who may, or ask a manager
    NOT_ACCEPTED = "not_accepted"  # the server could not take it as it was: redo, else IT


_ADVICE = {
    **dict.fromkeys(
        (
            "wrong_state",
            "not_waiting",
            "already_taken",
            "not_yours",
            "for_another_desk",
            "not_cancellable",
            "not_booked",
            "slot_taken",
            "no_waiting_ticket",
            "no_caseworker",
            "not_asked",
        ),
        Advice.TAKEN_ELSEWHERE,
    ),
    **dict.fromkeys(
        (
            "unknown_ticket",
            "unknown_appointment",
            "unknown_screen_inquiry",
            "unknown_screen",
            "unknown_queue",
            "unknown_service",
            "unknown_callback",
            "unknown_callback_group",
            "unknown_desk",
            "unknown_branch",
            "unknown_authority",
            "no_desk",
        ),
        Advice.GONE,
    ),
    **dict.fromkeys(
        (
            "duplicate_ticket",
            "duplicate_inquiry",
            "duplicate_appointment",
            "duplicate_screen_inquiry",
            "duplicate_callback",
            "duplicate_code",
        ),
        Advice.ALREADY_DONE,
    ),
    **dict.fromkeys(
        ("not_allowed", "not_signed_in", "unknown_staff", "wrong_desk", "not_caseworker"),
        Advice.NOT_ALLOWED,
    ),
    **dict.fromkeys(
        (
            "invalid_payload",
            "invalid_times",
            "invalid_outcome",
            "invalid_limit",
            "invalid_service",
            "invalid_resource",
            "callback_mismatch",
            "too_early",
            "number_taken",
            "no_offline_code",
            "conflict",
            "unknown_mutation",
        ),
        Advice.NOT_ACCEPTED,
    ),
}
# Never shown: the desk withdrew the change itself and told staff then.
NOT_SHOWN = frozenset({"withdrawn"})


def advice_for(reason: str | None) -> Advice:
    """The situation a refusal's reason puts staff in (unknown reasons: not accepted)."""
    return _ADVICE.get(reason or "", Advice.NOT_ACCEPTED)


@dataclass(frozen=True)
class RefusedChange:
    """One refused change: what it was, when it was made, and why it was refused."""

    number: int
    kind: str  # a MutationType value (a newer server's may be unknown here)
    made_at: datetime
    reason: str
    detail: str

    @property
    def advice(self) -> Advice:
        """What it means for staff."""
        return advice_for(self.reason)


class RefusedChanges(DeskUseCases):
    """The refused changes of this desk, oldest first, until seen."""

    def pending(self) -> list[RefusedChange]:
        """Every refused change not yet seen, except bookings (their own list)."""
        return [
            RefusedChange(
                number=entry.number,
                kind=entry.type,
                made_at=entry.client_time,
                reason=entry.reason or "",
                detail=entry.detail or "",
            )
            for entry in self.sync.outbox.rejections()
            if entry.type != MutationType.APPOINTMENT_BOOK.value
        ]

    def seen(self, number: int) -> None:
        """Staff have read it: stop showing it."""
        self.sync.outbox.dismiss(number)

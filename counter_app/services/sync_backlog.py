"""What a desk has done that the server has not yet seen: for the book bus, which works
without a connection for most of the day, and for any desk whose network is down.

Staff see it in their own words (three registrations, one booking not yet confirmed),
and when the desk last heard from the server, so they know what the day's look-ups are
based on.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.models import Desk, OutboxEntry, OutboxStatus, SyncCursor
from counter_app.protocol.mutations import MutationType
from counter_app.services.desk_use_cases import DeskUseCases


class WaitingKind(StrEnum):
    """The kinds of waiting change staff tell apart."""

    REGISTRATION = "registration"  # inquiries, tallies, callbacks closed
    BOOKING = "booking"  # provisional until the server confirms the place
    APPOINTMENT_CHANGE = "appointment_change"  # cancelled, did not come
    TICKET = "ticket"  # numbers and ticket moves
    OTHER = "other"  # presence, manager changes


_KIND_OF: dict[str, WaitingKind] = {
    MutationType.INQUIRY_REGISTER.value: WaitingKind.REGISTRATION,
    MutationType.CALLBACK_FINISH.value: WaitingKind.REGISTRATION,
    MutationType.APPOINTMENT_BOOK.value: WaitingKind.BOOKING,
    MutationType.APPOINTMENT_CANCEL.value: WaitingKind.APPOINTMENT_CHANGE,
    MutationType.APPOINTMENT_NO_SHOW.value: WaitingKind.APPOINTMENT_CHANGE,
}


@dataclass(frozen=True)
class Backlog:
    """Changes waiting to be sent, by kind, and when the desk last synced (None: never)."""

    waiting: dict[WaitingKind, int]
    last_synced_at: datetime | None
    mobile: bool

    @property
    def total(self) -> int:
        """Every change waiting."""
        return sum(self.waiting.values())


class SyncBacklog(DeskUseCases):
    """Reads the outbox and the pull cursor of the desk's local database."""

    def backlog(self) -> Backlog:
        """What waits to be sent now."""
        with Session(self.engine) as session:
            kinds = Counter(
                _KIND_OF.get(kind, _kind_by_prefix(kind))
                for kind, withdrawn in session.execute(
                    select(OutboxEntry.type, OutboxEntry.withdrawn).where(
                        OutboxEntry.status == OutboxStatus.PENDING
                    )
                )
                if not withdrawn  # given up on; no change of the user's
            )
            cursor = session.get(SyncCursor, self.identity.branch_id)
            desk = session.get(Desk, self.identity.desk_id)
            contacts = [self.sync.last_contact, cursor.pulled_at if cursor else None]
            known = [moment for moment in contacts if moment is not None]
            return Backlog(
                waiting=dict(kinds),
                last_synced_at=max(known) if known else None,
                mobile=bool(desk and desk.mobile),
            )


def _kind_by_prefix(kind: str) -> WaitingKind:
    return WaitingKind.TICKET if kind.startswith("ticket.") else WaitingKind.OTHER

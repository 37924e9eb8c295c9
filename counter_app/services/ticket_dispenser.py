"""Drawing a ticket, at the kiosk or by staff at the counter, online or not.

Online, the server gives the day's next number of the queue (K001, K002, ...). When the
server does not answer within a moment, the desk numbers the ticket itself from its own
reserved letter (K-A01, K-A02, ...), so the room keeps moving: the server keeps that
number when the desk reconnects, and no other desk can give it, so nothing clashes.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.tickets import TicketState, ticket_label
from counter_app.domain.timezone import local_day
from counter_app.models import Desk, OutboxEntry, Queue, Ticket
from counter_app.protocol.messages import Status
from counter_app.protocol.mutations import MutationType, TicketIssueV2, TicketIssueV3
from counter_app.services.desk_use_cases import DeskUseCases
from counter_app.services.wait_estimates import expected_waits
from counter_app.sync.engine import OfflineError
from counter_app.sync.outbox import append

# How long a citizen at the kiosk waits for the server before the desk numbers the ticket.
SERVER_PATIENCE = 2.0


class CannotIssueError(RuntimeError):
    """No number could be given (unknown queue, or offline with no offline letter)."""


@dataclass(frozen=True)
class IssuedTicket:
    """What the receipt shows."""

    ticket_id: uuid.UUID
    label: str
    queue_id: uuid.UUID
    expected_wait: timedelta | None
    issued_at: datetime
    offline: bool


class TicketDispenser(DeskUseCases):
    """Gives out tickets for the desk's branch."""

    def issue_later(
        self,
        queue_id: uuid.UUID,
        *,
        service_id: uuid.UUID | None = None,
        staff_id: uuid.UUID | None = None,
    ) -> uuid.UUID:
        """Write a ticket and let the sync engine fetch its number (it reads "K…" until
        then); returns the ticket's id. For callers that need no number at once."""
        ticket_id, _, _ = self._write_ticket(queue_id, service_id, staff_id)
        self.sync.request_push()
        return ticket_id

    async def draw(
        self,
        queue_id: uuid.UUID,
        *,
        service_id: uuid.UUID | None = None,
        staff_id: uuid.UUID | None = None,
        patience: float = SERVER_PATIENCE,
        appointment_id: uuid.UUID | None = None,
    ) -> IssuedTicket:
        """Give a citizen a number in ``queue_id`` now: the server's, or this desk's own.
        With ``appointment_id`` the citizen checks in for that appointment."""
        now = self.clock()
        with Session(self.engine) as session, session.begin():
            wait = expected_waits(session, self.identity.branch_id, now).get(queue_id)
        ticket_id, number, prefix = self._write_ticket(
            queue_id, service_id, staff_id, appointment_id
        )
        try:
            result = await self.sync.push_contended(number, timeout=patience)
        except OfflineError:
            label = self._number_offline(ticket_id, number)
            self.sync.request_push()
            return IssuedTicket(ticket_id, label, queue_id, wait, now, offline=True)
        if result.status is Status.REJECTED:
            self.sync.outbox.dismiss(number)
            raise CannotIssueError(result.detail or result.reason or "refused")
        number_given = result.result.get("number")
        if isinstance(number_given, int):
            self._show_number(ticket_id, number_given)  # at once; the pull brings the rest
        self.sync.request_pull()
        label = str(result.result.get("label") or ticket_label(prefix, None))
        return IssuedTicket(ticket_id, label, queue_id, wait, now, offline=False)

    def _show_number(self, ticket_id: uuid.UUID, number: int) -> None:
        with Session(self.engine) as session, session.begin():
            ticket = session.get(Ticket, ticket_id)
            if ticket is not None and ticket.number is None:
                ticket.number = number

    def _write_ticket(
        self,
        queue_id: uuid.UUID,
        service_id: uuid.UUID | None,
        staff_id: uuid.UUID | None,
        appointment_id: uuid.UUID | None = None,
    ) -> tuple[uuid.UUID, int, str]:
        """The unnumbered ticket and its issue mutation, in one transaction."""
        now = self.clock()
        with Session(self.engine) as session, session.begin():
            queue = session.get(Queue, queue_id)
            if queue is None or queue.branch_id != self.identity.branch_id:
                raise CannotIssueError("the queue is not in this desk's branch")
            ticket = Ticket(
                id=uuid.uuid4(),
                municipality_id=queue.municipality_id,
                branch_id=queue.branch_id,
                queue_id=queue.id,
                service_id=service_id,
                prefix=queue.prefix,
                number=None,
                service_day=local_day(now),
                state=TicketState.WAITING,
                issued_at=now,
                issued_by_desk_id=self.identity.desk_id,
            )
            session.add(ticket)
            number = append(
                session,
                MutationType.TICKET_ISSUE,
                _issue_payload(ticket.id, queue.id, service_id, appointment_id=appointment_id),
                now=now,
                staff_id=staff_id,
                local_rows=[ticket],
            ).number
            return ticket.id, number, queue.prefix

    def _number_offline(self, ticket_id: uuid.UUID, withdrawn: int) -> str:
        """Number the ticket from this desk's letter and send that instead.

        The first, withdrawn issue keeps its number but hands the ticket row to the new
        one: if the server had got it after all, the new one renumbers the same ticket.
        """
        now = self.clock()
        with Session(self.engine) as session, session.begin():
            ticket = session.get(Ticket, ticket_id)
            desk = session.get(Desk, self.identity.desk_id)
            if ticket is None:
                raise CannotIssueError("the ticket vanished while the server was asked")
            if desk is None or not desk.offline_code:
                raise CannotIssueError(
                    "no connection, and this desk has no letter for offline numbers yet"
                )
            entry = session.get(OutboxEntry, withdrawn)
            appointment_id = None
            if entry is not None:
                entry.local_rows = []
                checking_in = entry.payload.get("appointment_id")
                appointment_id = uuid.UUID(checking_in) if checking_in else None
            highest = session.scalar(
                select(func.max(Ticket.number)).where(
                    Ticket.queue_id == ticket.queue_id,
                    Ticket.service_day == ticket.service_day,
                    Ticket.offline_code == desk.offline_code,
                )
            )
            ticket.offline_code = desk.offline_code
            ticket.number = int(highest or 0) + 1
            append(
                session,
                MutationType.TICKET_ISSUE,
                _issue_payload(
                    ticket.id,
                    ticket.queue_id,
                    ticket.service_id,
                    offline_number=ticket.number,
                    appointment_id=appointment_id,
                ),
                now=now,
                local_rows=[ticket],
            )
            return ticket.label


def _issue_payload(
    ticket_id: uuid.UUID,
    queue_id: uuid.UUID,
    service_id: uuid.UUID | None,
    *,
    offline_number: int | None = None,
    appointment_id: uuid.UUID | None = None,
) -> TicketIssueV2:
    """Version 3 only for a check-in, so a plain ticket still reaches an older server."""
    if appointment_id is not None:
        return TicketIssueV3(
            ticket_id=ticket_id,
            queue_id=queue_id,
            service_id=service_id,
            offline_number=offline_number,
            appointment_id=appointment_id,
        )
    return TicketIssueV2(
        ticket_id=ticket_id,
        queue_id=queue_id,
        service_id=service_id,
        offline_number=offline_number,
    )

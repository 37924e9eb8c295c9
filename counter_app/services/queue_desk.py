"""The queue work of a desk: see who waits, issue a ticket, call the next one."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from counter_app.domain.tickets import TicketState
from counter_app.domain.timezone import local_day
from counter_app.models import Branch, Municipality, Queue, Ticket
from counter_app.protocol.messages import Status
from counter_app.protocol.mutations import MutationType, TicketCallNextV1, TicketIssueV1
from counter_app.services.desk_use_cases import DeskUseCases
from counter_app.services.views import DeskView, QueueView, TicketView
from counter_app.sync.engine import OfflineError
from counter_app.sync.outbox import append


@dataclass(frozen=True)
class CallOutcome:
    """What "call next" gave: a ticket, or the reason there was none."""

    ticket_label: str | None
    reason: str | None = None


class QueueDesk(DeskUseCases):
    """Queue use cases over the desk's local database and its sync engine."""

    def desk(self) -> DeskView:
        """Names for the top bar."""
        with Session(self.engine) as session, session.begin():
            branch = session.get(Branch, self.identity.branch_id)
            town = session.get(Municipality, self.identity.municipality_id)
            return DeskView(
                desk_name=self.identity.desk_name,
                branch_name=branch.name if branch else "",
                municipality_name=town.name if town else "",
            )

    def queues(self) -> list[QueueView]:
        """The branch's queues with the number of waiting tickets."""
        with Session(self.engine) as session, session.begin():
            waiting = (
                select(Ticket.queue_id, func.count().label("n"))
                .where(Ticket.state == TicketState.WAITING)
                .group_by(Ticket.queue_id)
                .subquery()
            )
            rows = session.execute(
                select(Queue, func.coalesce(waiting.c.n, 0))
                .outerjoin(waiting, waiting.c.queue_id == Queue.id)
                .where(Queue.branch_id == self.identity.branch_id)
                .order_by(Queue.sort_order, Queue.name)
            ).all()
            return [QueueView(q.id, q.name, q.prefix, int(n)) for q, n in rows]

    def waiting_tickets(self) -> list[TicketView]:
        """Waiting tickets of the branch, longest-waiting first."""
        return self._tickets(Ticket.state == TicketState.WAITING)

    def called_by_me(self) -> TicketView | None:
        """The ticket this desk called most recently today, if it is still called."""
        tickets = self._tickets(
            Ticket.state == TicketState.CALLED,
            Ticket.called_by_desk_id == self.identity.desk_id,
            Ticket.service_day == local_day(self.clock()),
            newest_call_first=True,
        )
        return tickets[0] if tickets else None

    def _tickets(
        self, *conditions: ColumnElement[bool], newest_call_first: bool = False
    ) -> list[TicketView]:
        with Session(self.engine) as session, session.begin():
            order = (
                (Ticket.called_at.desc(),)
                if newest_call_first
                else (Ticket.issued_at, Ticket.number)
            )
            rows = session.execute(
                select(Ticket, Queue.name)
                .join(Queue, Queue.id == Ticket.queue_id)
                .where(Ticket.branch_id == self.identity.branch_id, *conditions)
                .order_by(*order)
            ).all()
            return [
                TicketView(
                    id=t.id,
                    label=t.label,
                    queue_id=t.queue_id,
                    queue_name=name,
                    state=t.state,
                    issued_at=t.issued_at,
                    called_at=t.called_at,
                    confirmed=t.number is not None,
                )
                for t, name in rows
            ]

    def issue_ticket(self, queue_id: uuid.UUID, *, staff_id: uuid.UUID | None = None) -> uuid.UUID:
        """Draw a ticket for a citizen at the counter; it shows at once, numbered on sync."""
        now = self.clock()
        with Session(self.engine) as session, session.begin():
            queue = session.get(Queue, queue_id)
            if queue is None or queue.branch_id != self.identity.branch_id:
                raise LookupError("the queue is not in this desk's branch")
            ticket = Ticket(
                id=uuid.uuid4(),
                municipality_id=queue.municipality_id,
                branch_id=queue.branch_id,
                queue_id=queue.id,
                prefix=queue.prefix,
                number=None,
                service_day=local_day(now),
                state=TicketState.WAITING,
                issued_at=now,
                issued_by_desk_id=self.identity.desk_id,
            )
            session.add(ticket)
            ticket_id = ticket.id
            append(
                session,
                MutationType.TICKET_ISSUE,
                TicketIssueV1(ticket_id=ticket.id, queue_id=queue.id),
                now=now,
                staff_id=staff_id,
                local_rows=[ticket],
            )
        self.sync.request_push()
        return ticket_id

    async def call_next(self, queue_ids: list[uuid.UUID]) -> CallOutcome:
        """Ask the server for the next ticket of these queues (contended: never offline).

        Raises :class:`OfflineError` if the server cannot answer now.
        """
        if not queue_ids:
            return CallOutcome(None, "no_queue")
        with Session(self.engine) as session, session.begin():
            entry = append(
                session,
                MutationType.TICKET_CALL_NEXT,
                TicketCallNextV1(queue_ids=queue_ids),
                now=self.clock(),
            )
            number = entry.number
        result = await self.sync.push_contended(number)
        if result.status is Status.REJECTED:
            self.sync.outbox.dismiss(number)  # an empty queue is an answer, not an error
            return CallOutcome(None, result.reason)
        try:
            await self.sync.pull_all()
        except ConnectionError:
            self.sync.request_pull()
        return CallOutcome(str(result.result.get("label")))


__all__ = ["CallOutcome", "OfflineError", "QueueDesk"]

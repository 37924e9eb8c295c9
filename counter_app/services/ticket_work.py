"""A desk's work on tickets: call (the next, or a chosen one), recall, start, finish,
no-show, park, resume, transfer, and telling the branch which queues it serves.

Calling is *contended*: two desks may want the same citizen, so it goes to the server at
once and raises :class:`OfflineError` when the server cannot answer. The other moves act
on a ticket this desk holds, which nobody else can move: they show at once, work offline
and are sent like any other change.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy.orm import Session

from counter_app.domain.personal_data import refuse_cpr
from counter_app.domain.tickets import TicketRuleError, TicketState, check_move
from counter_app.models import Ticket
from counter_app.protocol.messages import Status
from counter_app.protocol.mutations import (
    DeskPresenceV1,
    MutationType,
    Payload,
    TicketCallNextV1,
    TicketMoveV1,
    TicketTransferV1,
    TicketTransferV2,
)
from counter_app.services.desk_use_cases import DeskUseCases
from counter_app.sync.engine import OfflineError
from counter_app.sync.outbox import append


@dataclass(frozen=True)
class CallOutcome:
    """What a call gave: a ticket, or the reason there was none (e.g. no_waiting_ticket)."""

    ticket_label: str | None
    reason: str | None = None
    detail: str | None = None


class TicketWork(DeskUseCases):
    """Ticket moves of one desk."""

    async def call_next(self, queue_ids: list[uuid.UUID]) -> CallOutcome:
        """Ask the server for the longest-waiting ticket of these queues.

        The desk's current citizen, if any, is finished by the same call.
        Raises :class:`OfflineError` if the server cannot answer now.
        """
        if not queue_ids:
            return CallOutcome(None, "no_queue")
        return await self._contended(
            MutationType.TICKET_CALL_NEXT, TicketCallNextV1(queue_ids=queue_ids)
        )

    async def call(self, ticket_id: uuid.UUID) -> CallOutcome:
        """Call this ticket out of turn; refused if another desk called it first."""
        return await self._contended(MutationType.TICKET_CALL, TicketMoveV1(ticket_id=ticket_id))

    async def _contended(self, kind: MutationType, payload: Payload) -> CallOutcome:
        with Session(self.engine) as session, session.begin():
            number = append(session, kind, payload, now=self.clock()).number
        result = await self.sync.push_contended(number)
        if result.status is Status.REJECTED:
            self.sync.outbox.dismiss(number)  # an empty queue is an answer, not an error
            return CallOutcome(None, result.reason, result.detail)
        try:
            await self.sync.pull_to(result.branch_seq)
        except ConnectionError:
            self.sync.request_pull()
        return CallOutcome(str(result.result.get("label")))

    def recall(self, ticket_id: uuid.UUID) -> None:
        """Call the same citizen again (the board chimes anew)."""
        self._move(ticket_id, MutationType.TICKET_RECALL, TicketState.CALLED, called=True)

    def start(self, ticket_id: uuid.UUID) -> None:
        """The citizen is at the desk: service time runs."""
        self._move(ticket_id, MutationType.TICKET_START, TicketState.SERVING, started=True)

    def finish(self, ticket_id: uuid.UUID) -> None:
        """The citizen is served."""
        self._move(ticket_id, MutationType.TICKET_FINISH, TicketState.DONE, finished=True)

    def no_show(self, ticket_id: uuid.UUID) -> None:
        """The citizen did not come (or left the queue)."""
        self._move(ticket_id, MutationType.TICKET_NO_SHOW, TicketState.NO_SHOW, finished=True)

    def park(self, ticket_id: uuid.UUID) -> None:
        """Set the citizen aside while they fetch something."""
        self._move(ticket_id, MutationType.TICKET_PARK, TicketState.PARKED)

    def resume(self, ticket_id: uuid.UUID) -> None:
        """Call the parked citizen back."""
        self._move(ticket_id, MutationType.TICKET_RESUME, TicketState.CALLED, called=True)

    def transfer(
        self,
        ticket_id: uuid.UUID,
        queue_id: uuid.UUID,
        *,
        desk_id: uuid.UUID | None = None,
        note: str = "",
        summon: bool = False,
    ) -> None:
        """Send the citizen to wait in another queue (or for one desk), keeping the number.
        With ``summon`` it asks that desk to take them here and now (it may decline).
        A note with a CPR number raises
        :class:`~counter_app.domain.personal_data.PersonalDataError` and changes nothing."""
        refuse_cpr(note)
        now = self.clock()
        with Session(self.engine) as session, session.begin():
            ticket = self._held(session, ticket_id, TicketState.WAITING)
            ticket.summoned_by_desk_id = self.identity.desk_id if summon else None
            ticket.summoned_from_queue_id = ticket.queue_id if summon else None
            ticket.state = TicketState.WAITING
            ticket.queue_id = queue_id
            ticket.assigned_desk_id = desk_id
            ticket.note = note
            ticket.called_at = ticket.called_by_desk_id = ticket.called_by_staff_id = None
            ticket.serving_started_at = None
            append(
                session,
                MutationType.TICKET_TRANSFER,
                TicketTransferV2(
                    ticket_id=ticket_id,
                    queue_id=queue_id,
                    desk_id=desk_id,
                    note=note,
                    summon=summon,
                )
                if summon
                else TicketTransferV1(
                    ticket_id=ticket_id, queue_id=queue_id, desk_id=desk_id, note=note
                ),
                now=now,
                changed_rows=[ticket],
            )
        self.sync.request_push()

    def decline(self, ticket_id: uuid.UUID) -> None:
        """Say no to a here-and-now request: the citizen goes back to the desk that asked.
        Raises ``LookupError`` when no such request waits for this desk."""
        now = self.clock()
        with Session(self.engine) as session, session.begin():
            ticket = session.get(Ticket, ticket_id)
            if (
                ticket is None
                or ticket.state is not TicketState.WAITING
                or ticket.assigned_desk_id != self.identity.desk_id
                or ticket.summoned_by_desk_id is None
                or ticket.summoned_from_queue_id is None
            ):
                raise LookupError("no request for this desk waits with that ticket")
            ticket.queue_id = ticket.summoned_from_queue_id
            ticket.assigned_desk_id = ticket.summoned_by_desk_id
            ticket.summoned_by_desk_id = ticket.summoned_from_queue_id = None
            ticket.note = ""
            append(
                session,
                MutationType.TICKET_DECLINE,
                TicketMoveV1(ticket_id=ticket_id),
                now=now,
                changed_rows=[ticket],
            )
        self.sync.request_push()

    def set_presence(
        self, *, open_: bool, queue_ids: list[uuid.UUID], problem: str = "", detail: str = ""
    ) -> None:
        """Tell the branch whether this desk is open and which queues it serves (or, for a
        kiosk, what is wrong with it); the waiting estimate counts open desks."""
        with Session(self.engine) as session, session.begin():
            append(
                session,
                MutationType.DESK_PRESENCE,
                DeskPresenceV1(
                    open=open_, queue_ids=queue_ids, problem=problem, problem_detail=detail[:200]
                ),
                now=self.clock(),
            )
        self.sync.request_push()

    def _move(
        self,
        ticket_id: uuid.UUID,
        kind: MutationType,
        target: TicketState,
        *,
        called: bool = False,
        started: bool = False,
        finished: bool = False,
    ) -> None:
        now = self.clock()
        with Session(self.engine) as session, session.begin():
            ticket = self._held(session, ticket_id, target)
            if target is TicketState.DONE and ticket.state is TicketState.CALLED:
                ticket.serving_started_at = ticket.called_at  # served from the call on
            ticket.state = target
            if called:
                ticket.called_at = now
            if started:
                ticket.serving_started_at = now
            if finished:
                ticket.finished_at = now
            append(session, kind, TicketMoveV1(ticket_id=ticket_id), now=now, changed_rows=[ticket])
        self.sync.request_push()

    def _held(self, session: Session, ticket_id: uuid.UUID, target: TicketState) -> Ticket:
        """The ticket, if this desk may move it to ``target`` now (TicketRuleError if not)."""
        ticket = session.get(Ticket, ticket_id)
        if ticket is None or ticket.branch_id != self.identity.branch_id:
            raise LookupError("the ticket is not in this desk's branch")
        waiting_gone = ticket.state is TicketState.WAITING and target is TicketState.NO_SHOW
        if ticket.called_by_desk_id != self.identity.desk_id and not waiting_gone:
            raise TicketRuleError(f"{ticket.label} is not called to this desk")
        state = ticket.state
        if target is TicketState.DONE and state is TicketState.CALLED:
            state = TicketState.SERVING
        check_move(state, target)
        return ticket


__all__ = ["CallOutcome", "OfflineError", "TicketWork"]

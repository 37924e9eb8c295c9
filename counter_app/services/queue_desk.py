"""What a desk reads about its branch's queues: who waits, what this desk holds, where a
citizen can be sent, and which kiosk needs help."""

from __future__ import annotations

import functools
import uuid
from datetime import datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from counter_app.domain.org import DeskKind
from counter_app.domain.tickets import TicketState
from counter_app.domain.timezone import local_day
from counter_app.domain.waiting import PRESENCE_FRESH, expected_wait
from counter_app.models import Branch, Desk, DeskPresence, Municipality, Queue, Ticket
from counter_app.services.desk_use_cases import DeskUseCases
from counter_app.services.ticket_views import TicketReader
from counter_app.services.views import (
    DeskChoice,
    DeskView,
    Hall,
    KioskProblem,
    QueueView,
    Summons,
    TicketView,
)
from counter_app.services.wait_estimates import queue_loads

SERVING_KINDS = tuple(kind for kind in DeskKind if kind not in (DeskKind.KIOSK, DeskKind.DISPLAY))


def queue_views(session: Session, branch_id: uuid.UUID, now: datetime) -> list[QueueView]:
    """The branch's queues in their order, with today's waiting count and expected wait."""
    queues = session.scalars(
        select(Queue).where(Queue.branch_id == branch_id).order_by(Queue.sort_order, Queue.name)
    ).all()
    loads = queue_loads(session, branch_id, now, queues)
    return [
        QueueView(
            id=q.id,
            name=q.name,
            prefix=q.prefix,
            waiting=loads[q.id].waiting_ahead,
            expected_wait=expected_wait(loads[q.id]),
            kiosk_label_da=q.kiosk_label_da,
            kiosk_label_en=q.kiosk_label_en,
            kiosk_hint_da=q.kiosk_hint_da,
            kiosk_hint_en=q.kiosk_hint_en,
            on_kiosk=q.on_kiosk,
            resource=q.resource,
        )
        for q in queues
    ]


class QueueDesk(DeskUseCases):
    """Read-only queue use cases over the desk's local database."""

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
        """The branch's queues with the number waiting today and the expected wait."""
        with Session(self.engine) as session, session.begin():
            return queue_views(session, self.identity.branch_id, self.clock())

    def waiting_tickets(self) -> list[TicketView]:
        """Today's waiting tickets of the branch, longest-waiting first; tickets sent to
        another desk are left out, tickets sent to this one come first."""
        with Session(self.engine) as session, session.begin():
            return self._waiting(session)

    def current_ticket(self) -> TicketView | None:
        """The citizen this desk has called or is serving now (the newest, if several)."""
        with Session(self.engine) as session, session.begin():
            return self._current(session)

    def parked_tickets(self) -> list[TicketView]:
        """Citizens this desk has set aside, oldest first."""
        with Session(self.engine) as session, session.begin():
            return self._parked(session)

    def hall(self) -> Hall:
        """The queues, who waits, whom this desk serves and has set aside, and who asks
        it to take a citizen: all read in one transaction (at every change the desk
        pulls, several a second in a busy hall; bench: ui_refresh_*_ms)."""
        with Session(self.engine) as session, session.begin():
            waiting = self._waiting(session)
            return Hall(
                queues=queue_views(session, self.identity.branch_id, self.clock()),
                waiting=waiting,
                current=self._current(session),
                parked=self._parked(session),
                summons=self._summons(session, waiting),
            )

    def _waiting(self, session: Session) -> list[TicketView]:
        tickets = self._tickets(
            session,
            "waiting",
            Ticket.state == TicketState.WAITING,
            Ticket.service_day == local_day(self.clock()),
        )
        mine = [t for t in tickets if t.for_this_desk]
        return mine + [t for t in tickets if not t.for_this_desk and t.assigned_desk_id is None]

    def _current(self, session: Session) -> TicketView | None:
        tickets = self._tickets(
            session,
            "current",
            Ticket.state.in_([TicketState.CALLED, TicketState.SERVING]),
            Ticket.called_by_desk_id == self.identity.desk_id,
            newest_call_first=True,
        )
        return tickets[0] if tickets else None

    def _parked(self, session: Session) -> list[TicketView]:
        return self._tickets(
            session,
            "parked",
            Ticket.state == TicketState.PARKED,
            Ticket.called_by_desk_id == self.identity.desk_id,
        )

    def transfer_desks(self) -> list[DeskChoice]:
        """The other serving desks of the branch, by name."""
        with Session(self.engine) as session, session.begin():
            rows = session.execute(
                select(Desk.id, Desk.name)
                .where(
                    Desk.branch_id == self.identity.branch_id,
                    Desk.id != self.identity.desk_id,
                    Desk.kind.in_(SERVING_KINDS),
                )
                .order_by(Desk.name)
            ).all()
            return [DeskChoice(desk_id, name) for desk_id, name in rows]

    def idle_desks(self, kind: DeskKind) -> list[DeskChoice]:
        """Desks of ``kind`` that are open (said so lately) and have nobody at them now:
        whom KVIK can ask to take a citizen here and now."""
        now = self.clock()
        with Session(self.engine) as session, session.begin():
            busy = select(Ticket.called_by_desk_id).where(
                Ticket.branch_id == self.identity.branch_id,
                Ticket.state.in_([TicketState.CALLED, TicketState.SERVING]),
                Ticket.called_by_desk_id.is_not(None),
            )
            rows = session.execute(
                select(Desk.id, Desk.name)
                .join(DeskPresence, DeskPresence.id == Desk.id)
                .where(
                    Desk.branch_id == self.identity.branch_id,
                    Desk.kind == kind,
                    Desk.id != self.identity.desk_id,
                    DeskPresence.open.is_(True),
                    DeskPresence.updated_at >= now - PRESENCE_FRESH,
                    Desk.id.not_in(busy),
                )
                .order_by(Desk.name)
            ).all()
            return [DeskChoice(desk_id, name) for desk_id, name in rows]

    def summons(self, waiting: list[TicketView] | None = None) -> list[Summons]:
        """Here-and-now requests waiting for this desk's answer, oldest first (among
        ``waiting``, when the caller has just read the waiting tickets)."""
        with Session(self.engine) as session, session.begin():
            return self._summons(session, self._waiting(session) if waiting is None else waiting)

    @staticmethod
    def _summons(session: Session, waiting: list[TicketView]) -> list[Summons]:
        tickets = [t for t in waiting if t.for_this_desk and t.summoned_by_desk_id is not None]
        if not tickets:
            return []
        names: dict[uuid.UUID | None, str] = dict(
            session.execute(
                select(Desk.id, Desk.name).where(
                    Desk.id.in_([t.summoned_by_desk_id for t in tickets])
                )
            ).all()
        )
        return [Summons(t, names.get(t.summoned_by_desk_id, "")) for t in tickets]

    def kiosk_problems(self) -> list[KioskProblem]:
        """Kiosks of the branch that reported a fault (no paper, no printer)."""
        with Session(self.engine) as session, session.begin():
            rows = session.execute(
                select(Desk.name, DeskPresence.problem, DeskPresence.problem_detail)
                .join(Desk, Desk.id == DeskPresence.id)
                .where(
                    DeskPresence.branch_id == self.identity.branch_id, DeskPresence.problem != ""
                )
                .order_by(Desk.name)
            ).all()
            return [KioskProblem(name, problem, detail) for name, problem, detail in rows]

    @functools.cached_property
    def reader(self) -> TicketReader:
        """Reads this desk's tickets, converting only rows changed since the last read."""
        return TicketReader(self.identity.desk_id)

    def _tickets(
        self,
        session: Session,
        purpose: str,
        *conditions: ColumnElement[bool],
        newest_call_first: bool = False,
    ) -> list[TicketView]:
        order = (
            (Ticket.called_at.desc(),) if newest_call_first else (Ticket.issued_at, Ticket.number)
        )
        return self.reader.read(
            session, purpose, (Ticket.branch_id == self.identity.branch_id, *conditions), order
        )

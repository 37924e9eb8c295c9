"""After booking: finding a citizen's appointment at the kiosk or KVIK, checking them in
with a ticket, the caseworker's or librarian's day list, cancelling and not coming."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.org import Resource
from counter_app.domain.personal_data import check_contact
from counter_app.domain.timezone import day_bounds
from counter_app.models import Appointment, AppointmentState, Queue, Ticket, timetable_for
from counter_app.protocol.mutations import AppointmentMoveV1, MutationType
from counter_app.services.booking_desk import AppointmentView, read_appointment
from counter_app.services.desk_use_cases import DeskUseCases
from counter_app.services.ticket_dispenser import IssuedTicket, TicketDispenser
from counter_app.sync.outbox import append


@dataclass(frozen=True)
class DayEntry:
    """One appointment on a caseworker's or librarian's day list: ``ticket_label`` once
    the citizen has checked in (called by it like any ticket), ``late`` once they may be
    marked as not come."""

    appointment: AppointmentView
    ticket_id: uuid.UUID | None
    ticket_label: str
    late: bool


class ArrivalDesk(DeskUseCases):
    """Arrival use cases over the desk's local database and its sync engine."""

    def appointment(
        self, appointment_id: uuid.UUID, language: str = "da"
    ) -> AppointmentView | None:
        """One appointment of the branch, or None."""
        return read_appointment(self.engine, appointment_id, language)

    def find_for_check_in(self, code_or_contact: str) -> list[AppointmentView]:
        """Today's booked appointments of this branch with this booking code, or this
        phone number or e-mail (as the citizen types it at the kiosk)."""
        text = code_or_contact.strip()
        if not text:
            return []
        try:
            contact = check_contact(text)
        except ValueError:
            contact = None
        now = self.clock()
        first, after = day_bounds(now)
        with Session(self.engine) as session:
            query = select(Appointment.id).where(
                Appointment.branch_id == self.identity.branch_id,
                Appointment.state == AppointmentState.BOOKED,
                Appointment.starts_at >= first,
                Appointment.starts_at < after,
            )
            matching = Appointment.booking_code == text.upper()
            if contact is not None:
                matching = matching | (Appointment.citizen_contact == contact)
            ids = list(session.scalars(query.where(matching).order_by(Appointment.starts_at)))
        return [view for view in map(self.appointment, ids) if view is not None]

    async def find_at_kiosk(self, code_or_contact: str) -> list[AppointmentView]:
        """As :meth:`find_for_check_in`, for a kiosk, which receives no citizen's contact:
        a booking code is found here, a phone number or e-mail is asked of the server.
        Raises ``ConnectionError`` when the server cannot be asked."""
        found = self.find_for_check_in(code_or_contact)
        if found:
            return found
        try:
            contact = check_contact(code_or_contact.strip())
        except ValueError:
            return []
        ids = await self.sync.client.find_arrivals(contact)
        return [view for view in map(self.appointment, ids) if view is not None]

    async def check_in(self, appointment_id: uuid.UUID) -> IssuedTicket:
        """The citizen has arrived: a ticket in the queue of the appointment's resource
        (borgerservice or the librarian), which checks the appointment in. Raises
        ``LookupError`` when the branch has no queue for it."""
        view = self.appointment(appointment_id)
        if view is None:
            raise LookupError("the appointment does not exist")
        with Session(self.engine) as session:
            queue_id = session.scalar(
                select(Queue.id)
                .where(Queue.branch_id == self.identity.branch_id, Queue.resource == view.resource)
                .order_by(Queue.sort_order)
                .limit(1)
            )
        if queue_id is None:
            raise LookupError("this branch has no queue for the appointment")
        dispenser = TicketDispenser(self.engine, self.sync, self.identity, self.clock)
        return await dispenser.draw(queue_id, service_id=None, appointment_id=appointment_id)

    def day_list(self, resource: Resource, language: str = "da") -> list[DayEntry]:
        """Today's appointments with ``resource``, by time; cancelled ones left out."""
        now = self.clock()
        first, after = day_bounds(now)
        with Session(self.engine) as session:
            rows = session.execute(
                select(Appointment.id, Appointment.arrival_ticket_id, Appointment.starts_at)
                .where(
                    Appointment.branch_id == self.identity.branch_id,
                    Appointment.resource == resource,
                    Appointment.state != AppointmentState.CANCELLED,
                    Appointment.starts_at >= first,
                    Appointment.starts_at < after,
                )
                .order_by(Appointment.starts_at)
            ).all()
            grace = timetable_for(session, self.identity.branch_id, resource).rules.no_show_grace
            labels = {
                ticket.id: ticket.label
                for ticket in session.scalars(
                    select(Ticket).where(Ticket.id.in_([r[1] for r in rows if r[1]]))
                )
            }
        entries = []
        for appointment_id, ticket_id, starts_at in rows:
            view = self.appointment(appointment_id, language)
            if view is None:
                continue
            late = view.state is AppointmentState.BOOKED and now >= starts_at + grace
            label = labels.get(ticket_id, "") if ticket_id else ""
            entries.append(DayEntry(view, ticket_id, label, late))
        return entries

    def cancel(self, appointment_id: uuid.UUID, *, staff_id: uuid.UUID | None = None) -> None:
        """Cancel the appointment; its place is free again (works offline, sent later)."""
        self._move(
            appointment_id,
            MutationType.APPOINTMENT_CANCEL,
            (AppointmentState.BOOKED, AppointmentState.CHECKED_IN),
            AppointmentState.CANCELLED,
            staff_id,
        )

    def no_show(self, appointment_id: uuid.UUID, *, staff_id: uuid.UUID | None = None) -> None:
        """Mark a booked citizen who did not come. Raises ``ValueError`` before the start
        plus the grace period: they may still come."""
        view = self.appointment(appointment_id)
        if view is not None:
            with Session(self.engine) as session:
                rules = timetable_for(session, self.identity.branch_id, view.resource).rules
            if self.clock() < view.starts_at + rules.no_show_grace:
                raise ValueError("the citizen may still come: wait for the grace period")
        self._move(
            appointment_id,
            MutationType.APPOINTMENT_NO_SHOW,
            (AppointmentState.BOOKED,),
            AppointmentState.NO_SHOW,
            staff_id,
        )

    def _move(
        self,
        appointment_id: uuid.UUID,
        kind: MutationType,
        allowed: tuple[AppointmentState, ...],
        state: AppointmentState,
        staff_id: uuid.UUID | None,
    ) -> None:
        with Session(self.engine) as session, session.begin():
            row = session.get(Appointment, appointment_id)
            if row is None or row.branch_id != self.identity.branch_id:
                raise LookupError("the appointment does not exist")
            if row.state not in allowed:
                raise ValueError(f"the appointment is {row.state.value}")
            row.state = state
            session.flush()
            append(
                session,
                kind,
                AppointmentMoveV1(appointment_id=appointment_id),
                now=self.clock(),
                staff_id=staff_id,
                changed_rows=[row],
            )
        self.sync.request_push()

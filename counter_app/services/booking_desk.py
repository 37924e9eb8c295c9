"""Booking appointments at a desk: the nearest free slots from the branch's timetable (as
this desk last synced it), a booking that works offline (unconfirmed until the server
says yes), and the citizen's calendar file."""

from __future__ import annotations

import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from counter_app.domain.org import Resource
from counter_app.domain.personal_data import check_contact, check_name, refuse_cpr
from counter_app.domain.slots import (
    Booked,
    BookingRules,
    Closure,
    ShiftBlock,
    Timetable,
    check_booking,
    free_slots,
    nearest_free,
)
from counter_app.domain.timezone import COPENHAGEN, require_utc
from counter_app.models import (
    Appointment,
    AppointmentState,
    Branch,
    OutboxEntry,
    OutboxStatus,
    timetable_for,
)
from counter_app.models import Service as ServiceRow
from counter_app.protocol.mutations import AppointmentBookV2, MutationType
from counter_app.services.desk_use_cases import DeskUseCases
from counter_app.sync.outbox import append

# Letters and digits that cannot be mistaken for each other on a slip or read aloud.
CODE_ALPHABET = "ACDEFHJKLMNPRTUVWXY34679"
CODE_LENGTH = 6
HOLDING = (AppointmentState.BOOKED, AppointmentState.CHECKED_IN, AppointmentState.SERVING)


@dataclass(frozen=True)
class SlotView:
    """A free start with the places left."""

    starts_at: datetime
    minutes: int
    free: int


@dataclass(frozen=True)
class AppointmentView:
    """A booked appointment as a desk shows it. ``confirmed`` is False while the booking
    waits to reach the server (made offline)."""

    id: uuid.UUID
    booking_code: str
    resource: Resource
    service_name: str
    starts_at: datetime
    minutes: int
    citizen_name: str
    citizen_contact: str
    topic: str
    state: AppointmentState
    confirmed: bool
    branch_name: str = ""  # where the citizen comes (the slip and calendar file say it)


@dataclass(frozen=True)
class RefusedBooking:
    """A booking the server refused (the slot went while this desk was offline): who to
    contact, what they had, and the nearest free slots now. It stays listed until staff
    have dealt with it."""

    number: int
    citizen_name: str
    citizen_contact: str
    resource: Resource
    minutes: int
    starts_at: datetime
    reason: str
    alternatives: list[SlotView]


class SlotTakenError(ValueError):
    """The slot is no longer free (or never was); ``alternatives`` are the nearest free."""

    def __init__(self, alternatives: list[SlotView]) -> None:
        super().__init__("the slot is not free")
        self.alternatives = alternatives


class BookingDesk(DeskUseCases):
    """Booking use cases over the desk's local database and its sync engine."""

    def offer(
        self,
        resource: Resource,
        minutes: int,
        *,
        days: int = 14,
        urgent: bool = False,
        near: datetime | None = None,
        count: int | None = None,
    ) -> list[SlotView]:
        """Free slots from now on, earliest first (or the ``count`` nearest to ``near``)."""
        now = self.clock()
        with Session(self.engine) as session:
            timetable, booked = self._plan(session, resource, now)
        slots = free_slots(timetable, booked, minutes=minutes, now=now, days=days, urgent=urgent)
        if near is not None:
            slots = nearest_free(slots, near, count or 3)
        elif count is not None:
            slots = slots[:count]
        return [SlotView(s.starts_at, s.minutes, s.free) for s in slots]

    def book(
        self,
        *,
        resource: Resource,
        minutes: int,
        starts_at: datetime,
        citizen_name: str,
        citizen_contact: str,
        topic: str = "",
        service_id: uuid.UUID | None = None,
        ticket_id: uuid.UUID | None = None,
        urgent: bool = False,
        staff_id: uuid.UUID | None = None,
    ) -> AppointmentView:
        """Book a slot now; it shows as unconfirmed until the server has booked it.

        Raises :class:`~counter_app.domain.personal_data.PersonalDataError` for contact
        data that cannot be used (or a CPR number) and :class:`SlotTakenError`, with the
        nearest free slots, when the slot is not free as far as this desk knows.
        """
        payload = AppointmentBookV2(
            branch_id=self.branch_id if self.branch_id != self.identity.branch_id else None,
            appointment_id=uuid.uuid4(),
            resource=resource,
            starts_at=require_utc(starts_at),
            minutes=minutes,
            service_id=service_id,
            ticket_id=ticket_id,
            citizen_name=check_name(citizen_name),
            citizen_contact=check_contact(citizen_contact),
            topic=refuse_cpr(topic.strip()),
            booking_code=new_booking_code(),
            urgent=urgent,
        )
        now = self.clock()
        with Session(self.engine) as session, session.begin():
            timetable, booked = self._plan(session, resource, now)
            try:
                check_booking(
                    timetable,
                    booked,
                    starts_at=payload.starts_at,
                    minutes=minutes,
                    now=now,
                    urgent=urgent,
                )
            except ValueError:
                slots = free_slots(timetable, booked, minutes=minutes, now=now, urgent=urgent)
                raise SlotTakenError(
                    [
                        SlotView(s.starts_at, s.minutes, s.free)
                        for s in nearest_free(slots, payload.starts_at)
                    ]
                ) from None
            appointment = Appointment(
                id=payload.appointment_id,
                municipality_id=self.identity.municipality_id,
                branch_id=self.branch_id,
                resource=resource,
                service_id=service_id,
                starts_at=payload.starts_at,
                minutes=minutes,
                citizen_name=payload.citizen_name,
                citizen_contact=payload.citizen_contact,
                topic=payload.topic,
                state=AppointmentState.BOOKED,
                booked_by_desk_id=self.identity.desk_id,
                booked_at=now,
                booking_code=payload.booking_code,
                ticket_id=ticket_id,
            )
            session.add(appointment)
            session.flush()
            append(
                session,
                MutationType.APPOINTMENT_BOOK,
                payload,
                now=now,
                staff_id=staff_id,
                local_rows=[appointment],
            )
        self.sync.request_push()
        view = self.appointment(payload.appointment_id)
        assert view is not None
        return view

    def appointment(
        self, appointment_id: uuid.UUID, language: str = "da"
    ) -> AppointmentView | None:
        """One appointment of the branch, or None."""
        return read_appointment(self.engine, appointment_id, language)

    def calendar_file(
        self, appointment_id: uuid.UUID, *, summary: str, description: str, location: str
    ) -> bytes:
        """The appointment as an .ics file for the citizen's calendar (see
        :func:`calendar_file`). The texts come from the window, in its language."""
        view = self.appointment(appointment_id)
        if view is None:
            raise LookupError("the appointment does not exist")
        return calendar_file(
            view, summary=summary, description=description, location=location, now=self.clock()
        )

    def refused(self) -> list[RefusedBooking]:
        """Bookings the server refused, with the citizen's contact and the nearest free
        slots, oldest first; never dropped silently."""
        refused = []
        for entry in self.sync.outbox.rejections():
            if entry.type != MutationType.APPOINTMENT_BOOK.value:
                continue
            payload = AppointmentBookV2.model_validate(entry.payload)  # V1 fits V2 too
            elsewhere = payload.branch_id not in (None, self.identity.branch_id)
            refused.append(
                RefusedBooking(
                    number=entry.number,
                    citizen_name=payload.citizen_name,
                    citizen_contact=payload.citizen_contact,
                    resource=payload.resource,
                    minutes=payload.minutes,
                    starts_at=payload.starts_at,
                    reason=entry.reason or "",
                    # Another branch's free slots need its timetable: the dialog fetches it.
                    alternatives=[]
                    if elsewhere
                    else self.offer(payload.resource, payload.minutes, near=payload.starts_at),
                )
            )
        return refused

    def settle_refused(self, number: int) -> None:
        """Staff have rebooked or told the citizen: stop listing the refused booking."""
        self.sync.outbox.dismiss(number)

    @property
    def branch_id(self) -> uuid.UUID:
        """The branch this desk books at (its own)."""
        return self.identity.branch_id

    async def at_branch(self, branch_id: uuid.UUID) -> BookingDesk:
        """Booking at another branch of the municipality (a library booking borgerservice
        at the main library), from that branch's timetable as the server has it now.

        Raises :class:`~counter_app.sync.client.ServerUnreachableError` without a
        connection: this desk keeps no copy of another branch's timetable.
        """
        if branch_id == self.identity.branch_id:
            return self
        fetched_at = self.clock()
        plans: dict[Resource, tuple[Timetable, list[Booked]]] = {}
        for resource in (Resource.CITIZEN_SERVICE, Resource.LIBRARIAN):
            found = await self.sync.client.timetable(branch_id, resource)
            plans[resource] = (
                Timetable(
                    shifts=[ShiftBlock(s.weekday, s.starts, s.ends, s.staff) for s in found.shifts],
                    closures=[Closure(c.first_day, c.last_day) for c in found.closures],
                    rules=BookingRules(
                        min_notice=timedelta(minutes=found.min_notice_minutes),
                        max_days_ahead=found.max_days_ahead,
                        held_back_per_day=found.held_back_per_day,
                    ),
                ),
                [Booked(b.starts_at, b.minutes) for b in found.booked],
            )
        return OtherBranchBookings(
            self.engine, self.sync, self.identity, self.clock, branch_id, plans, fetched_at
        )

    def _plan(
        self, session: Session, resource: Resource, now: datetime
    ) -> tuple[Timetable, list[Booked]]:
        """The timetable and the places taken that decide ``resource``'s free slots."""
        return timetable_for(session, self.branch_id, resource), self._booked(
            session, resource, now
        )

    def _booked(self, session: Session, resource: Resource, now: datetime) -> list[Booked]:
        rows = session.execute(
            select(Appointment.starts_at, Appointment.minutes).where(
                Appointment.branch_id == self.branch_id,
                Appointment.resource == resource,
                Appointment.state.in_(HOLDING),
                Appointment.starts_at >= now - timedelta(hours=1),
            )
        )
        return [Booked(starts_at, minutes) for starts_at, minutes in rows]

    @staticmethod
    def _unconfirmed(session: Session) -> set[uuid.UUID]:
        entries = session.scalars(
            select(OutboxEntry.payload).where(
                OutboxEntry.type == MutationType.APPOINTMENT_BOOK.value,
                OutboxEntry.status == OutboxStatus.PENDING,
            )
        )
        return {uuid.UUID(payload["appointment_id"]) for payload in entries}


@dataclass(frozen=True)
class OtherBranchBookings(BookingDesk):
    """Booking at another branch: its timetable as the server had it when the dialog
    opened, plus what this desk has booked there since (which the server has not yet
    counted in that copy)."""

    other_branch_id: uuid.UUID
    plans: dict[Resource, tuple[Timetable, list[Booked]]]
    fetched_at: datetime

    @property
    def branch_id(self) -> uuid.UUID:
        """The branch booked at."""
        return self.other_branch_id

    def _plan(
        self, session: Session, resource: Resource, now: datetime
    ) -> tuple[Timetable, list[Booked]]:
        timetable, fetched = self.plans[resource]
        since = session.execute(
            select(Appointment.starts_at, Appointment.minutes).where(
                Appointment.branch_id == self.other_branch_id,
                Appointment.resource == resource,
                Appointment.state.in_(HOLDING),
                Appointment.booked_at >= self.fetched_at,
                Appointment.starts_at >= now - timedelta(hours=1),
            )
        )
        return timetable, [*fetched, *(Booked(at, minutes) for at, minutes in since)]


def new_booking_code() -> str:
    """Six characters the citizen can read aloud or type at the kiosk."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def read_appointment(
    engine: Engine, appointment_id: uuid.UUID, language: str = "da"
) -> AppointmentView | None:
    """One appointment as a desk shows it, or None. The desk's database holds only what
    it may see: its branch's appointments and those it booked at another branch."""
    with Session(engine) as session:
        row = session.get(Appointment, appointment_id)
        if row is None:
            return None
        service = session.get(ServiceRow, row.service_id) if row.service_id else None
        branch = session.get(Branch, row.branch_id)
        name = ""
        if service is not None:
            name = service.name_en if language == "en" else service.name_da
        pending = session.scalars(
            select(OutboxEntry.payload).where(
                OutboxEntry.type == MutationType.APPOINTMENT_BOOK.value,
                OutboxEntry.status == OutboxStatus.PENDING,
            )
        )
        unconfirmed = {payload.get("appointment_id") for payload in pending}
        return AppointmentView(
            id=row.id,
            booking_code=row.booking_code,
            resource=row.resource,
            service_name=name,
            starts_at=row.starts_at,
            minutes=row.minutes,
            citizen_name=row.citizen_name,
            citizen_contact=row.citizen_contact,
            topic=row.topic,
            state=row.state,
            confirmed=str(row.id) not in unconfirmed,
            branch_name=branch.name if branch is not None else "",
        )


def calendar_file(
    view: AppointmentView, *, summary: str, description: str, location: str, now: datetime
) -> bytes:
    """An .ics file in Copenhagen time with the time zone's rules inside, so a phone shows
    10:00 on both sides of a daylight-saving change."""
    start = view.starts_at.astimezone(COPENHAGEN)
    # Loaded when a confirmation is written, not at every desk's start (bench: desk_start_s).
    from icalendar import Calendar, Event  # noqa: PLC0415

    event = Event()
    event.add("uid", f"{view.id}@counter-app")
    event.add("dtstamp", require_utc(now))
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=view.minutes))
    event.add("summary", summary)
    event.add("description", description)
    event.add("location", location)
    calendar = Calendar()
    calendar.add("prodid", "-//counter-app//booking//DA")
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())

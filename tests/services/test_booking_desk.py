"""Booking at a desk against a real server: the nearest free slots, a booking that is
unconfirmed until the server books it, a slot that went while the desk was offline
(told, with the citizen's contact and new slots, never dropped), and the calendar file
on both daylight-saving change days."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from icalendar import Calendar

from counter_app.domain.org import Resource
from counter_app.domain.personal_data import PersonalDataError
from counter_app.domain.timezone import COPENHAGEN
from counter_app.models import Appointment, AppointmentState
from counter_app.services.booking_desk import AppointmentView, SlotTakenError, calendar_file
from tests.support.desk import SimDesk, enrolled_desk
from tests.support.server_db import server_session
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant, add_timetable

NAME, PHONE = "Karen Hansen", "12345678"


def _first_librarian_slot(desk: SimDesk) -> datetime:
    return desk.services.bookings.offer(Resource.LIBRARIAN, 15, count=1)[0].starts_at


def test_a_booking_is_unconfirmed_until_the_server_books_it(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    add_timetable(server.database_url, tenant)

    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path) as desk:
            bookings = desk.services.bookings
            offered = bookings.offer(Resource.LIBRARIAN, 30, count=3)
            assert len(offered) == 3 and offered[0].starts_at < offered[1].starts_at
            view = bookings.book(
                resource=Resource.LIBRARIAN,
                minutes=30,
                starts_at=offered[0].starts_at,
                topic="Opgave om vikingetiden",
                citizen_name=NAME,
                citizen_contact=PHONE,
            )
            assert not view.confirmed and len(view.booking_code) == 6
            assert view.citizen_contact == "+45 12 34 56 78"
            # The librarian is now taken then: the desk stops offering the slot at once.
            again = bookings.offer(Resource.LIBRARIAN, 30, count=1)[0]
            assert again.starts_at != offered[0].starts_at
            await desk.sync.push_all()
            confirmed = bookings.appointment(view.id)
            assert confirmed is not None and confirmed.confirmed
            with server_session(server.database_url) as session:
                stored = session.get(Appointment, view.id)
                assert stored is not None and stored.booking_code == view.booking_code
            with pytest.raises(SlotTakenError) as taken:
                bookings.book(
                    resource=Resource.LIBRARIAN,
                    minutes=15,
                    starts_at=offered[0].starts_at,
                    citizen_name=NAME,
                    citizen_contact=PHONE,
                )
            assert taken.value.alternatives  # the nearest free instead
            with pytest.raises(PersonalDataError):
                bookings.book(
                    resource=Resource.LIBRARIAN,
                    minutes=15,
                    starts_at=again.starts_at,
                    citizen_name="Karen",
                    citizen_contact="010190-1234",
                )

    asyncio.run(scenario())


def test_a_slot_that_went_while_offline_is_told_with_contact_and_new_slots(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    add_timetable(server.database_url, tenant)

    async def scenario() -> None:
        async with (
            enrolled_desk(server, tenant, tmp_path, name="bus") as bus,
            enrolled_desk(server, tenant, tmp_path, name="kvik") as kvik,
        ):
            wanted = _first_librarian_slot(bus)
            # The bus books without a connection (nothing is pushed yet) ...
            offline = bus.services.bookings.book(
                resource=Resource.LIBRARIAN,
                minutes=15,
                starts_at=wanted,
                citizen_name=NAME,
                citizen_contact=PHONE,
            )
            # ... while KVIK books the librarian's only place then, online.
            kvik.services.bookings.book(
                resource=Resource.LIBRARIAN,
                minutes=15,
                starts_at=wanted,
                citizen_name="Bo",
                citizen_contact="bo@example.dk",
            )
            await kvik.sync.push_all()
            await bus.sync.push_all()
            assert bus.services.bookings.appointment(offline.id) is None  # undone locally
            (refused,) = bus.services.bookings.refused()
            assert (refused.citizen_name, refused.citizen_contact) == (
                "Karen Hansen",
                "+45 12 34 56 78",
            )
            assert refused.reason == "slot_taken" and refused.starts_at == wanted
            await bus.sync.pull_all()
            assert refused.alternatives
            assert wanted not in {
                slot.starts_at for slot in bus.services.bookings.refused()[0].alternatives
            }
            bus.services.bookings.settle_refused(refused.number)
            assert bus.services.bookings.refused() == []

    asyncio.run(scenario())


@pytest.mark.parametrize("day", [date(2026, 3, 29), date(2026, 10, 25)])
def test_the_calendar_file_says_ten_oclock_on_a_daylight_saving_change_day(day: date) -> None:
    """The file carries Copenhagen time and its rules, so 10:00 is 10:00 on the change day
    itself (08:00 UTC in summer time, 09:00 in winter time)."""
    view = AppointmentView(
        id=uuid.uuid4(),
        booking_code="ACD347",
        resource=Resource.LIBRARIAN,
        service_name="Hjælp til opgaveskrivning",
        starts_at=datetime.combine(day, time(10), tzinfo=COPENHAGEN).astimezone(UTC),
        minutes=15,
        citizen_name="Karen",
        citizen_contact="+45 12 34 56 78",
        topic="",
        state=AppointmentState.BOOKED,
        confirmed=True,
    )
    ics = calendar_file(
        view,
        summary="Tid hos en bibliotekar",
        description="Bookingkode ACD347",
        location="Hovedbiblioteket",
        now=datetime(2026, 1, 1, tzinfo=UTC),
    )
    text = ics.decode()
    assert f"DTSTART;TZID=Europe/Copenhagen:{day:%Y%m%d}T100000" in text
    assert f"DTEND;TZID=Europe/Copenhagen:{day:%Y%m%d}T101500" in text
    assert "BEGIN:VTIMEZONE" in text and "TZOFFSETTO:+0200" in text
    event = next(iter(Calendar.from_ical(ics).walk("VEVENT")))
    start = event.decoded("dtstart")
    assert start.astimezone(UTC).hour == (8 if day.month == 3 else 9)
    assert "Bookingkode ACD347" in str(event.get("description"))

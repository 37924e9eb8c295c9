"""The book bus: a mobile desk works a whole day without a connection (registrations,
callbacks, appointment look-ups from its last sync, provisional bookings), shows what
waits to be sent, cannot forward to a screen offline, and syncs exactly once on return;
a booking whose place went meanwhile is shown with the citizen's contact."""

from __future__ import annotations

import asyncio
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, update

from counter_app.domain.inquiries import Channel, Outcome
from counter_app.domain.org import Resource
from counter_app.domain.timezone import COPENHAGEN, utc_now
from counter_app.models import AppliedMutation, Appointment, Desk, Inquiry
from counter_app.protocol.messages import Status
from counter_app.services.inquiry_desk import CallbackRequest
from counter_app.services.sync_backlog import WaitingKind
from counter_app.sync.engine import OfflineError
from tests.support.desk import enrolled_desk
from tests.support.server_db import server_session
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant, add_appointment, add_screen_room, add_timetable

CONTACTS = 40


def _today_at(hour: int) -> datetime:
    day = utc_now().astimezone(COPENHAGEN).date()
    return datetime.combine(day, time(hour), tzinfo=COPENHAGEN)


def test_a_day_offline_on_the_book_bus_syncs_exactly_once(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    # The bus belongs to NORD here: its timetable, a screen, a citizen booked today.
    add_timetable(server.database_url, tenant, branch="NORD")
    room_id = add_screen_room(server.database_url, tenant, name="Bussens skærm")
    add_appointment(
        server.database_url, tenant, starts_at=_today_at(12), booking_code="BUS123", branch="NORD"
    )

    async def scenario() -> None:
        async with enrolled_desk(
            server, tenant, tmp_path, name="Bogbus", kind="branch", branch="NORD"
        ) as bus:
            with server_session(server.database_url) as session:
                session.execute(
                    update(Desk).where(Desk.id == bus.enrolled.desk_id).values(mobile=True)
                )
                session.commit()
            # Marked mobile on the server; a fresh read, as the bus does in the garage.
            bus.sync.replica.forget_cursor(bus.enrolled.branch_id)
            await bus.sync.pull_all()
            services = bus.services
            free = services.bookings.offer(Resource.LIBRARIAN, 15, count=2)
            assert len(free) == 2
            server.stop()

            start = utc_now() - timedelta(hours=6)
            for n in range(CONTACTS):
                began = start + timedelta(minutes=5 * n)
                services.inquiries.register(
                    channel=Channel.COUNTER,
                    outcome=Outcome.RESOLVED,
                    started_at=began,
                    ended_at=began + timedelta(minutes=3),
                    service_ids=[tenant.service_id],
                )
            services.inquiries.register(
                channel=Channel.COUNTER,
                outcome=Outcome.CALLBACK,
                started_at=start,
                ended_at=start + timedelta(minutes=2),
                callback=CallbackRequest(
                    group_code="fees",
                    due_at=start + timedelta(days=1),
                    citizen_name="Karen",
                    citizen_contact="12345678",
                ),
            )
            (callback,) = services.callbacks.open_callbacks("da")
            services.callbacks.finish(
                callback.id,
                started_at=start + timedelta(hours=1),
                ended_at=start + timedelta(hours=1),
            )
            # Looked up from the last sync: the citizen with code BUS123 has a time today.
            (found,) = services.arrivals.find_for_check_in("bus123")
            assert found.starts_at == _today_at(12)
            kept, lost = (
                services.bookings.book(
                    resource=Resource.LIBRARIAN,
                    minutes=15,
                    starts_at=slot.starts_at,
                    citizen_name=name,
                    citizen_contact=contact,
                )
                for slot, name, contact in zip(
                    free, ("Ole", "Sara"), ("11223344", "sara@example.dk"), strict=True
                )
            )
            assert not kept.confirmed and not lost.confirmed  # provisional until synced
            with pytest.raises(OfflineError):
                await services.screens.forward(service_id=tenant.service_id, room_id=room_id)

            backlog = services.backlog.backlog()
            assert backlog.mobile and backlog.last_synced_at is not None
            assert backlog.waiting == {
                WaitingKind.REGISTRATION: CONTACTS + 2,
                WaitingKind.BOOKING: 2,
            }
            # Meanwhile the last place of the second slot goes at the main library.
            add_appointment(
                server.database_url,
                tenant,
                starts_at=lost.starts_at,
                booking_code="TAKEN1",
                resource=Resource.LIBRARIAN,
                branch="NORD",
            )

            server.start()
            await bus.sync.push_all()
            await bus.sync.push_all()  # again: nothing is sent twice
            await bus.sync.pull_all()
            assert services.backlog.backlog().total == 0
            assert services.bookings.appointment(kept.id).confirmed  # type: ignore[union-attr]
            (refused,) = services.bookings.refused()
            assert (refused.citizen_name, refused.citizen_contact) == ("Sara", "sara@example.dk")
            assert refused.alternatives  # the nearest free slots now

            with server_session(server.database_url) as session:
                desk_id = bus.enrolled.desk_id
                inquiries = session.scalar(
                    select(func.count(Inquiry.id)).where(Inquiry.desk_id == desk_id)
                )
                booked = session.scalar(
                    select(func.count(Appointment.id)).where(
                        Appointment.booked_by_desk_id == desk_id
                    )
                )
                answers = session.execute(
                    select(AppliedMutation.status, func.count())
                    .where(AppliedMutation.desk_id == desk_id)
                    .group_by(AppliedMutation.status)
                ).all()
            assert inquiries == CONTACTS + 2  # each registration once, the callback's too
            assert booked == 1
            # Registrations, the callback's closing, one booking; rejected: the lost booking
            # and the forward withdrawn when the server did not answer.
            assert dict(answers) == {
                Status.APPLIED.value: CONTACTS + 2 + 1,
                Status.REJECTED.value: 2,
            }

    asyncio.run(scenario())

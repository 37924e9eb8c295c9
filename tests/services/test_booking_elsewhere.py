"""A branch library books borgerservice at the main library: the main library's free
slots (fetched from the server, no personal data), an unconfirmed booking until the
server has it, the confirmation naming the main library; offline it says so."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select

from counter_app.domain.org import Resource
from counter_app.models import Appointment
from counter_app.sync.client import ServerRefusedError, ServerUnreachableError
from tests.support.desk import enrolled_desk
from tests.support.server_db import server_session
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant, add_timetable


def test_a_library_books_at_the_main_library_from_its_timetable(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    add_timetable(server.database_url, tenant)  # borgerservice at HB only

    async def scenario() -> None:
        async with (
            enrolled_desk(
                server, tenant, tmp_path, name="Filial", kind="branch", branch="NORD"
            ) as library,
            enrolled_desk(server, tenant, tmp_path, name="KVIK", kind="kvik") as main,
        ):
            own = library.services.bookings
            assert own.offer(Resource.CITIZEN_SERVICE, 15) == []  # no caseworkers at NORD
            there = await own.at_branch(tenant.branch_ids["HB"])
            offered = there.offer(Resource.CITIZEN_SERVICE, 15, count=5)
            assert offered == main.services.bookings.offer(Resource.CITIZEN_SERVICE, 15, count=5)
            first = offered[0]
            view = there.book(
                resource=Resource.CITIZEN_SERVICE,
                minutes=15,
                starts_at=first.starts_at,
                citizen_name="Ida",
                citizen_contact="12345678",
            )
            assert not view.confirmed and view.branch_name == "HB"
            # Counted at once: the first slot now has one place fewer in this desk's offer.
            again = there.offer(Resource.CITIZEN_SERVICE, 15, count=1)[0]
            assert (again.starts_at, again.free) == (first.starts_at, first.free - 1)
            await library.sync.push_all()
            await library.sync.pull_all()
            confirmed = there.appointment(view.id)
            assert confirmed is not None and confirmed.confirmed
            await main.sync.pull_all()
            seen = main.services.arrivals.appointment(view.id)
            assert seen is not None and seen.citizen_name == "Ida"  # the main library has it

            with pytest.raises(ServerRefusedError):
                await own.at_branch(uuid.uuid4())  # not a branch of the municipality
            server.stop()
            try:
                with pytest.raises(ServerUnreachableError):
                    await own.at_branch(tenant.branch_ids["HB"])
            finally:
                server.start()
        with server_session(server.database_url) as session:
            row = session.get(Appointment, view.id)
            assert row is not None and row.branch_id == tenant.branch_ids["HB"]
            assert row.booked_by_desk_id == library.enrolled.desk_id
            assert (
                session.scalar(select(Appointment.citizen_contact).where(Appointment.id == view.id))
                == "+45 12 34 56 78"
            )

    asyncio.run(scenario())

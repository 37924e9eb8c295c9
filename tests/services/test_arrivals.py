"""Arrival: a citizen found by booking code or phone number, checked in with a ticket in
borgerservice's queue, on the caseworker's day list, called, done; and one who never
came, marked after the grace period."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import update
from sqlalchemy.orm import Session

from counter_app.domain.org import Resource
from counter_app.domain.timezone import utc_now
from counter_app.models import Appointment, AppointmentState
from counter_app.models.base import Side
from counter_app.models.migrate import alembic_config, upgrade
from tests.support.desk import enrolled_desk
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant, add_appointment


def test_a_citizen_checks_in_and_the_caseworker_sees_and_calls_them(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    now = utc_now().replace(second=0, microsecond=0)
    soon = add_appointment(
        server.database_url, tenant, starts_at=now + timedelta(minutes=20), booking_code="ACD347"
    )
    missed = add_appointment(
        server.database_url,
        tenant,
        starts_at=now - timedelta(minutes=20),
        booking_code="FHJ469",
        contact="mona@example.dk",
    )

    async def scenario() -> None:
        async with (
            enrolled_desk(server, tenant, tmp_path, name="kiosk", kind="kiosk") as kiosk,
            enrolled_desk(server, tenant, tmp_path, name="cw", kind="caseworker") as cw,
        ):
            arrivals = kiosk.services.arrivals
            assert [a.id for a in arrivals.find_for_check_in(" acd347 ")] == [soon]
            # The kiosk keeps no name or contact: a phone number is asked of the server.
            kept = arrivals.appointment(soon)
            assert kept is not None and kept.citizen_name == kept.citizen_contact == ""
            assert arrivals.find_for_check_in("12345678") == []
            assert [a.id for a in await arrivals.find_at_kiosk("12 34 56 78")] == [soon]
            assert [a.id for a in await arrivals.find_at_kiosk("mona@example.dk")] == [missed]
            assert await arrivals.find_at_kiosk("ZZZZZZ") == []
            assert await arrivals.find_at_kiosk("") == []
            assert cw.services.arrivals.appointment(soon).citizen_name  # type: ignore[union-attr]
            issued = await arrivals.check_in(soon)
            assert issued.label == "B001" and not issued.offline
            await kiosk.sync.pull_all()
            assert arrivals.appointment(soon).state is AppointmentState.CHECKED_IN  # type: ignore[union-attr]
            assert arrivals.find_for_check_in("ACD347") == []  # checked in: not again

            await cw.sync.pull_all()
            day = cw.services.arrivals.day_list(Resource.CITIZEN_SERVICE)
            by_id = {entry.appointment.id: entry for entry in day}
            assert [entry.appointment.id for entry in day] == [missed, soon]  # by time
            assert (by_id[soon].ticket_label, by_id[soon].late) == ("B001", False)
            assert by_id[missed].late and by_id[missed].ticket_label == ""

            outcome = await cw.services.work.call(by_id[soon].ticket_id)  # type: ignore[arg-type]
            assert outcome.ticket_label == "B001"
            await cw.sync.pull_all()
            assert cw.services.arrivals.appointment(soon).state is AppointmentState.SERVING  # type: ignore[union-attr]

            with pytest.raises(ValueError, match="may still come"):
                cw.services.arrivals.no_show(soon)  # 20 minutes before it starts
            cw.services.arrivals.no_show(missed)
            with pytest.raises(ValueError, match="no_show"):
                cw.services.arrivals.cancel(missed)
            await cw.sync.push_all()
            assert cw.outbox_entries() == []  # the server agreed
            await cw.sync.pull_all()
            assert cw.services.arrivals.appointment(missed).state is AppointmentState.NO_SHOW  # type: ignore[union-attr]

    asyncio.run(scenario())


def test_a_kiosk_upgraded_from_an_older_version_forgets_the_contacts_it_had(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    """Before the server withheld them, kiosks and boards were sent names and contacts;
    the desk migration blanks them there, and only there."""
    booked = add_appointment(
        server.database_url, tenant, starts_at=utc_now() + timedelta(hours=1), booking_code="KLM234"
    )

    async def scenario() -> None:
        async with (
            enrolled_desk(server, tenant, tmp_path, name="kiosk", kind="kiosk") as kiosk,
            enrolled_desk(server, tenant, tmp_path, name="kvik", kind="kvik") as kvik,
        ):
            for desk in (kiosk, kvik):
                with desk.db.begin() as connection:  # as pulled from an older server
                    connection.execute(
                        update(Appointment)
                        .where(Appointment.id == booked)
                        .values(citizen_name="Karen Jensen", citizen_contact="+45 12 34 56 78")
                    )
                with desk.db.connect() as connection:
                    command.downgrade(alembic_config(Side.DESK, connection), "19ffc6f3abd4")
                    connection.commit()
                upgrade(desk.db, Side.DESK)
            for desk, kept in ((kiosk, ("", "")), (kvik, ("Karen Jensen", "+45 12 34 56 78"))):
                with Session(desk.db) as session:
                    row = session.get(Appointment, booked)
                    assert row is not None
                    assert (row.citizen_name, row.citizen_contact) == kept

    asyncio.run(scenario())

"""The catalogue at a desk: what this desk's role may do, its limit, the services it uses
most first, and a change by someone who is not a manager undone by the server."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.inquiries import Channel, Outcome
from counter_app.domain.org import DeskKind, Resource, StaffRole
from counter_app.domain.timezone import utc_now
from counter_app.models import Staff
from counter_app.services.views import AppointmentKind
from tests.support.desk import enrolled_desk
from tests.support.server_process import ServerProcess
from tests.support.tenants import STAFF_CODE, Tenant


def test_what_a_kvik_desk_and_a_caseworker_may_do(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with (
            enrolled_desk(server, tenant, tmp_path, name="kvik") as kvik,
            enrolled_desk(server, tenant, tmp_path, name="cw", kind="caseworker") as caseworker,
        ):
            services = {s.code: s for s in kvik.services.catalogue.services("en")}
            assert services["borrower"].allowed_here
            assert not services["passport"].allowed_here
            assert services["passport"].appointment == AppointmentKind(Resource.CITIZEN_SERVICE, 15)
            assert services["passport"].name == "Passport"
            assert "postal_vote" not in services  # out of season until a manager turns it on
            limit = kvik.services.catalogue.serving_limit()
            assert limit is not None
            assert (limit.amber, limit.limit) == (timedelta(minutes=4), timedelta(minutes=5))

            assert caseworker.services.catalogue.desk_kind() is DeskKind.CASEWORKER
            assert caseworker.services.catalogue.serving_limit() is None
            theirs = {s.code: s for s in caseworker.services.catalogue.services("da")}
            assert theirs["passport"].allowed_here
            assert next(c.code for c in kvik.services.catalogue.callback_groups("da")) == "fees"
            assert "skat" in [a.code for a in kvik.services.catalogue.authorities("da")]

    asyncio.run(scenario())


def test_the_services_a_desk_uses_most_come_first(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path) as desk:
            catalogue = desk.services.catalogue
            before = [s.code for s in catalogue.services("da")]
            stickers = next(s for s in catalogue.services("da") if s.code == "waste_stickers")
            assert before[0] != "waste_stickers"
            now = utc_now()
            for n in range(3):
                desk.services.inquiries.register(
                    channel=Channel.COUNTER,
                    outcome=Outcome.RESOLVED,
                    started_at=now - timedelta(minutes=5 * n + 2),
                    ended_at=now - timedelta(minutes=5 * n),
                    service_ids=[stickers.id],
                )
            after = [s.code for s in catalogue.services("da")]
            assert after[0] == "waste_stickers"
            assert sorted(after) == sorted(before)

    asyncio.run(scenario())


def test_a_change_by_staff_who_is_not_a_manager_is_undone(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path) as desk:
            catalogue = desk.services.catalogue
            passport = next(s for s in catalogue.services("da") if s.code == "passport")
            fields = catalogue.service_fields(passport.id)
            with Session(desk.db) as session:
                kvik_staff = session.scalars(
                    select(Staff.id).where(Staff.role == StaffRole.KVIK)
                ).first()
            assert kvik_staff is not None
            await desk.services.staff.sign_in("AB", STAFF_CODE)  # KVIK, no manager
            catalogue.save_service(passport.id, fields | {"name_da": "Pas!"}, staff_id=kvik_staff)
            assert catalogue.service(passport.id, "da").name == "Pas!"  # type: ignore[union-attr]
            await desk.sync.push_all()
            (rejected,) = desk.outbox_entries()
            assert rejected.reason == "not_allowed"
            await desk.sync.pull_all()  # the server's row comes back
            assert catalogue.service(passport.id, "da").name == "Pas"  # type: ignore[union-attr]

    asyncio.run(scenario())

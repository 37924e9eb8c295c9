"""A desk whose numbering disagrees with the server's (a database restored from a backup,
on either side) renumbers its pending mutations and loses none of them."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.models import DeskIdentity, Inquiry
from tests.support.desk import SimDesk, enrolled_desk
from tests.support.server_db import server_session
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant

STARTED = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def make_inquiries(desk: SimDesk, count: int) -> None:
    for n in range(count):
        desk.register_inquiry(STARTED + timedelta(minutes=n), STARTED + timedelta(minutes=n + 1))


def server_inquiries(server: ServerProcess, desk: SimDesk) -> int:
    with server_session(server.database_url) as session:
        found = session.scalar(select(func.count()).where(Inquiry.desk_id == desk.enrolled.desk_id))
    return found or 0


def desk_last_number(desk: SimDesk) -> int:
    with Session(desk.db) as session:
        return session.scalars(select(DeskIdentity.last_number)).one()


def test_a_desk_restored_from_an_old_backup_renumbers_after_a_number_conflict(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with enrolled_desk(
            server,
            tenant,
            tmp_path / "a",
            name="KVIK",
        ) as before:
            make_inquiries(before, 3)
            await before.sync.push_all()
        # The same desk, from a backup taken when it had sent only its first mutation.
        async with enrolled_desk(
            server,
            tenant,
            tmp_path / "b",
            name="KVIK",
            last_number=1,
        ) as restored:
            make_inquiries(restored, 2)  # numbered 2 and 3: already used on the server
            await restored.sync.push_all()
            assert restored.outbox_entries() == []
            assert server_inquiries(server, restored) == 5
            assert desk_last_number(restored) == 5
            make_inquiries(restored, 1)
            assert [e.number for e in restored.outbox_entries()] == [6]
            await restored.sync.push_all()
            assert server_inquiries(server, restored) == 6

    asyncio.run(scenario())


def test_a_desk_ahead_of_a_restored_server_renumbers_from_the_expected_number(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with enrolled_desk(
            server,
            tenant,
            tmp_path,
            last_number=10,
        ) as desk:
            make_inquiries(desk, 2)  # numbered 11 and 12; the server expects 1
            await desk.sync.push_all()
            assert desk.outbox_entries() == []
            assert server_inquiries(server, desk) == 2
            assert desk_last_number(desk) == 2

    asyncio.run(scenario())

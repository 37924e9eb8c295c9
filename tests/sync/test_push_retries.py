"""A push repeated, or retried after its answer was lost, is applied exactly once."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from counter_app.models import AppliedMutation, Inquiry, Ticket
from counter_app.protocol.messages import Status
from counter_app.sync.client import ServerUnreachableError
from tests.support.desk import SimDesk, enrolled_desk
from tests.support.proxy import AnswerDroppingProxy
from tests.support.server_db import server_session
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant

STARTED = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


def server_counts(server: ServerProcess, desk: SimDesk) -> tuple[int, int, int]:
    """(tickets, inquiries, applied mutations) the server holds for the desk."""
    desk_id = desk.enrolled.desk_id
    with server_session(server.database_url) as session:
        tickets = session.scalar(select(func.count()).where(Ticket.issued_by_desk_id == desk_id))
        inquiries = session.scalar(select(func.count()).where(Inquiry.desk_id == desk_id))
        applied = session.scalar(select(func.count()).where(AppliedMutation.desk_id == desk_id))
    return tickets or 0, inquiries or 0, applied or 0


def local_tickets(desk: SimDesk) -> list[tuple[uuid.UUID, str]]:
    """(id, label) of the desk's copies of tickets, in number order."""
    with desk.db.connect() as connection:
        rows = connection.execute(
            select(Ticket.id, Ticket.prefix, Ticket.number).order_by(Ticket.number)
        ).all()
    return [(row.id, f"{row.prefix}{row.number}") for row in rows]


def test_the_same_batch_pushed_twice_gives_no_duplicates(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path) as desk:
            ticket_ids = [desk.issue_ticket("K")[1] for _ in range(3)]
            desk.register_inquiry(STARTED, STARTED + timedelta(minutes=4))
            batch = desk.outbox.pending(100)
            assert [m.number for m in batch] == [1, 2, 3, 4]
            first = await desk.client.push(batch)
            second = await desk.client.push(batch)
            assert second == first
            assert [r.status for r in first.results] == [Status.APPLIED] * 4
            assert server_counts(server, desk) == (3, 1, 4)
            # The desk's own loop now sends them a third time and settles its outbox.
            await desk.sync.sync_once()
            assert desk.outbox.pending_count() == 0
            assert desk.outbox_entries() == []
            assert server_counts(server, desk) == (3, 1, 4)
            assert [number for _, number in local_tickets(desk)] == ["K1", "K2", "K3"]
            assert {ticket_id for ticket_id, _ in local_tickets(desk)} == set(ticket_ids)

    asyncio.run(scenario())


def test_a_push_whose_answer_was_lost_is_applied_once_when_retried(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with (
            AnswerDroppingProxy(server.port) as proxy,
            enrolled_desk(server, tenant, tmp_path, via=proxy.base_url) as desk,
        ):
            _, ticket_id = desk.issue_ticket("K")
            desk.register_inquiry(STARTED, STARTED + timedelta(minutes=2))
            proxy.drop_answers = True
            with pytest.raises(ServerUnreachableError):
                await desk.sync.push_all()
            assert proxy.dropped >= 1
            assert not desk.sync.status.online
            # The server did the work; the desk does not know and keeps both pending.
            assert server_counts(server, desk) == (1, 1, 2)
            assert desk.outbox.pending_count() == 2
            local = desk.local_ticket(ticket_id)
            assert local is not None and local.number is None

            proxy.drop_answers = False
            await desk.sync.sync_once()
            assert desk.outbox.pending_count() == 0
            assert server_counts(server, desk) == (1, 1, 2)
            local = desk.local_ticket(ticket_id)
            assert local is not None and local.label == "K001"
            assert desk.sync.status.online

    asyncio.run(scenario())

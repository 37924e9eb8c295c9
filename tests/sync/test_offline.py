"""The server goes away: append-only changes wait and sync later; contended ones are
withdrawn at once and never take effect late."""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from counter_app.domain.tickets import TicketState
from counter_app.models import AppliedMutation, Inquiry, Ticket
from counter_app.protocol.messages import Status
from counter_app.sync.client import ServerUnreachableError
from counter_app.sync.engine import OfflineError
from tests.support.desk import enrolled_desk
from tests.support.listener import Recorder
from tests.support.server_db import server_session
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant

STARTED = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)
OFFLINE_CHANGES = 500


async def fast_sleep(seconds: float) -> None:
    """The engine's back-off, shortened so reconnecting takes a moment, not 10 s."""
    await asyncio.sleep(min(seconds, 0.1))


async def wait_until(condition: object, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise AssertionError(f"not reached within {timeout} s")
        await asyncio.sleep(0.05)


def test_500_changes_made_offline_all_sync_on_reconnect(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with enrolled_desk(
            server,
            tenant,
            tmp_path,
            poll_interval=0.2,
            sleep=fast_sleep,
        ) as desk:
            server.stop()
            ids = {
                desk.register_inquiry(
                    STARTED + timedelta(minutes=n), STARTED + timedelta(minutes=n + 1)
                )
                for n in range(OFFLINE_CHANGES)
            }
            assert desk.outbox.pending_count() == OFFLINE_CHANGES
            with pytest.raises(ServerUnreachableError):
                await desk.sync.push_all()
            assert not desk.sync.status.online
            assert desk.sync.status.pending == OFFLINE_CHANGES

            desk.sync.start()  # the desk keeps trying in the background
            await asyncio.sleep(0.3)
            server.start()
            await wait_until(lambda: desk.outbox.pending_count() == 0, timeout=60)
            assert desk.outbox_entries() == []  # nothing rejected either
            await desk.sync.stop()

            with server_session(server.database_url) as session:
                desk_id = desk.enrolled.desk_id
                stored = set(session.scalars(select(Inquiry.id).where(Inquiry.desk_id == desk_id)))
                applied = session.scalar(
                    select(func.count()).where(
                        AppliedMutation.desk_id == desk_id,
                        AppliedMutation.status == Status.APPLIED.value,
                    )
                )
            assert stored == ids
            assert applied == OFFLINE_CHANGES
            await desk.sync.pull_all()
            with desk.db.connect() as connection:
                local = connection.scalar(select(func.count()).select_from(Inquiry))
            assert local == OFFLINE_CHANGES
            assert desk.sync.status.online

    asyncio.run(scenario())


def test_a_contended_change_while_the_server_is_down_is_withdrawn_and_never_applied(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path) as desk:
            _, ticket_id = desk.issue_ticket("K")
            await desk.sync.push_all()
            server.kill()

            number = desk.call_next("K")
            started = time.monotonic()
            with pytest.raises(OfflineError):
                await desk.sync.push_contended(number, timeout=2.0)
            assert time.monotonic() - started < 2.5
            [entry] = desk.outbox_entries()
            assert entry.number == number and entry.withdrawn
            assert not desk.sync.status.online

            server.start()
            await desk.sync.push_all()
            assert desk.outbox_entries() == []  # withdrawn and answered: gone, not shown again

        with server_session(server.database_url) as session:
            stored = session.get(AppliedMutation, (desk.enrolled.desk_id, number))
            ticket = session.get(Ticket, ticket_id)
        assert stored is not None
        assert (stored.status, stored.reason) == ("rejected", "withdrawn")
        assert ticket is not None and ticket.state is TicketState.WAITING

    asyncio.run(scenario())


def test_a_contended_change_the_server_refuses_to_take_is_withdrawn_and_reads_as_offline(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    """Found by the fault harness: a desk restarted while the server was away has no
    token until it enrolls again; "call next" then got a 401, which escaped to the window
    as an unexpected error and left the call pending, to be applied minutes later."""

    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path) as desk:
            _, ticket_id = desk.issue_ticket("K")
            await desk.sync.push_all()
            token, desk.client.token = desk.client.token, None  # as after an offline start

            number = desk.call_next("K")
            with pytest.raises(OfflineError, match="refused"):
                await desk.sync.push_contended(number, timeout=2.0)
            [entry] = desk.outbox_entries()
            assert entry.number == number and entry.withdrawn
            assert desk.sync.status.last_error is not None

            desk.client.token = token  # enrolled again
            await desk.sync.push_all()
            assert desk.outbox_entries() == []

        with server_session(server.database_url) as session:
            stored = session.get(AppliedMutation, (desk.enrolled.desk_id, number))
            ticket = session.get(Ticket, ticket_id)
        assert stored is not None
        assert (stored.status, stored.reason) == ("rejected", "withdrawn")
        assert ticket is not None and ticket.state is TicketState.WAITING

    asyncio.run(scenario())


def test_a_contended_change_to_a_hanging_server_is_withdrawn_in_time_and_settled_later(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    """The request may reach the server before it hangs, so the server may apply it after
    all; then the desk must hear of it as *late*, never silently either way."""

    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path) as desk:
            told = Recorder()
            desk.sync.add_listener(told)
            _, ticket_id = desk.issue_ticket("K")
            await desk.sync.push_all()

            server.pause()
            try:
                number = desk.call_next("K")
                started = time.monotonic()
                with pytest.raises(OfflineError):
                    await desk.sync.push_contended(number, timeout=1.0)
                assert time.monotonic() - started < 1.5
                [entry] = desk.outbox_entries()
                assert entry.withdrawn
            finally:
                server.resume()
            await desk.sync.sync_once()
            assert desk.outbox_entries() == []

        with server_session(server.database_url) as session:
            stored = session.get(AppliedMutation, (desk.enrolled.desk_id, number))
            ticket = session.get(Ticket, ticket_id)
        assert stored is not None and ticket is not None
        if stored.status == "applied":  # it arrived before the desk gave up
            assert ticket.state is TicketState.CALLED
            assert [r.number for r in told.late] == [number]
        else:
            assert stored.reason == "withdrawn"
            assert ticket.state is TicketState.WAITING
            assert told.late == []
        assert told.rejected == []  # a withdrawal was already shown; no second message

    asyncio.run(scenario())

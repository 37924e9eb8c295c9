"""A pulled row that a desk's unsent change has touched waits until the change is settled;
that wait must survive the desk being killed (found by the fault harness: after a restart
the desk kept its own version of a finished ticket for good, a second off the server's)."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.tickets import TicketState
from counter_app.domain.timezone import utc_now
from counter_app.models import SyncCursor, Ticket
from counter_app.services.ticket_work import TicketWork
from counter_app.sync.client import ServerUnreachableError
from tests.support.desk import enrolled_desk
from tests.support.proxy import AnswerDroppingProxy
from tests.support.server_db import server_session
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant


def test_the_servers_version_held_back_before_a_kill_is_applied_after_the_restart(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with (
            AnswerDroppingProxy(server.port) as proxy,
            enrolled_desk(server, tenant, tmp_path, via=proxy.base_url) as desk,
        ):
            _, ticket_id = desk.issue_ticket("K")
            await desk.sync.push_all()
            work = TicketWork(desk.db, desk.sync, desk.services.identity, utc_now)
            outcome = await work.call_next([desk.queue_id("K")])
            assert outcome.ticket_label == "K001"
            work.finish(ticket_id)  # shown at once; the finish waits in the outbox

            proxy.drop_answers = True  # the server finishes it; the desk never hears so
            with pytest.raises(ServerUnreachableError):
                await desk.sync.push_all()
            proxy.drop_answers = False
            await desk.sync.pull_all()  # the server's finished row: held back, change pending

            # The desk process dies here. It starts again on the same file.
            restarted = desk.restarted_engine()
            await restarted.push_all()  # the repeat: applied, settled
            await restarted.pull_all()
            assert desk.outbox_entries() == []

            with Session(desk.db) as session:
                local = session.get(Ticket, ticket_id)
                assert local is not None
                ours = (local.state, local.finished_at)
        with server_session(server.database_url) as session:
            theirs_row = session.get(Ticket, ticket_id)
            assert theirs_row is not None
            theirs = (theirs_row.state, theirs_row.finished_at)
        assert ours == theirs

    asyncio.run(scenario())


def test_a_pulled_older_version_does_not_overwrite_an_unsent_local_change(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    """The call is in the change log, the desk has finished the ticket since and not sent
    it: the pulled "called" waits, the desk keeps showing "done"."""

    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path) as desk:
            _, ticket_id = desk.issue_ticket("K")
            await desk.sync.push_all()
            work = TicketWork(desk.db, desk.sync, desk.services.identity, utc_now)
            outcome = await work.call_next([desk.queue_id("K")])
            assert outcome.ticket_label == "K001"
            # The pull after the call did not get through (the network blinked): the desk's
            # cursor is still before the call.
            with Session(desk.db) as session, session.begin():
                cursor = session.scalars(select(SyncCursor)).one()
                cursor.seq -= 1
            work.finish(ticket_id)  # not sent yet

            await desk.sync.pull_all()  # brings the call: older than "done"

            with Session(desk.db) as session:
                local = session.get(Ticket, ticket_id)
                assert local is not None
                assert local.state is TicketState.DONE
            await desk.sync.push_all()
            await desk.sync.pull_all()
            assert desk.outbox_entries() == []
            with Session(desk.db) as session:
                local = session.get(Ticket, ticket_id)
                assert local is not None
                assert local.state is TicketState.DONE

    asyncio.run(scenario())

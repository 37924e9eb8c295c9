"""A desk's work on tickets against a real server: the full life of a ticket, a transfer
to a named desk, parking, working on while offline, and a refused change undone."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.personal_data import PersonalDataError
from counter_app.domain.tickets import TicketState
from counter_app.models import Desk, Ticket
from counter_app.services.ticket_work import CallOutcome
from tests.support.desk import SimDesk, enrolled_desk
from tests.support.server_db import server_session
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant


def _server_ticket(server: ServerProcess, label: str, tenant: Tenant) -> Ticket:
    with server_session(server.database_url) as session:
        tickets = session.scalars(
            select(Ticket).where(Ticket.municipality_id == tenant.municipality_id)
        ).all()
        session.expunge_all()
    return next(t for t in tickets if t.label == label)


async def _current(desk: SimDesk) -> tuple[str, TicketState] | None:
    ticket = desk.services.queues.current_ticket()
    return None if ticket is None else (ticket.label, ticket.state)


def test_issue_call_serve_finish_then_no_show_across_two_desks(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with (
            enrolled_desk(server, tenant, tmp_path, name="kvik-1") as front,
            enrolled_desk(server, tenant, tmp_path, name="kvik-2") as back,
        ):
            k = front.queue_id("K")
            first = await front.services.dispenser.draw(k)
            second = await front.services.dispenser.draw(k)
            await back.sync.pull_all()
            assert [t.label for t in back.services.queues.waiting_tickets()] == ["K001", "K002"]

            # Out of turn: the back desk calls K002 first.
            outcome = await back.services.work.call(second.ticket_id)
            assert outcome == CallOutcome("K002")
            assert await _current(back) == ("K002", TicketState.CALLED)
            # The front desk cannot call it any more.
            await front.sync.pull_all()
            refused = await front.services.work.call(second.ticket_id)
            assert (refused.ticket_label, refused.reason) == (None, "not_waiting")

            work = back.services.work
            work.recall(second.ticket_id)
            work.start(second.ticket_id)
            assert await _current(back) == ("K002", TicketState.SERVING)  # shown at once
            work.finish(second.ticket_id)
            await back.sync.sync_once()
            assert await _current(back) is None

            await back.services.work.call_next([k])
            work.no_show(first.ticket_id)
            await back.sync.sync_once()
        assert _server_ticket(server, "K002", tenant).state is TicketState.DONE
        assert _server_ticket(server, "K001", tenant).state is TicketState.NO_SHOW

    asyncio.run(scenario())


def test_transfer_to_a_named_desk_and_park_and_resume(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with (
            enrolled_desk(server, tenant, tmp_path, name="kvik-1") as front,
            enrolled_desk(server, tenant, tmp_path, name="caseworker") as back,
        ):
            k, b = front.queue_id("K"), front.queue_id("B")
            issued = await front.services.dispenser.draw(k)
            await front.services.work.call_next([k])
            front.services.work.park(issued.ticket_id)
            assert [t.label for t in front.services.queues.parked_tickets()] == ["K001"]
            front.services.work.resume(issued.ticket_id)
            assert await _current(front) == ("K001", TicketState.CALLED)

            target = next(
                d for d in front.services.queues.transfer_desks() if d.name == "caseworker"
            )
            pending = front.sync.outbox.pending_count()
            with pytest.raises(PersonalDataError):  # never kept, not even in the outbox
                front.services.work.transfer(issued.ticket_id, b, note="cpr 010190-1234")
            assert front.sync.outbox.pending_count() == pending
            assert await _current(front) == ("K001", TicketState.CALLED)
            front.services.work.transfer(issued.ticket_id, b, desk_id=target.id, note="pas")
            assert await _current(front) is None
            await front.sync.sync_once()

            await back.sync.pull_all()
            [waiting] = back.services.queues.waiting_tickets()
            assert (waiting.label, waiting.for_this_desk, waiting.note) == ("K001", True, "pas")
            assert front.services.queues.waiting_tickets() == []  # meant for another desk
            outcome = await back.services.work.call_next([b])
            assert outcome.ticket_label == "K001"

    asyncio.run(scenario())


def test_finishing_works_offline_and_syncs_later(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path) as desk:
            k = desk.queue_id("K")
            issued = await desk.services.dispenser.draw(k)
            await desk.services.work.call_next([k])
            server.kill()
            desk.services.work.start(issued.ticket_id)
            desk.services.work.finish(issued.ticket_id)
            assert await _current(desk) is None
            assert desk.outbox.pending_count() == 2
            server.start()
            await desk.sync.sync_once()
            assert desk.outbox.pending_count() == 0
        assert _server_ticket(server, "K001", tenant).state is TicketState.DONE

    asyncio.run(scenario())


def test_a_refused_change_is_undone_by_reading_the_branch_again(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path) as desk:
            k = desk.queue_id("K")
            issued = await desk.services.dispenser.draw(k)
            await desk.services.work.call_next([k])
            # Another program enrolled a kiosk in the branch; this desk sends a citizen to
            # it, which the server refuses (a kiosk serves nobody).
            async with enrolled_desk(server, tenant, tmp_path, name="kiosk", kind="kiosk"):
                pass
            await desk.sync.pull_all()
            with Session(desk.db) as session:
                kiosk_id = session.scalars(select(Desk.id).where(Desk.name == "kiosk")).one()
            desk.services.work.transfer(issued.ticket_id, k, desk_id=kiosk_id)
            assert await _current(desk) is None  # shown at once
            await desk.sync.push_all()
            [rejected] = desk.outbox.rejections()
            assert rejected.reason == "unknown_desk"
            await desk.sync.pull_all()  # the branch is read again: the citizen is back
            assert await _current(desk) == ("K001", TicketState.CALLED)

    asyncio.run(scenario())

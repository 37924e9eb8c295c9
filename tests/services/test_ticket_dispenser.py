"""Drawing a ticket against a real server: the server's number when it answers, the
desk's own (K-A01) when it does not, and one ticket either way once the desk reconnects."""

from __future__ import annotations

import asyncio
import re
import time
from pathlib import Path

from sqlalchemy import select

from counter_app.models import Ticket
from tests.support.desk import enrolled_desk
from tests.support.listener import Recorder
from tests.support.proxy import AnswerDroppingProxy
from tests.support.server_db import server_session
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant

OFFLINE_LABEL = re.compile(r"K-[A-Z]{1,2}0[12]")


def _server_labels(server: ServerProcess, tenant: Tenant) -> list[str]:
    with server_session(server.database_url) as session:
        tickets = session.scalars(
            select(Ticket).where(Ticket.municipality_id == tenant.municipality_id)
        ).all()
        return sorted(ticket.label for ticket in tickets)


def test_online_the_server_numbers_the_ticket_at_once(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path) as desk:
            dispenser = desk.services.dispenser
            first = await dispenser.draw(desk.queue_id("K"))
            second = await dispenser.draw(desk.queue_id("K"))
            assert (first.label, second.label) == ("K001", "K002")
            assert not first.offline
            await desk.sync.pull_all()
            local = desk.local_ticket(first.ticket_id)
            assert local is not None and local.label == "K001"

    asyncio.run(scenario())


def test_a_kiosk_that_lost_the_server_still_hands_out_usable_numbers(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path) as desk:
            dispenser = desk.services.dispenser
            online = await dispenser.draw(desk.queue_id("K"))
            server.kill()
            started = time.monotonic()
            first = await dispenser.draw(desk.queue_id("K"), patience=1.0)
            second = await dispenser.draw(desk.queue_id("K"), patience=1.0)
            assert time.monotonic() - started < 3.0
            assert first.offline and second.offline
            assert OFFLINE_LABEL.fullmatch(first.label) and first.label.endswith("01")
            assert second.label.endswith("02")
            waiting = [t.label for t in desk.services.queues.waiting_tickets()]
            assert waiting == [online.label, first.label, second.label]

            server.start()
            await desk.sync.sync_once()
            assert desk.outbox.pending_count(include_withdrawn=True) == 0
            assert [t.label for t in desk.services.queues.waiting_tickets()] == waiting
        assert _server_labels(server, tenant) == sorted(waiting)

    asyncio.run(scenario())


def test_a_lost_answer_gives_one_ticket_with_the_slips_number(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    """The server numbered the ticket but the answer was lost: the desk printed its own
    number, and the server takes that number for the same ticket. Nobody is told of a
    late call, and no second ticket appears."""

    async def scenario() -> None:
        async with (
            AnswerDroppingProxy(server.port) as proxy,
            enrolled_desk(server, tenant, tmp_path, via=proxy.base_url) as desk,
        ):
            told = Recorder()
            desk.sync.add_listener(told)
            proxy.drop_answers = True
            issued = await desk.services.dispenser.draw(desk.queue_id("K"), patience=1.0)
            assert issued.offline and proxy.dropped >= 1
            proxy.drop_answers = False
            await desk.sync.sync_once()
            assert told.late == [] and told.rejected == []
            local = desk.local_ticket(issued.ticket_id)
            assert local is not None and local.label == issued.label
        assert _server_labels(server, tenant) == [issued.label]

    asyncio.run(scenario())

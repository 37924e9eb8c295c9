"""Desks pushing at the same moment: one gap-free branch log, no ticket called twice."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from counter_app.domain.tickets import TicketState
from counter_app.models import BranchChange, Ticket
from counter_app.protocol.messages import Change, Status
from counter_app.sync.client import SyncClient
from tests.support.desk import SimDesk, enrolled_desk
from tests.support.server_db import server_session
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant

STARTED = datetime(2026, 5, 4, 9, 0, tzinfo=UTC)


async def whole_log(client: SyncClient) -> list[Change]:
    """Every change of the client's branch, pulled from 0 in small pages."""
    snapshot = await client.snapshot()
    changes: list[Change] = []
    cursor = 0
    while True:
        page = await client.pull(cursor, snapshot.epoch, limit=7)
        assert not page.snapshot_required
        changes += page.changes
        if not page.has_more:
            return changes
        cursor = page.changes[-1].seq


async def busy_desk(desk: SimDesk, rounds: int) -> None:
    """Make a change and push it at once, like a desk at work, ``rounds`` times."""
    for n in range(rounds):
        if n % 3 == 2:
            desk.register_inquiry(STARTED, STARTED + timedelta(minutes=n))
        else:
            desk.issue_ticket("K" if n % 2 else "B")
        await desk.sync.push_all()


def test_two_desks_pushing_at_once_give_one_gap_free_branch_log(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    rounds = 24

    async def scenario() -> None:
        async with (
            enrolled_desk(server, tenant, tmp_path) as one,
            enrolled_desk(server, tenant, tmp_path) as two,
        ):
            await asyncio.gather(busy_desk(one, rounds), busy_desk(two, rounds))
            assert one.outbox.pending_count() == two.outbox.pending_count() == 0

            changes = await whole_log(one.client)
            seqs = [c.seq for c in changes]
            assert seqs == list(range(1, len(seqs) + 1))  # no gap, no repeat, in order
            tables = Counter(c.table for c in changes)
            assert tables == {"desk": 2, "ticket": 2 * 16, "inquiry": 2 * 8}
            # Numbers per queue came out unique and consecutive despite the interleaving.
            labels = [(c.row["prefix"], c.row["number"]) for c in changes if c.table == "ticket"]
            for prefix in ("K", "B"):
                numbers = sorted(n for p, n in labels if p == prefix)
                assert numbers == list(range(1, 17))
            # Both desks converge on the same tickets.
            await asyncio.gather(one.sync.pull_all(), two.sync.pull_all())
            assert local_labels(one) == local_labels(two)
            assert len(local_labels(one)) == 32

    asyncio.run(scenario())


def local_labels(desk: SimDesk) -> list[tuple[uuid.UUID, str]]:
    with desk.db.connect() as connection:
        rows = connection.execute(select(Ticket.id, Ticket.prefix, Ticket.number)).all()
    return sorted((row.id, f"{row.prefix}{row.number}") for row in rows)


def test_twenty_desks_calling_next_at_once_never_get_the_same_ticket(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    callers, waiting = 20, 24

    async def scenario() -> None:
        async with contextlib.AsyncExitStack() as stack:
            desks = [
                await stack.enter_async_context(
                    enrolled_desk(
                        server,
                        tenant,
                        tmp_path,
                    )
                )
                for _ in range(callers)
            ]
            kiosk = desks[0]
            for _ in range(waiting):
                kiosk.issue_ticket("K")
            await kiosk.sync.push_all()
            for desk in desks:
                await desk.sync.pull_all()

            numbers = [desk.call_next("K") for desk in desks]
            results = await asyncio.gather(
                *(
                    desk.sync.push_contended(number, timeout=30.0)
                    for desk, number in zip(desks, numbers, strict=True)
                )
            )
            assert [r.status for r in results] == [Status.APPLIED] * callers
            called = [r.result["ticket_id"] for r in results]
            assert len(set(called)) == callers
            # The longest-waiting tickets were the ones called: K001..K020.
            assert sorted(r.result["label"] for r in results) == [
                f"K{n:03d}" for n in range(1, callers + 1)
            ]

        with server_session(server.database_url) as session:
            tickets = session.scalars(
                select(Ticket).where(Ticket.municipality_id == tenant.municipality_id)
            ).all()
            log = session.scalars(
                select(BranchChange).where(BranchChange.branch_id == tenant.branch_ids["HB"])
            ).all()
        states = Counter(t.state for t in tickets)
        assert states == {TicketState.CALLED: callers, TicketState.WAITING: waiting - callers}
        assert {str(t.id) for t in tickets if t.state is TicketState.CALLED} == set(called)
        callers_of = Counter(t.called_by_desk_id for t in tickets if t.called_by_desk_id)
        assert set(callers_of.values()) == {1}
        calls_logged = Counter(
            c.row["id"] for c in log if c.table_name == "ticket" and c.row["state"] == "called"
        )
        assert set(calls_logged.values()) == {1} and len(calls_logged) == callers

    asyncio.run(scenario())


def test_ten_desks_calling_the_same_chosen_ticket_give_it_to_exactly_one(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    callers = 10

    async def scenario() -> None:
        async with contextlib.AsyncExitStack() as stack:
            desks = [
                await stack.enter_async_context(enrolled_desk(server, tenant, tmp_path))
                for _ in range(callers)
            ]
            issued = await desks[0].services.dispenser.draw(desks[0].queue_id("K"))
            for desk in desks:
                await desk.sync.pull_all()
            outcomes = await asyncio.gather(
                *(desk.services.work.call(issued.ticket_id) for desk in desks)
            )
            winners = [o for o in outcomes if o.ticket_label == issued.label]
            assert len(winners) == 1
            assert {o.reason for o in outcomes if o is not winners[0]} == {"not_waiting"}
            holders = [desk for desk in desks if desk.services.queues.current_ticket()]
            assert len(holders) == 1

        with server_session(server.database_url) as session:
            ticket = session.get(Ticket, issued.ticket_id)
        assert ticket is not None and ticket.state is TicketState.CALLED

    asyncio.run(scenario())

"""The ticket lists a window shows are read again at every live change; the reader keeps
the views of rows that did not change and converts the rest. Whatever changed must show."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from counter_app.services import ticket_views
from tests.support.desk import enrolled_desk
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant


@pytest.mark.parametrize("by_id", [ticket_views.MAX_BY_ID, 1], ids=["by-id", "by-conditions"])
def test_each_read_shows_the_rows_as_they_are_now(
    server: ServerProcess,
    tenant: Tenant,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    by_id: int,
) -> None:
    # Changed rows are read again by id, or, when many changed, by the list's conditions.
    monkeypatch.setattr(ticket_views, "MAX_BY_ID", by_id)

    async def scenario() -> None:
        async with (
            enrolled_desk(server, tenant, tmp_path) as desk,
            enrolled_desk(server, tenant, tmp_path) as kiosk,
        ):
            queues = desk.services.queues
            for _ in range(3):
                desk.issue_ticket("K")
            before = queues.waiting_tickets()
            assert [t.label for t in before] == ["K…"] * 3
            assert not any(t.confirmed for t in before)
            again = queues.waiting_tickets()
            assert [a is b for a, b in zip(before, again, strict=True)] == [True] * 3

            # The server numbers them: the same rows, changed, must show their numbers.
            await desk.sync.push_all()
            await desk.sync.pull_all()
            numbered = queues.waiting_tickets()
            assert [t.label for t in numbered] == ["K001", "K002", "K003"]
            assert all(t.confirmed for t in numbered)
            assert [t.id for t in numbered] == [t.id for t in before]

            # A ticket from another desk joins the end; the one called leaves the list.
            number, _ = kiosk.issue_ticket("K")
            await kiosk.sync.push_contended(number)
            await desk.sync.pull_all()
            called = await desk.services.work.call_next([desk.queue_id("K")])
            assert called.ticket_label == "K001"
            after = queues.waiting_tickets()
            assert [t.label for t in after] == ["K002", "K003", "K004"]
            assert after[0] is numbered[1]  # unchanged rows keep their view
            current = queues.current_ticket()
            assert current is not None and current.label == "K001"

    asyncio.run(scenario())

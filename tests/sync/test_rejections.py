"""A mutation the server rejects undoes its local effect and is kept until shown."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path

from counter_app.models import OutboxStatus
from counter_app.protocol.messages import Status
from tests.support.desk import enrolled_desk
from tests.support.listener import Recorder
from tests.support.server_process import ServerProcess
from tests.support.tenants import STAFF_CODE, Tenant


def test_a_rejected_ticket_issue_removes_the_local_pending_ticket(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path) as desk:
            told = Recorder()
            desk.sync.add_listener(told)
            # A staff member the server does not know: the server says no to the ticket.
            bad_number, bad_ticket = desk.issue_ticket("K", staff_id=uuid.uuid4())
            signed_in = await desk.services.staff.sign_in("AB", STAFF_CODE)
            assert signed_in.staff_id == tenant.staff_id
            good_number, good_ticket = desk.issue_ticket("K")  # Anna's, being signed in
            assert desk.local_ticket(bad_ticket) is not None

            await desk.sync.sync_once()

            assert desk.local_ticket(bad_ticket) is None
            good = desk.local_ticket(good_ticket)
            assert good is not None and good.label == "K001"
            [entry] = desk.outbox_entries()
            assert entry.number == bad_number
            assert (entry.status, entry.reason) == (OutboxStatus.REJECTED, "unknown_staff")
            assert entry.detail
            assert [(r.number, r.status) for r in told.rejected] == [(bad_number, Status.REJECTED)]
            assert {"ticket"} in told.changed
            assert [r.number for r in desk.outbox.rejections()] == [bad_number]
            assert desk.outbox.pending_count() == 0
            assert good_number == bad_number + 1

            desk.outbox.dismiss(bad_number)
            assert desk.outbox_entries() == []

    asyncio.run(scenario())


def test_a_pending_local_ticket_survives_a_snapshot(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path) as desk:
            _, ticket_id = desk.issue_ticket("K")
            snapshot = await desk.client.snapshot()
            desk.sync.replica.apply_snapshot(desk.enrolled.branch_id, snapshot)
            kept = desk.local_ticket(ticket_id)
            assert kept is not None and kept.number is None
            await desk.sync.sync_once()
            confirmed = desk.local_ticket(ticket_id)
            assert confirmed is not None and confirmed.label == "K001"

    asyncio.run(scenario())

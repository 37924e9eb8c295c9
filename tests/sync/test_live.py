"""The live channel: a poke with the branch's new change number after any desk's push,
also when the push went through another server process (PostgreSQL LISTEN/NOTIFY)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator
from pathlib import Path
from typing import Any

import pytest
import websockets

from counter_app.protocol.messages import Poke, PullResponse, Status
from counter_app.sync.live import live_url, pokes
from tests.support.desk import SimDesk, enrolled_desk
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant

POKE_TIMEOUT = 5.0


async def poke_reaching(stream: AsyncGenerator[Poke], seq: int) -> Poke:
    """The first poke at or past ``seq`` (pokes coalesce, so some may be skipped)."""
    async with asyncio.timeout(POKE_TIMEOUT):
        async for poke in stream:
            if poke.seq >= seq:
                return poke
    raise AssertionError("the live channel closed")


async def push_one_ticket(desk: SimDesk) -> int:
    number, _ = desk.issue_ticket("K")
    result = await desk.sync.push_contended(number, timeout=10.0)
    assert result.status is Status.APPLIED and result.branch_seq is not None
    return result.branch_seq


def test_a_listening_desk_is_poked_after_another_desks_push(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with (
            enrolled_desk(server, tenant, tmp_path) as listener,
            enrolled_desk(server, tenant, tmp_path) as pusher,
            contextlib.aclosing(pokes(server.base_url, listener.client.token or "")) as stream,
        ):
            first = await poke_reaching(stream, 0)  # sent on connect: where the branch is
            assert first.branch_id == listener.enrolled.branch_id
            seq = await push_one_ticket(pusher)
            assert seq > first.seq
            poke = await poke_reaching(stream, seq)
            assert poke.seq == seq

    asyncio.run(scenario())


def test_the_engine_pulls_when_poked(server: ServerProcess, tenant: Tenant, tmp_path: Path) -> None:
    async def scenario() -> None:
        async with (
            # Polling slower than the test: only the poke can bring the change in time.
            enrolled_desk(
                server,
                tenant,
                tmp_path,
                poll_interval=60,
            ) as listener,
            enrolled_desk(server, tenant, tmp_path) as pusher,
        ):
            listener.sync.start()
            async with asyncio.timeout(POKE_TIMEOUT):
                while not listener.sync.status.live:
                    await asyncio.sleep(0.02)
            number, ticket_id = pusher.issue_ticket("K")
            await pusher.sync.push_contended(number)
            async with asyncio.timeout(POKE_TIMEOUT):
                while listener.local_ticket(ticket_id) is None:
                    await asyncio.sleep(0.02)
            copy = listener.local_ticket(ticket_id)
            assert copy is not None and copy.label == "K001"

    asyncio.run(scenario())


def test_the_live_channel_refuses_an_unknown_token(server: ServerProcess) -> None:
    async def scenario() -> None:
        with pytest.raises(websockets.InvalidStatus) as refused:
            async with websockets.connect(
                live_url(server.base_url), additional_headers={"authorization": "Bearer nope"}
            ):
                pass
        assert refused.value.response.status_code == 403

    asyncio.run(scenario())


@pytest.mark.parametrize(
    "shared_server", [pytest.param("postgresql", marks=pytest.mark.postgres)], indirect=True
)
def test_a_poke_crosses_server_processes_through_postgresql(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    second = ServerProcess(server.database_url, tmp_path / "second-server.log")
    second.start()
    try:

        async def scenario() -> None:
            async with (
                enrolled_desk(server, tenant, tmp_path) as listener,
                enrolled_desk(second, tenant, tmp_path) as pusher,
                contextlib.aclosing(pokes(server.base_url, listener.client.token or "")) as stream,
            ):
                await poke_reaching(stream, 0)
                seq = await push_one_ticket(pusher)
                poke = await poke_reaching(stream, seq)
                assert poke.seq == seq
                assert poke.branch_id == listener.enrolled.branch_id

        asyncio.run(scenario())
    finally:
        second.stop()


def test_a_call_pulls_its_own_change_once(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    """The call's answer names its change; the poke for it comes too. The desk pulls the
    change once, not again for the poke and the push (each pull is a request and a
    write at every desk of the branch: it showed in the propagation benchmark)."""

    async def scenario() -> None:
        async with (
            enrolled_desk(server, tenant, tmp_path, poll_interval=60) as caller,
            enrolled_desk(server, tenant, tmp_path) as kiosk,
        ):
            for _ in range(3):
                number, _ = kiosk.issue_ticket("K")
                await kiosk.sync.push_contended(number)
            await caller.sync.pull_all()
            caller.sync.start()
            async with asyncio.timeout(POKE_TIMEOUT):
                while not caller.sync.status.live:
                    await asyncio.sleep(0.02)
            await asyncio.sleep(0.3)  # the connect poke's pull, if any, is over
            pulled: list[int] = []
            pull = caller.client.pull

            async def counted(*args: Any, **kwargs: Any) -> PullResponse:
                page = await pull(*args, **kwargs)
                pulled.append(len(page.changes))
                return page

            caller.client.pull = counted  # type: ignore[method-assign]
            for _ in range(3):
                outcome = await caller.services.work.call_next([caller.queue_id("K")])
                assert outcome.ticket_label is not None
                await asyncio.sleep(0.3)  # the poke of the call arrives meanwhile
            assert len(pulled) == 3 and all(pulled), pulled

    asyncio.run(scenario())

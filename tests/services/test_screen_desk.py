"""A branch library's desk and central caseworker desks, as real desks against one
server with live pokes: forward, accept, talk, finish and register; both ends see every
move within a second; of two caseworkers accepting at once, one wins."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from counter_app.domain.inquiries import Channel, Outcome
from counter_app.domain.screen_inquiries import ScreenInquiryState
from counter_app.domain.timezone import utc_now
from counter_app.models import Inquiry
from counter_app.sync.engine import OfflineError
from tests.support.desk import SimDesk, enrolled_desk
from tests.support.server_db import server_session
from tests.support.server_process import ServerProcess
from tests.support.tenants import STAFF_CODE, Tenant, add_screen_room

LIVE_WITHIN = 1.0  # seconds: the bound for the other end to see a move


async def _seen_within(check: Callable[[], bool], limit: float = LIVE_WITHIN) -> float:
    """Seconds until ``check()`` holds (the desk's own engine pulls on the live poke)."""
    began = time.monotonic()
    while not check():
        if time.monotonic() - began > limit:
            raise AssertionError(f"not seen within {limit} s")
        await asyncio.sleep(0.01)
    return time.monotonic() - began


async def _open_caseworker(desk: SimDesk) -> None:
    desk.services.work.set_presence(open_=True, queue_ids=[desk.queue_id("B")])
    await desk.sync.push_all()


def test_forward_accept_talk_finish_and_register_between_two_live_desks(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    add_screen_room(server.database_url, tenant)

    async def scenario() -> None:
        async with (
            enrolled_desk(
                server, tenant, tmp_path, name="Filial", kind="branch", branch="NORD"
            ) as library,
            enrolled_desk(server, tenant, tmp_path, name="BS 1", kind="caseworker") as central,
        ):
            await _open_caseworker(central)
            for desk in (library, central):
                desk.sync.start()
            branch, caseworker = library.services.screens, central.services.screens
            (room,) = branch.rooms()
            assert room.name == "Skærm 1"
            assert branch.receiving_branch() == (tenant.branch_ids["HB"], "HB")
            outcome = await branch.forward(
                service_id=tenant.service_id, room_id=room.id, first_name=" Ida "
            )
            assert outcome.screen_inquiry_id is not None, outcome
            await _seen_within(lambda: len(caseworker.queue()) == 1)
            (waiting,) = caseworker.queue()
            assert (waiting.from_branch, waiting.screen, waiting.first_name) == (
                "NORD",
                "Skærm 1",
                "Ida",
            )
            assert waiting.service_name == "MitID: udstedelse"
            assert waiting.state is ScreenInquiryState.WAITING and not waiting.mine

            await central.services.staff.sign_in("LE", STAFF_CODE)
            accepted = await caseworker.accept(waiting.id)
            assert accepted.accepted and accepted.video_url == room.video_url
            await _seen_within(
                lambda: branch.forwarded_today()[0].state is ScreenInquiryState.ACCEPTED
            )
            (seen,) = branch.forwarded_today()
            assert seen.caseworker == "Lene" and seen.video_url == room.video_url
            assert caseworker.queue()[0].mine

            caseworker.start(waiting.id)
            await _seen_within(
                lambda: branch.forwarded_today()[0].state is ScreenInquiryState.IN_CALL
            )
            caseworker.finish(waiting.id)
            assert caseworker.queue() == []  # done at once at the caseworker's desk
            now = utc_now()
            central.services.inquiries.register(
                channel=Channel.SCREEN,
                outcome=Outcome.RESOLVED,
                started_at=now,
                ended_at=now,
                service_ids=[tenant.service_id],
                screen_inquiry_id=waiting.id,
            )
            await _seen_within(lambda: branch.forwarded_today()[0].state is ScreenInquiryState.DONE)
            await _seen_within(lambda: central.outbox.pending_count() == 0)
        with server_session(server.database_url) as session:
            stored = session.scalars(
                select(Inquiry).where(Inquiry.municipality_id == tenant.municipality_id)
            ).one()
        assert stored.channel is Channel.SCREEN
        assert stored.source_branch_id == tenant.branch_ids["NORD"]
        assert stored.screen_inquiry_id == waiting.id

    asyncio.run(scenario())


def test_two_caseworkers_accept_at_once_and_one_wins(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    room_id = add_screen_room(server.database_url, tenant)

    async def scenario() -> None:
        async with (
            enrolled_desk(
                server, tenant, tmp_path, name="Filial", kind="branch", branch="NORD"
            ) as library,
            enrolled_desk(server, tenant, tmp_path, name="BS 1", kind="caseworker") as first,
            enrolled_desk(server, tenant, tmp_path, name="BS 2", kind="caseworker") as second,
        ):
            await _open_caseworker(first)
            outcome = await library.services.screens.forward(
                service_id=tenant.service_id, room_id=room_id
            )
            assert outcome.screen_inquiry_id is not None
            for desk in (first, second):
                await desk.sync.pull_all()
            answers = await asyncio.gather(
                first.services.screens.accept(outcome.screen_inquiry_id),
                second.services.screens.accept(outcome.screen_inquiry_id),
            )
            assert sorted(a.accepted for a in answers) == [False, True]
            winner, loser = (0, 1) if answers[0].accepted else (1, 0)
            assert answers[loser].reason == "already_taken"
            assert answers[loser].taken_by == ("BS 1", "BS 2")[winner]
            for desk in (first, second):
                assert desk.outbox_entries() == []  # the refusal is an answer, not a backlog
            await second.sync.pull_all()
            (row,) = second.services.screens.queue()
            assert row.mine is (winner == 1)

    asyncio.run(scenario())


def test_nobody_on_shift_gives_the_time_and_forwarding_offline_says_so(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    room_id = add_screen_room(server.database_url, tenant)

    async def scenario() -> None:
        async with enrolled_desk(
            server, tenant, tmp_path, name="Filial", kind="branch", branch="NORD"
        ) as library:
            screens = library.services.screens
            # The tenant has no borgerservice shifts and no caseworker desk open.
            outcome = await screens.forward(service_id=tenant.service_id, room_id=room_id)
            assert (outcome.screen_inquiry_id, outcome.reason) == (None, "no_caseworker")
            assert outcome.available_from is None
            assert library.outbox_entries() == []
            server.stop()
            try:
                with pytest.raises(OfflineError):
                    await screens.forward(service_id=tenant.service_id, room_id=room_id)
            finally:
                server.start()
            assert library.outbox.pending_count() == 0  # withdrawn: never applied later
            await library.sync.push_all()
            assert screens.forwarded_today() == []

    asyncio.run(scenario())

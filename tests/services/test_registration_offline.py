"""A book bus registers a whole day offline: inquiries with services, referrals,
callbacks (opened and closed), quick tallies. On return everything reaches the server
exactly once, and the desk ends with the server's rows, not copies of its own."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from counter_app.domain.inquiries import CallbackState, Channel, Outcome
from counter_app.domain.timezone import utc_now
from counter_app.models import AppliedMutation, Callback, Inquiry, InquiryService
from counter_app.protocol.messages import Status
from counter_app.services.inquiry_desk import CallbackRequest
from tests.support.desk import enrolled_desk
from tests.support.server_db import server_session
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant

DAY_OF_CONTACTS = 120


def test_a_day_of_registrations_on_a_book_bus_syncs_exactly_once(
    server: ServerProcess, tenant: Tenant, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with enrolled_desk(server, tenant, tmp_path, name="Bogbus", kind="branch") as bus:
            services = bus.services
            catalogue = {s.code: s for s in services.catalogue.services("da")}
            assert services.catalogue.serving_limit() is not None  # a branch desk has one
            server.stop()
            start = utc_now() - timedelta(hours=8)
            for n in range(DAY_OF_CONTACTS):
                began = start + timedelta(minutes=4 * n)
                services.inquiries.register(
                    channel=Channel.COUNTER,
                    outcome=Outcome.REFERRED if n % 10 == 0 else Outcome.RESOLVED,
                    referred_to="skat" if n % 10 == 0 else "",
                    started_at=began,
                    ended_at=began + timedelta(minutes=3),
                    service_ids=[catalogue["borrower"].id, catalogue["loans"].id][: 1 + n % 2],
                    limit_seconds=300,
                )
            services.inquiries.register(
                channel=Channel.PHONE,
                outcome=Outcome.CALLBACK,
                started_at=start,
                ended_at=start + timedelta(minutes=2),
                service_ids=[catalogue["payment"].id],
                callback=CallbackRequest(
                    group_code="fees",
                    due_at=start + timedelta(days=1),
                    citizen_name="Karen",
                    citizen_contact="12345678",
                ),
            )
            (callback,) = services.callbacks.open_callbacks("da")
            assert callback.service_names == ("Betaling (gebyrer, erstatninger)",)
            services.callbacks.finish(
                callback.id,
                started_at=start + timedelta(hours=2),
                ended_at=start + timedelta(hours=2, minutes=5),
            )
            assert services.callbacks.open_callbacks("da") == []
            for _ in range(5):
                tallied = services.inquiries.tally()
            assert tallied == 5
            registered = DAY_OF_CONTACTS + 2 + 5
            assert bus.outbox.pending_count() == registered

            server.start()
            await bus.sync.push_all()
            await bus.sync.push_all()  # again: nothing is sent twice
            assert bus.outbox_entries() == []  # nothing waiting, nothing rejected
            await bus.sync.pull_all()

            with server_session(server.database_url) as session:
                desk_id = bus.enrolled.desk_id
                on_server = session.scalar(
                    select(func.count(Inquiry.id)).where(Inquiry.desk_id == desk_id)
                )
                links = session.scalar(
                    select(func.count(InquiryService.id))
                    .join(Inquiry, Inquiry.id == InquiryService.inquiry_id)
                    .where(Inquiry.desk_id == desk_id)
                )
                referred = session.scalar(
                    select(func.count(Inquiry.id)).where(
                        Inquiry.desk_id == desk_id, Inquiry.referred_to == "skat"
                    )
                )
                closed = session.scalars(
                    select(Callback.state).where(Callback.municipality_id == tenant.municipality_id)
                ).all()
                applied = session.scalar(
                    select(func.count()).where(
                        AppliedMutation.desk_id == desk_id,
                        AppliedMutation.status == Status.APPLIED.value,
                    )
                )
            assert on_server == registered
            # 60 contacts with one service, 60 with two, the callback's and its closing's.
            assert links == 60 + 120 + 1 + 1
            assert referred == DAY_OF_CONTACTS // 10
            assert closed == [CallbackState.DONE]
            assert applied == registered
            with bus.db.connect() as connection:
                local = connection.scalar(select(func.count()).select_from(Inquiry))
                local_links = connection.scalar(select(func.count()).select_from(InquiryService))
            assert (local, local_links) == (registered, links)

    asyncio.run(scenario())

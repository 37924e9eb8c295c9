"""Registering an inquiry at a desk with no server: kept locally, queued, never lost."""

from __future__ import annotations

import asyncio
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.inquiries import Channel, InquiryRuleError, Outcome
from counter_app.domain.org import DeskKind
from counter_app.domain.timezone import utc_now
from counter_app.models import Branch, Desk, Inquiry, Municipality, OutboxEntry
from counter_app.protocol.messages import EnrollResponse
from counter_app.services.inquiry_desk import InquiryDesk
from counter_app.sync.client import SyncClient
from counter_app.sync.engine import SyncEngine
from counter_app.sync.identity import save_identity
from counter_app.sync.local_db import open_desk_database
from counter_app.sync.outbox import Outbox
from counter_app.sync.replica import Replica


def test_inquiries_registered_offline_wait_in_the_outbox(tmp_path: Path) -> None:
    async def scenario() -> None:
        db = open_desk_database(tmp_path / "desk.sqlite")
        town, branch, desk_id = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        with Session(db) as session, session.begin():  # what the first snapshot brings
            session.add(Municipality(id=town, name="T", code="t"))
            session.flush()  # no ORM relationships, so parents are written first by hand
            session.add(Branch(id=branch, municipality_id=town, name="B", code="B"))
            session.flush()
            session.add(
                Desk(
                    id=desk_id,
                    municipality_id=town,
                    branch_id=branch,
                    name="Bus",
                    kind=DeskKind.BRANCH,
                    mobile=True,
                )
            )
        identity = save_identity(
            db,
            EnrollResponse(
                token="t",
                desk_id=desk_id,
                desk_name="Bus",
                branch_id=branch,
                municipality_id=town,
                last_applied_number=7,
            ),
            "http://127.0.0.1:9",
        )
        client = SyncClient("http://127.0.0.1:9")  # nobody there: the desk is offline
        sync = SyncEngine(
            client=client,
            outbox=Outbox(db, utc_now),
            replica=Replica(db, utc_now),
            branch_id=branch,
        )
        desk = InquiryDesk(engine=db, sync=sync, identity=identity, clock=utc_now)
        start = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
        ids = [
            desk.register(
                channel=Channel.PHONE,
                outcome=Outcome.RESOLVED,
                started_at=start + timedelta(minutes=i),
                ended_at=start + timedelta(minutes=i + 3),
            )
            for i in range(3)
        ]
        with pytest.raises(InquiryRuleError):
            desk.register(
                channel=Channel.COUNTER,
                outcome=Outcome.RESOLVED,
                started_at=start,
                ended_at=start - timedelta(minutes=1),
            )
        with Session(db) as session:
            assert sorted(session.scalars(select(Inquiry.id))) == sorted(ids)
            numbers = list(session.scalars(select(OutboxEntry.number).order_by(OutboxEntry.number)))
        assert numbers == [8, 9, 10]  # numbering goes on after what the server applied
        assert sync.outbox.pending_count() == 3
        await client.aclose()
        db.dispose()

    asyncio.run(scenario())

"""A desk keeps a refused change (with the citizen's name and contact in its payload) only
until the municipality's retention period has passed; unsent changes are never dropped."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.models import DeskIdentity, Municipality, OutboxEntry, OutboxStatus
from counter_app.sync.local_db import open_desk_database
from counter_app.sync.outbox import Outbox

NOW = datetime(2026, 4, 10, 12, tzinfo=UTC)


def test_refused_changes_are_forgotten_after_the_retention_period(tmp_path: Path) -> None:
    engine = open_desk_database(tmp_path / "desk.sqlite")
    try:
        town = uuid.uuid4()
        with Session(engine) as session, session.begin():
            session.add(Municipality(id=town, name="Kommune", code="k", contact_retention_days=7))
            session.add(
                DeskIdentity(
                    desk_id=uuid.uuid4(),
                    desk_name="KVIK 1",
                    branch_id=uuid.uuid4(),
                    municipality_id=town,
                    server_url="http://server",
                    last_number=4,
                )
            )
            for number, status, days_ago in (
                (1, OutboxStatus.REJECTED, 8),  # refused, past 7 days: forgotten
                (2, OutboxStatus.REJECTED, 6),  # refused, within: kept to be shown
                (3, OutboxStatus.PENDING, 30),  # not sent yet (offline a month): kept
            ):
                session.add(
                    OutboxEntry(
                        number=number,
                        id=uuid.uuid4(),
                        type="appointment.book",
                        version=1,
                        client_time=NOW - timedelta(days=days_ago),
                        payload={"citizen_name": "Ole", "citizen_contact": "+45 12 34 56 78"},
                        status=status,
                    )
                )
        outbox = Outbox(engine=engine, clock=lambda: NOW)

        assert outbox.forget_old_rejections(NOW) == 1

        with Session(engine) as session:
            assert sorted(session.scalars(select(OutboxEntry.number))) == [2, 3]
        assert outbox.forget_old_rejections(NOW) == 0
    finally:
        engine.dispose()

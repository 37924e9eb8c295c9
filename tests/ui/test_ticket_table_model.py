"""The waiting-tickets model: Qt's model checks, and a waiting time nobody misreads."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from pytestqt.modeltest import ModelTester

from counter_app.domain.tickets import TicketState
from counter_app.services.views import TicketView
from counter_app.ui.ticket_table_model import WAITED, TicketTableModel, waited_text

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=UTC)


def test_waited_time_is_whole_minutes() -> None:
    assert waited_text(0) == "< 1 min"
    assert waited_text(59.9) == "< 1 min"
    assert waited_text(132) == "2 min"
    assert waited_text(75 * 60 + 5) == "75 min"
    assert waited_text(-30) == "< 1 min"  # a desk clock a little behind the server's


def test_model_passes_qts_checks_and_shows_rows(qtmodeltester: ModelTester) -> None:
    model = TicketTableModel(lambda: NOW)
    qtmodeltester.check(model)
    queue = uuid.uuid4()
    model.set_tickets(
        [
            TicketView(
                uuid.uuid4(),
                "K001",
                queue,
                "KVIK",
                TicketState.WAITING,
                NOW - timedelta(minutes=12),
                None,
                True,
            ),
            TicketView(
                uuid.uuid4(),
                "K…",
                queue,
                "KVIK",
                TicketState.WAITING,
                NOW - timedelta(seconds=20),
                None,
                False,
            ),
        ]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.index(0, 0).data() == "K001"
    assert model.index(0, WAITED).data() == "12 min"
    assert model.index(1, WAITED).data() == "< 1 min"

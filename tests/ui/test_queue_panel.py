"""The queue panel keeps the ticket a person chose when the list changes under it."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from counter_app.domain.org import Resource
from counter_app.domain.tickets import TicketState
from counter_app.services.views import QueueView, TicketView
from counter_app.ui.queue_panel import QueuePanel, wait_text

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _ticket(label: str) -> TicketView:
    return TicketView(
        id=uuid.uuid4(),
        label=label,
        queue_id=uuid.uuid4(),
        queue_name="KVIK",
        state=TicketState.WAITING,
        issued_at=NOW,
        called_at=None,
        confirmed=True,
    )


def test_the_chosen_ticket_stays_chosen_when_another_desk_calls_one(qtbot: QtBot) -> None:
    panel = QueuePanel(lambda: NOW)
    qtbot.addWidget(panel)
    k1, k2, k3 = _ticket("K001"), _ticket("K002"), _ticket("K003")
    panel.show_tickets([k1, k2, k3])
    panel.choose(k3.id)
    panel.show_tickets([k2, k3])  # K001 was called elsewhere: the rows move up
    chosen = panel.chosen_ticket()
    assert chosen is not None and chosen.label == "K003"
    panel.show_tickets([k2])  # K003 is gone: nothing is chosen by accident
    assert panel.chosen_ticket() is None


def test_expected_wait_reads_in_whole_minutes_rounded_up() -> None:
    assert wait_text(None) == ""
    assert wait_text(timedelta(0)) == "0 min"
    assert wait_text(timedelta(minutes=4, seconds=1)) == "~5 min"


def test_a_caseworker_calls_from_the_borgerservice_queue_by_default(qtbot: QtBot) -> None:
    queues = [
        QueueView(uuid.uuid4(), "KVIK", "K", 0),
        QueueView(uuid.uuid4(), "Borgerservice", "B", 2, resource=Resource.CITIZEN_SERVICE),
        QueueView(uuid.uuid4(), "Bibliotekar", "L", 0, resource=Resource.LIBRARIAN),
    ]
    caseworker, kvik = QueuePanel(lambda: NOW), QueuePanel(lambda: NOW)
    qtbot.addWidget(caseworker)
    qtbot.addWidget(kvik)
    caseworker.show_queues(queues, prefer=Resource.CITIZEN_SERVICE)
    kvik.show_queues(queues)
    assert caseworker.selected_queue_ids() == [queues[1].id]
    assert kvik.selected_queue_ids() == [queues[0].id]

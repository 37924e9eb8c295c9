"""The bar saying what waits to be sent: when it shows, its words (only the kinds that
wait, with their numbers), the last connection in Copenhagen time, and its colours."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from counter_app.services.sync_backlog import Backlog, WaitingKind
from counter_app.sync.engine import SyncStatus
from counter_app.ui.sync_backlog_bar import SyncBacklogBar

# The last Sunday of October 2026: at 01:00 UTC Copenhagen goes from summer time (+2) to
# winter time (+1). 12:00 UTC is 13:00 in Copenhagen.
NOW = datetime(2026, 10, 25, 12, 0, tzinfo=UTC)
MORNING = datetime(2026, 10, 25, 7, 12, tzinfo=UTC)  # 08:12 in Copenhagen (winter time)
OFFLINE = SyncStatus(online=False, live=False, pending=3)
ONLINE = SyncStatus(online=True, live=True, pending=0)


def _backlog(*, mobile: bool = False, last: datetime | None = MORNING, **waiting: int) -> Backlog:
    return Backlog(
        waiting={WaitingKind(kind): count for kind, count in waiting.items()},
        last_synced_at=last,
        mobile=mobile,
    )


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def bar(window: QWidget) -> SyncBacklogBar:
    """A bar in a shown window, so that its own visibility is what the test sees."""
    widget = SyncBacklogBar(window)
    window.show()
    return widget


def test_the_book_bus_always_shows_the_bar(bar: SyncBacklogBar) -> None:
    bar.show_backlog(_backlog(mobile=True), ONLINE, NOW)
    assert bar.isVisible()
    assert bar.text.text() == "Book bus connected. Everything is sent."
    assert not bar.offline_note.isVisible()
    bar.show_backlog(_backlog(mobile=True), OFFLINE, NOW)
    assert bar.isVisible()
    assert bar.text.text() == (
        "Book bus without connection. Nothing is waiting to be sent. Last connected 08:12."
    )


def test_another_desk_shows_it_only_offline_with_changes_waiting(bar: SyncBacklogBar) -> None:
    assert not bar.isVisible()  # nothing shown yet
    bar.show_backlog(_backlog(registration=2), OFFLINE, NOW)
    assert bar.isVisible()
    assert bar.text.text() == (
        "No connection to the server. Waiting to be sent: 2 registration(s). Everything is "
        "kept and sent when the connection is back. Last connected 08:12."
    )
    assert not bar.offline_note.isVisible()  # the note is for the book bus
    bar.show_backlog(_backlog(), OFFLINE, NOW)
    assert not bar.isVisible()  # offline, but nothing waits
    bar.show_backlog(_backlog(registration=2), ONLINE, NOW)
    assert not bar.isVisible()  # online: the top bar says it is sending
    bar.show_backlog(_backlog(), ONLINE, NOW)
    assert not bar.isVisible()


def test_only_the_kinds_that_wait_are_named_with_their_numbers(bar: SyncBacklogBar) -> None:
    backlog = _backlog(mobile=True, registration=42, booking=2, appointment_change=1)
    bar.show_backlog(backlog, OFFLINE, NOW)
    assert bar.text.text() == (
        "Book bus without connection. Waiting to be sent: 42 registration(s), 2 booking(s) "
        "(not yet confirmed), 1 appointment change(s). Everything is kept and sent when the "
        "connection is back. Last connected 08:12."
    )
    assert bar.offline_note.isVisible()
    assert bar.offline_note.text().startswith("Works without connection: registrations")
    assert "Needs a connection: screen inquiries and calling numbers." in bar.offline_note.text()

    every = _backlog(registration=0, ticket=5, other=1, booking=0)
    assert bar.kinds_text(every) == "5 ticket change(s), 1 other change(s)"


def test_online_the_book_bus_says_it_is_sending(bar: SyncBacklogBar) -> None:
    bar.show_backlog(_backlog(mobile=True, registration=3, ticket=1), ONLINE, NOW)
    assert bar.text.text() == "Book bus connected. Sending 4 change(s)…"


@pytest.mark.parametrize(
    ("last", "said"),
    [
        (MORNING, "Last connected 08:12."),
        # 22:30 UTC the evening before is 00:30 on the 25th in summer time: today.
        (datetime(2026, 10, 24, 22, 30, tzinfo=UTC), "Last connected 00:30."),
        # 21:30 UTC is 23:30 on the 24th in Copenhagen: yesterday, with the date.
        (datetime(2026, 10, 24, 21, 30, tzinfo=UTC), "Last connected 24/10 23:30."),
        (datetime(2026, 10, 3, 6, 5, tzinfo=UTC), "Last connected 3/10 08:05."),
        (datetime(2025, 11, 23, 7, 12, tzinfo=UTC), "Last connected 23/11/2025 08:12."),
        (None, "Never connected yet."),
    ],
)
def test_the_last_connection_in_copenhagen_time(
    bar: SyncBacklogBar, last: datetime | None, said: str
) -> None:
    bar.show_backlog(_backlog(last=last, booking=1), OFFLINE, NOW)
    assert bar.text.text().endswith(" " + said)


def test_amber_while_offline_and_green_online(bar: SyncBacklogBar) -> None:
    bar.show_backlog(_backlog(mobile=True, other=1), OFFLINE, NOW)
    assert bar.property("state") == "offline"
    offline_colour = bar.text.palette().windowText().color().name()
    bar.show_backlog(_backlog(mobile=True), ONLINE, NOW)
    assert bar.property("state") == "online"
    online_colour = bar.text.palette().windowText().color().name()
    assert (offline_colour, online_colour) == ("#5c1a00", "#0f3d24")


def test_the_bar_has_an_accessible_name(bar: SyncBacklogBar) -> None:
    assert bar.accessibleName() == "Changes waiting to be sent"
    assert bar.text.accessibleName() and bar.offline_note.accessibleName()

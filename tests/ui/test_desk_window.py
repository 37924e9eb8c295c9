"""The desk window against a real server: live updates and call next, in Danish."""

from __future__ import annotations

from pathlib import Path

import qasync
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counter_app.app.startup import RunningDesk, start_desk
from counter_app.ui.desk_window import DeskWindow
from counter_app.ui.screens import WindowOptions, build_window
from tests.ui.conftest import desk_settings
from tests.ui.signals import wait_for_condition


def _kvik_queue(desk: RunningDesk) -> object:
    return next(q.id for q in desk.services.queues.queues() if q.prefix == "K")


def desk_window(desk: RunningDesk) -> DeskWindow:
    """The desk window of a started desk, as the program builds it."""
    window = build_window(desk.services, WindowOptions(mode="desk"))
    assert isinstance(window, DeskWindow)
    return window


def _labels(window: DeskWindow) -> list[str]:
    return [ticket.label for ticket in window.queue_panel.model.tickets()]


def test_ticket_from_another_desk_appears_within_a_second_and_is_called(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        here = await start_desk(desk_settings(tmp_path, "KVIK 1"))
        other: RunningDesk | None = None
        try:
            window = desk_window(here)
            qtbot.addWidget(window)
            here.sync.start()
            window.show()
            # The live channel must be up, or the change would only come with the next poll.
            await wait_for_condition(
                window._bridge.status_changed, lambda: here.sync.status.live, timeout=5
            )
            assert window.serving_panel.ticket.text() == "Ingen kaldt"
            assert window.serving_panel.call_next.text() == "Kald næste (F2)"

            other = await start_desk(desk_settings(tmp_path, "KVIK 2"))
            assert other.embedded is not None and not other.embedded.hosted
            other.services.dispenser.issue_later(_kvik_queue(other))  # type: ignore[arg-type]
            await other.sync.push_all()  # committed on the server from here on
            took = await wait_for_condition(
                window.refreshed, lambda: _labels(window) == ["K001"], timeout=1.0
            )
            assert took < 1.0

            qtbot.mouseClick(window.serving_panel.call_next, Qt.MouseButton.LeftButton)
            await wait_for_condition(
                window.refreshed,
                lambda: (
                    window.serving_panel.ticket.text() == "K001"
                    and window.serving_panel.call_next.isEnabled()
                ),
                timeout=3.0,
            )
            assert _labels(window) == []

            qtbot.keyClick(window, Qt.Key.Key_F2)
            await wait_for_condition(
                window.serving_panel.message_shown,
                lambda: "Ingen borgere venter" in window.serving_panel.message.text(),
                timeout=3.0,
            )
            window.close()
        finally:
            if other is not None:
                await other.close()
            await here.close()

    qt_loop.run_until_complete(scenario())


def test_offline_desk_says_so_and_keeps_the_ticket_it_issued(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        here = await start_desk(desk_settings(tmp_path, "KVIK 1"))
        try:
            window = desk_window(here)
            qtbot.addWidget(window)
            window.show()
            assert here.embedded is not None
            here.embedded.stop()  # the server goes away
            window.queue_panel._issue_buttons[_kvik_queue(here)].click()  # type: ignore[index]
            # The desk numbers the ticket itself with its own letter (KVIK 1 has A).
            await wait_for_condition(
                window.serving_panel.message_shown,
                lambda: "K-A01" in window.serving_panel.message.text(),
                timeout=5.0,
            )
            assert _labels(window) == ["K-A01"]
            assert window.offline_hint.isVisible()
            assert "Du kan stadig udstede numre" in window.offline_hint.text()
            window.call_next()
            await wait_for_condition(
                window.serving_panel.message_shown,
                lambda: "Ingen forbindelse" in window.serving_panel.message.text(),
                timeout=5.0,
            )
            # The ticket and the desk's "open" notice wait to be sent.
            assert "2 ændringer venter" in window.top_bar.connection.text()
            window.close()
        finally:
            here.embedded = None  # already stopped
            await here.close()

    qt_loop.run_until_complete(scenario())

"""Here and now across two real desks: KVIK asks the idle librarian to take the citizen
at once (Ctrl+Shift+H); the librarian's desk shows the request and takes the citizen
(Ctrl+Shift+Y), or declines and the citizen is back at KVIK."""

from __future__ import annotations

from pathlib import Path

import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counter_app.app.startup import RunningDesk, start_desk
from counter_app.domain.tickets import TicketState
from counter_app.ui.desk_window import DeskWindow
from tests.ui.conftest import desk_settings
from tests.ui.signals import until
from tests.ui.test_desk_window import desk_window

KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


async def _window(qtbot: QtBot, desk: RunningDesk) -> DeskWindow:
    window = desk_window(desk)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    await until(lambda: QApplication.activeWindow() is window)
    return window


async def _serving_k001(qtbot: QtBot, kvik: RunningDesk, window: DeskWindow) -> None:
    queue = next(q.id for q in kvik.services.queues.queues() if q.prefix == "K")
    await kvik.services.dispenser.draw(queue)
    window.refresh()
    qtbot.keyClick(window, Qt.Key.Key_F2)
    await until(lambda: window.serving_panel.ticket.text() == "K001")


def test_the_idle_librarian_takes_the_citizen_or_sends_them_back(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        kvik = await start_desk(desk_settings(tmp_path, "KVIK 1"))
        librarian = await start_desk(desk_settings(tmp_path, "Bibliotekar"))
        try:
            at_library = await _window(qtbot, librarian)  # open: it tells the branch
            await librarian.sync.push_all()
            await kvik.sync.pull_all()
            at_kvik = await _window(qtbot, kvik)
            await _serving_k001(qtbot, kvik, at_kvik)

            qtbot.keyClick(at_kvik, Qt.Key.Key_H, KEYS)
            assert "Bibliotekar" in at_kvik.serving_panel.message.text()
            assert at_kvik.serving_panel.current is None  # the citizen waits for the answer
            await kvik.sync.push_all()
            await librarian.sync.pull_all()
            at_library.refresh()
            bar = at_library.summons_bar
            assert bar.isVisible() and "K001" in bar.text.text() and "KVIK 1" in bar.text.text()

            # Declined: back at KVIK, at the top of its list, for KVIK 1.
            at_library.activateWindow()
            await until(lambda: QApplication.activeWindow() is at_library)
            qtbot.keyClick(at_library, Qt.Key.Key_U, KEYS)
            assert not bar.isVisible()
            await librarian.sync.push_all()
            await kvik.sync.pull_all()
            at_kvik.refresh()
            first = at_kvik.queue_panel.model.tickets()[0]
            assert first.label == "K001" and first.for_this_desk

            # Asked again, and taken: the ticket is called to the librarian's desk.
            at_kvik.activateWindow()
            await until(lambda: QApplication.activeWindow() is at_kvik)
            at_kvik.call(first.id)
            await until(lambda: at_kvik.serving_panel.ticket.text() == "K001")
            qtbot.keyClick(at_kvik, Qt.Key.Key_H, KEYS)
            await kvik.sync.push_all()
            await librarian.sync.pull_all()
            at_library.refresh()
            at_library.activateWindow()
            await until(lambda: QApplication.activeWindow() is at_library)
            qtbot.keyClick(at_library, Qt.Key.Key_Y, KEYS)
            await until(lambda: at_library.serving_panel.ticket.text() == "K001")
            current = librarian.services.queues.current_ticket()
            assert current is not None and current.state is TicketState.CALLED
            at_kvik.close()
            at_library.close()
        finally:
            await librarian.close()
            await kvik.close()

    qt_loop.run_until_complete(scenario())

"""A screen reader hears a ticket called to the desk, once, every message the desk shows
under its buttons, and a dialog's refusal; the transfer dialog works from the keys."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counter_app.services.views import DeskChoice, QueueView
from counter_app.ui import announcer
from counter_app.ui.transfer_dialog import TransferDialog
from tests.ui.desk_support import desk_on_screen, issue_kvik
from tests.ui.signals import wait_for_condition


def test_a_called_ticket_is_announced_once_and_messages_are_announced(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[tuple[str, QAccessible.AnnouncementPoliteness]] = []

    def hear(event: QAccessibleEvent) -> None:
        assert event.type() == QAccessible.Event.Announcement
        heard.append((event.message(), event.politeness()))  # type: ignore[attr-defined]

    monkeypatch.setattr(announcer, "send", hear)

    async def scenario() -> None:
        async with desk_on_screen(qtbot, tmp_path) as (desk, window):
            await issue_kvik(desk, window, "K001")
            heard.clear()  # the issue's own message ("K001 ... udstedt") was heard too
            qtbot.keyClick(window, Qt.Key.Key_F2)
            await wait_for_condition(
                window.refreshed, lambda: window.serving_panel.ticket.text() == "K001", timeout=3
            )
            window.refresh()  # shown again: not said again
            polite = QAccessible.AnnouncementPoliteness.Polite
            assert heard == [("K001 kaldt til din skranke (KVIK)", polite)]

            qtbot.keyClick(window, Qt.Key.Key_F2)  # finishes K001; nobody else waits
            await wait_for_condition(
                window.serving_panel.message_shown,
                lambda: "Ingen borgere venter" in window.serving_panel.message.text(),
                timeout=3,
            )
            assert heard[-1] == (window.serving_panel.message.text(), polite)

    qt_loop.run_until_complete(scenario())


def test_the_transfer_dialog_works_by_keys_and_its_refusal_is_announced(
    qtbot: QtBot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[tuple[str, QAccessible.AnnouncementPoliteness]] = []
    monkeypatch.setattr(
        announcer,
        "send",
        lambda event: heard.append((event.message(), event.politeness())),
    )
    kvik, librarian = (QueueView(uuid.uuid4(), n, n[0], 0) for n in ("KVIK", "Bibliotekar"))
    desk = DeskChoice(uuid.uuid4(), "Bibliotekar 1")
    dialog = TransferDialog("K003", [kvik, librarian], [desk])
    qtbot.addWidget(dialog)
    chosen: list[tuple[object, object, str]] = []
    dialog.chosen.connect(lambda q, d, note: chosen.append((q, d, note)))
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.queue)

    def press(*keys: Qt.Key) -> None:
        for key in keys:
            focused = QApplication.focusWidget()
            assert focused is not None and focused.window() is dialog
            qtbot.keyClick(focused, key)

    press(Qt.Key.Key_Down, Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Tab)  # queue, desk
    assert QApplication.focusWidget() is dialog.note
    qtbot.keyClicks(dialog.note, "cpr 010190-1234")
    press(Qt.Key.Key_Return)
    assert dialog.isVisible() and chosen == []
    assert heard == [(dialog.error.text(), QAccessible.AnnouncementPoliteness.Assertive)]
    assert QApplication.focusWidget() is dialog.note  # back where the fix goes
    dialog.note.selectAll()
    qtbot.keyClicks(dialog.note, "slægtsbøger")
    press(Qt.Key.Key_Return)
    assert chosen == [(librarian.id, desk.id, "slægtsbøger")]
    assert not dialog.isVisible()

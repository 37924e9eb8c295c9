"""Desk flows from the keyboard alone, beyond a ticket's life (tests/ui/test_desk_work.py):
signing in with a wrong and then the right code, and calling back a citizen set aside,
reached with Tab. Each key goes to whatever has the focus, as a keyboard's would."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from counter_app.server.demo import DEMO_STAFF_CODE
from counter_app.ui import announcer
from tests.ui.desk_support import desk_on_screen, issue_kvik
from tests.ui.signals import until, wait_for_condition


async def _focus_settles(widget: QWidget | None = None) -> QWidget:
    """The widget with the focus, once it is ``widget`` (or anything)."""
    for _ in range(100):
        focused = QApplication.focusWidget()
        if focused is not None and (widget is None or focused is widget):
            return focused
        await asyncio.sleep(0.02)
    raise AssertionError(f"the focus is on {QApplication.focusWidget()!r}, not {widget!r}")


async def _type(qtbot: QtBot, text: str = "", *keys: Qt.Key) -> None:
    """Type into whatever has the focus, then press ``keys``."""
    focused = await _focus_settles()
    if text:
        qtbot.keyClicks(focused, text)
    for key in keys:
        qtbot.keyClick(await _focus_settles(), key)


def test_signing_in_from_the_keyboard(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    heard: list[str] = []
    monkeypatch.setattr(announcer, "send", lambda event: heard.append(event.message()))

    async def scenario() -> None:
        async with desk_on_screen(qtbot, tmp_path, active=True) as (_desk, window):
            qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
            for _ in range(100):
                if window.sign_in.dialog is not None:
                    break
                await asyncio.sleep(0.02)
            dialog = window.sign_in.dialog
            assert dialog is not None
            await _focus_settles(dialog.initials)
            await _type(qtbot, "FN", Qt.Key.Key_Tab)
            await _type(qtbot, "000000", Qt.Key.Key_Return)  # a wrong code
            await until(dialog.error.isVisible)
            assert heard[-1] == dialog.error.text() == "Forkerte initialer eller personlig kode."
            assert await _focus_settles(dialog.code) is dialog.code  # back where to retype
            await _type(qtbot, DEMO_STAFF_CODE, Qt.Key.Key_Return)
            await until(lambda: "Frederik" in window.top_bar.staff.text())
            assert window.sign_in.dialog is None

    qt_loop.run_until_complete(scenario())


def test_a_citizen_set_aside_is_called_back_from_the_keyboard(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with desk_on_screen(qtbot, tmp_path, active=True) as (desk, window):
            await issue_kvik(desk, window, "K001")
            panel = window.serving_panel
            qtbot.keyClick(window, Qt.Key.Key_F2)  # call next
            await wait_for_condition(
                window.refreshed, lambda: panel.ticket.text() == "K001", timeout=3
            )
            qtbot.keyClick(window, Qt.Key.Key_F9)  # set aside
            await wait_for_condition(
                window.refreshed, lambda: panel.ticket.text() == "Ingen kaldt", timeout=3
            )
            assert panel.parked.isVisible()
            for _ in range(60):  # Tab through the window to the list of those set aside
                if QApplication.focusWidget() is panel.parked:
                    break
                await _type(qtbot, "", Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is panel.parked
            await _type(qtbot, "", Qt.Key.Key_Return)
            await wait_for_condition(
                window.refreshed, lambda: panel.ticket.text() == "K001", timeout=3
            )

    qt_loop.run_until_complete(scenario())

"""Every control of every window has a name a screen reader can say (EN 301 549 11.4.1.2).

The desk window is walked with every dialog it opens: the test calls a citizen, then
triggers each of the window's actions and shortcuts and the transfer button, and walks
whatever windows are then open. The kiosk and the display board are walked as built.
A name is what Qt's accessibility interface reports: a button's text, a field's label
(``setBuddy``) or an explicit ``setAccessibleName``.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction, QShortcut
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHeaderView,
    QLineEdit,
    QTabBar,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from counter_app.app.settings import Mode
from counter_app.app.startup import start_desk
from counter_app.ui.desk_window import DeskWindow
from counter_app.ui.screens import WindowOptions, build_window
from tests.ui.conftest import desk_settings
from tests.ui.signals import wait_for_condition

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QAbstractSpinBox,
    QTextEdit,
    QAbstractSlider,
    QTabBar,
)
# Qt's own dialogs name their controls in Qt's way, as every Qt program has them.
QT_DIALOGS = (QPrintDialog, QFileDialog)


def _part_of_qt(widget: QWidget) -> bool:
    """A part Qt builds inside a control and names through it: a view's headers, a combo
    box's list, a field's clear button, a scroll area's viewport and scroll bars, the menu
    bar's overflow."""
    if widget.objectName().startswith("qt_") or isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    if isinstance(parent, (QLineEdit, QAbstractSpinBox)):
        return True
    if parent is not None and parent.objectName().startswith("qt_scrollarea_"):
        return True  # a scroll area's own scroll bars
    if isinstance(parent, QAbstractScrollArea) and widget is parent.viewport():
        return True
    while parent is not None:
        if isinstance(parent, (QComboBox, *QT_DIALOGS)):
            return True
        parent = parent.parentWidget()
    return False


def controls_without_a_name(root: QWidget) -> list[str]:
    """Each control under ``root`` (itself included) that a screen reader could not name,
    as ``Class#objectName < parent ...``."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        is_control = isinstance(widget, CONTROLS) or (
            widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not isinstance(widget, QDialog)
        )
        if not is_control or _part_of_qt(widget):
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is not None and interface.text(QAccessible.Text.Name).strip():
            continue
        chain: list[str] = []
        parent: QWidget | None = widget
        while parent is not None and len(chain) < 4:
            chain.append(f"{type(parent).__name__}#{parent.objectName()}")
            parent = parent.parentWidget()
        found.append(" < ".join(chain))
    return found


def _open_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_a_nameless_control_is_found(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    field, named = QLineEdit(), QLineEdit()
    named.setAccessibleName("Telefon")
    layout.addWidget(field)
    layout.addWidget(named)
    assert controls_without_a_name(page) == ["QLineEdit# < QWidget#"]


def test_every_control_of_the_desk_and_its_dialogs_has_a_name(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> list[str]:
        desk = await start_desk(desk_settings(tmp_path, "KVIK 1"))
        try:
            window = build_window(desk.services, WindowOptions(mode="desk"))
            assert isinstance(window, DeskWindow)
            qtbot.addWidget(window)
            desk.sync.start()
            window.show()
            queue = next(q.id for q in desk.services.queues.queues() if q.prefix == "K")
            window.queue_panel._issue_buttons[queue].click()
            window.queue_panel._issue_buttons[queue].click()
            await wait_for_condition(
                window.refreshed, lambda: len(window.queue_panel.model.tickets()) == 2, timeout=5
            )
            window.call_next()
            await wait_for_condition(
                window.refreshed,
                window.serving_panel.buttons["transfer"].isEnabled,
                timeout=5,
            )
            window.serving_panel.buttons["transfer"].click()
            for action in window.findChildren(QAction):
                if action.menu() is None and action.isEnabled() and action.text():
                    action.trigger()
            for shortcut in window.findChildren(QShortcut):
                shortcut.activated.emit()
            await asyncio.sleep(0.5)  # the dialogs open through the loop
            windows = _open_windows()
            assert len(windows) > 3, "the actions opened no dialogs"
            nameless = [name for w in windows for name in controls_without_a_name(w)]
            for opened in windows:
                if opened is not window:
                    opened.close()
            return sorted(set(nameless))
        finally:
            await desk.close()

    nameless = qt_loop.run_until_complete(scenario())
    assert nameless == [], "\n".join(nameless)


def test_every_control_of_the_kiosk_and_the_board_has_a_name(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> list[str]:
        nameless: list[str] = []
        for mode in (Mode.KIOSK, Mode.DISPLAY):
            settings = replace(desk_settings(tmp_path / mode.value, "Kiosk 1"), mode=mode)
            desk = await start_desk(settings)
            try:
                window = build_window(desk.services, WindowOptions(mode=mode.value, windowed=True))
                qtbot.addWidget(window)
                window.show()
                await asyncio.sleep(0.2)
                nameless += controls_without_a_name(window)
                window.close()
            finally:
                await desk.close()
        return nameless

    nameless = qt_loop.run_until_complete(scenario())
    assert nameless == [], "\n".join(nameless)

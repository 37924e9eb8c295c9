"""The contact bar: F10 registers a contact, F11 counts a quick question, from anywhere."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from counter_app.ui.contact_bar import ContactBar


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    """A window the test holds on to (qtbot alone does not keep it alive)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _in_a_window(qtbot: QtBot, window: QWidget) -> tuple[ContactBar, QLineEdit]:
    elsewhere = QLineEdit()  # the keys work wherever the focus is in the window
    bar = ContactBar()
    layout = QVBoxLayout(window)
    layout.addWidget(elsewhere)
    layout.addWidget(bar)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    elsewhere.setFocus()
    return bar, elsewhere


def test_f10_asks_to_register_a_contact_and_f11_counts_one(qtbot: QtBot, window: QWidget) -> None:
    bar, elsewhere = _in_a_window(qtbot, window)
    with qtbot.waitSignal(bar.register_requested, timeout=1000):
        qtbot.keyClick(elsewhere, Qt.Key.Key_F10)
    with qtbot.waitSignal(bar.tally_requested, timeout=1000):
        qtbot.keyClick(elsewhere, Qt.Key.Key_F11)
    with qtbot.waitSignal(bar.tally_requested, timeout=1000):
        bar.tally_button.click()
    with qtbot.waitSignal(bar.register_requested, timeout=1000):
        bar.register_button.click()


def test_one_key_press_is_one_request(qtbot: QtBot, window: QWidget) -> None:
    bar, elsewhere = _in_a_window(qtbot, window)
    tallies: list[bool] = []
    bar.tally_requested.connect(lambda: tallies.append(True))
    qtbot.keyClick(elsewhere, Qt.Key.Key_F11)
    qtbot.wait(150)  # a button's own shortcut would click again ~100 ms later
    assert tallies == [True]


def test_the_tally_reads_as_a_count_of_today(qtbot: QtBot) -> None:
    bar = ContactBar()
    qtbot.addWidget(bar)
    assert bar.tally.text() == "0 quick question(s) today"
    bar.show_tally(1)
    assert bar.tally.text() == "1 quick question(s) today"
    bar.show_tally(17)
    assert bar.tally.text() == "17 quick question(s) today"
    assert "F10" in bar.register_button.text() and "F11" in bar.tally_button.text()
    assert all(b.accessibleName() for b in bar.findChildren(QPushButton))
    assert bar.tally.accessibleName()

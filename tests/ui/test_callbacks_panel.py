"""The callbacks panel: overdue ones first and marked, F12 finishes the chosen one."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from counter_app.services.views import CallbackView
from counter_app.ui.callbacks_panel import CallbacksPanel

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)  # 10:00 in Copenhagen


def _callback(name: str, due_in: timedelta, *, overdue: bool = False) -> CallbackView:
    return CallbackView(
        id=uuid.uuid4(),
        group_code="BS",
        group_name="Borgerservice",
        due_at=NOW + due_in,
        overdue=overdue,
        citizen_name=name,
        citizen_contact="+45 12 34 56 78",
        question="Pas til barn",
        service_names=("Pas", "MitID"),
        created_at=NOW - timedelta(days=1),
    )


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    """A window the test holds on to (qtbot alone does not keep it alive)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _in_a_window(qtbot: QtBot, window: QWidget) -> tuple[CallbacksPanel, QLineEdit]:
    elsewhere = QLineEdit()
    panel = CallbacksPanel()
    layout = QVBoxLayout(window)
    layout.addWidget(elsewhere)
    layout.addWidget(panel)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    elsewhere.setFocus()
    return panel, elsewhere


def test_overdue_callbacks_come_first_and_stand_out(qtbot: QtBot) -> None:
    panel = CallbacksPanel()
    qtbot.addWidget(panel)
    later = _callback("Ole Hansen", timedelta(hours=3))
    late = _callback("Anna Jensen", -timedelta(hours=2), overdue=True)
    passed_since = _callback("Bo Berg", -timedelta(minutes=5))  # due while the list was old
    panel.show_callbacks([late, passed_since, later], NOW)

    first, second, third = (panel.list.item(row) for row in range(3))
    assert first.text().splitlines()[0] == "Overdue · 23.11 08:00 · Borgerservice"
    assert "Anna Jensen · +45 12 34 56 78" in first.text()
    assert "Pas, MitID · Pas til barn" in first.text()
    assert second.text().startswith("Overdue · 23.11 09:55")
    assert third.text().startswith("23.11 13:00 · Borgerservice")
    assert QFont(first.font()).bold() and not QFont(third.font()).bold()
    assert first.foreground().color() != third.foreground().color()
    assert panel.title() == "Callbacks (3, 2 overdue)"

    panel.show_callbacks([later], NOW)
    assert panel.title() == "Callbacks (1)"


def test_no_callbacks_says_so(qtbot: QtBot) -> None:
    panel = CallbacksPanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_callbacks([], NOW)
    assert panel.empty.isVisible() and panel.empty.text() == "No open callbacks"
    assert not panel.list.isVisible()
    assert not panel.finish.isEnabled()
    assert panel.title() == "Callbacks (0)"


def test_f12_finishes_the_chosen_callback_from_anywhere(qtbot: QtBot, window: QWidget) -> None:
    panel, elsewhere = _in_a_window(qtbot, window)
    a, b = _callback("Anna Jensen", timedelta(hours=1)), _callback("Bo Berg", timedelta(hours=2))
    panel.show_callbacks([a, b], NOW)
    panel.choose(b.id)
    elsewhere.setFocus()
    with qtbot.waitSignal(panel.finish_requested, timeout=1000) as blocker:
        qtbot.keyClick(elsewhere, Qt.Key.Key_F12)
    assert blocker.args == [b.id]


def test_f12_with_nothing_chosen_chooses_the_first(qtbot: QtBot, window: QWidget) -> None:
    panel, elsewhere = _in_a_window(qtbot, window)
    a = _callback("Anna Jensen", timedelta(hours=1))
    panel.show_callbacks([a], NOW)
    finished: list[object] = []
    panel.finish_requested.connect(finished.append)
    qtbot.keyClick(elsewhere, Qt.Key.Key_F12)
    assert finished == []  # nothing was chosen: nothing is finished by accident
    assert panel.current_id() == a.id and panel.list.hasFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_F12)
    assert finished == [a.id]


def test_enter_on_a_row_and_the_button_finish_it(qtbot: QtBot, window: QWidget) -> None:
    panel, _elsewhere = _in_a_window(qtbot, window)
    a, b = _callback("Anna Jensen", timedelta(hours=1)), _callback("Bo Berg", timedelta(hours=2))
    panel.show_callbacks([a, b], NOW)
    panel.choose(a.id)
    panel.list.setFocus()
    with qtbot.waitSignal(panel.finish_requested, timeout=1000) as blocker:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert blocker.args == [a.id]
    qtbot.keyClick(panel.list, Qt.Key.Key_Down)
    with qtbot.waitSignal(panel.finish_requested, timeout=1000) as blocker:
        panel.finish.click()
    assert blocker.args == [b.id]


def test_the_chosen_callback_stays_chosen_when_the_list_is_refreshed(qtbot: QtBot) -> None:
    panel = CallbacksPanel()
    qtbot.addWidget(panel)
    a, b, c = (_callback(n, timedelta(hours=h)) for n, h in (("A", 1), ("B", 2), ("C", 3)))
    panel.show_callbacks([a, b, c], NOW)
    panel.choose(c.id)
    panel.show_callbacks([b, c], NOW)  # A was called back at another desk
    assert panel.current_id() == c.id
    panel.show_callbacks([a, b], NOW)  # C is gone: nothing else is chosen by accident
    assert panel.current_id() is None

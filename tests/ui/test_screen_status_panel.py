"""The branch library's screen inquiries: each state in words, a ready caseworker standing
out, the buttons and window-wide keys acting on the chosen inquiry."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from counter_app.domain.screen_inquiries import ScreenInquiryState
from counter_app.services.screen_desk import ScreenInquiryView
from counter_app.ui.screen_status_panel import (
    PAST_TEXT,
    READY_BACKGROUND,
    READY_TEXT,
    ScreenStatusPanel,
)

NOW = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)  # 11:30 in Copenhagen
URL = "https://video.example/skaerm-1"
KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _view(
    state: ScreenInquiryState,
    *,
    screen: str = "Skærm 1",
    first_name: str = "",
    waited_minutes: float = 0,
    video_url: str = URL,
    forwarded_minutes_ago: float = 10,
) -> ScreenInquiryView:
    accepted = state is not ScreenInquiryState.WAITING
    return ScreenInquiryView(
        id=uuid.uuid4(),
        state=state,
        from_branch="Filial Nord",
        service_name="Pas (nyt eller fornyelse)",
        first_name=first_name,
        screen=screen,
        video_url=video_url,
        forwarded_at=NOW - timedelta(minutes=forwarded_minutes_ago),
        waited=timedelta(minutes=waited_minutes),
        caseworker="Camilla" if accepted else "",
        mine=False,
    )


WAITING = _view(
    ScreenInquiryState.WAITING, first_name="Ida", waited_minutes=3.7, forwarded_minutes_ago=3.7
)
READY = _view(ScreenInquiryState.ACCEPTED, screen="Skærm 2", waited_minutes=4)
IN_CALL = _view(ScreenInquiryState.IN_CALL, waited_minutes=2)
DONE = _view(ScreenInquiryState.DONE, waited_minutes=1)
CANCELLED = _view(ScreenInquiryState.CANCELLED, screen="Skærm 2")
DAY = [WAITING, READY, IN_CALL, DONE, CANCELLED]


def _contrast(one: QColor, other: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


@pytest.fixture
def panel(qtbot: QtBot) -> ScreenStatusPanel:
    widget = ScreenStatusPanel()
    qtbot.addWidget(widget)
    widget.show_inquiries(DAY, NOW)
    return widget


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    """A window the test holds on to (qtbot alone does not keep it alive)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _in_a_window(qtbot: QtBot, window: QWidget) -> tuple[ScreenStatusPanel, QLineEdit]:
    elsewhere = QLineEdit()
    panel = ScreenStatusPanel()
    layout = QVBoxLayout(window)
    layout.addWidget(elsewhere)
    layout.addWidget(panel)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    elsewhere.setFocus()
    return panel, elsewhere


def _texts(panel: ScreenStatusPanel) -> list[str]:
    return [panel.list.item(row).text() for row in range(panel.list.count())]


def test_every_state_in_words_newest_first(panel: ScreenStatusPanel) -> None:
    assert _texts(panel) == [
        "Ida at Skærm 1 · Pas (nyt eller fornyelse) · waiting 3 min",
        "Camilla is ready at Skærm 2",
        "In call: Skærm 1 with Camilla",
        "Done: Skærm 1 · Pas (nyt eller fornyelse)",
        "Cancelled: Skærm 2 · Pas (nyt eller fornyelse)",
    ]
    assert panel.title() == "Screen inquiries (1 ready)"
    assert panel.list.item(1).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Camilla is ready at Skærm 2"
    )
    assert "Forwarded at 11:20" in panel.list.item(1).toolTip()  # Copenhagen time


def test_a_waiting_citizen_without_a_name_and_minutes_counted_to_now(
    panel: ScreenStatusPanel,
) -> None:
    anonymous = _view(ScreenInquiryState.WAITING, waited_minutes=2, forwarded_minutes_ago=2)
    panel.show_inquiries([anonymous], NOW + timedelta(minutes=5))
    assert _texts(panel) == ["Skærm 1 · Pas (nyt eller fornyelse) · waiting 7 min"]
    assert panel.title() == "Screen inquiries"


def test_a_ready_caseworker_stands_out_with_aa_contrast(panel: ScreenStatusPanel) -> None:
    ready, waiting, done = panel.list.item(1), panel.list.item(0), panel.list.item(3)
    assert QFont(ready.font()).bold()
    assert ready.foreground().color() == READY_TEXT
    assert ready.background().color() == READY_BACKGROUND
    assert not QFont(waiting.font()).bold()
    assert waiting.background().style() == Qt.BrushStyle.NoBrush
    assert done.foreground().color() == PAST_TEXT
    assert panel.list.item(4).foreground().color() == PAST_TEXT
    assert _contrast(READY_TEXT, READY_BACKGROUND) >= 4.5
    assert _contrast(PAST_TEXT, QColor("#ffffff")) >= 4.5
    assert _contrast(PAST_TEXT, panel.palette().alternateBase().color()) >= 4.5


@pytest.mark.parametrize(
    ("view", "can_open", "can_cancel"),
    [
        (WAITING, False, True),
        (READY, True, True),
        (IN_CALL, True, False),
        (DONE, False, False),
        (CANCELLED, False, False),
    ],
)
def test_the_buttons_follow_the_chosen_inquiry(
    panel: ScreenStatusPanel, view: ScreenInquiryView, can_open: bool, can_cancel: bool
) -> None:
    assert not panel.open_video.isEnabled() and not panel.cancel.isEnabled()  # none chosen
    panel.choose(view.id)
    assert panel.current_id() == view.id
    assert panel.open_video.isEnabled() is can_open
    assert panel.cancel.isEnabled() is can_cancel
    assert panel.forward.isEnabled()


def test_a_ready_inquiry_without_a_video_link_cannot_be_opened(qtbot: QtBot) -> None:
    panel = ScreenStatusPanel()
    qtbot.addWidget(panel)
    no_link = _view(ScreenInquiryState.ACCEPTED, video_url="")
    panel.show_inquiries([no_link], NOW)
    panel.choose(no_link.id)
    assert not panel.open_video.isEnabled()
    with qtbot.assertNotEmitted(panel.open_video_requested, wait=50):
        panel.open_video.click()


def test_the_buttons_send_the_link_and_the_id(qtbot: QtBot, panel: ScreenStatusPanel) -> None:
    panel.choose(READY.id)
    with qtbot.waitSignal(panel.open_video_requested, timeout=1000) as opened:
        panel.open_video.click()
    assert opened.args == [URL]
    with qtbot.waitSignal(panel.cancel_requested, timeout=1000) as cancelled:
        panel.cancel.click()
    assert cancelled.args == [READY.id]
    with qtbot.waitSignal(panel.forward_requested, timeout=1000) as forward:
        panel.forward.click()
    assert forward.args == []


def test_the_chosen_inquiry_stays_chosen_across_refreshes(panel: ScreenStatusPanel) -> None:
    panel.choose(WAITING.id)
    assert panel.cancel.isEnabled() and not panel.open_video.isEnabled()
    newer = _view(ScreenInquiryState.WAITING, screen="Skærm 2")
    accepted = dataclasses.replace(WAITING, state=ScreenInquiryState.ACCEPTED, caseworker="Camilla")
    panel.show_inquiries([newer, accepted, *DAY[1:]], NOW)
    assert panel.current_id() == WAITING.id
    assert panel.list.currentItem().text() == "Camilla is ready at Skærm 1"
    assert panel.open_video.isEnabled()  # the buttons follow the new state
    assert panel.title() == "Screen inquiries (2 ready)"

    panel.show_inquiries(DAY[1:], NOW)  # gone: nothing chosen
    assert panel.current_id() is None
    assert not panel.cancel.isEnabled()


def test_the_empty_day_says_how_to_forward(panel: ScreenStatusPanel) -> None:
    panel.show_inquiries([], NOW)
    assert panel.empty.isVisibleTo(panel) and not panel.list.isVisibleTo(panel)
    assert panel.empty.text() == (
        "No screen inquiries today. Ctrl+Shift+S forwards a citizen to citizen service."
    )
    assert not panel.open_video.isEnabled() and not panel.cancel.isEnabled()
    assert panel.forward.isEnabled()


def test_the_keys_work_anywhere_in_the_window(qtbot: QtBot, window: QWidget) -> None:
    panel, elsewhere = _in_a_window(qtbot, window)
    panel.show_inquiries(DAY, NOW)

    with qtbot.waitSignal(panel.forward_requested, timeout=1000):
        qtbot.keyClick(elsewhere, Qt.Key.Key_S, KEYS)

    # Nothing chosen: Ctrl+Shift+V opens the newest ready one and chooses it.
    with qtbot.waitSignal(panel.open_video_requested, timeout=1000) as opened:
        qtbot.keyClick(elsewhere, Qt.Key.Key_V, KEYS)
    assert opened.args == [URL] and panel.current_id() == READY.id

    with qtbot.waitSignal(panel.cancel_requested, timeout=1000) as cancelled:
        qtbot.keyClick(elsewhere, Qt.Key.Key_L, KEYS)
    assert cancelled.args == [READY.id]

    # A call under way cannot be cancelled from the library; a finished one not opened.
    panel.choose(IN_CALL.id)
    with qtbot.assertNotEmitted(panel.cancel_requested, wait=50):
        qtbot.keyClick(elsewhere, Qt.Key.Key_L, KEYS)
    panel.choose(DONE.id)
    with qtbot.assertNotEmitted(panel.open_video_requested, wait=50):
        qtbot.keyClick(elsewhere, Qt.Key.Key_V, KEYS)

    # A hidden panel hears no keys.
    panel.choose(READY.id)
    panel.hide()
    with qtbot.assertNotEmitted(panel.forward_requested, wait=50):
        qtbot.keyClick(elsewhere, Qt.Key.Key_S, KEYS)
    with qtbot.assertNotEmitted(panel.cancel_requested, wait=50):
        qtbot.keyClick(elsewhere, Qt.Key.Key_L, KEYS)


def test_cancel_with_nothing_chosen_chooses_first_then_cancels(
    qtbot: QtBot, window: QWidget
) -> None:
    panel, elsewhere = _in_a_window(qtbot, window)
    panel.show_inquiries(DAY, NOW)
    with qtbot.assertNotEmitted(panel.cancel_requested, wait=50):
        qtbot.keyClick(elsewhere, Qt.Key.Key_L, KEYS)
    assert panel.current_id() == WAITING.id
    with qtbot.waitSignal(panel.cancel_requested, timeout=1000) as cancelled:
        qtbot.keyClick(panel.list, Qt.Key.Key_L, KEYS)
    assert cancelled.args == [WAITING.id]


def test_enter_on_a_ready_row_opens_its_video(qtbot: QtBot, window: QWidget) -> None:
    panel, _elsewhere = _in_a_window(qtbot, window)
    panel.show_inquiries(DAY, NOW)
    panel.choose(READY.id)
    panel.list.setFocus()
    with qtbot.waitSignal(panel.open_video_requested, timeout=1000) as opened:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert opened.args == [URL]


def test_every_control_has_an_accessible_name(panel: ScreenStatusPanel) -> None:
    for widget in (panel.list, panel.empty, panel.open_video, panel.cancel, panel.forward):
        assert widget.accessibleName()

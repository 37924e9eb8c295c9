"""The caseworker's screen queue on its own: states in words, this desk's rows standing
out, which moves the chosen row allows, the signals, Enter and the window-wide keys."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QLineEdit, QTableWidgetItem, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from counter_app.domain.screen_inquiries import ScreenInquiryState
from counter_app.services.screen_desk import ScreenInquiryView
from counter_app.ui.screen_queue_panel import (
    LONG_WAIT_TEXT,
    MINE_BACKGROUND,
    MINE_TEXT,
    NAME,
    STATE,
    WAITED,
    ScreenQueuePanel,
    fit_widths,
)
from counter_app.ui.style import DESK_STYLE

NOW = datetime(2026, 11, 24, 9, 20, tzinfo=UTC)  # 10:20 in Copenhagen
VIDEO = "https://video.example/room/nord-1"
KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _view(
    first_name: str,
    state: ScreenInquiryState = ScreenInquiryState.WAITING,
    *,
    minutes: float = 2,
    mine: bool = False,
    caseworker: str = "",
    video_url: str = VIDEO,
) -> ScreenInquiryView:
    forwarded_at = NOW - timedelta(minutes=minutes)
    return ScreenInquiryView(
        id=uuid.uuid4(),
        state=state,
        from_branch="Lokalbibliotek Nord",
        service_name="Pas (nyt eller fornyelse)",
        first_name=first_name,
        screen="Skærm 1",
        video_url=video_url,
        forwarded_at=forwarded_at,
        waited=timedelta(minutes=minutes),
        caseworker=caseworker,
        mine=mine,
    )


def _queue() -> list[ScreenInquiryView]:
    """As the service sorts it: this desk's first, then the longest waiting."""
    return [
        _view("Anna", ScreenInquiryState.IN_CALL, minutes=3, mine=True, caseworker="Camilla"),
        _view("", ScreenInquiryState.ACCEPTED, minutes=1, caseworker="Mads"),
        _view("Bo", minutes=8),
        _view("Carl", minutes=0.5),
    ]


def _cell(panel: ScreenQueuePanel, row: int, column: int) -> str:
    return _item(panel, row, column).text()


def _item(panel: ScreenQueuePanel, row: int, column: int) -> QTableWidgetItem:
    item = panel.table.item(row, column)
    assert item is not None
    return item


@pytest.fixture
def panel(qtbot: QtBot) -> ScreenQueuePanel:
    widget = ScreenQueuePanel()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def window(qtbot: QtBot) -> QWidget:
    """A window the test holds on to (qtbot alone does not keep it alive)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _in_a_window(qtbot: QtBot, window: QWidget) -> tuple[ScreenQueuePanel, QLineEdit]:
    elsewhere = QLineEdit()
    panel = ScreenQueuePanel()
    layout = QVBoxLayout(window)
    layout.addWidget(elsewhere)
    layout.addWidget(panel)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    elsewhere.setFocus()
    return panel, elsewhere


def test_every_row_says_where_what_who_how_long_and_the_state(panel: ScreenQueuePanel) -> None:
    queue = _queue()
    queue.append(_view("Dorte", ScreenInquiryState.ACCEPTED, mine=True, caseworker="Camilla"))
    panel.show_inquiries(queue, NOW)
    assert panel.table.rowCount() == 5
    assert " | ".join(_cell(panel, 0, c) for c in range(6)) == (
        "Lokalbibliotek Nord | Pas (nyt eller fornyelse) | Anna | Skærm 1 | 3 min | Yours: in call"
    )
    assert _cell(panel, 1, NAME) == "–"  # no first name given
    assert _cell(panel, 1, STATE) == "Taken by Mads"
    assert (_cell(panel, 2, WAITED), _cell(panel, 2, STATE)) == ("8 min", "Waiting")
    assert _cell(panel, 3, WAITED) == "<1 min"
    assert _cell(panel, 4, STATE) == "Yours: open the video"
    headers = [panel.table.model().headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["From", "Service", "Name", "Screen", "Waited", "State"]

    panel.show_inquiries(_queue(), NOW + timedelta(minutes=4))  # a timer's refresh
    assert _cell(panel, 2, WAITED) == "12 min"  # waiting: 8 + 4
    assert _cell(panel, 0, WAITED) == "3 min"  # taken: the wait is over


def test_own_rows_stand_out_and_long_waits_in_orange_with_aa_contrast(
    panel: ScreenQueuePanel,
) -> None:
    panel.show_inquiries(_queue(), NOW)
    mine = _item(panel, 0, NAME)
    assert QFont(mine.font()).bold()
    assert mine.background().color() == MINE_BACKGROUND
    assert mine.foreground().color() == MINE_TEXT
    other = _item(panel, 1, NAME)
    assert not QFont(other.font()).bold()
    assert other.background().style() == Qt.BrushStyle.NoBrush
    assert _item(panel, 2, WAITED).foreground().color() == LONG_WAIT_TEXT  # 8 min
    assert _item(panel, 3, WAITED).foreground().style() == Qt.BrushStyle.NoBrush
    assert _contrast(MINE_TEXT, MINE_BACKGROUND) >= 4.5
    assert _contrast(LONG_WAIT_TEXT, QColor("#ffffff")) >= 4.5
    alternate = panel.table.palette().alternateBase().color()
    assert _contrast(LONG_WAIT_TEXT, alternate) >= 4.5


def test_the_title_counts_the_waiting_and_an_empty_queue_says_so(
    panel: ScreenQueuePanel,
) -> None:
    assert panel.title() == "Screen inquiries from the libraries"
    assert panel.empty.text() == "No citizen is waiting at a library's screen."
    assert panel.empty.isVisibleTo(panel) and not panel.table.isVisibleTo(panel)
    panel.show_inquiries(_queue(), NOW)
    assert panel.title() == "Screen inquiries from the libraries (2 waiting)"
    assert panel.table.isVisibleTo(panel) and not panel.empty.isVisibleTo(panel)
    panel.show_inquiries(_queue()[:3], NOW)
    assert panel.title() == "Screen inquiries from the libraries (1 waiting)"
    panel.show_inquiries(_queue()[:2], NOW)
    assert panel.title() == "Screen inquiries from the libraries"


def test_the_buttons_follow_the_chosen_row(qtbot: QtBot, panel: ScreenQueuePanel) -> None:
    queue = _queue()
    accepted = _view("Dorte", ScreenInquiryState.ACCEPTED, mine=True, caseworker="Camilla")
    no_video = _view("Eva", ScreenInquiryState.IN_CALL, mine=True, video_url="")
    panel.show_inquiries([accepted, no_video, *queue], NOW)
    buttons = (panel.accept, panel.start, panel.finish, panel.open_video, panel.cancel)
    expected = {
        accepted.id: (False, True, True, True, True),
        no_video.id: (False, False, True, False, True),
        queue[0].id: (False, False, True, True, True),  # mine, in call
        queue[1].id: (False, False, False, False, False),  # taken by someone else
        queue[2].id: (True, False, False, False, True),  # waiting
    }
    for inquiry_id, enabled in expected.items():
        assert panel.choose(inquiry_id)
        assert tuple(b.isEnabled() for b in buttons) == enabled, inquiry_id

    panel.choose(queue[2].id)
    panel.set_busy(True)  # an accept is on its way: not a second one
    assert not panel.accept.isEnabled() and panel.cancel.isEnabled()
    with qtbot.assertNotEmitted(panel.accept_requested, wait=50):
        panel.accept_current()
    panel.set_busy(False)
    assert panel.accept.isEnabled()


def test_each_button_asks_with_the_right_value(qtbot: QtBot, panel: ScreenQueuePanel) -> None:
    queue = _queue()
    accepted = _view("Dorte", ScreenInquiryState.ACCEPTED, mine=True, caseworker="Camilla")
    panel.show_inquiries([accepted, *queue], NOW)
    panel.choose(accepted.id)
    for button, signal, value in (
        (panel.start, panel.start_requested, accepted.id),
        (panel.finish, panel.finish_requested, accepted.id),
        (panel.open_video, panel.open_video_requested, VIDEO),
        (panel.cancel, panel.cancel_requested, accepted.id),
    ):
        with qtbot.waitSignal(signal, timeout=1000) as asked:
            button.click()
        assert asked.args == [value]
    panel.choose(queue[2].id)
    with qtbot.waitSignal(panel.accept_requested, timeout=1000) as asked:
        panel.accept.click()
    assert asked.args == [queue[2].id]
    with qtbot.waitSignal(panel.cancel_requested, timeout=1000) as asked:
        panel.cancel.click()
    assert asked.args == [queue[2].id]

    # Someone else's citizen: nothing to ask for, whatever is pressed.
    panel.choose(queue[1].id)
    with qtbot.assertNotEmitted(panel.accept_requested, wait=50):
        panel.accept_current()
    with qtbot.assertNotEmitted(panel.cancel_requested, wait=50):
        panel.cancel_current()
    with qtbot.assertNotEmitted(panel.finish_requested, wait=50):
        panel.finish_current()


def test_enter_accepts_a_waiting_citizen_and_opens_the_video_of_ones_own(
    qtbot: QtBot, window: QWidget
) -> None:
    panel, _elsewhere = _in_a_window(qtbot, window)
    queue = _queue()
    panel.show_inquiries(queue, NOW)
    panel.choose(queue[2].id)
    panel.table.setFocus()
    with qtbot.waitSignal(panel.accept_requested, timeout=1000) as accepted:
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert accepted.args == [queue[2].id]

    panel.choose(queue[0].id)
    with qtbot.waitSignal(panel.open_video_requested, timeout=1000) as opened:
        qtbot.keyClick(panel.table, Qt.Key.Key_Enter)
    assert opened.args == [VIDEO]

    panel.choose(queue[1].id)  # someone else's: Enter does nothing
    with (
        qtbot.assertNotEmitted(panel.accept_requested, wait=50),
        qtbot.assertNotEmitted(panel.open_video_requested, wait=50),
    ):
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)


def test_a_double_click_on_a_waiting_row_accepts(qtbot: QtBot, window: QWidget) -> None:
    panel, _elsewhere = _in_a_window(qtbot, window)
    queue = _queue()
    panel.show_inquiries(queue, NOW)
    cell = panel.table.visualItemRect(_item(panel, 3, NAME)).center()
    viewport = panel.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=cell)
    with qtbot.waitSignal(panel.accept_requested, timeout=1000) as accepted:
        qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=cell)
    assert accepted.args == [queue[3].id]


def test_the_shortcuts_work_anywhere_in_the_window_while_shown(
    qtbot: QtBot, window: QWidget
) -> None:
    panel, elsewhere = _in_a_window(qtbot, window)
    queue = _queue()
    accepted = _view("Dorte", ScreenInquiryState.ACCEPTED, mine=True, caseworker="Camilla")
    panel.show_inquiries([accepted, *queue], NOW)
    assert panel.current_id() == accepted.id  # this desk's own comes first
    for key, signal, value in (
        (Qt.Key.Key_T, panel.start_requested, accepted.id),
        (Qt.Key.Key_E, panel.finish_requested, accepted.id),
        (Qt.Key.Key_V, panel.open_video_requested, VIDEO),
        (Qt.Key.Key_L, panel.cancel_requested, accepted.id),
    ):
        with qtbot.waitSignal(signal, timeout=1000) as asked:
            qtbot.keyClick(elsewhere, key, KEYS)
        assert asked.args == [value], key
    with qtbot.assertNotEmitted(panel.accept_requested, wait=50):
        qtbot.keyClick(elsewhere, Qt.Key.Key_A, KEYS)  # not a waiting one

    panel.choose(queue[3].id)
    with qtbot.waitSignal(panel.accept_requested, timeout=1000) as asked:
        qtbot.keyClick(elsewhere, Qt.Key.Key_A, KEYS)
    assert asked.args == [queue[3].id]

    panel.hide()  # a hidden panel hears no keys
    with qtbot.assertNotEmitted(panel.accept_requested, wait=50):
        qtbot.keyClick(elsewhere, Qt.Key.Key_A, KEYS)


def test_the_chosen_row_stays_chosen_across_refreshes(panel: ScreenQueuePanel) -> None:
    queue = _queue()
    panel.show_inquiries(queue, NOW)
    assert panel.current_id() == queue[0].id  # this desk's own first
    panel.choose(queue[3].id)
    newcomer = _view("Finn", minutes=0)
    taken = replace(queue[3], state=ScreenInquiryState.ACCEPTED, caseworker="Mads")
    panel.show_inquiries([queue[0], queue[1], taken, queue[2], newcomer], NOW)
    assert panel.current_id() == queue[3].id
    assert _cell(panel, panel.table.currentRow(), STATE) == "Taken by Mads"

    # Gone (done or cancelled): the default choice again.
    panel.show_inquiries([queue[1], queue[2], newcomer], NOW)
    assert panel.current_id() == queue[2].id  # none of this desk's: the first waiting


def test_with_nothing_chosen_the_first_waiting_one_is_chosen(panel: ScreenQueuePanel) -> None:
    queue = _queue()
    panel.show_inquiries(queue[1:], NOW)
    assert panel.current_id() == queue[2].id
    panel.show_inquiries([queue[1]], NOW)  # only someone else's: nothing to choose
    assert panel.current_id() is None
    assert not any(
        b.isEnabled()
        for b in (panel.accept, panel.start, panel.finish, panel.open_video, panel.cancel)
    )


def test_say_shows_the_answer_under_the_buttons(panel: ScreenQueuePanel) -> None:
    panel.say("Borgerservice 2 was faster: that citizen is taken.")
    assert panel.message.text() == "Borgerservice 2 was faster: that citizen is taken."
    assert panel.message.wordWrap()
    panel.say("")
    assert panel.message.text() == ""


def test_columns_give_way_widest_first_and_never_cut_a_word() -> None:
    natural = [170, 210, 90, 120, 60, 130]  # From, Service, Name, Screen, Waited, State
    floors = [130, 100, 90, 70, 60, 70]
    assert fit_widths(natural, floors, 900) == [170, 330, 90, 120, 60, 130]  # Service: rest
    # The two widest wrap; the narrower ones keep their width.
    assert fit_widths(natural, floors, 700) == [150, 150, 90, 120, 60, 130]
    assert fit_widths(natural, floors, 400) == floors  # too narrow: scroll, never cut


def test_a_narrow_panel_wraps_but_keeps_every_word_whole(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    window.setStyleSheet(DESK_STYLE)  # the desk's large table font
    panel = ScreenQueuePanel(window)
    panel.show_inquiries(_queue(), NOW)
    window.resize(560, 320)
    panel.resize(560, 320)
    window.show()
    header = panel.table.horizontalHeader()
    for column in range(6):
        words = [_item(panel, r, column).text().split() for r in range(4)]
        font = QFontMetrics(_item(panel, 0, column).font())  # the bold row: widest
        widest = max(font.horizontalAdvance(w) for line in words for w in line)
        assert header.sectionSize(column) > widest, column


def test_every_control_has_an_accessible_name(panel: ScreenQueuePanel) -> None:
    buttons = (panel.accept, panel.start, panel.finish, panel.open_video, panel.cancel)
    for widget in (panel.table, panel.empty, panel.message, *buttons):
        assert widget.accessibleName()
    assert "Ctrl+Shift+A" in panel.accept.text() and "Ctrl+Shift+L" in panel.cancel.text()


def _contrast(one: QColor, other: QColor) -> float:
    """WCAG's contrast ratio."""

    def luminance(colour: QColor) -> float:
        channels = (colour.redF(), colour.greenF(), colour.blueF())
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    lighter, darker = sorted((luminance(one), luminance(other)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)

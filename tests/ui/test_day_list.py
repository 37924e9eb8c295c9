"""The day list of a caseworker's desk, and checking in at KVIK: the panel on its own
(states in words, arrived citizens standing out, Enter calls them), then real desks on the
embedded server (check in, the list says "arrived", Enter calls the ticket)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from counter_app.app.startup import RunningDesk, start_desk
from counter_app.domain.org import Resource
from counter_app.domain.timezone import local_day, to_local, utc_now
from counter_app.models import AppointmentState
from counter_app.services.arrivals import DayEntry
from counter_app.services.booking_desk import AppointmentView
from counter_app.ui.check_in_dialog import CheckInDialog
from counter_app.ui.day_list_panel import (
    ARRIVED_BACKGROUND,
    ARRIVED_TEXT,
    LATE_TEXT,
    DayListPanel,
)
from counter_app.ui.desk_window import DeskWindow
from counter_app.ui.screens import WindowOptions, build_window
from tests.support.server_db import embedded_server_url, write_appointment
from tests.ui.conftest import desk_settings
from tests.ui.signals import until

NOW = datetime(2026, 11, 24, 9, 20, tzinfo=UTC)  # 10:20 in Copenhagen
CODE = "ACD347"


def _entry(
    name: str,
    local_hour: int,
    local_minute: int = 0,
    *,
    state: AppointmentState = AppointmentState.BOOKED,
    label: str = "",
    late: bool = False,
) -> DayEntry:
    starts_at = datetime(2026, 11, 24, local_hour - 1, local_minute, tzinfo=UTC)
    view = AppointmentView(
        id=uuid.uuid4(),
        booking_code=CODE,
        resource=Resource.CITIZEN_SERVICE,
        service_name="Pas",
        starts_at=starts_at,
        minutes=15,
        citizen_name=name,
        citizen_contact="+45 12 34 56 78",
        topic="",
        state=state,
        confirmed=True,
    )
    return DayEntry(view, uuid.uuid4() if label else None, label, late)


def _day() -> list[DayEntry]:
    return [
        _entry("Anna Jensen", 9, state=AppointmentState.DONE, label="B001"),
        _entry("Bo Larsen", 9, 30, state=AppointmentState.NO_SHOW),
        _entry("Carl Nielsen", 10, late=True),
        _entry("Dorte Holm", 10, 15, state=AppointmentState.SERVING, label="B003"),
        _entry("Eva Madsen", 10, 30, state=AppointmentState.CHECKED_IN, label="B004"),
        _entry("Finn Berg", 11),
    ]


def _row_text(panel: DayListPanel, name: str) -> str:
    for row in range(panel.list.count()):
        text = panel.list.item(row).text()
        if name in text:
            return text
    raise AssertionError(f"no row for {name}")


def _row_of(panel: DayListPanel, name: str) -> int:
    return next(r for r in range(panel.list.count()) if name in panel.list.item(r).text())


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
def window(qtbot: QtBot) -> QWidget:
    """A window the test holds on to (qtbot alone does not keep it alive)."""
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def _in_a_window(qtbot: QtBot, window: QWidget) -> tuple[DayListPanel, QLineEdit]:
    elsewhere = QLineEdit()
    panel = DayListPanel()
    layout = QVBoxLayout(window)
    layout.addWidget(elsewhere)
    layout.addWidget(panel)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    elsewhere.setFocus()
    return panel, elsewhere


# -- the panel on its own ---------------------------------------------------------------------


def test_every_row_says_time_length_citizen_service_and_state_in_words(qtbot: QtBot) -> None:
    panel = DayListPanel()
    qtbot.addWidget(panel)
    panel.show_day(_day(), NOW)
    assert panel.list.count() == 6
    assert panel.title() == "Today's appointments (6, 1 arrived)"
    assert _row_text(panel, "Anna Jensen") == "09:00 · 15 min · Anna Jensen\nPas · done"
    assert _row_text(panel, "Bo Larsen").endswith("Pas · did not come")
    assert _row_text(panel, "Carl Nielsen").endswith("Pas · late — may be marked as not come")
    assert _row_text(panel, "Dorte Holm").endswith("Pas · at a desk")
    assert _row_text(panel, "Eva Madsen") == "10:30 · 15 min · Eva Madsen\nPas · arrived · B004"
    assert _row_text(panel, "Finn Berg").endswith("Pas · booked")
    assert panel.list.isVisible() or not panel.isVisible()
    assert panel.list.item(0).data(Qt.ItemDataRole.AccessibleTextRole) == (
        "09:00 · 15 min · Anna Jensen, Pas · done"
    )

    panel.show_day([], NOW)
    assert panel.title() == "Today's appointments (0, 0 arrived)"
    assert panel.empty.isVisibleTo(panel) and not panel.list.isVisibleTo(panel)


def test_arrived_citizens_stand_out_with_aa_contrast(qtbot: QtBot) -> None:
    panel = DayListPanel()
    qtbot.addWidget(panel)
    panel.show_day(_day(), NOW)
    arrived = panel.list.item(_row_of(panel, "Eva Madsen"))
    booked = panel.list.item(_row_of(panel, "Finn Berg"))
    assert QFont(arrived.font()).bold()
    assert arrived.background().color() == ARRIVED_BACKGROUND
    assert arrived.foreground().color() == ARRIVED_TEXT
    assert not QFont(booked.font()).bold()
    assert booked.background().style() == Qt.BrushStyle.NoBrush
    assert _contrast(ARRIVED_TEXT, ARRIVED_BACKGROUND) >= 4.5
    assert _contrast(LATE_TEXT, QColor("#ffffff")) >= 4.5
    late = panel.list.item(_row_of(panel, "Carl Nielsen"))
    assert late.foreground().color() == LATE_TEXT


def test_enter_on_an_arrived_row_asks_to_call_its_ticket(qtbot: QtBot, window: QWidget) -> None:
    panel, _elsewhere = _in_a_window(qtbot, window)
    day = _day()
    panel.show_day(day, NOW)
    arrived = day[4]
    panel.choose(arrived.appointment.id)
    panel.list.setFocus()
    with qtbot.waitSignal(panel.call_requested, timeout=1000) as called:
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert called.args == [arrived.ticket_id]
    assert panel.call.isEnabled()

    # A booked citizen has no ticket yet: Enter does nothing, and Call is off.
    panel.choose(day[5].appointment.id)
    with qtbot.assertNotEmitted(panel.call_requested, wait=100):
        qtbot.keyClick(panel.list, Qt.Key.Key_Return)
    assert not panel.call.isEnabled()


def test_the_chosen_appointment_stays_chosen_across_refreshes(qtbot: QtBot) -> None:
    panel = DayListPanel()
    qtbot.addWidget(panel)
    day = _day()
    panel.show_day(day, NOW)
    panel.choose(day[3].appointment.id)
    earlier = _entry("Aase Dahl", 8, 30)
    moved = [DayEntry(day[3].appointment, day[3].ticket_id, "B003", False)]
    panel.show_day([earlier, *day[:3], *moved, *day[4:]], NOW + timedelta(minutes=5))
    assert panel.current_id() == day[3].appointment.id
    assert "Dorte Holm" in panel.list.currentItem().text()

    panel.show_day([e for e in day if e is not day[3]], NOW)  # gone: nothing chosen
    assert panel.current_id() is None


def test_shortcuts_mark_not_come_and_cancel_anywhere_in_the_window(
    qtbot: QtBot, window: QWidget
) -> None:
    panel, elsewhere = _in_a_window(qtbot, window)
    day = _day()
    panel.show_day(day, NOW)
    no_show = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

    # With none chosen, the first late one is chosen; the key again marks it.
    with qtbot.assertNotEmitted(panel.no_show_requested, wait=50):
        qtbot.keyClick(elsewhere, Qt.Key.Key_N, no_show)
    assert panel.current_id() == day[2].appointment.id
    with qtbot.waitSignal(panel.no_show_requested, timeout=1000) as marked:
        qtbot.keyClick(elsewhere, Qt.Key.Key_N, no_show)
    assert marked.args == [day[2].appointment.id]

    # Only a late one can be marked as not come.
    panel.choose(day[5].appointment.id)
    assert not panel.no_show.isEnabled()
    with qtbot.assertNotEmitted(panel.no_show_requested, wait=50):
        qtbot.keyClick(elsewhere, Qt.Key.Key_N, no_show)
    with qtbot.waitSignal(panel.cancel_requested, timeout=1000) as cancelled:
        qtbot.keyClick(elsewhere, Qt.Key.Key_X, no_show)
    assert cancelled.args == [day[5].appointment.id]

    # A finished appointment cannot be cancelled; a hidden panel hears no keys.
    panel.choose(day[0].appointment.id)
    assert not panel.cancel.isEnabled()
    with qtbot.assertNotEmitted(panel.cancel_requested, wait=50):
        qtbot.keyClick(elsewhere, Qt.Key.Key_X, no_show)
    panel.choose(day[5].appointment.id)
    panel.hide()
    with qtbot.assertNotEmitted(panel.cancel_requested, wait=50):
        qtbot.keyClick(elsewhere, Qt.Key.Key_X, no_show)


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    panel = DayListPanel()
    qtbot.addWidget(panel)
    for widget in (panel.list, panel.empty, panel.call, panel.no_show, panel.cancel):
        assert widget.accessibleName()


# -- real desks on the embedded server --------------------------------------------------------


def _today_soon(now: datetime) -> datetime:
    """In half an hour, or (just before midnight) a few minutes ago: today either way."""
    soon = now + timedelta(minutes=30)
    return soon if local_day(soon) == local_day(now) else now - timedelta(minutes=5)


def _book_on_server(desk: RunningDesk, code: str = CODE) -> uuid.UUID:
    """An appointment soon today, written straight into the demo server (whatever its
    shifts say, so the test runs at any hour), logged so the desks pull it."""
    identity = desk.services.identity
    return write_appointment(
        embedded_server_url(desk.settings.data_dir),
        municipality_id=identity.municipality_id,
        branch_id=identity.branch_id,
        starts_at=_today_soon(utc_now()),
        booking_code=code,
        contact="+4512345678",
    )


def _desk_window(qtbot: QtBot, desk: RunningDesk) -> DeskWindow:
    window = build_window(desk.services, WindowOptions(mode="desk"))
    assert isinstance(window, DeskWindow)
    qtbot.addWidget(window)
    return window


async def _shown_and_active(window: DeskWindow) -> None:
    window.show()
    window.activateWindow()
    await until(lambda: QApplication.activeWindow() is window)


def test_the_caseworker_sees_the_arrived_citizen_and_calls_them_with_enter(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        desk = await start_desk(desk_settings(tmp_path, "Borgerservice 1"))
        try:
            window = _desk_window(qtbot, desk)
            await _shown_and_active(window)
            panel = window.day_list
            assert panel.isVisible()
            appointment_id = _book_on_server(desk)
            await desk.sync.pull_all()
            window.refresh()
            assert panel.list.count() == 1
            row = panel.list.item(0).text()
            assert "Karen Hansen" in row and panel.tr("booked") in row

            # Cancelling is at once (no question); a second time, the window says why not.
            other = _book_on_server(desk, "HJK479")
            await desk.sync.pull_all()
            window.refresh()
            assert panel.list.count() == 2
            panel.choose(other)
            keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            qtbot.keyClick(window, Qt.Key.Key_X, keys)
            assert panel.list.count() == 1  # cancelled ones are left out
            cancelled = desk.services.arrivals.appointment(other)
            assert cancelled is not None and cancelled.state is AppointmentState.CANCELLED
            window._appointment_cancel(other)
            assert "cancelled" in window.serving_panel.message.text()

            ticket = await desk.services.arrivals.check_in(appointment_id)
            assert ticket.label == "B001"
            await desk.sync.pull_all()
            window.refresh()
            arrived = panel.tr("arrived · %1").replace("%1", "B001")
            assert panel.list.item(0).text().endswith(arrived)
            assert QFont(panel.list.item(0).font()).bold()
            assert "1" in panel.title()

            panel.choose(appointment_id)
            panel.list.setFocus()
            await until(lambda: QApplication.focusWidget() is panel.list)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            await until(lambda: window.serving_panel.ticket.text() == "B001")
            await desk.sync.pull_all()
            window.refresh()
            assert panel.list.item(0).text().endswith(panel.tr("at a desk"))
            window.close()
        finally:
            await desk.close()

    qt_loop.run_until_complete(scenario())


def test_kvik_checks_a_citizen_in_from_the_keyboard(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        desk = await start_desk(desk_settings(tmp_path, "KVIK 1"))
        try:
            window = _desk_window(qtbot, desk)
            await _shown_and_active(window)
            assert not window.day_list.isVisible()  # KVIK has no day list
            appointment_id = _book_on_server(desk)
            await desk.sync.pull_all()
            view = desk.services.arrivals.appointment(appointment_id)
            assert view is not None

            keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            qtbot.keyClick(window, Qt.Key.Key_I, keys)
            dialog = window.check_in_dialog
            assert isinstance(dialog, CheckInDialog)
            await until(lambda: QApplication.focusWidget() is dialog.field)
            assert dialog.field.accessibleName()

            qtbot.keyClicks(dialog.field, "nope")
            qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
            assert dialog.error.isVisible() and not dialog.matches.isVisible()

            dialog.field.clear()
            qtbot.keyClicks(dialog.field, CODE.lower())
            qtbot.keyClick(dialog.field, Qt.Key.Key_Return)
            assert dialog.matches.count() == 1
            assert not dialog.error.isVisible()
            found = dialog.matches.item(0).text()
            starts = to_local(view.starts_at).strftime("%H:%M")
            assert found.startswith(f"{starts} · Karen Hansen")
            assert dialog.tr("with citizen service") in found
            await until(lambda: QApplication.focusWidget() is dialog.matches)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
            assert window.check_in_dialog is None and not dialog.isVisible()

            said = (
                window.checking_in.tr("Checked in: %1 for %2.")
                .replace("%1", "B001")
                .replace("%2", starts)
            )
            await until(lambda: window.serving_panel.message.text() == said)
            await desk.sync.pull_all()
            checked = desk.services.arrivals.appointment(appointment_id)
            assert checked is not None and checked.state is AppointmentState.CHECKED_IN
            window.close()
        finally:
            await desk.close()

    qt_loop.run_until_complete(scenario())


def test_moving_an_appointment_books_the_same_citizen_and_frees_the_old_time(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        desk = await start_desk(desk_settings(tmp_path, "Borgerservice 1"))
        try:
            window = _desk_window(qtbot, desk)
            await _shown_and_active(window)
            old = _book_on_server(desk)
            await desk.sync.pull_all()
            window.refresh()
            window.day_list.choose(old)
            keys = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
            qtbot.keyClick(window, Qt.Key.Key_M, keys)
            await until(lambda: window.booking.dialog is not None)
            dialog = window.booking.dialog
            assert dialog is not None and "Karen Hansen" in dialog.windowTitle()
            assert (dialog.name.text(), dialog.contact.text()) == ("Karen Hansen", "+4512345678")
            slot = dialog.selected_slot()
            assert slot is not None
            await until(lambda: QApplication.focusWidget() is dialog.name)
            qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # the nearest free time
            await until(lambda: dialog.pages.currentIndex() == 1)
            new = dialog.appointment
            assert new is not None and new.starts_at == slot.starts_at
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # done
            await until(lambda: window.booking.dialog is None)
            moved = desk.services.arrivals.appointment(old)
            assert moved is not None and moved.state is AppointmentState.CANCELLED
            assert new.citizen_contact == "+45 12 34 56 78"
            window.close()
        finally:
            await desk.close()

    qt_loop.run_until_complete(scenario())

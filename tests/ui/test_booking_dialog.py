"""Booking an appointment from the counter against a real desk on the embedded server, in
Danish: name, Tab, contact, Enter; a CPR number refused; a slot that went meanwhile; the
length and whom with, from the keyboard; the confirmation's keys.

The tests run on any day at any hour: they take whatever the desk offers first.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

import qasync
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QDialog, QLineEdit, QListWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.app.startup import RunningDesk, start_desk
from counter_app.domain.org import Resource
from counter_app.domain.timezone import to_local
from counter_app.models import Appointment
from counter_app.services.booking_desk import AppointmentView
from counter_app.ui.booking_dialog import BookingDialog
from tests.ui.conftest import desk_settings

NAME, PHONE = "Karen Hansen", "12345678"


def _run_with_desk(
    qt_loop: qasync.QEventLoop,
    tmp_path: Path,
    body: Callable[[RunningDesk], Awaitable[None]],
) -> None:
    """Run ``body`` against desk "Borgerservice 1" on the embedded server; close it after."""

    async def scenario() -> None:
        desk = await start_desk(desk_settings(tmp_path, "Borgerservice 1"))
        try:
            await body(desk)
        finally:
            await desk.close()

    qt_loop.run_until_complete(scenario())


class Keyboard:
    """Sends each key to whatever has the focus, as a person's keyboard does, and counts."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(
        self,
        key: Qt.Key | str,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        self.qtbot.keyClick(widget, key, modifier)
        self.count += 1

    def type(self, text: str) -> None:
        for character in text:
            self.press(character)


class Emitted:
    """What the dialog emitted."""

    def __init__(self, dialog: BookingDialog) -> None:
        self.booked: list[AppointmentView] = []
        self.printed: list[AppointmentView] = []
        self.calendars: list[AppointmentView] = []
        dialog.booked.connect(self.booked.append)
        dialog.print_requested.connect(self.printed.append)
        dialog.calendar_requested.connect(self.calendars.append)


def _dialog(qtbot: QtBot, desk: RunningDesk, **options: object) -> BookingDialog:
    passport = next(s for s in desk.services.catalogue.services("da") if s.code == "passport")
    settings: dict[str, object] = {
        "resource": Resource.CITIZEN_SERVICE,
        "minutes": 15,
        "service_id": passport.id,
        "service_name": passport.name,
        "ticket_label": "K004",
    }
    settings.update(options)
    dialog = BookingDialog(desk.services.bookings, **settings)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.open()
    return dialog


async def _active(dialog: BookingDialog) -> None:
    """Wait until the dialog has the keyboard (shortcuts go to the active window only)."""
    dialog.activateWindow()
    for _ in range(100):
        if dialog.isActiveWindow():
            return
        await asyncio.sleep(0.02)
    raise TimeoutError("the dialog did not become the active window")


def _tr(text: str) -> str:
    return QCoreApplication.translate("BookingDialog", text)


def _appointments(desk: RunningDesk) -> int:
    with Session(desk.database) as session:
        return session.scalar(select(func.count()).select_from(Appointment)) or 0


def _book_by_keyboard(dialog: BookingDialog, keys: Keyboard) -> int:
    """Name, Tab, contact, then the keys it takes to book; returns those keys."""
    assert QApplication.focusWidget() is dialog.name
    keys.type(NAME)
    keys.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.contact
    keys.type(PHONE)
    typed = keys.count
    keys.press(Qt.Key.Key_Return)
    return keys.count - typed


def test_name_tab_contact_enter_books_the_nearest_slot(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(desk: RunningDesk) -> None:
        bookings = desk.services.bookings
        first = bookings.offer(Resource.CITIZEN_SERVICE, 15, count=1)[0]
        dialog = _dialog(qtbot, desk)
        emitted = Emitted(dialog)
        await _active(dialog)
        assert dialog.title.text() == _tr("Book an appointment for %1").replace("%1", "K004")
        assert dialog.what.text().startswith("Pas · ")
        assert dialog.selected_slot() == first and dialog.slots.currentRow() == 0
        assert dialog.slots.count() == len(dialog.offered()) == 8
        assert to_local(first.starts_at).strftime("%H:%M") in dialog.slots.item(0).text()
        assert not dialog.topic.isVisible()

        keys_to_book = _book_by_keyboard(dialog, Keyboard(qtbot))
        assert keys_to_book <= 3
        assert keys_to_book == 1  # Enter

        assert len(emitted.booked) == 1
        view = emitted.booked[0]
        assert view.starts_at == first.starts_at and view.minutes == 15
        assert view.resource is Resource.CITIZEN_SERVICE and view.service_name == "Pas"
        assert view.citizen_name == NAME and view.citizen_contact == "+45 12 34 56 78"
        assert len(view.booking_code) == 6 and not view.confirmed
        assert dialog.pages.currentIndex() == 1 and dialog.isVisible()
        assert dialog.code.text() == view.booking_code
        assert dialog.unconfirmed.isVisible()
        assert NAME in dialog.citizen.text() and "+45 12 34 56 78" in dialog.citizen.text()
        assert QApplication.focusWidget() is dialog.done_button
        assert bookings.appointment(view.id) is not None
        # The nearest slot now has one place less.
        after = bookings.offer(Resource.CITIZEN_SERVICE, 15, count=1)[0]
        assert after.starts_at != first.starts_at or after.free == first.free - 1

        await desk.sync.push_all()
        dialog.refresh_confirmation()
        stored = bookings.appointment(view.id)
        assert stored is not None and stored.confirmed
        assert not dialog.unconfirmed.isVisible()
        assert dialog.appointment == stored
        dialog.close()

    _run_with_desk(qt_loop, tmp_path, body)


def test_a_cpr_number_in_the_contact_is_refused_and_nothing_is_booked(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(desk: RunningDesk) -> None:
        dialog = _dialog(qtbot, desk)
        emitted = Emitted(dialog)
        await _active(dialog)
        keys = Keyboard(qtbot)
        keys.type(NAME)
        keys.press(Qt.Key.Key_Tab)
        keys.type("010190-1234")
        keys.press(Qt.Key.Key_Return)

        assert dialog.error.isVisible()
        assert dialog.error.text() == _tr(
            "That looks like a CPR number. Appointments never need one: leave it out."
        )
        assert dialog.error.objectName() == "bookingError"
        assert QApplication.focusWidget() is dialog.contact
        assert emitted.booked == [] and dialog.pages.currentIndex() == 0
        assert _appointments(desk) == 0

        # A missing name is named, and the cursor goes to it.
        dialog.name.clear()
        dialog.contact.setText(PHONE)
        keys.press(Qt.Key.Key_Return)
        assert dialog.error.text() == _tr("Write the citizen's name.")
        assert QApplication.focusWidget() is dialog.name
        assert _appointments(desk) == 0
        dialog.close()

    _run_with_desk(qt_loop, tmp_path, body)


def test_a_slot_taken_meanwhile_shows_the_nearest_free_ones(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(desk: RunningDesk) -> None:
        bookings = desk.services.bookings
        dialog = _dialog(qtbot, desk, resource=Resource.LIBRARIAN, service_name="")
        emitted = Emitted(dialog)
        await _active(dialog)
        listed = dialog.selected_slot()
        assert listed is not None and listed.free == 1  # the librarian has one place
        # Another desk (or this one, from elsewhere) books it first.
        bookings.book(
            resource=Resource.LIBRARIAN,
            minutes=15,
            starts_at=listed.starts_at,
            citizen_name="Ole Olsen",
            citizen_contact="ole@example.dk",
        )
        keys_to_book = _book_by_keyboard(dialog, Keyboard(qtbot))
        assert keys_to_book == 1

        assert dialog.error.isVisible()
        assert dialog.error.text() == _tr(
            "That slot was just taken. The nearest free ones are shown."
        )
        offered = dialog.offered()
        assert offered and listed.starts_at not in [s.starts_at for s in offered]
        assert dialog.selected_slot() == offered[0] and dialog.slots.currentRow() == 0
        assert emitted.booked == [] and dialog.pages.currentIndex() == 0
        assert _appointments(desk) == 1

        # Enter again books the nearest free one.
        dialog.contact.setFocus()
        Keyboard(qtbot).press(Qt.Key.Key_Return)
        assert len(emitted.booked) == 1
        assert emitted.booked[0].starts_at == offered[0].starts_at
        dialog.close()

    _run_with_desk(qt_loop, tmp_path, body)


def test_the_keyboard_changes_length_and_whom_and_the_slots_follow(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(desk: RunningDesk) -> None:
        bookings = desk.services.bookings
        dialog = _dialog(qtbot, desk)
        await _active(dialog)
        keys = Keyboard(qtbot)
        keys.type("Anna")
        keys.press(Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)  # 30 minutes
        assert dialog.minutes == 30 and dialog.minute_buttons[30].isChecked()
        assert all(slot.minutes == 30 for slot in dialog.offered())
        assert dialog.offered() == bookings.offer(Resource.CITIZEN_SERVICE, 30, count=8)
        assert dialog.topic.isVisible() and dialog.slots.currentRow() == 0
        assert "30" in dialog.what.text()
        assert QApplication.focusWidget() is dialog.name  # still typing the name

        keys.press(Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # a librarian
        assert dialog.resource is Resource.LIBRARIAN
        assert dialog.offered() == bookings.offer(Resource.LIBRARIAN, 30, count=8)

        # Up/Down from the name field choose another time without leaving the field.
        keys.press(Qt.Key.Key_Down)
        assert dialog.slots.currentRow() == 1 and QApplication.focusWidget() is dialog.name
        keys.press(Qt.Key.Key_Up)
        assert dialog.slots.currentRow() == 0

        keys.press(Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # 15 minutes
        keys.press(Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # citizen service
        assert (dialog.resource, dialog.minutes) == (Resource.CITIZEN_SERVICE, 15)
        assert not dialog.topic.isVisible()
        assert dialog.offered() == bookings.offer(Resource.CITIZEN_SERVICE, 15, count=8)

        # A 30-minute appointment keeps its topic.
        keys.press(Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
        dialog.contact.setText("anna@example.dk")
        dialog.topic.setText("Opgave om vikingetiden")
        emitted = Emitted(dialog)
        dialog.topic.setFocus()
        keys.press(Qt.Key.Key_Return)
        assert emitted.booked[0].topic == "Opgave om vikingetiden"
        assert emitted.booked[0].minutes == 30
        assert dialog.booked_topic.text() == "Opgave om vikingetiden"
        dialog.close()

    _run_with_desk(qt_loop, tmp_path, body)


def test_the_confirmation_prints_saves_and_closes_from_the_keyboard(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(desk: RunningDesk) -> None:
        dialog = _dialog(qtbot, desk, ticket_label=None)
        assert dialog.title.text() == _tr("Book an appointment")
        emitted = Emitted(dialog)
        await _active(dialog)
        keys = Keyboard(qtbot)
        # Alt keys and Ctrl+P/S belong to their own page: nothing to print yet.
        keys.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert emitted.printed == []
        _book_by_keyboard(dialog, keys)
        view = emitted.booked[0]

        keys.press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        assert [v.id for v in emitted.printed] == [view.id]
        keys.press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert [v.id for v in emitted.calendars] == [view.id]
        assert emitted.printed[0].booking_code == view.booking_code
        keys.press(Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
        assert dialog.minutes == 15  # page 1's keys do nothing on page 2

        keys.press(Qt.Key.Key_Return)
        assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Accepted
        assert len(emitted.booked) == 1 and _appointments(desk) == 1

    _run_with_desk(qt_loop, tmp_path, body)


def test_escape_closes_without_booking_and_every_control_is_named(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(desk: RunningDesk) -> None:
        dialog = _dialog(qtbot, desk)
        emitted = Emitted(dialog)
        await _active(dialog)
        controls = [
            *dialog.findChildren(QAbstractButton),
            *dialog.findChildren(QLineEdit),
            *dialog.findChildren(QListWidget),
        ]
        assert controls and all(widget.accessibleName() for widget in controls)
        assert dialog.contact.placeholderText() == _tr("Phone (8 digits) or e-mail")
        keys = Keyboard(qtbot)
        keys.type(NAME)
        keys.press(Qt.Key.Key_Escape)
        assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected
        assert emitted.booked == [] and _appointments(desk) == 0

    _run_with_desk(qt_loop, tmp_path, body)

"""Booking an appointment at the counter: the nearest free times, the citizen's name and
phone or e-mail, and Enter. Then the booking code, large, to read aloud or print.

Keys (shown in the dialog too):
    Enter          book the chosen time (the nearest is chosen); on the confirmation: done
    Up/Down        choose another time, also from the name and contact fields
    Alt+1, Alt+2   citizen service, librarian
    Alt+3, Alt+4   15 minutes, 30 minutes
    Ctrl+P         print the slip (confirmation)
    Ctrl+S         save the calendar file (confirmation)
    Escape         close without booking (on the confirmation: done)

The dialog books through :class:`~counter_app.services.booking_desk.BookingDesk` but
prints and saves nothing itself: it emits ``print_requested`` and ``calendar_requested``.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from functools import partial
from itertools import pairwise

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.org import Resource
from counter_app.domain.personal_data import (
    PersonalDataError,
    check_contact,
    check_name,
    refuse_cpr,
)
from counter_app.domain.timezone import to_local
from counter_app.services.booking_desk import (
    AppointmentView,
    BookingDesk,
    SlotTakenError,
    SlotView,
)
from counter_app.services.views import AppointmentKind
from counter_app.ui.callback_form import buddy_label
from counter_app.ui.checklist_panel import appointment_text, fill

__all__ = ["BookingDialog"]

SLOT_COUNT = 8
OFFER_DAYS = 14
NAME_LENGTH = 80
CONTACT_LENGTH = 120
TOPIC_LENGTH = 200
MINUTES = (15, 30)
RESOURCES = (Resource.CITIZEN_SERVICE, Resource.LIBRARIAN)
RESOURCE_KEYS = ("Alt+1", "Alt+2")
MINUTE_KEYS = ("Alt+3", "Alt+4")
PRINT_KEY = "Ctrl+P"
CALENDAR_KEY = "Ctrl+S"
CONFIRMATION_POLL_MS = 1000

# The dialog sets this on itself. Contrast (WCAG AA): #1f3a5f on white 11:1, #a30000 on
# #fdecea 7:1, #5c1a00 on #fff1c2 12:1, white on #1f3a5f 11:1, #3a3a3a on white 11:1.
BOOKING_STYLE = """
QLabel#bookingTitle { font-size: 20px; font-weight: bold; color: #1f3a5f; }
QLabel#bookingWhat { font-size: 15px; }
QLabel#bookingHint { color: #3a3a3a; }
QLabel#bookingError { color: #a30000; background: #fdecea; font-weight: bold;
                      border: 1px solid #a30000; border-radius: 4px; padding: 4px 8px; }
QLabel#bookingCode { font-size: 28pt; font-weight: bold; color: #1f3a5f;
                     letter-spacing: 4px; padding: 4px 0; }
QLabel#unconfirmed { color: #5c1a00; background: #fff1c2; border: 2px solid #c25700;
                     border-radius: 6px; padding: 6px; font-weight: bold; }
QLineEdit { font-size: 15px; padding: 3px; }
QListWidget#bookingSlots { font-size: 15px; }
QPushButton[choice="true"] { background: #ffffff; color: #1b1b1b; border: 1px solid #7a7a7a;
                             border-radius: 4px; padding: 6px 10px; }
QPushButton[choice="true"]:checked { background: #1f3a5f; color: #ffffff; border-color: #1f3a5f; }
QPushButton[choice="true"]:focus { border: 2px solid #f0b400; }
"""


def _label(text: str, name: str, accessible: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    return label


class BookingDialog(QDialog):
    """Book an appointment for the citizen at the counter (page 1), then show the booking
    code and what was booked (page 2).

    The dialog finishes with ``Accepted`` once something is booked (Done, Enter, Escape
    or closing the confirmation) and ``Rejected`` when closed without booking.

    Signals:
        booked(object): the :class:`AppointmentView` just booked.
        print_requested(object): print the slip for this :class:`AppointmentView`.
        calendar_requested(object): save the calendar file for this AppointmentView.
    """

    booked = Signal(object)
    print_requested = Signal(object)
    calendar_requested = Signal(object)

    def __init__(
        self,
        bookings: BookingDesk,
        *,
        resource: Resource,
        minutes: int,
        service_id: uuid.UUID | None = None,
        service_name: str = "",
        ticket_id: uuid.UUID | None = None,
        ticket_label: str | None = None,
        moving: AppointmentView | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if resource not in RESOURCES:
            raise ValueError(f"appointments are with citizen service or a librarian: {resource}")
        if minutes not in MINUTES:
            raise ValueError(f"appointments last 15 or 30 minutes, not {minutes}")
        self._bookings = bookings
        self._resource = resource
        self._minutes = minutes
        self._service_id = service_id
        self._service_name = service_name
        self._ticket_id = ticket_id
        self._slots: list[SlotView] = []
        self._view: AppointmentView | None = None
        self.setStyleSheet(BOOKING_STYLE)
        self.setMinimumWidth(560)
        if moving is not None:
            title = self.tr("Move the appointment of %1").replace("%1", moving.citizen_name)
        elif ticket_label:
            title = self.tr("Book an appointment for %1").replace("%1", ticket_label)
        else:
            title = self.tr("Book an appointment")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.pages = QStackedWidget()
        self.pages.setAccessibleName(self.tr("Booking"))
        self.pages.addWidget(self._booking_page(title))
        self.pages.addWidget(self._confirmation_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)
        self._shortcuts()
        if moving is not None:  # the same citizen: only the time is new
            self.name.setText(moving.citizen_name)
            self.contact.setText(moving.citizen_contact)
            self.topic.setText(moving.topic)
        self._confirmation_timer = QTimer(self)
        self._confirmation_timer.setInterval(CONFIRMATION_POLL_MS)
        self._confirmation_timer.timeout.connect(self.refresh_confirmation)
        self._show_choice()
        self.refresh_slots()
        self.name.setFocus()

    # --- page 1: booking ----------------------------------------------------------------

    def _booking_page(self, title: str) -> QWidget:
        page = QWidget()
        self.title = _label(title, "bookingTitle", self.tr("Booking for"))
        self.what = _label("", "bookingWhat", self.tr("Appointment"))
        self._fields()
        choices = self._choices()
        self.slots = QListWidget()
        self.slots.setObjectName("bookingSlots")
        self.slots.setAccessibleName(self.tr("Free times"))
        self.slots.setMinimumHeight(150)
        self.slots.currentRowChanged.connect(self.clear_error)
        slots_heading = buddy_label(self.tr("Free times (Up/Down choose)"), self.slots)

        self.error = _label("", "bookingError", self.tr("Error"))
        self.error.hide()
        hint = _label(
            self.tr(
                "Enter books the chosen time · Up/Down choose another time · "
                "Esc closes without booking · never ask for a CPR number"
            ),
            "bookingHint",
            self.tr("Keys"),
        )
        self.book_button = QPushButton(self.tr("Book (Enter)"))
        self.book_button.setAccessibleName(self.tr("Book"))
        self.book_button.setAutoDefault(False)
        self.book_button.clicked.connect(self.book)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.what)
        layout.addLayout(self._form)
        layout.addLayout(choices)
        layout.addWidget(slots_heading)
        layout.addWidget(self.slots, 1)
        layout.addWidget(self.error)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        order: list[QWidget] = [
            self.name,
            self.contact,
            self.topic,
            *self.resource_buttons.values(),
            *self.minute_buttons.values(),
            self.slots,
            self.book_button,
            self.cancel_button,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        return page

    def _fields(self) -> None:
        """The citizen's name, phone or e-mail and (30 minutes) topic, in ``self._form``."""
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Citizen's name"))
        self.name.setMaxLength(NAME_LENGTH)
        self.contact = QLineEdit()
        self.contact.setAccessibleName(self.tr("Citizen's phone or e-mail"))
        self.contact.setMaxLength(CONTACT_LENGTH)
        self.contact.setPlaceholderText(self.tr("Phone (8 digits) or e-mail"))
        self.topic = QLineEdit()
        self.topic.setAccessibleName(self.tr("Topic"))
        self.topic.setMaxLength(TOPIC_LENGTH)
        self.topic.setPlaceholderText(self.tr("What the citizen wants help with (optional)"))
        self.topic_note = _label(
            self.tr(
                "Noted in advance, e.g. the subject of an assignment, so the appointment "
                "can be prepared. Never a CPR number."
            ),
            "bookingHint",
            self.tr("About the topic"),
        )
        topic_box = QWidget()
        topic_layout = QVBoxLayout(topic_box)
        topic_layout.setContentsMargins(0, 0, 0, 0)
        topic_layout.addWidget(self.topic)
        topic_layout.addWidget(self.topic_note)
        self._form = QFormLayout()
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.addRow(buddy_label(self.tr("Citizen's name"), self.name), self.name)
        self._form.addRow(buddy_label(self.tr("Phone or e-mail"), self.contact), self.contact)
        self._form.addRow(buddy_label(self.tr("Topic"), self.topic), topic_box)
        self._topic_box = topic_box
        for field in (self.name, self.contact, self.topic):
            field.installEventFilter(self)
            field.textEdited.connect(self.clear_error)

    def _choices(self) -> QGridLayout:
        """Who and how long: checkable buttons, each with its Alt key in its text."""
        self.resource_buttons: dict[Resource, QPushButton] = {}
        self.minute_buttons: dict[int, QPushButton] = {}
        self._resource_group = QButtonGroup(self)
        self._minute_group = QButtonGroup(self)
        grid = QGridLayout()
        who = QLabel(self.tr("With"))
        who.setWordWrap(True)
        length = QLabel(self.tr("Length"))
        length.setWordWrap(True)
        grid.addWidget(who, 0, 0)
        grid.addWidget(length, 1, 0)
        for column, (resource, key) in enumerate(zip(RESOURCES, RESOURCE_KEYS, strict=True)):
            button = self._choice_button(
                self._resource_text(resource), key, partial(self.set_resource, resource)
            )
            self._resource_group.addButton(button)
            self.resource_buttons[resource] = button
            grid.addWidget(button, 0, column + 1)
        for column, (minutes, key) in enumerate(zip(MINUTES, MINUTE_KEYS, strict=True)):
            text = self.tr("%1 minutes").replace("%1", str(minutes))
            button = self._choice_button(text, key, partial(self.set_minutes, minutes))
            self._minute_group.addButton(button)
            self.minute_buttons[minutes] = button
            grid.addWidget(button, 1, column + 1)
        grid.setColumnStretch(3, 1)
        return grid

    def _choice_button(self, text: str, key: str, choose: Callable[[], None]) -> QPushButton:
        button = QPushButton(f"{text} ({key})")
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setProperty("choice", True)
        button.setAccessibleName(text)
        button.setToolTip(key)
        button.clicked.connect(choose)
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.activated.connect(partial(self._on_page, 0, choose))
        return button

    def _resource_text(self, resource: Resource) -> str:
        if resource is Resource.LIBRARIAN:
            return self.tr("Librarian")
        return self.tr("Citizen service")

    def _shortcuts(self) -> None:
        for key, action in (
            (PRINT_KEY, self.request_print),
            (CALENDAR_KEY, self.request_calendar),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(partial(self._on_page, 1, action))

    def _on_page(self, page: int, action: Callable[[], None]) -> None:
        """A shortcut acts at once, and only on its own page."""
        if self.pages.currentIndex() == page:
            action()

    # --- choosing -----------------------------------------------------------------------

    @property
    def resource(self) -> Resource:
        """Whom the appointment is with."""
        return self._resource

    @property
    def minutes(self) -> int:
        """How long the appointment lasts."""
        return self._minutes

    def set_resource(self, resource: Resource) -> None:
        """Book with citizen service or a librarian (Alt+1, Alt+2); the times follow."""
        changed = resource is not self._resource
        self._resource = resource
        self._show_choice()
        if changed:
            self.refresh_slots()
        self._keep_focus_on_fields()

    def set_minutes(self, minutes: int) -> None:
        """Book 15 or 30 minutes (Alt+3, Alt+4); the times follow."""
        changed = minutes != self._minutes
        self._minutes = minutes
        self._show_choice()
        if changed:
            self.refresh_slots()
        self._keep_focus_on_fields()

    def _keep_focus_on_fields(self) -> None:
        focus = self.focusWidget()
        if focus is not None and not focus.isVisible():
            self.name.setFocus()

    def _show_choice(self) -> None:
        self.resource_buttons[self._resource].setChecked(True)
        self.minute_buttons[self._minutes].setChecked(True)
        kind = appointment_text(AppointmentKind(self._resource, self._minutes))
        if self._service_name:
            self.what.setText(f"{self._service_name} · {kind}")
        else:
            self.what.setText(kind[:1].upper() + kind[1:])
        self._form.setRowVisible(self._topic_box, self._minutes >= 30)
        self.clear_error()

    def refresh_slots(self) -> None:
        """Ask for the nearest free times again and choose the first."""
        self.show_slots(self._bookings.offer(self._resource, self._minutes, count=SLOT_COUNT))

    def show_slots(self, slots: list[SlotView]) -> None:
        """List these times, the first chosen; with none, booking is off."""
        self._slots = list(slots)
        self.slots.clear()
        for slot in self._slots:
            item = QListWidgetItem(self._slot_text(slot))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text())
            self.slots.addItem(item)
        if self._slots:
            self.slots.setCurrentRow(0)
        else:
            item = QListWidgetItem(
                self.tr("No free slots in the next %1 days").replace("%1", str(OFFER_DAYS))
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.slots.addItem(item)
        self.book_button.setEnabled(bool(self._slots))

    def _slot_text(self, slot: SlotView) -> str:
        local = to_local(slot.starts_at)
        day = QLocale().toString(QDate(local.year, local.month, local.day), "ddd d.M")
        return fill(
            self.tr("%1 at %2 · %3"),
            day,
            local.strftime("%H:%M"),
            self.tr("%n free", "", slot.free),
        )

    def offered(self) -> list[SlotView]:
        """The times listed now, in the list's order."""
        return list(self._slots)

    def selected_slot(self) -> SlotView | None:
        """The time Enter books now, or None."""
        row = self.slots.currentRow()
        if 0 <= row < len(self._slots):
            return self._slots[row]
        return None

    def _move_slot(self, step: int) -> None:
        if not self._slots:
            return
        row = max(0, min(len(self._slots) - 1, self.slots.currentRow() + step))
        self.slots.setCurrentRow(row)

    # --- booking ------------------------------------------------------------------------

    def book(self) -> None:
        """Book the chosen time for the citizen (Enter); say what is wrong if it cannot."""
        if self.pages.currentIndex() != 0:
            return
        slot = self.selected_slot()
        if slot is None or not self.book_button.isEnabled():
            self.show_error(self.tr("There is no free time to book."))
            return
        topic = self.topic.text() if self._minutes >= 30 else ""
        try:
            view = self._bookings.book(
                resource=self._resource,
                minutes=self._minutes,
                starts_at=slot.starts_at,
                citizen_name=self.name.text(),
                citizen_contact=self.contact.text(),
                topic=topic,
                service_id=self._service_id,
                ticket_id=self._ticket_id,
            )
        except PersonalDataError as exc:
            self.show_error(self._personal_data_text(exc))
            self._field_for(topic).setFocus()
            return
        except SlotTakenError as exc:
            self.show_slots(exc.alternatives)
            self.show_error(
                self.tr("That slot was just taken. The nearest free ones are shown.")
                if exc.alternatives
                else self.tr("That slot was just taken, and no other time is free.")
            )
            return
        self.clear_error()
        self._view = view
        self.booked.emit(view)
        self._show_confirmation(view)

    def _field_for(self, topic: str) -> QLineEdit:
        """The field whose text the booking refused (checked in the booking's order)."""
        checks: list[tuple[QLineEdit, Callable[[], object]]] = [
            (self.name, lambda: check_name(self.name.text())),
            (self.contact, lambda: check_contact(self.contact.text())),
            (self.topic, lambda: refuse_cpr(topic)),
        ]
        for field, check in checks:
            try:
                check()
            except PersonalDataError:
                return field
        return self.name

    def _personal_data_text(self, error: PersonalDataError) -> str:
        texts = {
            "cpr": self.tr(
                "That looks like a CPR number. Appointments never need one: leave it out."
            ),
            "name_missing": self.tr("Write the citizen's name."),
            "name_too_long": self.tr("The name is too long."),
            "contact": self.tr("Write a Danish phone number (8 digits) or an e-mail address."),
        }
        return texts.get(error.kind, str(error))

    def show_error(self, text: str) -> None:
        """Show why nothing was booked; the dialog stays open to fix it."""
        self.error.setText(text)
        self.error.setAccessibleDescription(text)
        self.error.show()

    def clear_error(self) -> None:
        """Hide the error once staff change something."""
        if self.error.isVisible() or self.error.text():
            self.error.clear()
            self.error.hide()

    # --- page 2: confirmation -----------------------------------------------------------

    def _confirmation_page(self) -> QWidget:
        page = QWidget()
        heading = _label(self.tr("Appointment booked"), "bookingTitle", self.tr("Booked"))
        code_heading = _label(
            self.tr("Booking code (the citizen shows it or types it at the kiosk):"),
            "bookingHint",
            self.tr("About the booking code"),
        )
        self.code = _label("", "bookingCode", self.tr("Booking code"))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.when = _label("", "bookingWhen", self.tr("When"))
        self.with_whom = _label("", "bookingWith", self.tr("With"))
        self.citizen = _label("", "bookingCitizen", self.tr("Citizen"))
        self.booked_topic = _label("", "bookingTopic", self.tr("Topic"))
        self.unconfirmed = _label(
            self.tr(
                "Not yet confirmed by the server: the booking is sent when the connection is back."
            ),
            "unconfirmed",
            self.tr("Not yet confirmed"),
        )
        details = QFormLayout()
        details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, label in (
            (self.tr("When"), self.when),
            (self.tr("With"), self.with_whom),
            (self.tr("Citizen"), self.citizen),
            (self.tr("Topic"), self.booked_topic),
        ):
            name = QLabel(text)
            name.setWordWrap(True)
            details.addRow(name, label)
        self._details = details
        self.print_button = QPushButton(self.tr("Print slip (Ctrl+P)"))
        self.print_button.setAccessibleName(self.tr("Print slip"))
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.request_print)
        self.calendar_button = QPushButton(self.tr("Calendar file (Ctrl+S)"))
        self.calendar_button.setAccessibleName(self.tr("Calendar file"))
        self.calendar_button.setAutoDefault(False)
        self.calendar_button.clicked.connect(self.request_calendar)
        self.done_button = QPushButton(self.tr("Done (Enter)"))
        self.done_button.setAccessibleName(self.tr("Done"))
        self.done_button.setAutoDefault(False)
        self.done_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.calendar_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(code_heading)
        layout.addWidget(self.code)
        layout.addLayout(details)
        layout.addWidget(self.unconfirmed)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    @property
    def appointment(self) -> AppointmentView | None:
        """What was booked (as last read), or None before booking."""
        return self._view

    def _show_confirmation(self, view: AppointmentView) -> None:
        self._show_view(view)
        self.pages.setCurrentIndex(1)
        self.setWindowTitle(self.tr("Appointment booked"))
        self.done_button.setFocus()
        if not view.confirmed:
            self._confirmation_timer.start()

    def _show_view(self, view: AppointmentView) -> None:
        start = to_local(view.starts_at)
        end = to_local(view.starts_at + timedelta(minutes=view.minutes))
        day = QLocale().toString(QDate(start.year, start.month, start.day), "dddd d. MMMM")
        self.code.setText(view.booking_code)
        self.code.setAccessibleDescription(" ".join(view.booking_code))
        self.when.setText(
            fill(self.tr("%1, %2–%3"), day, start.strftime("%H:%M"), end.strftime("%H:%M"))
        )
        kind = appointment_text(AppointmentKind(view.resource, view.minutes))
        service = view.service_name or self._service_name
        self.with_whom.setText(f"{kind} · {service}" if service else kind)
        self.citizen.setText(f"{view.citizen_name} · {view.citizen_contact}")
        self.booked_topic.setText(view.topic)
        self._details.setRowVisible(self.booked_topic, bool(view.topic))
        self.unconfirmed.setVisible(not view.confirmed)

    def refresh_confirmation(self) -> None:
        """Read the booking again: once the server has it, "not yet confirmed" goes."""
        if self._view is None:
            return
        view = self._bookings.appointment(self._view.id)
        if view is None:
            return
        self._view = view
        self._show_view(view)
        if view.confirmed:
            self._confirmation_timer.stop()

    def request_print(self) -> None:
        """Ask the window to print the slip (Ctrl+P)."""
        if self._view is not None:
            self.print_requested.emit(self._view)

    def request_calendar(self) -> None:
        """Ask the window to save the calendar file (Ctrl+S)."""
        if self._view is not None:
            self.calendar_requested.emit(self._view)

    # --- keys and closing ---------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down in the name, contact or topic field choose another time."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if not modifiers and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self._move_slot(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter books from anywhere on page 1 and is Done on page 2; Escape closes."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not modifiers:
            focus = self.focusWidget()
            if self.pages.currentIndex() == 0:
                if focus is self.cancel_button:
                    self.reject()
                else:
                    self.book()
            elif focus in (self.print_button, self.calendar_button):
                assert isinstance(focus, QPushButton)
                focus.click()
            else:
                self.accept()
            return
        super().keyPressEvent(event)

    def reject(self) -> None:
        """Close without booking; once booked, closing is Done."""
        if self._view is not None:
            self.accept()
        else:
            super().reject()

    def done(self, result: int) -> None:
        """Stop looking for the server's confirmation when the dialog closes."""
        self._confirmation_timer.stop()
        super().done(result)

    def showEvent(self, event: QShowEvent) -> None:
        """Open with the cursor in the name field (or on Done once booked)."""
        super().showEvent(event)
        if self.pages.currentIndex() == 0:
            self.name.setFocus()
        else:
            self.done_button.setFocus()

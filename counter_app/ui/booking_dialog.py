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
from functools import partial
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.org import Resource
from counter_app.domain.personal_data import PersonalDataError
from counter_app.services.booking_desk import (
    AppointmentView,
    BookingDesk,
    SlotTakenError,
    SlotView,
)
from counter_app.services.views import AppointmentKind
from counter_app.ui.booking_choices import MINUTES, RESOURCES, BookingChoices
from counter_app.ui.booking_confirmation_page import BookingConfirmationPage
from counter_app.ui.booking_style import BOOKING_STYLE, booking_button, booking_label
from counter_app.ui.callback_form import buddy_label
from counter_app.ui.checklist_panel import appointment_text
from counter_app.ui.citizen_fields import CitizenFields
from counter_app.ui.refusal_label import RefusalLabel
from counter_app.ui.slot_list import SlotList
from counter_app.ui.style import fitted

__all__ = ["BookingDialog"]

SLOT_COUNT = 8
PRINT_KEY = "Ctrl+P"
CALENDAR_KEY = "Ctrl+S"
CONFIRMATION_POLL_MS = 1000


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
        self._view: AppointmentView | None = None
        self.setStyleSheet(fitted(BOOKING_STYLE))
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
        self.title = booking_label(title, "bookingTitle", self.tr("Booking for"))
        self.what = booking_label("", "bookingWhat", self.tr("Appointment"))
        self._fields()
        self._choices()
        self.slots = SlotList()
        self.slots.currentRowChanged.connect(self.clear_error)
        slots_heading = buddy_label(self.tr("Free times (Up/Down choose)"), self.slots)

        self.error = RefusalLabel("bookingError", self.tr("Error"))
        hint = booking_label(
            self.tr(
                "Enter books the chosen time · Up/Down choose another time · "
                "Esc closes without booking · never ask for a CPR number"
            ),
            "bookingHint",
            self.tr("Keys"),
        )
        self.book_button = booking_button(self.tr("Book (Enter)"), self.tr("Book"))
        self.book_button.clicked.connect(self.book)
        self.cancel_button = booking_button(self.tr("Cancel (Esc)"), self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.book_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.what)
        layout.addWidget(self.fields)
        layout.addWidget(self.choices)
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
        """The citizen's name, phone or e-mail and (30 minutes) topic, in ``self.fields``."""
        self.fields = CitizenFields(
            contact_hint=self.tr("Phone (8 digits) or e-mail"),
            topic_hint=self.tr("What the citizen wants help with (optional)"),
        )
        self.name, self.contact, self.topic = self.fields.fields()
        self.topic_note = self.fields.topic_note
        for field in self.fields.fields():
            field.installEventFilter(self)
            field.textEdited.connect(self.clear_error)

    def _choices(self) -> None:
        """Who and how long (Alt+1 to Alt+4), in ``self.choices``."""
        self.choices = BookingChoices()
        self.resource_buttons = self.choices.resource_buttons
        self.minute_buttons = self.choices.minute_buttons
        self.choices.resource_chosen.connect(self.set_resource)
        self.choices.minutes_chosen.connect(self.set_minutes)
        for key, choose in self.choices.keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(partial(self._on_page, 0, choose))

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
        self.choices.show_choice(self._resource, self._minutes)
        kind = appointment_text(AppointmentKind(self._resource, self._minutes))
        if self._service_name:
            self.what.setText(f"{self._service_name} · {kind}")
        else:
            self.what.setText(kind[:1].upper() + kind[1:])
        self.fields.show_topic(self._minutes >= 30)
        self.clear_error()

    def refresh_slots(self) -> None:
        """Ask for the nearest free times again and choose the first."""
        self.show_slots(self._bookings.offer(self._resource, self._minutes, count=SLOT_COUNT))

    def show_slots(self, slots: list[SlotView]) -> None:
        """List these times, the first chosen; with none, booking is off."""
        self.slots.show_slots(slots)
        self.book_button.setEnabled(bool(slots))

    def offered(self) -> list[SlotView]:
        """The times listed now, in the list's order."""
        return self.slots.offered()

    def selected_slot(self) -> SlotView | None:
        """The time Enter books now, or None."""
        return self.slots.selected_slot()

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
            self.fields.refused_field(topic).setFocus()
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
        self.error.say(text)

    def clear_error(self) -> None:
        """Hide the error once staff change something."""
        self.error.withdraw()

    # --- page 2: confirmation -----------------------------------------------------------

    def _confirmation_page(self) -> QWidget:
        self.confirmation = page = BookingConfirmationPage()
        self.code = page.code
        self.when = page.when
        self.with_whom = page.with_whom
        self.citizen = page.citizen
        self.booked_topic = page.booked_topic
        self.unconfirmed = page.unconfirmed
        self.print_button = page.print_button
        self.calendar_button = page.calendar_button
        self.done_button = page.done_button
        self.print_button.clicked.connect(self.request_print)
        self.calendar_button.clicked.connect(self.request_calendar)
        self.done_button.clicked.connect(self.accept)
        return page

    @property
    def appointment(self) -> AppointmentView | None:
        """What was booked (as last read), or None before booking."""
        return self._view

    def _show_confirmation(self, view: AppointmentView) -> None:
        self.confirmation.show_view(view, self._service_name)
        self.pages.setCurrentIndex(1)
        self.setWindowTitle(self.tr("Appointment booked"))
        self.done_button.setFocus()
        if not view.confirmed:
            self._confirmation_timer.start()

    def refresh_confirmation(self) -> None:
        """Read the booking again: once the server has it, "not yet confirmed" goes."""
        if self._view is None:
            return
        view = self._bookings.appointment(self._view.id)
        if view is None:
            return
        self._view = view
        self.confirmation.show_view(view, self._service_name)
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
                self.slots.step(-1 if event.key() == Qt.Key.Key_Up else 1)
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

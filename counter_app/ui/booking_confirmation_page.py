"""Page 2 of the booking dialog: the booking code, large, to read aloud, and what was
booked (when, with whom, the citizen, the topic), a note while the server has not yet
confirmed it, and the Print slip, Calendar file and Done buttons.

The page only shows; the dialog connects its buttons and reads the booking again. (The
slip and the calendar file themselves are :mod:`counter_app.ui.booking_confirmation`.)
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from counter_app.domain.timezone import to_local
from counter_app.services.booking_desk import AppointmentView
from counter_app.services.views import AppointmentKind
from counter_app.ui.booking_style import booking_button, booking_label
from counter_app.ui.checklist_panel import appointment_text, fill

__all__ = ["BookingConfirmationPage"]


class BookingConfirmationPage(QWidget):
    """The booked appointment: ``show_view`` fills it in (again, once confirmed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = booking_label(self.tr("Appointment booked"), "bookingTitle", self.tr("Booked"))
        code_heading = booking_label(
            self.tr("Booking code (the citizen shows it or types it at the kiosk):"),
            "bookingHint",
            self.tr("About the booking code"),
        )
        self.code = booking_label("", "bookingCode", self.tr("Booking code"))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.when = booking_label("", "bookingWhen", self.tr("When"))
        self.with_whom = booking_label("", "bookingWith", self.tr("With"))
        self.citizen = booking_label("", "bookingCitizen", self.tr("Citizen"))
        self.booked_topic = booking_label("", "bookingTopic", self.tr("Topic"))
        self.unconfirmed = booking_label(
            self.tr(
                "Not yet confirmed by the server: the booking is sent when the connection is back."
            ),
            "unconfirmed",
            self.tr("Not yet confirmed"),
        )
        self._details = QFormLayout()
        self._details.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, label in (
            (self.tr("When"), self.when),
            (self.tr("With"), self.with_whom),
            (self.tr("Citizen"), self.citizen),
            (self.tr("Topic"), self.booked_topic),
        ):
            name = QLabel(text)
            name.setWordWrap(True)
            self._details.addRow(name, label)
        self.print_button = booking_button(self.tr("Print slip (Ctrl+P)"), self.tr("Print slip"))
        self.calendar_button = booking_button(
            self.tr("Calendar file (Ctrl+S)"), self.tr("Calendar file")
        )
        self.done_button = booking_button(self.tr("Done (Enter)"), self.tr("Done"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.calendar_button)
        buttons.addStretch(1)
        buttons.addWidget(self.done_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(code_heading)
        layout.addWidget(self.code)
        layout.addLayout(self._details)
        layout.addWidget(self.unconfirmed)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def show_view(self, view: AppointmentView, service_name: str = "") -> None:
        """Show this booking; ``service_name`` when the booking itself names no service."""
        start = to_local(view.starts_at)
        end = to_local(view.starts_at + timedelta(minutes=view.minutes))
        day = QLocale().toString(QDate(start.year, start.month, start.day), "dddd d. MMMM")
        self.code.setText(view.booking_code)
        self.code.setAccessibleDescription(" ".join(view.booking_code))
        self.when.setText(
            fill(self.tr("%1, %2–%3"), day, start.strftime("%H:%M"), end.strftime("%H:%M"))
        )
        kind = appointment_text(AppointmentKind(view.resource, view.minutes))
        service = view.service_name or service_name
        self.with_whom.setText(f"{kind} · {service}" if service else kind)
        self.citizen.setText(f"{view.citizen_name} · {view.citizen_contact}")
        self.booked_topic.setText(view.topic)
        self._details.setRowVisible(self.booked_topic, bool(view.topic))
        self.unconfirmed.setVisible(not view.confirmed)

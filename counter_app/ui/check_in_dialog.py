"""Checking a citizen in at KVIK: their booking code or phone number finds today's
appointment, and Enter gives them a ticket for it."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.org import Resource
from counter_app.domain.timezone import to_local
from counter_app.services.arrivals import ArrivalDesk
from counter_app.services.booking_desk import AppointmentView
from counter_app.ui.refusal_label import RefusalLabel
from counter_app.ui.style import error_label_rule, fitted

__all__ = ["CheckInDialog"]

FIELD_LENGTH = 120
TIME_FORMAT = "%H:%M"

# Contrast (WCAG AA): #a30000 on #fdecea 7:1, #3a3a3a on white 11:1.
CHECK_IN_STYLE = (
    error_label_rule("checkInError")
    + """
QLabel#checkInHint { color: #3a3a3a; }
QLineEdit#checkInCode { font-size: 15px; padding: 3px; }
QListWidget#checkInMatches { font-size: 15px; }
"""
)

_ID_ROLE = Qt.ItemDataRole.UserRole


def _button(text: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)  # Enter in the field finds; it must not press a button
    return button


class CheckInDialog(QDialog):
    """Find today's appointment by booking code or phone number (Enter), then check the
    chosen one in (Enter again); the dialog then closes.

    Signals:
        check_in_requested(object): check in this appointment (by id).
    """

    check_in_requested = Signal(object)

    def __init__(self, arrivals: ArrivalDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._arrivals = arrivals
        self.setObjectName("checkInDialog")
        self.setWindowTitle(self.tr("Check in an appointment"))
        self.setStyleSheet(fitted(CHECK_IN_STYLE))
        self.setMinimumWidth(480)
        prompt = QLabel(self.tr("&Booking code or phone number"))
        self.field = QLineEdit()
        self.field.setObjectName("checkInCode")
        self.field.setMaxLength(FIELD_LENGTH)
        self.field.setAccessibleName(self.tr("Booking code or phone number"))
        self.field.setPlaceholderText(self.tr("For example ACD347 or 12 34 56 78"))
        prompt.setBuddy(self.field)
        self.hint = QLabel(self.tr("Press Enter to find today's appointment."))
        self.hint.setObjectName("checkInHint")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("What to do"))
        self.error = RefusalLabel("checkInError", self.tr("Not found"))
        self.matches = QListWidget()
        self.matches.setObjectName("checkInMatches")
        self.matches.setAccessibleName(self.tr("Today's appointments found"))
        self.matches.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matches.setWordWrap(True)
        self.matches.itemActivated.connect(self._check_in_item)  # Enter or double-click
        self.matches.hide()
        self.find_button = _button(self.tr("Find"), self.tr("Find the appointment"))
        self.find_button.clicked.connect(self.look_up)
        self.check_in_button = _button(
            self.tr("Check in"), self.tr("Check in the chosen appointment")
        )
        self.check_in_button.setEnabled(False)
        self.check_in_button.clicked.connect(self.check_in_chosen)
        self.close_button = _button(self.tr("Close"), self.tr("Close without checking in"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addStretch(1)
        buttons.addWidget(self.check_in_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.field)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.matches, 1)
        layout.addLayout(buttons)

    def look_up(self) -> None:
        """List today's booked appointments with the code or phone number typed."""
        found = self._arrivals.find_for_check_in(self.field.text())
        self.matches.clear()
        for view in found:
            self.matches.addItem(self._item(view))
        self.matches.setVisible(bool(found))
        self.check_in_button.setEnabled(bool(found))
        if not found:
            self.error.say(
                self.tr(
                    "No booked appointment today with this booking code or phone number. "
                    "Check the code on the citizen's slip or text message."
                )
                if self.field.text().strip()
                else self.tr("Type the booking code or the phone number first.")
            )
            self.hint.setText(self.tr("Press Enter to find today's appointment."))
            self.field.setFocus()
            self.field.selectAll()
            return
        self.error.hide()
        self.hint.setText(self.tr("Choose the appointment and press Enter to check in."))
        self.matches.setCurrentRow(0)
        self.matches.setFocus()

    def _item(self, view: AppointmentView) -> QListWidgetItem:
        start = to_local(view.starts_at).strftime(TIME_FORMAT)
        whom = self._with_whom(view.resource)
        what = " · ".join(part for part in (whom, view.service_name) if part)
        text = f"{start} · {view.citizen_name}\n{what}"
        item = QListWidgetItem(text)
        item.setData(_ID_ROLE, view.id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ", "))
        return item

    def _with_whom(self, resource: Resource) -> str:
        if resource is Resource.LIBRARIAN:
            return self.tr("with a librarian")
        if resource is Resource.CITIZEN_SERVICE:
            return self.tr("with citizen service")
        return ""

    def chosen_id(self) -> uuid.UUID | None:
        """The appointment chosen in the list of matches."""
        item = self.matches.currentItem()
        if item is None or not self.matches.isVisible():
            return None
        appointment_id = item.data(_ID_ROLE)
        return appointment_id if isinstance(appointment_id, uuid.UUID) else None

    def check_in_chosen(self) -> None:
        """Ask the window to check the chosen appointment in, and close."""
        appointment_id = self.chosen_id()
        if appointment_id is None:
            return
        self.check_in_requested.emit(appointment_id)
        self.accept()

    def _check_in_item(self, item: QListWidgetItem) -> None:
        self.matches.setCurrentItem(item)
        self.check_in_chosen()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter finds (from the field) or checks in (from the list, via its own Enter)."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not modifiers:
            focus = self.focusWidget()
            if focus is self.close_button:
                self.reject()
            elif focus is self.check_in_button:
                self.check_in_chosen()
            elif focus is not self.matches:  # the list checks in on its own Enter
                self.look_up()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Open with the cursor in the field."""
        super().showEvent(event)
        self.field.setFocus()

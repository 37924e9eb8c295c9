"""Today's appointments at a caseworker's or librarian's desk: who is booked when, who has
arrived (and with which ticket), and who did not come."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.appointments import AppointmentState
from counter_app.domain.timezone import to_local
from counter_app.services.arrivals import DayEntry
from counter_app.ui.panel_controls import named_button, panel_shortcut

NO_SHOW_SHORTCUT = "Ctrl+Shift+N"
CANCEL_SHORTCUT = "Ctrl+Shift+X"
MOVE_SHORTCUT = "Ctrl+Shift+M"
TIME_FORMAT = "%H:%M"

# Arrived rows: bold dark green on light green (8:1, WCAG AA). Late rows: dark orange on
# the list's white or alternate grey (8:1). Finished ones: grey (6:1 on the alternate grey).
ARRIVED_TEXT = QColor("#14532d")
ARRIVED_BACKGROUND = QColor("#dcf3e3")
LATE_TEXT = QColor("#7a2e00")
PAST_TEXT = QColor("#595959")

_ID_ROLE = Qt.ItemDataRole.UserRole
_TICKET_ROLE = Qt.ItemDataRole.UserRole + 1
_STATE_ROLE = Qt.ItemDataRole.UserRole + 2
_LATE_ROLE = Qt.ItemDataRole.UserRole + 3

CANCELLABLE = (AppointmentState.BOOKED, AppointmentState.CHECKED_IN)
FINISHED = (AppointmentState.DONE, AppointmentState.NO_SHOW, AppointmentState.CANCELLED)


def is_arrived(entry: DayEntry) -> bool:
    """Checked in and waiting with a ticket the desk can call."""
    return entry.appointment.state is AppointmentState.CHECKED_IN and entry.ticket_id is not None


class DayListPanel(QGroupBox):
    """Today's appointments with this desk's resource, by time.

    Enter in the list (or a double-click) on an arrived citizen calls their ticket: the
    list's own Enter, as a window-wide Enter would take the key from the window's fields
    and lists. Ctrl+Shift+N marks a late one as not come, Ctrl+Shift+X cancels the chosen
    appointment; these two work anywhere in the window while the panel is shown.

    Signals:
        call_requested(object): call this ticket (the arrived citizen's) out of turn.
        no_show_requested(object): the appointment (by id) did not come.
        cancel_requested(object): cancel the appointment (by id), at once.
        move_requested(object): book the citizen another time (by id); the old one is then
            cancelled.
    """

    call_requested = Signal(object)
    no_show_requested = Signal(object)
    cancel_requested = Signal(object)
    move_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dayListPanel")
        self.list = QListWidget()
        self.list.setObjectName("dayList")
        self.list.setAccessibleName(self.tr("Today's appointments"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.itemActivated.connect(self._activated)  # Enter or double-click
        self.list.currentItemChanged.connect(lambda *_: self._enable_buttons())
        self.empty = QLabel(self.tr("No appointments today"))
        self.empty.setObjectName("noAppointments")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setAccessibleName(self.tr("No appointments today"))
        self.call = named_button(
            self.tr("Call (Enter)"),
            self.tr("Call the arrived citizen"),
            self.tr("Call the chosen citizen, who has checked in, to this desk"),
        )
        self.call.clicked.connect(self.call_current)
        self.no_show = named_button(
            self.tr("Did not come (%1)").replace("%1", NO_SHOW_SHORTCUT),
            self.tr("Mark as not come"),
            self.tr("The chosen citizen is late and did not come"),
        )
        self.no_show.clicked.connect(self.no_show_current)
        self.cancel = named_button(
            self.tr("Cancel (%1)").replace("%1", CANCEL_SHORTCUT),
            self.tr("Cancel the appointment"),
            self.tr("Cancel the chosen appointment; its time is free again"),
        )
        self.cancel.clicked.connect(self.cancel_current)
        self.move_button = named_button(
            self.tr("Move (%1)").replace("%1", MOVE_SHORTCUT),
            self.tr("Move the appointment"),
            self.tr("Book the chosen citizen another time; the old one is then free"),
        )
        self.move_button.clicked.connect(self.move_current)
        self._shortcuts = [
            panel_shortcut(self, NO_SHOW_SHORTCUT, self.no_show_current),
            panel_shortcut(self, CANCEL_SHORTCUT, self.cancel_current),
            panel_shortcut(self, MOVE_SHORTCUT, self.move_current),
        ]
        buttons = QHBoxLayout()
        buttons.addWidget(self.call)
        buttons.addWidget(self.no_show)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.move_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty, 1)  # one of the two shows at a time
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.show_day([], None)

    # -- showing ---------------------------------------------------------------------------

    def show_day(self, entries: list[DayEntry], now: datetime | None) -> None:
        """Show the day's appointments by time, keeping the chosen one chosen; with none
        chosen, the list starts at the first one not over by ``now``."""
        chosen = self.current_id()
        self.list.clear()
        for entry in entries:
            self.list.addItem(self._item(entry))
        if chosen is not None:
            self.choose(chosen)
        elif now is not None:
            for row, entry in enumerate(entries):
                view = entry.appointment
                if view.starts_at + timedelta(minutes=view.minutes) > now:
                    self.list.scrollToItem(
                        self.list.item(row), QAbstractItemView.ScrollHint.PositionAtTop
                    )
                    break
        arrived = sum(is_arrived(entry) for entry in entries)
        self.setTitle(
            self.tr("Today's appointments (%1, %2 arrived)")
            .replace("%1", str(len(entries)))
            .replace("%2", str(arrived))
        )
        self.empty.setVisible(not entries)
        self.list.setVisible(bool(entries))
        self._enable_buttons()

    def state_text(self, entry: DayEntry) -> str:
        """The appointment's state in words, as the row shows it."""
        state = entry.appointment.state
        if state is AppointmentState.BOOKED and entry.late:
            return self.tr("late — may be marked as not come")
        if state is AppointmentState.CHECKED_IN:
            return self.tr("arrived · %1").replace("%1", entry.ticket_label or "?")
        words = {
            AppointmentState.BOOKED: self.tr("booked"),
            AppointmentState.SERVING: self.tr("at a desk"),
            AppointmentState.DONE: self.tr("done"),
            AppointmentState.NO_SHOW: self.tr("did not come"),
        }
        return words.get(state, self.tr("cancelled"))

    def _item(self, entry: DayEntry) -> QListWidgetItem:
        view = entry.appointment
        start = to_local(view.starts_at).strftime(TIME_FORMAT)
        length = self.tr("%1 min").replace("%1", str(view.minutes))
        first = " · ".join(part for part in (start, length, view.citizen_name) if part)
        second = " · ".join(part for part in (view.service_name, self.state_text(entry)) if part)
        if not view.confirmed:
            second += " · " + self.tr("not confirmed by the server yet")
        lines = [first, second]
        item = QListWidgetItem("\n".join(lines))
        item.setData(_ID_ROLE, view.id)
        item.setData(_TICKET_ROLE, entry.ticket_id)
        item.setData(_STATE_ROLE, view.state.value)
        item.setData(_LATE_ROLE, entry.late)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(lines))
        tip = lines + ([view.topic] if view.topic else [])
        item.setToolTip("\n".join(tip))
        if is_arrived(entry):
            font = QFont(self.list.font())
            font.setBold(True)
            item.setFont(font)
            item.setForeground(QBrush(ARRIVED_TEXT))
            item.setBackground(QBrush(ARRIVED_BACKGROUND))
        elif entry.late:
            item.setForeground(QBrush(LATE_TEXT))
        elif view.state in FINISHED:
            item.setForeground(QBrush(PAST_TEXT))
        return item

    def _enable_buttons(self) -> None:
        item = self._chosen_item()
        state = item.data(_STATE_ROLE) if item is not None else None
        self.call.setEnabled(item is not None and self._ticket_of(item) is not None)
        self.no_show.setEnabled(item is not None and bool(item.data(_LATE_ROLE)))
        self.cancel.setEnabled(state in {s.value for s in CANCELLABLE})
        self.move_button.setEnabled(state == AppointmentState.BOOKED.value)

    # -- choosing --------------------------------------------------------------------------

    def _chosen_item(self) -> QListWidgetItem | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        return item

    def current_id(self) -> uuid.UUID | None:
        """The appointment chosen in the list."""
        item = self._chosen_item()
        if item is None:
            return None
        appointment_id = item.data(_ID_ROLE)
        return appointment_id if isinstance(appointment_id, uuid.UUID) else None

    def choose(self, appointment_id: uuid.UUID) -> None:
        """Make this appointment the chosen one (also used by tests)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID_ROLE) == appointment_id:
                self.list.setCurrentRow(row)
                return

    def _choose_first(self, wanted: str) -> None:
        """Nothing chosen: choose the first row a key applies to and give the list the
        focus, so the same key again acts on it."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if (wanted == "late" and item.data(_LATE_ROLE)) or (
                wanted == "arrived" and self._ticket_of(item) is not None
            ):
                self.list.setCurrentRow(row)
                self.list.setFocus()
                return

    @staticmethod
    def _ticket_of(item: QListWidgetItem) -> uuid.UUID | None:
        ticket_id = item.data(_TICKET_ROLE)
        arrived = item.data(_STATE_ROLE) == AppointmentState.CHECKED_IN.value
        return ticket_id if arrived and isinstance(ticket_id, uuid.UUID) else None

    # -- acting ----------------------------------------------------------------------------

    def call_current(self) -> None:
        """Call the chosen citizen if they have arrived (with none chosen, choose the
        first who has)."""
        item = self._chosen_item()
        if item is None:
            self._choose_first("arrived")
            return
        ticket_id = self._ticket_of(item)
        if ticket_id is not None:
            self.call_requested.emit(ticket_id)

    def no_show_current(self) -> None:
        """Ctrl+Shift+N: the chosen citizen is late and did not come."""
        item = self._chosen_item()
        if item is None:
            self._choose_first("late")
            return
        appointment_id = item.data(_ID_ROLE)
        if item.data(_LATE_ROLE) and isinstance(appointment_id, uuid.UUID):
            self.no_show_requested.emit(appointment_id)

    def cancel_current(self) -> None:
        """Ctrl+Shift+X: cancel the chosen appointment (nothing when none is chosen)."""
        appointment_id = self.current_id()
        item = self._chosen_item()
        if appointment_id is None or item is None:
            return
        if item.data(_STATE_ROLE) in {s.value for s in CANCELLABLE}:
            self.cancel_requested.emit(appointment_id)

    def move_current(self) -> None:
        """Ctrl+Shift+M: book the chosen (booked) citizen another time."""
        appointment_id = self.current_id()
        item = self._chosen_item()
        booked = item is not None and item.data(_STATE_ROLE) == AppointmentState.BOOKED.value
        if appointment_id is not None and booked:
            self.move_requested.emit(appointment_id)

    def _activated(self, item: QListWidgetItem) -> None:
        ticket_id = self._ticket_of(item)
        if ticket_id is not None:
            self.call_requested.emit(ticket_id)

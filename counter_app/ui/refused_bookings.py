"""Bookings the server refused because the slot went while this desk was offline: each
is shown with the citizen's contact and the nearest free slots until someone has dealt
with it. A booking is never dropped silently."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counter_app.domain.timezone import to_local
from counter_app.services.booking_desk import RefusedBooking
from counter_app.ui.style import attention_bar_rule

SETTLE_SHORTCUT = "Ctrl+Shift+D"


class RefusedBookingsBar(QFrame):
    """A yellow bar over the desk while refused bookings wait for someone.

    Signals:
        settled(int): staff have dealt with the first refused booking (its outbox number).
    """

    settled = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusedBookings")
        self.setStyleSheet(attention_bar_rule("refusedBookings"))
        self._first: RefusedBooking | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("Bookings that could not be made"))
        self.done = QPushButton(self.tr("Dealt with (%1)").replace("%1", SETTLE_SHORTCUT))
        self.done.setAccessibleName(self.tr("The citizen has been told or booked again"))
        self.done.clicked.connect(self._settle)
        shortcut = QShortcut(QKeySequence(SETTLE_SHORTCUT), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self._settle)
        row = QHBoxLayout()
        row.addWidget(self.text, 1)
        row.addWidget(self.done, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        self.show_refused([])

    def show_refused(self, refused: list[RefusedBooking]) -> None:
        """Show the oldest refused booking (and how many more wait)."""
        self._first = refused[0] if refused else None
        self.setVisible(bool(refused))
        if not refused:
            return
        first = refused[0]
        when = to_local(first.starts_at)
        free = ", ".join(
            f"{to_local(slot.starts_at):%d.%m %H:%M}" for slot in first.alternatives
        ) or self.tr("none in the next two weeks")
        text = (
            self.tr(
                "The appointment for %1 (%2) at %3 could not be booked: the slot went while "
                "this desk was offline. Contact the citizen. Nearest free: %4."
            )
            .replace("%1", first.citizen_name)
            .replace("%2", first.citizen_contact)
            .replace("%3", f"{when:%d.%m %H:%M}")
            .replace("%4", free)
        )
        if len(refused) > 1:
            text += " " + self.tr("%n more like it.", "", len(refused) - 1)
        self.text.setText(text)

    def _settle(self) -> None:
        if self._first is not None and self.isVisible():
            self.settled.emit(self._first.number)

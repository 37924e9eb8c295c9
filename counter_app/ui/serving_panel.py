"""The serving panel: call the next citizen, and see who was called to this desk."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from counter_app.services.views import TicketView

CALL_NEXT_SHORTCUT = "F2"


class ServingPanel(QGroupBox):
    """The big button and the ticket at this desk.

    Signals:
        call_next_requested(): staff pressed "call next" (or its shortcut).
        message_shown(str): a message was put under the button.
    """

    call_next_requested = Signal()
    message_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("At your desk"))
        self.heading = QLabel(self.tr("Called to your desk"))
        self.ticket = QLabel()
        self.ticket.setObjectName("calledTicket")
        self.ticket.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticket.setAccessibleName(self.tr("Called ticket"))
        self.call_next = QPushButton(self.tr("Call next (%1)").replace("%1", CALL_NEXT_SHORTCUT))
        self.call_next.setObjectName("callNext")
        self.call_next.setShortcut(QKeySequence(CALL_NEXT_SHORTCUT))
        self.call_next.setAccessibleName(self.tr("Call next"))
        self.call_next.setMinimumHeight(64)
        self.call_next.clicked.connect(self.call_next_requested)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.ticket, 1)
        layout.addWidget(self.call_next)
        layout.addWidget(self.message)
        self.show_called(None)

    def show_called(self, ticket: TicketView | None) -> None:
        """Show the ticket called to this desk, or that nobody is."""
        if ticket is None:
            self.ticket.setText(self.tr("Nobody called"))
            self.ticket.setProperty("empty", True)
        else:
            self.ticket.setText(ticket.label)
            self.ticket.setProperty("empty", False)
        self.ticket.style().unpolish(self.ticket)
        self.ticket.style().polish(self.ticket)

    def set_busy(self, busy: bool) -> None:
        """While the server decides, the button cannot be pressed twice."""
        self.call_next.setEnabled(not busy)

    def say(self, text: str) -> None:
        """A short message under the button (empty to clear)."""
        self.message.setText(text)
        self.message_shown.emit(text)

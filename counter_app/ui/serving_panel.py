"""The serving panel: call the next citizen, and work on the one at this desk.

Every action has a function key, so a desk works from the keyboard alone.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.tickets import TicketState
from counter_app.domain.timezone import to_local
from counter_app.services.views import TicketView
from counter_app.ui import announcer

CALL_NEXT_SHORTCUT = "F2"

# (action, shortcut): the signal ``action_requested`` carries the action's name.
ACTIONS = (
    ("recall", "F4"),
    ("start", "F5"),
    ("finish", "F6"),
    ("no_show", "F7"),
    ("transfer", "F8"),
    ("park", "F9"),
)

# Which actions a ticket in each state allows (the server checks the same rules).
ALLOWED = {
    TicketState.CALLED: {"recall", "start", "finish", "no_show", "transfer", "park"},
    TicketState.SERVING: {"finish", "transfer", "park"},
}


class ServingPanel(QGroupBox):
    """The big button, the ticket at this desk with what can be done with it, and the
    citizens set aside.

    Signals:
        call_next_requested(): staff pressed "call next" (or its shortcut).
        action_requested(str, object): an action (recall, start, ...) on a ticket id.
        resume_requested(object): call a parked ticket (by id) back.
        message_shown(str): a message was put under the buttons.
    """

    call_next_requested = Signal()
    action_requested = Signal(str, object)
    resume_requested = Signal(object)
    message_shown = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._current: TicketView | None = None
        self.setTitle(self.tr("At your desk"))
        self.heading = QLabel(self.tr("Called to your desk"))
        self.ticket = QLabel()
        self.ticket.setObjectName("calledTicket")
        self.ticket.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ticket.setAccessibleName(self.tr("Called ticket"))
        self.detail = QLabel()
        self.detail.setObjectName("ticketDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setAccessibleName(self.tr("About the called ticket"))
        self.call_next = QPushButton(self.tr("Call next (%1)").replace("%1", CALL_NEXT_SHORTCUT))
        self.call_next.setObjectName("callNext")
        self.call_next.setShortcut(QKeySequence(CALL_NEXT_SHORTCUT))
        self.call_next.setAccessibleName(self.tr("Call next"))
        self.call_next.setToolTip(self.tr("Ends the citizen at your desk and calls the next one"))
        self.call_next.setMinimumHeight(64)
        self.call_next.clicked.connect(self.call_next_requested)
        self.buttons: dict[str, QPushButton] = {}
        grid = self._action_buttons()
        self.parked_heading = QLabel(self.tr("Set aside for now"))
        self.parked = QListWidget()
        self.parked.setAccessibleName(self.tr("Citizens set aside"))
        self.parked.setMaximumHeight(90)
        self.parked.itemActivated.connect(self._resume)
        self.resume = QPushButton(self.tr("Call back the one set aside"))
        self.resume.setAccessibleName(self.resume.text())
        self.resume.clicked.connect(self._resume_selected)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Message"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.ticket, 1)
        layout.addWidget(self.detail)
        layout.addWidget(self.call_next)
        layout.addLayout(grid)
        layout.addWidget(self.parked_heading)
        layout.addWidget(self.parked)
        layout.addWidget(self.resume)
        layout.addWidget(self.message)
        self.show_called(None)
        self.show_parked([])

    def _action_buttons(self) -> QGridLayout:
        grid = QGridLayout()
        for position, (action, key) in enumerate(ACTIONS):
            button = QPushButton(f"{self._action_text(action)} ({key})")
            button.setShortcut(QKeySequence(key))
            button.setAccessibleName(self._action_text(action))
            button.setMinimumHeight(36)
            button.clicked.connect(lambda _=False, a=action: self._request(a))
            self.buttons[action] = button
            grid.addWidget(button, position // 2, position % 2)
        return grid

    def _action_text(self, action: str) -> str:
        texts = {
            "recall": self.tr("Call again"),
            "start": self.tr("Start serving"),
            "finish": self.tr("Finish"),
            "no_show": self.tr("Did not come"),
            "transfer": self.tr("Transfer…"),
            "park": self.tr("Set aside"),
        }
        return texts[action]

    @property
    def current(self) -> TicketView | None:
        """The ticket shown as at this desk."""
        return self._current

    def show_called(self, ticket: TicketView | None) -> None:
        """Show the ticket at this desk and enable what may be done with it; a ticket newly
        called here is announced to screen readers."""
        newly_called = (
            ticket is not None
            and ticket.state is TicketState.CALLED
            and (self._current is None or self._current.id != ticket.id)
        )
        self._current = ticket
        if ticket is None:
            self.ticket.setText(self.tr("Nobody called"))
            self.ticket.setProperty("empty", True)
            self.detail.setText("")
        else:
            self.ticket.setText(ticket.label)
            self.ticket.setProperty("empty", False)
            self.detail.setText(self._describe(ticket))
        serving = ticket is not None and ticket.state is TicketState.SERVING
        self.heading.setText(
            self.tr("Being served at your desk") if serving else self.tr("Called to your desk")
        )
        allowed = ALLOWED.get(ticket.state, set()) if ticket else set()
        for action, button in self.buttons.items():
            button.setEnabled(action in allowed)
        self.ticket.style().unpolish(self.ticket)
        self.ticket.style().polish(self.ticket)
        if newly_called and ticket is not None:
            announcer.announce(
                self.ticket,
                self.tr("%1 called to your desk (%2)")
                .replace("%1", ticket.label)
                .replace("%2", ticket.queue_name),
            )

    def _describe(self, ticket: TicketView) -> str:
        if ticket.state is TicketState.SERVING and ticket.serving_started_at is not None:
            text = self.tr("%1 · serving since %2").replace(
                "%2", to_local(ticket.serving_started_at).strftime("%H:%M")
            )
        elif ticket.called_at is not None:
            text = self.tr("%1 · called %2").replace(
                "%2", to_local(ticket.called_at).strftime("%H:%M")
            )
        else:
            text = "%1"
        text = text.replace("%1", ticket.queue_name)
        if ticket.note:
            text += "\n" + self.tr("Note: %1").replace("%1", ticket.note)
        return text

    def show_parked(self, tickets: list[TicketView]) -> None:
        """The citizens this desk has set aside."""
        self.parked.clear()
        for ticket in tickets:
            item = QListWidgetItem(f"{ticket.label} · {ticket.queue_name}")
            item.setData(Qt.ItemDataRole.UserRole, ticket.id)
            self.parked.addItem(item)
        if tickets:
            self.parked.setCurrentRow(0)
        visible = bool(tickets)
        self.parked_heading.setVisible(visible)
        self.parked.setVisible(visible)
        self.resume.setVisible(visible)

    def _request(self, action: str) -> None:
        if self._current is not None:
            self.action_requested.emit(action, self._current.id)

    def _resume(self, item: QListWidgetItem) -> None:
        ticket_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(ticket_id, uuid.UUID):
            self.resume_requested.emit(ticket_id)

    def _resume_selected(self) -> None:
        item = self.parked.currentItem()
        if item is not None:
            self._resume(item)

    def set_busy(self, busy: bool) -> None:
        """While the server decides, the call button cannot be pressed twice."""
        self.call_next.setEnabled(not busy)

    def say(self, text: str) -> None:
        """A short message under the buttons (empty to clear), also to screen readers."""
        self.message.setText(text)
        announcer.announce(self.message, text)
        self.message_shown.emit(text)

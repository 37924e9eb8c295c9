"""The queue panel: the branch's queues with their counts, and who waits, live."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.org import Resource
from counter_app.domain.waiting import wait_text_minutes
from counter_app.services.views import QueueView, TicketView
from counter_app.ui.ticket_table_model import TicketTableModel

CALL_CHOSEN_SHORTCUT = "F3"


def wait_text(wait: timedelta | None) -> str:
    """Expected wait in whole minutes, rounded up; "" when there is no estimate."""
    minutes = wait_text_minutes(wait)
    if minutes is None:
        return ""
    return "0 min" if minutes == 0 else f"~{minutes} min"


class QueuePanel(QGroupBox):
    """Waiting tickets and the queues this desk calls from.

    Signals:
        issue_requested(object): staff asked for a new ticket in this queue id.
        call_requested(object): call this waiting ticket (by id) out of turn.
        queues_changed(): the queues this desk calls from were changed.
    """

    issue_requested = Signal(object)
    call_requested = Signal(object)
    queues_changed = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Waiting citizens"))
        self.model = TicketTableModel(clock, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Waiting tickets"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.activated.connect(self._call_row)  # double-click or Enter
        self.call_chosen = QPushButton(
            self.tr("Call the chosen one (%1)").replace("%1", CALL_CHOSEN_SHORTCUT)
        )
        self.call_chosen.setAccessibleName(self.tr("Call the chosen ticket"))
        self.call_chosen.setShortcut(QKeySequence(CALL_CHOSEN_SHORTCUT))
        self.call_chosen.clicked.connect(self._call_selected)
        self._queue_row = QHBoxLayout()
        self._issue_row = QHBoxLayout()
        self._checks: dict[uuid.UUID, QCheckBox] = {}
        self._issue_buttons: dict[uuid.UUID, QPushButton] = {}
        self._queue_row.addStretch(1)
        # "New ticket:" once, then a button per queue: a row of three "New ticket: X"
        # buttons made the window too wide for 1366 px at a larger system text size.
        self._issue_row.addWidget(QLabel(self.tr("New ticket:")))
        layout = QVBoxLayout(self)
        layout.addLayout(self._queue_row)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.call_chosen)
        layout.addLayout(self._issue_row)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.model.refresh_waited)
        self._timer.start(1000)

    def show_queues(self, queues: list[QueueView], prefer: Resource | None = None) -> None:
        """Show each queue with its count. Called from by default: the queues of
        ``prefer`` (a caseworker's borgerservice queue), else the first queue."""
        preferred = {q.id for q in queues if prefer is not None and q.resource is prefer}
        for position, queue in enumerate(queues):
            check = self._checks.get(queue.id)
            if check is None:
                check = QCheckBox()
                check.setChecked(queue.id in preferred if preferred else position == 0)
                check.setAccessibleDescription(self.tr("Call next takes tickets from this queue"))
                check.toggled.connect(self.queues_changed)
                self._checks[queue.id] = check
                self._queue_row.insertWidget(self._queue_row.count() - 1, check)
                button = QPushButton(queue.name)
                button.setAccessibleName(self.tr("Issue a ticket in %1").replace("%1", queue.name))
                button.clicked.connect(lambda _=False, q=queue.id: self.issue_requested.emit(q))
                self._issue_buttons[queue.id] = button
                self._issue_row.addWidget(button)
            text = self.tr("%1 (%n waiting)", "", queue.waiting).replace("%1", queue.name)
            if queue.waiting and (wait := wait_text(queue.expected_wait)):
                text = self.tr("%1 · %2").replace("%1", text).replace("%2", wait)
            check.setText(text)
            check.setAccessibleName(check.text())

    def show_tickets(self, tickets: list[TicketView]) -> None:
        """Show the waiting tickets, longest-waiting first. The chosen ticket stays chosen
        when the list changes under it (another desk called someone)."""
        chosen = self.chosen_ticket()
        self.model.set_tickets(tickets)
        if chosen is not None:
            self.choose(chosen.id)

    def choose(self, ticket_id: uuid.UUID) -> None:
        """Select a waiting ticket's row (not selectRow: that obeys held-down keys)."""
        for row, ticket in enumerate(self.model.tickets()):
            if ticket.id == ticket_id:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                self.table.selectionModel().select(self.model.index(row, 0), flags)
                self.table.setCurrentIndex(self.model.index(row, 0))
                return

    def chosen_ticket(self) -> TicketView | None:
        """The waiting ticket selected in the table, if any."""
        rows = self.table.selectionModel().selectedRows()
        tickets = self.model.tickets()
        if not rows or not 0 <= rows[0].row() < len(tickets):
            return None
        return tickets[rows[0].row()]

    def _call_selected(self) -> None:
        ticket = self.chosen_ticket()
        if ticket is not None:
            self.call_requested.emit(ticket.id)

    def _call_row(self, index: QModelIndex) -> None:
        tickets = self.model.tickets()
        if 0 <= index.row() < len(tickets):
            self.call_requested.emit(tickets[index.row()].id)

    def selected_queue_ids(self) -> list[uuid.UUID]:
        """The queues "call next" takes from."""
        return [queue_id for queue_id, check in self._checks.items() if check.isChecked()]

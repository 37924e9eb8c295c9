"""The queue panel: the branch's queues with their counts, and who waits, live."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from counter_app.services.views import QueueView, TicketView
from counter_app.ui.ticket_table_model import TicketTableModel


class QueuePanel(QGroupBox):
    """Waiting tickets and the queues this desk calls from.

    Signals:
        issue_requested(object): staff asked for a new ticket in this queue id.
    """

    issue_requested = Signal(object)

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
        self._queue_row = QHBoxLayout()
        self._issue_row = QHBoxLayout()
        self._checks: dict[uuid.UUID, QCheckBox] = {}
        self._issue_buttons: dict[uuid.UUID, QPushButton] = {}
        self._queue_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(self._queue_row)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._issue_row)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.model.refresh_waited)
        self._timer.start(1000)

    def show_queues(self, queues: list[QueueView]) -> None:
        """Show each queue with its count; the first queue is called from by default."""
        for position, queue in enumerate(queues):
            check = self._checks.get(queue.id)
            if check is None:
                check = QCheckBox()
                check.setChecked(position == 0)
                check.setAccessibleDescription(self.tr("Call next takes tickets from this queue"))
                self._checks[queue.id] = check
                self._queue_row.insertWidget(self._queue_row.count() - 1, check)
                button = QPushButton(self.tr("New ticket: %1").replace("%1", queue.name))
                button.setAccessibleName(self.tr("Issue a ticket in %1").replace("%1", queue.name))
                button.clicked.connect(lambda _=False, q=queue.id: self.issue_requested.emit(q))
                self._issue_buttons[queue.id] = button
                self._issue_row.addWidget(button)
            check.setText(self.tr("%1 (%n waiting)", "", queue.waiting).replace("%1", queue.name))
            check.setAccessibleName(check.text())

    def show_tickets(self, tickets: list[TicketView]) -> None:
        """Show the waiting tickets, longest-waiting first."""
        self.model.set_tickets(tickets)

    def selected_queue_ids(self) -> list[uuid.UUID]:
        """The queues "call next" takes from."""
        return [queue_id for queue_id, check in self._checks.items() if check.isChecked()]

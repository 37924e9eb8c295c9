"""Item model of waiting tickets: number, need (queue and note), time waited (kept live)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from counter_app.services.views import TicketView

Index = QModelIndex | QPersistentModelIndex
NUMBER, QUEUE, WAITED = range(3)


def waited_text(seconds: float) -> str:
    """Whole minutes waited ("< 1 min", "7 min", "75 min"): 2:12 would read as a clock time.
    The unit is written the same in Danish and English."""
    minutes = max(0, int(seconds)) // 60
    return "< 1 min" if minutes == 0 else f"{minutes} min"


class TicketTableModel(QAbstractTableModel):
    """Rows are :class:`TicketView` s; the owner calls :meth:`set_tickets` after a change."""

    def __init__(self, clock: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._tickets: list[TicketView] = []

    def set_tickets(self, tickets: list[TicketView]) -> None:
        """Replace the rows (a queue is short; a reset keeps the model simple and correct)."""
        self.beginResetModel()
        self._tickets = list(tickets)
        self.endResetModel()

    def tickets(self) -> list[TicketView]:
        """The rows shown."""
        return list(self._tickets)

    def refresh_waited(self) -> None:
        """Time moves on: repaint the "waited" column."""
        if self._tickets:
            self.dataChanged.emit(
                self.index(0, WAITED),
                self.index(len(self._tickets) - 1, WAITED),
                [Qt.ItemDataRole.DisplayRole],
            )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._tickets)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Number"), self.tr("Need"), self.tr("Waited"))[section]

    def data(  # noqa: PLR0911  (one return per column and role reads best)
        self, index: Index, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._tickets):
            return None
        ticket = self._tickets[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == NUMBER:
                return ticket.label
            if column == QUEUE:
                need = ticket.queue_name
                if ticket.for_this_desk:
                    need = self.tr("%1 · sent to you").replace("%1", need)
                return f"{need} · {ticket.note}" if ticket.note else need
            if column == WAITED:
                return waited_text((self._clock() - ticket.issued_at).total_seconds())
        if role == Qt.ItemDataRole.ToolTipRole and not ticket.confirmed:
            return self.tr("Waiting for the server to give this ticket its number")
        if role == Qt.ItemDataRole.ToolTipRole and ticket.offline:
            return self.tr("Numbered by a desk without connection; the number is valid")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == WAITED:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

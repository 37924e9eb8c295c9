"""Open callbacks: citizens someone has promised to get back to, the overdue ones first."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.timezone import to_local
from counter_app.services.views import CallbackView

FINISH_SHORTCUT = "F12"
DUE_FORMAT = "%d.%m %H:%M"

# Overdue rows: dark red on light red (7:1, WCAG AA) and bold, besides the word "Overdue".
OVERDUE_TEXT = QColor("#a30000")
OVERDUE_BACKGROUND = QColor("#fdecea")

_ID_ROLE = Qt.ItemDataRole.UserRole


def is_overdue(callback: CallbackView, now: datetime) -> bool:
    """Overdue as the services said, or since then (the panel may be shown later)."""
    return callback.overdue or callback.due_at <= now


class CallbacksPanel(QGroupBox):
    """The open callbacks of the desk's groups, and "called back" for the chosen one.

    Signals:
        finish_requested(object): the callback (by id) has been called back.
    """

    finish_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbacksPanel")
        self.list = QListWidget()
        self.list.setObjectName("callbackList")
        self.list.setAccessibleName(self.tr("Open callbacks"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.itemActivated.connect(self._finish_item)  # Enter or double-click
        self.empty = QLabel(self.tr("No open callbacks"))
        self.empty.setObjectName("noCallbacks")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setAccessibleName(self.tr("No open callbacks"))
        self.finish = QPushButton(
            self.tr("Mark as called back (%1)").replace("%1", FINISH_SHORTCUT)
        )
        self.finish.setAccessibleName(self.tr("Mark as called back"))
        self.finish.setToolTip(self.tr("The chosen citizen has been called back"))
        self.finish.clicked.connect(self.finish_current)
        self._shortcut = QShortcut(QKeySequence(FINISH_SHORTCUT), self)
        self._shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._shortcut.activated.connect(self.finish_current)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty, 1)  # one of the two shows at a time
        layout.addWidget(self.list, 1)
        layout.addWidget(self.finish)
        self.show_callbacks([], None)

    def show_callbacks(self, callbacks: list[CallbackView], now: datetime | None) -> None:
        """Show the open callbacks, overdue first, keeping the chosen one chosen."""
        chosen = self.current_id()
        late = [is_overdue(c, now) if now is not None else c.overdue for c in callbacks]
        ordered = sorted(
            zip(callbacks, late, strict=True), key=lambda pair: (not pair[1], pair[0].due_at)
        )
        self.list.clear()
        for callback, overdue in ordered:
            self.list.addItem(self._item(callback, overdue))
        if chosen is not None:
            for row in range(self.list.count()):
                if self.list.item(row).data(_ID_ROLE) == chosen:
                    self.list.setCurrentRow(row)
                    break
        overdue_count = sum(late)
        if overdue_count:
            title = self.tr("Callbacks (%1, %2 overdue)").replace("%2", str(overdue_count))
        else:
            title = self.tr("Callbacks (%1)")
        self.setTitle(title.replace("%1", str(len(callbacks))))
        self.empty.setVisible(not callbacks)
        self.list.setVisible(bool(callbacks))
        self.finish.setEnabled(bool(callbacks))

    def _item(self, callback: CallbackView, overdue: bool) -> QListWidgetItem:
        due = to_local(callback.due_at).strftime(DUE_FORMAT)
        first = " · ".join(part for part in (due, callback.group_name) if part)
        if overdue:
            first = self.tr("Overdue") + " · " + first
        lines = [first, f"{callback.citizen_name} · {callback.citizen_contact}"]
        about = " · ".join(
            part for part in (", ".join(callback.service_names), callback.question) if part
        )
        if about:
            lines.append(about)
        item = QListWidgetItem("\n".join(lines))
        item.setData(_ID_ROLE, callback.id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(lines))
        item.setToolTip("\n".join(lines))
        if overdue:
            font = QFont(self.list.font())
            font.setBold(True)
            item.setFont(font)
            item.setForeground(QBrush(OVERDUE_TEXT))
            item.setBackground(QBrush(OVERDUE_BACKGROUND))
        return item

    def current_id(self) -> uuid.UUID | None:
        """The callback chosen in the list."""
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        callback_id = item.data(_ID_ROLE)
        return callback_id if isinstance(callback_id, uuid.UUID) else None

    def choose(self, callback_id: uuid.UUID) -> None:
        """Make this callback the chosen one (also used by tests)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID_ROLE) == callback_id:
                self.list.setCurrentRow(row)
                return

    def finish_current(self) -> None:
        """Called back (F12): the chosen callback. With none chosen, the first is chosen
        and the list takes the focus, so a second F12 finishes it."""
        callback_id = self.current_id()
        if callback_id is not None:
            self.finish_requested.emit(callback_id)
        elif self.list.count():
            self.list.setCurrentRow(0)
            self.list.setFocus()

    def _finish_item(self, item: QListWidgetItem) -> None:
        callback_id = item.data(_ID_ROLE)
        if isinstance(callback_id, uuid.UUID):
            self.finish_requested.emit(callback_id)

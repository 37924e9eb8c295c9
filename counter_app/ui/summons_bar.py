"""Here and now at the asked desk: "KVIK 1 asks you to take K004 now" with accept (the
ticket is called to this desk, board and chime) and decline (back to the desk that
asked)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from counter_app.services.views import Summons
from counter_app.ui.style import fitted

ACCEPT_SHORTCUT = "Ctrl+Shift+Y"
DECLINE_SHORTCUT = "Ctrl+Shift+U"
STYLE = """
#summonsBar { background: #e3f1e6; border: 2px solid #1f6f43; border-radius: 6px; }
#summonsBar QLabel { color: #0f3d24; font-weight: bold; }
"""


class SummonsBar(QFrame):
    """A green bar while a here-and-now request waits for this desk's answer.

    Signals:
        accepted(object): take the citizen now (the ticket id).
        declined(object): cannot now (the ticket id).
    """

    accepted = Signal(object)
    declined = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summonsBar")
        self.setStyleSheet(fitted(STYLE))
        self._ticket_id: uuid.UUID | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Asked to take a citizen now"))
        self.accept = QPushButton(self.tr("Take them now (%1)").replace("%1", ACCEPT_SHORTCUT))
        self.accept.setAccessibleName(self.tr("Take the citizen now"))
        self.accept.clicked.connect(self._accept)
        self.decline = QPushButton(self.tr("Not now (%1)").replace("%1", DECLINE_SHORTCUT))
        self.decline.setAccessibleName(self.tr("Cannot take the citizen now"))
        self.decline.clicked.connect(self._decline)
        for key, slot in ((ACCEPT_SHORTCUT, self._accept), (DECLINE_SHORTCUT, self._decline)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.accept)
        layout.addWidget(self.decline)
        self.show_summons([])

    def show_summons(self, summons: list[Summons]) -> None:
        """Show the oldest request waiting for this desk (and how many more)."""
        first = summons[0] if summons else None
        self._ticket_id = first.ticket.id if first else None
        self.setVisible(first is not None)
        if first is None:
            return
        text = (
            self.tr("%1 asks you to take %2 now (%3).")
            .replace("%1", first.asked_by)
            .replace("%2", first.ticket.label)
            .replace("%3", first.ticket.note or first.ticket.queue_name)
        )
        if len(summons) > 1:
            text += " " + self.tr("%n more waiting.", "", len(summons) - 1)
        self.text.setText(text)

    def _accept(self) -> None:
        if self._ticket_id is not None and self.isVisible():
            self.accepted.emit(self._ticket_id)

    def _decline(self) -> None:
        if self._ticket_id is not None and self.isVisible():
            self.declined.emit(self._ticket_id)

"""Contacts without a ticket: a phone call, a mail, or a quick question in passing."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

REGISTER_SHORTCUT = "F10"
TALLY_SHORTCUT = "F11"


class ContactBar(QWidget):
    """Two buttons and today's count of quick questions.

    Signals:
        register_requested(): register a contact without a ticket (opens the dialog).
        tally_requested(): count one quick question in passing (no dialog).
    """

    register_requested = Signal()
    tally_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("contactBar")
        self.setAccessibleName(self.tr("Contacts without a ticket"))
        self.register_button = QPushButton(
            self.tr("Register a contact (%1)").replace("%1", REGISTER_SHORTCUT)
        )
        self.register_button.setAccessibleName(self.tr("Register a contact"))
        self.register_button.setToolTip(
            self.tr("A phone call, a mail or a message without a ticket")
        )
        self.register_button.clicked.connect(self.register_requested)
        self.tally_button = QPushButton(
            self.tr("Quick question in passing (%1)").replace("%1", TALLY_SHORTCUT)
        )
        self.tally_button.setAccessibleName(self.tr("Count a quick question in passing"))
        self.tally_button.setToolTip(self.tr("Counts one quick question; nothing to fill in"))
        self.tally_button.clicked.connect(self.tally_requested)
        self.tally = QLabel()
        self.tally.setObjectName("tallyCount")
        self.tally.setWordWrap(True)
        self.tally.setAccessibleName(self.tr("Quick questions today"))
        self.tally.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        # Shortcuts of their own, not the buttons': those click ~100 ms later (animateClick).
        self._shortcuts: list[QShortcut] = []
        for key, signal in (
            (REGISTER_SHORTCUT, self.register_requested),
            (TALLY_SHORTCUT, self.tally_requested),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(signal)
            self._shortcuts.append(shortcut)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 0, 8, 0)
        layout.addWidget(self.register_button)
        layout.addWidget(self.tally_button)
        layout.addWidget(self.tally, 1)
        self.show_tally(0)

    def show_tally(self, count: int) -> None:
        """How many quick questions this desk has counted today."""
        self.tally.setText(self.tr("%n quick question(s) today", "", count))

"""The notice at the demo's first start: in two sentences, that this is the demo on this
machine only, and how to connect the desk to the municipality's server."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from counter_app.ui.help_style import HELP_STYLE
from counter_app.ui.style import fitted

__all__ = ["FirstStartNotice"]


class FirstStartNotice(QDialog):
    """Two sentences and two buttons: connect to a server…, or go on with the demo (the
    default, also Esc).

    Signals:
        connect_requested(): the person chose to connect to a server (the dialog closes).
    """

    connect_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstStartNotice")
        self.setWindowTitle(self.tr("The demo on this computer"))
        self.setStyleSheet(fitted(HELP_STYLE))
        self.setMinimumWidth(520)
        self.heading = QLabel(self.tr("Welcome to the counter program"))
        self.heading.setObjectName("helpHeading")
        self.text = QLabel(
            self.tr(
                "This is a demo that runs only on this computer, with a made-up municipality: "
                "nothing you do here leaves the computer. To connect the desk to your "
                "municipality's server, choose Connect to a server… and type the address and "
                "the one-time code you got from IT."
            )
        )
        self.text.setObjectName("helpText")
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("About the demo"))
        self.connect_button = QPushButton(self.tr("&Connect to a server…"))
        self.connect_button.setAccessibleName(self.tr("Connect to a server"))
        self.connect_button.setAutoDefault(False)
        self.connect_button.clicked.connect(self._connect)
        self.demo_button = QPushButton(self.tr("Continue with the &demo"))
        self.demo_button.setAccessibleName(self.tr("Continue with the demo"))
        self.demo_button.setDefault(True)
        self.demo_button.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.connect_button)
        buttons.addWidget(self.demo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        self.demo_button.setFocus()

    def _connect(self) -> None:
        self.accept()
        self.connect_requested.emit()

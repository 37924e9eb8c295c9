"""The five-minute prompt: at the limit the desk hands off to an appointment, or says why
it goes on. Every choice has a Ctrl shortcut that works wherever the focus is in the
window, while the prompt shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.five_minute import ContinueReason, ServingLimit, timer_text
from counter_app.services.views import ServiceView
from counter_app.ui.checklist_panel import appointment_text, fill

HANDOFF_SHORTCUT = "Ctrl+B"

# (reason, shortcut): the signal ``continued`` carries the reason.
REASONS = (
    (ContinueReason.ALMOST_DONE, "Ctrl+1"),
    (ContinueReason.CANNOT_COME_BACK, "Ctrl+2"),
    (ContinueReason.NO_SUITABLE_TIME, "Ctrl+3"),
    (ContinueReason.OTHER, "Ctrl+4"),
)

# For DESK_STYLE. Contrast (WCAG): #8b1a1a on #fdecea 8:1, #1b1b1b on #fdecea 15:1, white
# on #a61b1b 7.5:1.
PROMPT_STYLE = """
QFrame#fiveMinutePrompt { background: #fdecea; border: 3px solid #a61b1b;
                          border-radius: 8px; }
#fiveMinutePrompt QLabel { color: #1b1b1b; background: transparent; }
#fiveMinutePrompt QLabel#promptHeading { color: #8b1a1a; font-size: 16px; font-weight: bold; }
#fiveMinutePrompt QLabel#promptAppointment { font-size: 15px; font-weight: bold; }
#fiveMinutePrompt QPushButton#handoff { background: #a61b1b; color: #ffffff;
                                        font-weight: bold; border-radius: 6px;
                                        padding: 6px 12px; }
#fiveMinutePrompt QPushButton#handoff:focus { border: 3px solid #f0b400; }
"""


class FiveMinutePrompt(QFrame):
    """Shown when the serving timer reaches the limit: book an appointment, or continue
    with a reason. Hidden until show_for(); hides itself after a choice.

    Signals:
        handoff_requested(): staff chose to hand off to an appointment.
        continued(object): staff continue past the limit, for this ContinueReason.
    """

    handoff_requested = Signal()
    continued = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service: ServiceView | None = None
        self.setObjectName("fiveMinutePrompt")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Five-minute rule"))
        self.heading = QLabel()
        self.heading.setObjectName("promptHeading")
        self.heading.setWordWrap(True)
        self.heading.setAccessibleName(self.tr("Time limit reached"))
        self.appointment = QLabel()
        self.appointment.setObjectName("promptAppointment")
        self.appointment.setWordWrap(True)
        self.appointment.setAccessibleName(self.tr("Appointment to book"))
        self.handoff = QPushButton(
            self.tr("Hand off to appointment (%1)").replace("%1", HANDOFF_SHORTCUT)
        )
        self.handoff.setObjectName("handoff")
        self.handoff.setAccessibleName(self.tr("Hand off to appointment"))
        self.handoff.setMinimumHeight(40)
        self.handoff.clicked.connect(self._hand_off)
        self.reason_heading = QLabel(self.tr("Or continue, because:"))
        self.reason_heading.setWordWrap(True)
        self.buttons: dict[ContinueReason, QPushButton] = {}
        self._shortcuts: list[QShortcut] = [self._shortcut(HANDOFF_SHORTCUT, self.handoff)]
        grid = QGridLayout()
        for position, (reason, key) in enumerate(REASONS):
            button = QPushButton(f"{self._reason_text(reason)} ({key})")
            button.setAccessibleName(self._reason_text(reason))
            button.setMinimumHeight(32)
            button.clicked.connect(lambda _=False, r=reason: self._continue(r))
            self.buttons[reason] = button
            self._shortcuts.append(self._shortcut(key, button))
            grid.addWidget(button, position // 2, position % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.appointment)
        layout.addWidget(self.handoff)
        layout.addWidget(self.reason_heading)
        layout.addLayout(grid)
        self.hide()

    def _shortcut(self, key: str, button: QPushButton) -> QShortcut:
        """A window-wide shortcut that clicks ``button`` at once (a button's own shortcut
        clicks it animated, a tenth of a second later). Qt lets it fire only while the
        prompt is visible and enabled."""
        shortcut = QShortcut(QKeySequence(key), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(button.click)
        return shortcut

    def _reason_text(self, reason: ContinueReason) -> str:
        texts = {
            ContinueReason.ALMOST_DONE: self.tr("Almost done"),
            ContinueReason.CANNOT_COME_BACK: self.tr("Citizen cannot come back"),
            ContinueReason.NO_SUITABLE_TIME: self.tr("No suitable time"),
            ContinueReason.OTHER: self.tr("Other reason"),
        }
        return texts[reason]

    @property
    def service(self) -> ServiceView | None:
        """The service the prompt was last shown for."""
        return self._service

    def show_for(self, service: ServiceView | None, limit: ServingLimit) -> None:
        """Show the prompt: the limit has passed; which appointment ``service`` needs."""
        self._service = service
        heading = self.tr(
            "%1 has passed. Hand off to an appointment, or say why you continue."
        ).replace("%1", timer_text(limit.limit))
        self.heading.setText(heading)
        self.appointment.setText(self._appointment_text(service))
        self.setAccessibleDescription(f"{heading} {self.appointment.text()}")
        self.show()

    def _appointment_text(self, service: ServiceView | None) -> str:
        if service is None:
            return self.tr("Choose the service (Ctrl+K) to see which appointment it needs.")
        if service.appointment is None:
            return self.tr("This service has no appointment kind in the catalogue.")
        return fill(self.tr("Book: %1 (%2)"), appointment_text(service.appointment), service.name)

    def dismiss(self) -> None:
        """Hide the prompt without a choice (the citizen has gone)."""
        self.hide()

    def _hand_off(self) -> None:
        self.hide()
        self.handoff_requested.emit()

    def _continue(self, reason: ContinueReason) -> None:
        self.hide()
        self.continued.emit(reason)

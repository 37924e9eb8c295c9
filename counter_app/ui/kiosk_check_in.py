"""The kiosk's check-in page: a citizen with an appointment types the booking code or the
phone number they booked with, touches "Check in", and gets a number like any ticket.

The page only shows things and says what was touched; :mod:`counter_app.ui.kiosk_window`
looks the appointment up and checks it in. No on-screen keyboard: a municipal kiosk has a
physical or a system keyboard.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

from counter_app.ui.kiosk_pages import centred_column, kiosk_label

INPUT_MAX_LENGTH = 60  # a booking code, a phone number or an e-mail address
BUTTON_MIN_WIDTH = 320  # px, as the receipt's "Done"
BUTTON_MIN_HEIGHT = 96

# The start page's "I have an appointment" button and this page, in the manner of
# KIOSK_STYLE (the window adds it and scales its font sizes with the screen). Contrast
# (WCAG AA): #1f3a5f on white 11:1, #3a3a3a on white 11:1, white on #1f6f43 6.4:1, white
# on #6b6b6b 5.3:1, #5c1a00 on #fff1c2 12:1, #1b1b1b on #ffe08a 15:1.
CHECK_IN_STYLE = """
#checkInStartButton { background: #ffffff; border: 4px solid #1f3a5f; border-radius: 16px; }
#checkInStartButton:pressed { background: #dfe7f1; }
#checkInStartButton:focus { border: 6px solid #000000; background: #ffe08a; }
#checkInStartButton:disabled { border-color: #8a8a8a; }
#checkInStartButton #queueLabel { font-size: 36px; font-weight: bold; color: #1f3a5f; }
#checkInStartButton #queueHint { font-size: 22px; color: #3a3a3a; }
QLabel#checkInHeading { font-size: 52px; font-weight: bold; color: #1f3a5f; }
QLabel#checkInPrompt { font-size: 32px; }
#checkInInput { font-size: 48px; padding: 12px 20px; color: #1b1b1b; background: #ffffff;
                border: 4px solid #1f3a5f; border-radius: 14px; }
#checkInInput:focus { border: 6px solid #000000; }
#checkInInput:read-only { background: #ece8de; }
QLabel#checkInStatus { font-size: 32px; font-weight: bold; color: #1f3a5f; padding: 12px;
                       border: 3px solid transparent; }
QLabel#checkInStatus[problem="true"] { color: #5c1a00; background: #fff1c2;
                                       border-color: #c25700; border-radius: 12px; }
#checkInSubmit { font-size: 32px; font-weight: bold; color: #ffffff; background: #1f6f43;
                 border: 4px solid #1f6f43; border-radius: 14px; padding: 14px 48px; }
#checkInSubmit:pressed { background: #15512f; border-color: #15512f; }
#checkInSubmit:focus { border: 6px solid #f0b400; }
#checkInSubmit:disabled { background: #6b6b6b; border-color: #6b6b6b; }
#checkInBack { font-size: 32px; font-weight: bold; color: #1f3a5f; background: #ffffff;
               border: 4px solid #1f3a5f; border-radius: 14px; padding: 14px 48px; }
#checkInBack:pressed { background: #dfe7f1; }
#checkInBack:focus { border: 6px solid #000000; background: #ffe08a; }
"""


def _big_button(text: str, name: str, accessible: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(accessible)
    button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a touch leaves no focus frame
    button.setAutoDefault(False)
    button.setMinimumSize(BUTTON_MIN_WIDTH, BUTTON_MIN_HEIGHT)
    return button


class CheckInPage(QWidget):
    """A heading, what to type, one large input, a line for news, "Back" and "Check in".

    Signals:
        submitted(str): "Check in" or Enter, with the text as typed.
        back(): "Back" or Escape.
        edited(): the citizen changed the text (after a "not found" they try again).
    """

    submitted = Signal(str)
    back = Signal()
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("checkInPage")
        column = centred_column(self)
        self.heading = kiosk_label("checkInHeading", centred=True)
        self.heading.setText(self.tr("Check in for your appointment"))
        self.prompt = kiosk_label("checkInPrompt", centred=True)
        self.prompt.setText(self.tr("Type your booking code or your phone number"))
        self.input = QLineEdit()
        self.input.setObjectName("checkInInput")
        self.input.setAccessibleName(self.tr("Booking code or phone number"))
        self.input.setMaxLength(INPUT_MAX_LENGTH)
        self.input.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.input.setInputMethodHints(
            Qt.InputMethodHint.ImhNoPredictiveText | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        self.input.returnPressed.connect(self._submit)
        self.input.textEdited.connect(self._edited)
        self.status = kiosk_label("checkInStatus", centred=True)
        self.status.setAccessibleName(self.tr("Message"))
        self.status.hide()
        self.back_button = _big_button(self.tr("Back"), "checkInBack", self.tr("Back to the start"))
        self.back_button.clicked.connect(self.back)
        self.submit_button = _big_button(
            self.tr("Check in"), "checkInSubmit", self.tr("Check in for my appointment")
        )
        self.submit_button.clicked.connect(self._submit)
        buttons = QHBoxLayout()
        buttons.setSpacing(32)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.submit_button)
        buttons.addStretch(1)
        column.addStretch(1)
        column.addWidget(self.heading)
        column.addSpacing(12)
        column.addWidget(self.prompt)
        column.addSpacing(16)
        column.addWidget(self.input)
        column.addSpacing(12)
        column.addWidget(self.status)
        column.addSpacing(16)
        column.addLayout(buttons)
        column.addStretch(1)
        # The window focuses the page; the keys must go into the input.
        self.setFocusProxy(self.input)
        QWidget.setTabOrder(self.input, self.back_button)
        QWidget.setTabOrder(self.back_button, self.submit_button)

    def reset(self) -> None:
        """Empty and ready for the next citizen (no phone number is left on the screen)."""
        self.input.clear()
        self.set_busy(False)
        self._say("", problem=False)

    def set_busy(self, busy: bool) -> None:
        """While a check-in is under way: "One moment…", nothing can be touched again."""
        self.input.setReadOnly(busy)
        self.submit_button.setEnabled(not busy)
        self.back_button.setEnabled(not busy)
        if busy:
            self._say(self.tr("One moment…"), problem=False)

    def not_found(self) -> None:
        """Nothing found: say so; the text stays, selected, to be corrected or typed anew."""
        self.set_busy(False)
        self._say(
            self.tr("We cannot find an appointment today with that number. Please ask at KVIK."),
            problem=True,
        )
        self.input.selectAll()
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def cannot_look_up(self) -> None:
        """Offline, a phone number cannot be looked up (the kiosk keeps none): ask for the
        booking code instead; the text stays, selected, to be replaced."""
        self.set_busy(False)
        self._say(
            self.tr(
                "We cannot look up phone numbers right now. Please type the booking code "
                "from your confirmation, or ask at KVIK."
            ),
            problem=True,
        )
        self.input.selectAll()
        self.input.setFocus(Qt.FocusReason.OtherFocusReason)

    def text(self) -> str:
        """What the citizen typed."""
        return self.input.text()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape means "Back" (the input passes the keys it does not use on to here)."""
        if event.key() == Qt.Key.Key_Escape and not event.isAutoRepeat():
            if self.back_button.isEnabled():
                self.back.emit()
            return
        super().keyPressEvent(event)

    def _submit(self) -> None:
        if self.submit_button.isEnabled() and self.input.text().strip():
            self.submitted.emit(self.input.text())

    def _edited(self, _text: str) -> None:
        if self.status.property("problem"):
            self._say("", problem=False)
        self.edited.emit()

    def _say(self, text: str, *, problem: bool) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.status.setProperty("problem", problem)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

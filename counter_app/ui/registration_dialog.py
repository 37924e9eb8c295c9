"""Registering an inquiry: which service(s), how it ended, and (for a contact without a
ticket) how the citizen reached us. Built for the keyboard: the common case is Enter, or
a number and Enter.

Keys (shown in the dialog too):
    Enter          register with the current service and outcome
    1-9            choose the numbered service (while the filter is empty, or when the
                   digit matches no service name)
    letters        filter the services; Up/Down move the current one from the filter
    +              tick the current service, for several services in one contact
    Ctrl+1..5      outcome: resolved, appointment, referred, forwarded, callback
    Alt+1..5       channel (contacts without a ticket): counter, phone, mail, social, passing
    Escape         close without registering
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.five_minute import timer_text
from counter_app.domain.inquiries import Channel, Outcome
from counter_app.services.inquiry_desk import CallbackRequest
from counter_app.services.views import ChoiceView, ServiceView
from counter_app.ui.callback_form import CallbackForm, Incomplete, buddy_label, default_callback_due
from counter_app.ui.refusal_label import RefusalLabel
from counter_app.ui.service_picker import ServicePicker
from counter_app.ui.style import error_label_rule, fitted

__all__ = ["Registration", "RegistrationDialog", "default_callback_due"]

NOTE_LENGTH = 200

OUTCOME_KEYS = (
    (Outcome.RESOLVED, "Ctrl+1"),
    (Outcome.APPOINTMENT_BOOKED, "Ctrl+2"),
    (Outcome.REFERRED, "Ctrl+3"),
    (Outcome.FORWARDED, "Ctrl+4"),
    (Outcome.CALLBACK, "Ctrl+5"),
)

CHANNEL_KEYS = (
    (Channel.COUNTER, "Alt+1"),
    (Channel.PHONE, "Alt+2"),
    (Channel.MAIL, "Alt+3"),
    (Channel.SOCIAL, "Alt+4"),
    (Channel.PASSING, "Alt+5"),
)

_T = TypeVar("_T", Outcome, Channel)

# The dialog sets this on itself (it is a window of its own). A checked choice is not bold:
# the wider text would not fit the button sized for the normal weight. Contrast (WCAG AA): white on
# #1f3a5f 11:1, #a30000 on #fdecea 7:1, #1f3a5f on white 11:1.
REGISTRATION_STYLE = """
QLabel#registrationTitle { font-size: 20px; font-weight: bold; color: #1f3a5f; }
QLabel#timeSpent { font-size: 20px; font-weight: bold; color: #1f3a5f; }
QLabel#registrationHint { color: #3a3a3a; }
QLineEdit#serviceFilter { font-size: 15px; padding: 4px; }
QListWidget#serviceList { font-size: 15px; }
QPushButton[choice="true"] { background: #ffffff; color: #1b1b1b; border: 1px solid #7a7a7a;
                             border-radius: 4px; padding: 6px 10px; }
QPushButton[choice="true"]:checked { background: #1f3a5f; color: #ffffff; border-color: #1f3a5f; }
QPushButton[choice="true"]:disabled { color: #6b6b6b; border-color: #c0c0c0; }
QPushButton[choice="true"]:focus { border: 2px solid #f0b400; }
""" + error_label_rule("registrationError")


@dataclass(frozen=True)
class Registration:
    """One contact as staff registered it; the window hands it to the services layer."""

    service_ids: tuple[uuid.UUID, ...]
    outcome: Outcome
    channel: Channel
    started_at: datetime
    ended_at: datetime
    referred_to: str
    callback: CallbackRequest | None
    note: str


class RegistrationDialog(QDialog):
    """Register a finished ticket or a contact without a ticket.

    The dialog stores nothing: it emits ``registered`` and the window stores the
    registration, then calls :meth:`accept` or :meth:`show_error`.

    Signals:
        registered(object): a :class:`Registration`.
    """

    registered = Signal(object)

    def __init__(
        self,
        services: list[ServiceView],
        authorities: list[ChoiceView],
        callback_groups: list[ChoiceView],
        *,
        clock: Callable[[], datetime],
        started_at: datetime,
        ticket_label: str | None = None,
        channel: Channel | None = None,
        preselected: uuid.UUID | None = None,
        outcome: Outcome = Outcome.RESOLVED,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._started_at = started_at
        self._fixed_channel = channel
        self._outcome = outcome
        self._channel = channel or Channel.PHONE
        self._busy = False
        self.setStyleSheet(fitted(REGISTRATION_STYLE))
        title = (
            self.tr("Register %1").replace("%1", ticket_label)
            if ticket_label
            else self.tr("Register a contact")
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        header = self._header(title)
        self.picker = ServicePicker(services)
        self.filter = self.picker.filter
        self.services = self.picker.services
        self.hint = self._hint()
        outcomes = self._outcome_choice(authorities, callback_groups)
        self.callback_box = CallbackForm(callback_groups, clock=clock)
        self.callback_group = self.callback_box.callback_group
        self.due = self.callback_box.due
        self.citizen_name = self.callback_box.citizen_name
        self.contact = self.callback_box.contact
        self.question = self.callback_box.question
        self.channel_box = self._channel_choice()
        self.channel_box.setVisible(channel is None)
        footer = self._footer()
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.hint)
        layout.addLayout(outcomes)
        layout.addWidget(self.referral_box)
        layout.addWidget(self.callback_box)
        layout.addWidget(self.channel_box)
        layout.addLayout(footer)

        self.picker.changed.connect(self.clear_error)
        self.picker.activated.connect(self.register)
        self.picker.choose(preselected)
        self.set_outcome(outcome)
        self.set_channel(self._channel)
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._show_time_spent)
        self._timer.start(1000)
        self._show_time_spent()
        self.filter.setFocus()

    # --- building ---------------------------------------------------------------------

    def _header(self, title: str) -> QHBoxLayout:
        self.title = QLabel(title)
        self.title.setObjectName("registrationTitle")
        self.title.setWordWrap(True)
        self.title.setAccessibleName(self.tr("Registering"))
        self.time_spent = QLabel()
        self.time_spent.setObjectName("timeSpent")
        self.time_spent.setAccessibleName(self.tr("Time spent"))
        self.time_spent.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.time_spent)
        return header

    def _hint(self) -> QLabel:
        hint = QLabel(
            self.tr(
                "Enter registers · 1-9 chooses a service · + adds another service · "
                "Esc closes without registering"
            )
        )
        hint.setObjectName("registrationHint")
        hint.setWordWrap(True)
        hint.setAccessibleName(self.tr("Keys"))
        return hint

    def _outcome_choice(
        self, authorities: list[ChoiceView], callback_groups: list[ChoiceView]
    ) -> QVBoxLayout:
        self.outcome_buttons: dict[Outcome, QPushButton] = {}
        self._outcomes = QButtonGroup(self)
        grid = self._choice_grid(
            [(o, self._outcome_text(o), key) for o, key in OUTCOME_KEYS],
            self.outcome_buttons,
            self._outcomes,
            self._choose_outcome,
        )
        self.outcome_buttons[Outcome.REFERRED].setEnabled(bool(authorities))
        self.outcome_buttons[Outcome.CALLBACK].setEnabled(bool(callback_groups))
        self.authority = QComboBox()
        self.authority.setAccessibleName(self.tr("Authority referred to"))
        for authority in authorities:
            self.authority.addItem(authority.name, authority.code)
        self.referral_box = QWidget()
        referral_form = QFormLayout(self.referral_box)
        referral_form.setContentsMargins(0, 0, 0, 0)
        referral_form.addRow(buddy_label(self.tr("Referred to"), self.authority), self.authority)
        box = QVBoxLayout()
        heading = QLabel(self.tr("Outcome"))
        heading.setWordWrap(True)
        box.addWidget(heading)
        box.addLayout(grid)
        return box

    def _channel_choice(self) -> QWidget:
        self.channel_buttons: dict[Channel, QPushButton] = {}
        self._channels = QButtonGroup(self)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("How did the citizen reach you?"))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        layout.addLayout(
            self._choice_grid(
                [(c, self._channel_text(c), key) for c, key in CHANNEL_KEYS],
                self.channel_buttons,
                self._channels,
                self._choose_channel,
            )
        )
        return box

    def _footer(self) -> QVBoxLayout:
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(NOTE_LENGTH)
        self.note.setPlaceholderText(self.tr("Optional; never a CPR number"))
        self.error = RefusalLabel("registrationError", self.tr("Error"))
        self.register_button = QPushButton(self.tr("Register (Enter)"))
        self.register_button.setAccessibleName(self.tr("Register"))
        self.register_button.setAutoDefault(False)
        self.register_button.clicked.connect(self.register)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        note_row = QFormLayout()
        note_row.addRow(buddy_label(self.tr("Note"), self.note), self.note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.cancel_button)
        footer = QVBoxLayout()
        footer.addLayout(note_row)
        footer.addWidget(self.error)
        footer.addLayout(buttons)
        return footer

    def _choice_grid(
        self,
        choices: list[tuple[_T, str, str]],
        buttons: dict[_T, QPushButton],
        group: QButtonGroup,
        choose: Callable[[_T], None],
    ) -> QGridLayout:
        """Checkable buttons, three to a row, each with its shortcut in its text."""
        grid = QGridLayout()
        for position, (value, text, key) in enumerate(choices):
            button = QPushButton(f"{text} ({key})")
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.setProperty("choice", True)
            button.setAccessibleName(text)
            button.setToolTip(key)
            button.clicked.connect(partial(choose, value))
            group.addButton(button)
            buttons[value] = button
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.activated.connect(partial(self._shortcut, button))
            grid.addWidget(button, position // 3, position % 3)
        return grid

    def _shortcut(self, button: QPushButton) -> None:
        """A Ctrl/Alt number acts at once (a button's own shortcut would animate first)."""
        if button.isEnabled() and button.isVisibleTo(self):
            button.click()

    def _outcome_text(self, outcome: Outcome) -> str:
        texts = {
            Outcome.RESOLVED: self.tr("Resolved"),
            Outcome.APPOINTMENT_BOOKED: self.tr("Appointment booked"),
            Outcome.REFERRED: self.tr("Referred to another authority"),
            Outcome.FORWARDED: self.tr("Forwarded to citizen service"),
            Outcome.CALLBACK: self.tr("Callback"),
        }
        return texts[outcome]

    def _channel_text(self, channel: Channel) -> str:
        texts = {
            Channel.COUNTER: self.tr("Counter"),
            Channel.PHONE: self.tr("Phone"),
            Channel.MAIL: self.tr("Mail"),
            Channel.SOCIAL: self.tr("Social media"),
            Channel.PASSING: self.tr("In passing"),
            Channel.SCREEN: self.tr("Screen"),
        }
        return texts[channel]

    def toggle_current(self) -> None:
        """Tick or untick the current service (the + key)."""
        self.picker.toggle_current()

    # --- outcome and channel ----------------------------------------------------------

    @property
    def outcome(self) -> Outcome:
        """The outcome chosen now."""
        return self._outcome

    @property
    def channel(self) -> Channel:
        """The channel chosen now (fixed for a ticket)."""
        return self._channel

    def set_outcome(self, outcome: Outcome) -> None:
        """Choose an outcome (also what Ctrl+1..5 do)."""
        self._outcome = outcome
        self.outcome_buttons[outcome].setChecked(True)
        self.referral_box.setVisible(outcome is Outcome.REFERRED)
        self.callback_box.setVisible(outcome is Outcome.CALLBACK)
        self.clear_error()

    def _choose_outcome(self, outcome: Outcome) -> None:
        self.set_outcome(outcome)
        if outcome is Outcome.CALLBACK:
            self.citizen_name.setFocus()
        elif self.focusWidget() in self.outcome_buttons.values() or self._in_hidden_box():
            self.filter.setFocus()

    def _in_hidden_box(self) -> bool:
        focus = self.focusWidget()
        return focus is not None and not focus.isVisible()

    def set_channel(self, channel: Channel) -> None:
        """Choose the channel of a contact without a ticket (also what Alt+1..5 do)."""
        if self._fixed_channel is not None:
            channel = self._fixed_channel
        self._channel = channel
        if channel in self.channel_buttons:
            self.channel_buttons[channel].setChecked(True)
        self.clear_error()

    def _choose_channel(self, channel: Channel) -> None:
        if self._fixed_channel is not None:
            return
        self.set_channel(channel)
        if channel is Channel.PASSING and not self.filter.text():
            # A quick question rarely has a service: none is chosen unless staff pick one.
            self.picker.choose_none()
        else:
            self.picker.choose_first_if_none()
        if self.focusWidget() in self.channel_buttons.values():
            self.filter.setFocus()

    # --- registering ------------------------------------------------------------------

    def _show_time_spent(self) -> None:
        spent = timer_text(self._clock() - self._started_at)
        self.time_spent.setText(self.tr("Time spent %1").replace("%1", spent))

    def _build(self) -> Registration:
        services = self.picker.chosen()
        if not services and self._channel is not Channel.PASSING:
            raise Incomplete(self.tr("Choose a service"), self.filter)
        referred_to = ""
        if self._outcome is Outcome.REFERRED:
            referred_to = str(self.authority.currentData() or "")
            if not referred_to:
                raise Incomplete(self.tr("Choose the authority"), self.authority)
        callback = None
        if self._outcome is Outcome.CALLBACK:
            callback = self.callback_box.request()
        return Registration(
            service_ids=services,
            outcome=self._outcome,
            channel=self._channel,
            started_at=self._started_at,
            ended_at=self._clock(),
            referred_to=referred_to,
            callback=callback,
            note=self.note.text().strip(),
        )

    def due_at(self) -> datetime:
        """The callback's due time as chosen, read as Copenhagen time, in UTC."""
        return self.callback_box.due_at()

    def registration(self) -> Registration | None:
        """What registering now would send; None while something is missing."""
        try:
            return self._build()
        except Incomplete:
            return None

    def register(self) -> None:
        """Emit the registration (Enter), or say what is missing."""
        if self._busy:
            return
        try:
            registration = self._build()
        except Incomplete as missing:
            self.show_error(str(missing))
            if missing.widget is not None and missing.widget.isVisible():
                missing.widget.setFocus()
            return
        self.clear_error()
        self.registered.emit(registration)

    def set_busy(self, busy: bool) -> None:
        """While the window stores a registration, Enter cannot send it twice."""
        self._busy = busy
        self.register_button.setEnabled(not busy)

    def show_error(self, text: str) -> None:
        """Show why the registration was not stored; the dialog stays open to fix it."""
        self.set_busy(False)
        self.error.say(text)

    def clear_error(self) -> None:
        """Hide the error once staff change something."""
        self.error.withdraw()

    # --- keys -------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter registers from anywhere in the dialog; Escape closes (QDialog)."""
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not modifiers:
            focus = self.focusWidget()
            if isinstance(focus, QAbstractButton) and focus is self.cancel_button:
                self.reject()
            else:
                self.register()
            return
        super().keyPressEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        """Open with the cursor in the filter, ready for a number or a name."""
        super().showEvent(event)
        self._show_time_spent()
        self.filter.setFocus()

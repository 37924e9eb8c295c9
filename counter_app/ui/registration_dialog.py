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
from datetime import UTC, datetime, time, timedelta
from functools import partial
from typing import TypeVar

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.five_minute import timer_text
from counter_app.domain.inquiries import Channel, Outcome
from counter_app.domain.timezone import COPENHAGEN, to_local
from counter_app.services.inquiry_desk import CallbackRequest
from counter_app.services.views import ChoiceView, ServiceView

NOTE_LENGTH = 200
NAME_LENGTH = 120
CONTACT_LENGTH = 120
QUESTION_LENGTH = 500
NUMBERED_ROWS = 9
CALLBACK_HOUR = 12

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

_ID_ROLE = Qt.ItemDataRole.UserRole
_NAME_ROLE = Qt.ItemDataRole.UserRole + 1
_CODE_ROLE = Qt.ItemDataRole.UserRole + 2

# The dialog sets this on itself (it is a window of its own). A checked choice is not bold:
# the wider text would not fit the button sized for the normal weight. Contrast (WCAG AA): white on
# #1f3a5f 11:1, #a30000 on #fdecea 7:1, #1f3a5f on white 11:1.
REGISTRATION_STYLE = """
QLabel#registrationTitle { font-size: 20px; font-weight: bold; color: #1f3a5f; }
QLabel#timeSpent { font-size: 20px; font-weight: bold; color: #1f3a5f; }
QLabel#registrationHint { color: #3a3a3a; }
QLabel#registrationError { color: #a30000; background: #fdecea; font-weight: bold;
                           border: 1px solid #a30000; border-radius: 4px; padding: 4px 8px; }
QLineEdit#serviceFilter { font-size: 15px; padding: 4px; }
QListWidget#serviceList { font-size: 15px; }
QPushButton[choice="true"] { background: #ffffff; color: #1b1b1b; border: 1px solid #7a7a7a;
                             border-radius: 4px; padding: 6px 10px; }
QPushButton[choice="true"]:checked { background: #1f3a5f; color: #ffffff; border-color: #1f3a5f; }
QPushButton[choice="true"]:disabled { color: #6b6b6b; border-color: #c0c0c0; }
QPushButton[choice="true"]:focus { border: 2px solid #f0b400; }
"""


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


def default_callback_due(now: datetime) -> datetime:
    """The next working day (Monday to Friday) at 12:00 Copenhagen time, in UTC."""
    day = to_local(now).date() + timedelta(days=1)
    while day.weekday() >= 5:  # Saturday, Sunday
        day += timedelta(days=1)
    return datetime.combine(day, time(CALLBACK_HOUR), tzinfo=COPENHAGEN).astimezone(UTC)


class _Incomplete(Exception):
    """What is missing before the registration can be made, and where to fix it."""

    def __init__(self, message: str, widget: QWidget | None = None) -> None:
        super().__init__(message)
        self.widget = widget


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
        self.setStyleSheet(REGISTRATION_STYLE)
        title = (
            self.tr("Register %1").replace("%1", ticket_label)
            if ticket_label
            else self.tr("Register a contact")
        )
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        header = self._header(title)
        self._service_list(services)
        outcomes = self._outcome_choice(authorities, callback_groups)
        self.callback_box = self._callback_fields(callback_groups)
        self.channel_box = self._channel_choice()
        self.channel_box.setVisible(channel is None)
        footer = self._footer()
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.filter)
        layout.addWidget(self.services, 1)
        layout.addWidget(self.hint)
        layout.addLayout(outcomes)
        layout.addWidget(self.referral_box)
        layout.addWidget(self.callback_box)
        layout.addWidget(self.channel_box)
        layout.addLayout(footer)
        self.filter.setMinimumWidth(560)  # not the dialog's: that would override the layout's

        self.filter.installEventFilter(self)
        self.services.installEventFilter(self)
        self.filter.textChanged.connect(self._apply_filter)
        self.services.itemDoubleClicked.connect(self._register_item)
        self._renumber()
        self._choose_row(self._row_of(preselected) if preselected is not None else 0)
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

    def _service_list(self, services: list[ServiceView]) -> None:
        self.filter = QLineEdit()
        self.filter.setObjectName("serviceFilter")
        self.filter.setAccessibleName(self.tr("Filter services"))
        self.filter.setAccessibleDescription(
            self.tr("Type to filter; 1-9 chooses a numbered service; + adds another service")
        )
        self.filter.setPlaceholderText(self.tr("Type to find a service…"))
        self.filter.setClearButtonEnabled(True)
        self.services = QListWidget()
        self.services.setObjectName("serviceList")
        self.services.setAccessibleName(self.tr("Services"))
        self.services.setMinimumHeight(220)
        for service in services:
            if service.active:
                self._add_service(service)
        self.hint = QLabel(
            self.tr(
                "Enter registers · 1-9 chooses a service · + adds another service · "
                "Esc closes without registering"
            )
        )
        self.hint.setObjectName("registrationHint")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Keys"))

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
        referral_form.addRow(self._label(self.tr("Referred to"), self.authority), self.authority)
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
        self.error = QLabel()
        self.error.setObjectName("registrationError")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Error"))
        self.error.hide()
        self.register_button = QPushButton(self.tr("Register (Enter)"))
        self.register_button.setAccessibleName(self.tr("Register"))
        self.register_button.setAutoDefault(False)
        self.register_button.clicked.connect(self.register)
        self.cancel_button = QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        note_row = QFormLayout()
        note_row.addRow(self._label(self.tr("Note"), self.note), self.note)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.register_button)
        buttons.addWidget(self.cancel_button)
        footer = QVBoxLayout()
        footer.addLayout(note_row)
        footer.addWidget(self.error)
        footer.addLayout(buttons)
        return footer

    def _add_service(self, service: ServiceView) -> None:
        item = QListWidgetItem(service.name)
        item.setData(_ID_ROLE, service.id)
        item.setData(_NAME_ROLE, service.name)
        item.setData(_CODE_ROLE, service.code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.services.addItem(item)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setBuddy(buddy)
        return label

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

    def _callback_fields(self, groups: list[ChoiceView]) -> QWidget:
        box = QWidget()
        self.callback_group = QComboBox()
        self.callback_group.setAccessibleName(self.tr("Group that calls back"))
        for group in groups:
            self.callback_group.addItem(group.name, group.code)
        self.due = QDateTimeEdit()
        self.due.setAccessibleName(self.tr("Call back by"))
        self.due.setCalendarPopup(True)
        # The edit shows Copenhagen wall-clock time; reading its date and time (never its
        # QDateTime) keeps the desk's own time zone out of it.
        self.due.setDisplayFormat("ddd dd.MM.yyyy HH:mm")
        due = to_local(default_callback_due(self._clock()))
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.due.setTime(QTime(due.hour, due.minute))
        self.citizen_name = QLineEdit()
        self.citizen_name.setAccessibleName(self.tr("Citizen's name"))
        self.citizen_name.setMaxLength(NAME_LENGTH)
        self.contact = QLineEdit()
        self.contact.setAccessibleName(self.tr("Citizen's phone or e-mail"))
        self.contact.setMaxLength(CONTACT_LENGTH)
        self.contact.setPlaceholderText(self.tr("Phone (8 digits) or e-mail"))
        self.question = QLineEdit()
        self.question.setAccessibleName(self.tr("Question"))
        self.question.setMaxLength(QUESTION_LENGTH)
        self.question.setPlaceholderText(self.tr("What the citizen needs an answer to"))
        form = QFormLayout(box)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, field in (
            (self.tr("Group"), self.callback_group),
            (self.tr("Call back by"), self.due),
            (self.tr("Citizen's name"), self.citizen_name),
            (self.tr("Phone or e-mail"), self.contact),
            (self.tr("Question"), self.question),
        ):
            form.addRow(self._label(text, field), field)
        return box

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
        }
        return texts[channel]

    # --- the service list -------------------------------------------------------------

    def _visible_rows(self) -> list[int]:
        return [row for row in range(self.services.count()) if not self.services.isRowHidden(row)]

    def _row_of(self, service_id: uuid.UUID) -> int:
        for row in range(self.services.count()):
            item = self.services.item(row)
            if item.data(_ID_ROLE) == service_id:
                return row
        return 0

    def _choose_row(self, row: int) -> None:
        if 0 <= row < self.services.count() and not self.services.isRowHidden(row):
            self.services.setCurrentRow(row)
            self.services.scrollToItem(self.services.item(row))

    def _current_item(self) -> QListWidgetItem | None:
        """The current service: visible and selected (a cleared list has none)."""
        item = self.services.currentItem()
        if item is None or item.isHidden() or not item.isSelected():
            return None
        return item

    def _matches(self, item: QListWidgetItem, needle: str) -> bool:
        name, code = str(item.data(_NAME_ROLE)), str(item.data(_CODE_ROLE))
        return needle in name.casefold() or needle in code.casefold()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.services.count()):
            item = self.services.item(row)
            item.setHidden(bool(needle) and not self._matches(item, needle))
        self._renumber()
        visible = self._visible_rows()
        if visible and self._current_item() is None:
            self._choose_row(visible[0])
        self.clear_error()

    def _renumber(self) -> None:
        """Number the first nine visible rows 1-9; the rest are aligned under them."""
        for position, row in enumerate(self._visible_rows()):
            item = self.services.item(row)
            prefix = f"{position + 1}  " if position < NUMBERED_ROWS else "\u2007  "
            item.setText(prefix + str(item.data(_NAME_ROLE)))

    def _choose_number(self, number: int) -> None:
        visible = self._visible_rows()
        if 1 <= number <= min(len(visible), NUMBERED_ROWS):
            self._choose_row(visible[number - 1])
            self.clear_error()

    def _move(self, step: int) -> None:
        visible = self._visible_rows()
        if not visible:
            return
        current = self.services.currentRow()
        if current not in visible or self._current_item() is None:
            self._choose_row(visible[0] if step > 0 else visible[-1])
            return
        position = max(0, min(len(visible) - 1, visible.index(current) + step))
        self._choose_row(visible[position])

    def toggle_current(self) -> None:
        """Tick or untick the current service (the + key)."""
        item = self._current_item()
        if item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            self.clear_error()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Numbers, + and the arrow keys act on the list while typing in the filter."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return super().eventFilter(watched, event)
        if key == Qt.Key.Key_Plus:
            self.toggle_current()
            return True
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if int(Qt.Key.Key_1) <= key <= int(Qt.Key.Key_9) and plain:
            text = self.filter.text()
            digit = chr(key)
            if watched is self.services or not text.strip() or not self._any_match(text + digit):
                self._choose_number(int(digit))
                return True
        if watched is self.filter and plain:
            steps = {
                int(Qt.Key.Key_Up): -1,
                int(Qt.Key.Key_Down): 1,
                int(Qt.Key.Key_PageUp): -NUMBERED_ROWS,
                int(Qt.Key.Key_PageDown): NUMBERED_ROWS,
            }
            if key in steps:
                self._move(steps[key])
                return True
        return super().eventFilter(watched, event)

    def _any_match(self, text: str) -> bool:
        needle = text.strip().casefold()
        return any(
            self._matches(self.services.item(row), needle) for row in range(self.services.count())
        )

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
            self.services.setCurrentRow(-1)
            self.services.clearSelection()
        elif self._current_item() is None:
            visible = self._visible_rows()
            if visible:
                self._choose_row(visible[0])
        if self.focusWidget() in self.channel_buttons.values():
            self.filter.setFocus()

    def _register_item(self, item: QListWidgetItem) -> None:
        """A double-click registers the clicked service (with any ticked ones)."""
        self.services.setCurrentItem(item)
        self.register()

    # --- registering ------------------------------------------------------------------

    def _show_time_spent(self) -> None:
        spent = timer_text(self._clock() - self._started_at)
        self.time_spent.setText(self.tr("Time spent %1").replace("%1", spent))

    def _chosen_services(self) -> tuple[uuid.UUID, ...]:
        checked = [
            self.services.item(row)
            for row in range(self.services.count())
            if self.services.item(row).checkState() == Qt.CheckState.Checked
        ]
        if checked:
            return tuple(item.data(_ID_ROLE) for item in checked)
        current = self._current_item()
        return (current.data(_ID_ROLE),) if current is not None else ()

    def _build(self) -> Registration:
        services = self._chosen_services()
        if not services and self._channel is not Channel.PASSING:
            raise _Incomplete(self.tr("Choose a service"), self.filter)
        referred_to = ""
        if self._outcome is Outcome.REFERRED:
            referred_to = str(self.authority.currentData() or "")
            if not referred_to:
                raise _Incomplete(self.tr("Choose the authority"), self.authority)
        callback = None
        if self._outcome is Outcome.CALLBACK:
            callback = self._callback()
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

    def _callback(self) -> CallbackRequest:
        group = str(self.callback_group.currentData() or "")
        if not group:
            raise _Incomplete(self.tr("Choose the group that calls back"), self.callback_group)
        name, contact = self.citizen_name.text().strip(), self.contact.text().strip()
        if not name:
            raise _Incomplete(self.tr("Write the citizen's name"), self.citizen_name)
        if not contact:
            raise _Incomplete(
                self.tr("Write the citizen's phone number or e-mail address"), self.contact
            )
        return CallbackRequest(
            group_code=group,
            due_at=self.due_at(),
            citizen_name=name,
            citizen_contact=contact,
            question=self.question.text().strip(),
        )

    def due_at(self) -> datetime:
        """The callback's due time as chosen, read as Copenhagen time, in UTC."""
        day, moment = self.due.date(), self.due.time()
        local = datetime(
            day.year(),
            day.month(),
            day.day(),
            moment.hour(),
            moment.minute(),
            tzinfo=COPENHAGEN,
        )
        return local.astimezone(UTC)

    def registration(self) -> Registration | None:
        """What registering now would send; None while something is missing."""
        try:
            return self._build()
        except _Incomplete:
            return None

    def register(self) -> None:
        """Emit the registration (Enter), or say what is missing."""
        if self._busy:
            return
        try:
            registration = self._build()
        except _Incomplete as missing:
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
        self.error.setText(text)
        self.error.setAccessibleDescription(text)
        self.error.show()

    def clear_error(self) -> None:
        """Hide the error once staff change something."""
        if self.error.isVisible() or self.error.text():
            self.error.clear()
            self.error.hide()

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

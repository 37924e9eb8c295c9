"""Forwarding a citizen at a branch library's video screen to central borgerservice: which
service, which screen, an optional first name; the window sends it and says how it went."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.org import Area
from counter_app.domain.timezone import local_day, to_local
from counter_app.services.screen_desk import ForwardOutcome, ScreenRoomView
from counter_app.services.views import ServiceView
from counter_app.ui.style import fitted

__all__ = ["BOOK_INSTEAD_SHORTCUT", "ForwardRequest", "ScreenForwardDialog"]

BOOK_INSTEAD_SHORTCUT = "Ctrl+B"
FIRST_NAME_LENGTH = 40
NUMBERED_SCREENS = 9  # Alt+1 … Alt+9
TIME_FORMAT = "%H:%M"

# Contrast (WCAG AA): #a30000 on #fdecea 7:1, #7a2e00 on #fff4e5 8.7:1, #3a3a3a on the
# dialog's #efefef 9.9:1, #1f3a5f on #efefef 10:1.
SCREEN_FORWARD_STYLE = """
QLabel#screenForwardError { color: #a30000; background: #fdecea; font-weight: bold;
                            border: 1px solid #a30000; border-radius: 4px; padding: 4px 8px; }
QLabel#screenForwardOffline, QLabel#screenForwardNoRooms {
    color: #7a2e00; background: #fff4e5; font-weight: bold;
    border: 1px solid #7a2e00; border-radius: 4px; padding: 4px 8px; }
QLabel#screenForwardHint { color: #3a3a3a; }
QLabel#screenForwardTo { color: #1f3a5f; font-size: 15px; font-weight: bold; }
QListWidget#screenForwardServices { font-size: 14px; }
"""

_ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class ForwardRequest:
    """What to forward: the citizen's service, the screen they sit at, their first name."""

    service_id: uuid.UUID
    room_id: uuid.UUID
    first_name: str


def _label(text: str, name: str, accessible: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAccessibleName(accessible or text)
    return label


class ScreenForwardDialog(QDialog):
    """Choose the service (type to filter, Up/Down), the screen (Alt+1, Alt+2 …) and
    perhaps a first name, then Enter sends. The dialog stays open, busy, until the window
    answers with :meth:`sent`, :meth:`show_refused`, :meth:`show_offline` or
    :meth:`show_error`. Ctrl+B books an appointment instead while that is offered.

    Signals:
        forward_requested(object): send this :class:`ForwardRequest`.
        book_instead(object): book an appointment instead, for this service (id or None);
            the dialog then closes.
    """

    forward_requested = Signal(object)
    book_instead = Signal(object)

    def __init__(
        self,
        services: list[ServiceView],
        rooms: list[ScreenRoomView],
        receiving_branch: str,
        *,
        preselected: uuid.UUID | None = None,
        online: bool = True,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._rooms = list(rooms)
        self._online = online
        self._busy = False
        self._refused = False
        self.setObjectName("screenForwardDialog")
        self.setWindowTitle(self.tr("Forward to citizen service by screen"))
        self.setStyleSheet(fitted(SCREEN_FORWARD_STYLE))
        self.setMinimumWidth(520)
        #: %1 is the branch with citizen service (Hovedbiblioteket)
        to_text = self.tr("To: %1 – citizen service").replace("%1", receiving_branch)
        self.destination = _label(to_text, "screenForwardTo")
        self._service_part(services, preselected)
        self._name_part()
        self._screen_part()
        self._messages()
        self._buttons()
        layout = QVBoxLayout(self)
        for widget in (
            *(self.destination, self.service_prompt, self.filter, self.services),
            *(self.name_prompt, self.first_name, self.name_hint, self.screens),
            *(self.no_rooms, self.offline, self.message),
        ):
            layout.addWidget(widget, 1 if widget is self.services else 0)
        layout.addLayout(self.button_row)
        self._update()

    # -- building ---------------------------------------------------------------------------

    def _service_part(self, services: list[ServiceView], preselected: uuid.UUID | None) -> None:
        self.service_prompt = QLabel(self.tr("&Service"))
        self.filter = QLineEdit()
        self.filter.setObjectName("screenForwardFilter")
        self.filter.setAccessibleName(self.tr("Filter services"))
        self.filter.setPlaceholderText(self.tr("Type to find a service…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.installEventFilter(self)
        self.filter.textChanged.connect(self._apply_filter)
        self.service_prompt.setBuddy(self.filter)
        self.services = QListWidget()
        self.services.setObjectName("screenForwardServices")
        self.services.setAccessibleName(self.tr("Services"))
        self.services.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.services.setMinimumHeight(110)
        active = [service for service in services if service.active]
        # Citizen service first (a library's own services are rarely forwarded); sorted()
        # is stable, so each part keeps the order it was given in.
        ordered = sorted(active, key=lambda s: s.area is not Area.CITIZEN_SERVICE)
        for service in ordered:
            item = QListWidgetItem(service.name)
            item.setData(_ID_ROLE, service.id)
            self.services.addItem(item)
        row = next((r for r, s in enumerate(ordered) if s.id == preselected), 0)
        if ordered:
            self.services.setCurrentRow(row)
        self.services.currentItemChanged.connect(lambda *_: self._update())

    def _name_part(self) -> None:
        self.name_prompt = QLabel(self.tr("&First name"))
        self.first_name = QLineEdit()
        self.first_name.setObjectName("screenForwardFirstName")
        self.first_name.setMaxLength(FIRST_NAME_LENGTH)
        self.first_name.setAccessibleName(self.tr("First name (optional)"))
        self.name_prompt.setBuddy(self.first_name)
        hint = self.tr("Optional, so the caseworker can greet the citizen. Never a CPR number.")
        self.name_hint = _label(hint, "screenForwardHint")

    def _screen_part(self) -> None:
        self.screens = QGroupBox(self.tr("Screen the citizen sits at"))
        self.screens.setObjectName("screenForwardScreens")
        self.screen_group = QButtonGroup(self)
        self.screen_buttons: list[QRadioButton] = []
        layout = QVBoxLayout(self.screens)
        for number, room in enumerate(self._rooms, start=1):
            button = QRadioButton()
            if number <= NUMBERED_SCREENS:
                key = f"Alt+{number}"
                #: %1 is the screen's name (Skærm 1), %2 its key (Alt+1)
                button.setText(self.tr("%1 (%2)").replace("%2", key).replace("%1", room.name))
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.activated.connect(partial(self.choose_screen, number - 1))
            else:
                button.setText(room.name)
            button.setAccessibleName(room.name)
            self.screen_group.addButton(button, number - 1)
            self.screen_buttons.append(button)
            layout.addWidget(button)
        if self.screen_buttons:
            self.screen_buttons[0].setChecked(True)
        self.screens.setVisible(bool(self._rooms))

    def _messages(self) -> None:
        no_rooms = self.tr(
            "This library has no screen set up. Ask IT to add one, or book an appointment instead."
        )
        self.no_rooms = _label(no_rooms, "screenForwardNoRooms")
        offline = self.tr(
            "No connection to the server. Forwarding to a screen needs a connection so that "
            "a caseworker sees the citizen at once. Book an appointment instead, or try "
            "again when the connection is back."
        )
        self.offline = _label(offline, "screenForwardOffline")
        self.message = _label("", "screenForwardError", self.tr("Why it was not sent"))

    def _buttons(self) -> None:
        self.send = QPushButton(self.tr("Send to screen"))
        self.send.setAccessibleName(self.tr("Send to screen"))
        self.send.setDefault(True)
        self.send.clicked.connect(self.request_forward)
        self.cancel = QPushButton(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel without forwarding"))
        self.cancel.clicked.connect(self.reject)
        #: %1 is the key (Ctrl+B)
        self.book = QPushButton(
            self.tr("Book an appointment instead (%1)").replace("%1", BOOK_INSTEAD_SHORTCUT)
        )
        self.book.setAccessibleName(self.tr("Book an appointment instead"))
        self.book.clicked.connect(self.request_booking)
        self._book_shortcut = QShortcut(QKeySequence(BOOK_INSTEAD_SHORTCUT), self)
        self._book_shortcut.activated.connect(self.request_booking)
        self.button_row = QHBoxLayout()
        self.button_row.addWidget(self.book)
        self.button_row.addStretch(1)
        self.button_row.addWidget(self.send)
        self.button_row.addWidget(self.cancel)

    # -- the choice -------------------------------------------------------------------------

    def chosen_service(self) -> uuid.UUID | None:
        """The service chosen in the list (a visible, selected row)."""
        item = self.services.currentItem()
        if item is None or item.isHidden() or not item.isSelected():
            return None
        service_id = item.data(_ID_ROLE)
        return service_id if isinstance(service_id, uuid.UUID) else None

    def chosen_room(self) -> uuid.UUID | None:
        """The screen chosen."""
        index = self.screen_group.checkedId()
        return self._rooms[index].id if 0 <= index < len(self._rooms) else None

    def choose_screen(self, index: int) -> None:
        """Choose the screen at ``index`` (Alt+1 is 0)."""
        if 0 <= index < len(self.screen_buttons):
            self.screen_buttons[index].setChecked(True)
            self.screen_buttons[index].setFocus()

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.services.count()):
            item = self.services.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold())
        if self.chosen_service() is None:
            visible = [r for r in range(self.services.count()) if not self.services.isRowHidden(r)]
            self.services.setCurrentRow(visible[0] if visible else -1)
        self._update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down/PageUp/PageDown in the filter move in the list."""
        moves = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}
        if watched is self.filter and isinstance(event, QKeyEvent) and event.key() in moves:
            if event.type() == QEvent.Type.KeyPress:
                QCoreApplication.sendEvent(self.services, event)
            return True
        return super().eventFilter(watched, event)

    # -- acting -----------------------------------------------------------------------------

    def request_forward(self) -> None:
        """Send (Enter): ask the window to forward, and wait busy for its answer."""
        service_id, room_id = self.chosen_service(), self.chosen_room()
        if self._busy or not self._online or service_id is None or room_id is None:
            return
        self.message.hide()
        self._busy = True
        self._update()
        first_name = " ".join(self.first_name.text().split())
        self.forward_requested.emit(ForwardRequest(service_id, room_id, first_name))

    def request_booking(self) -> None:
        """Book an appointment instead (while offered), for the chosen service; close."""
        if self.book.isVisible():
            self.book_instead.emit(self.chosen_service())
            self.reject()

    # -- the window's answers ---------------------------------------------------------------

    def sent(self) -> None:
        """The citizen is in the screen queue: close."""
        self.accept()

    def show_refused(self, outcome: ForwardOutcome) -> None:
        """The server said no: say why, and offer booking an appointment instead."""
        self._busy = False
        if outcome.reason == "no_caseworker":
            self._refused = True
            if outcome.available_from is None:
                text = self.tr(
                    "No caseworker is on shift in the next two weeks. Book an appointment instead?"
                )
            else:
                #: %1 is when a caseworker is back (10:00, or Tuesday 24/11 at 10:00)
                text = self.tr(
                    "No caseworker is available until %1. Book an appointment instead?"
                ).replace("%1", self.when_text(outcome.available_from))
        else:
            #: %1 is the server's reason
            text = self.tr("The screen inquiry was not sent: %1").replace(
                "%1", outcome.detail or outcome.reason or ""
            )
        self._say(text)
        if self._refused:
            self.book.setFocus()

    def show_offline(self) -> None:
        """The connection went while sending."""
        self._busy = False
        self.set_online(False)
        self.book.setFocus()

    def show_error(self, text: str) -> None:
        """Sending failed for this reason (a first name that cannot be used, …)."""
        self._busy = False
        self._say(text)

    def set_online(self, online: bool) -> None:
        """Whether the server can be reached now (forwarding needs it)."""
        self._online = online
        self._update()

    def when_text(self, moment: datetime) -> str:
        """A time today as 10:00; another day with its weekday, in the locale's words."""
        local = to_local(moment)
        time = local.strftime(TIME_FORMAT)
        if local_day(moment) == local_day(self._clock()):
            return time
        day = QLocale().dayName(local.isoweekday(), QLocale.FormatType.LongFormat)
        #: %1 is the weekday (Tuesday), %2 the day and month (24/11), %3 the time (10:00)
        return (
            self.tr("%1 %2 at %3")
            .replace("%1", day)
            .replace("%2", f"{local.day}/{local.month}")
            .replace("%3", time)
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self._update()

    def _update(self) -> None:
        self.offline.setVisible(not self._online)
        self.no_rooms.setVisible(not self._rooms)
        self.book.setVisible(not self._online or not self._rooms or self._refused)
        ready = self._online and self.chosen_service() is not None and bool(self._rooms)
        self.send.setEnabled(ready and not self._busy)
        self.send.setText(self.tr("Sending…") if self._busy else self.tr("Send to screen"))
        if not self.message.text():
            self.message.hide()

    def showEvent(self, event: QShowEvent) -> None:
        """Open with the cursor in the service filter."""
        super().showEvent(event)
        self.filter.setFocus()

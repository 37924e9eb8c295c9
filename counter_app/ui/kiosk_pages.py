"""The ticket kiosk's pages: the queue buttons (and "I have an appointment"), the receipt,
and a short message. The check-in page is in :mod:`counter_app.ui.kiosk_check_in`.

The pages only show things and say what was touched; :mod:`counter_app.ui.kiosk_window`
decides what happens. Every text wraps, nothing has a fixed width, so long Danish words
fit at 1024×768 as well as at 1920×1080.
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.waiting import wait_text_minutes
from counter_app.services.views import QueueView

CONTENT_MAX_WIDTH = 1200  # px: wider lines are hard to read; narrower screens wrap instead
QUEUE_BUTTON_MIN_HEIGHT = 120  # px: a target for any finger
CHECK_IN_BUTTON_MIN_HEIGHT = 88  # px: "I have an appointment", under the queues
_DONE_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Escape)


def wait_text(wait: timedelta | None) -> str:
    """The expected wait for the screen: rounded up to whole minutes; "" without an
    estimate (nobody serves the queue now)."""
    minutes = wait_text_minutes(wait)
    if minutes is None:
        return ""
    if minutes == 0:
        return QCoreApplication.translate("Kiosk", "No wait")
    return QCoreApplication.translate("Kiosk", "Expected wait about %1 min").replace(
        "%1", str(minutes)
    )


def receipt_wait_text(wait: timedelta | None) -> str:
    """The expected wait as the slip prints it after "Expected wait:"; "" without one."""
    minutes = wait_text_minutes(wait)
    if minutes is None:
        return ""
    if minutes == 0:
        return QCoreApplication.translate("Kiosk", "none")
    return QCoreApplication.translate("Kiosk", "about %1 min").replace("%1", str(minutes))


def kiosk_label(name: str, *, wrap: bool = True, centred: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(wrap)
    label.setTextFormat(Qt.TextFormat.PlainText)  # queue texts are data, never markup
    if centred:
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def centred_column(page: QWidget) -> QVBoxLayout:
    """A column at most CONTENT_MAX_WIDTH wide, centred on ``page``; returns its layout."""
    column = QWidget()
    column.setMaximumWidth(CONTENT_MAX_WIDTH)
    column.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    outer = QHBoxLayout(page)
    outer.setContentsMargins(32, 24, 32, 24)
    outer.addWidget(column)
    inner = QVBoxLayout(column)
    inner.setContentsMargins(0, 0, 0, 0)
    return inner


class TouchButton(QPushButton):
    """A large touch target: its label big, a hint and a wait below.

    The texts are word-wrapped labels inside the button (a button's own text cannot
    wrap); they let touches through to the button. Space and Enter press it. The style
    sheet knows it by ``name``. ``side_by_side`` puts the hint beside the label (a lower
    button, for one that must fit under the queues).
    """

    def __init__(
        self,
        name: str,
        parent: QWidget | None = None,
        *,
        min_height: int = QUEUE_BUTTON_MIN_HEIGHT,
        side_by_side: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._min_height = min_height
        # Tab reaches it, a touch does not leave a focus frame behind on the next page.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(min_height)
        self.label = kiosk_label("queueLabel", wrap=not side_by_side)
        self.hint = kiosk_label("queueHint")
        self.wait = kiosk_label("queueWait")
        layout: QBoxLayout
        if side_by_side:
            layout = QHBoxLayout(self)
            layout.setContentsMargins(28, 10, 28, 10)
            layout.setSpacing(28)
        else:
            layout = QVBoxLayout(self)
            layout.setContentsMargins(28, 18, 28, 18)
            layout.setSpacing(6)
        self._layout = layout
        for part in (self.label, self.hint, self.wait):
            part.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(part, 1 if side_by_side and part is self.hint else 0)

    def show_texts(self, label: str, hint: str, wait: str) -> None:
        """The texts (an empty hint or wait is hidden), read out as well."""
        self.label.setText(label)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.wait.setText(wait)
        self.wait.setVisible(bool(wait))
        self.setAccessibleName(label)
        self.setAccessibleDescription(". ".join(part for part in (hint, wait) if part))

    # A button with a layout inside: its size is the layout's (wrapped text included).
    def sizeHint(self) -> QSize:
        hint = self._layout.totalSizeHint()
        return QSize(hint.width(), max(hint.height(), self._min_height))

    def minimumSizeHint(self) -> QSize:
        return self._layout.totalMinimumSize().expandedTo(QSize(0, self._min_height))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return max(self._layout.totalHeightForWidth(width), self._min_height)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter and Return press the button, as Space does."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.isAutoRepeat():
            self.animateClick()
            return
        super().keyPressEvent(event)


class QueueButton(TouchButton):
    """One queue's button: its kiosk label, hint and expected wait."""

    def __init__(self, queue_id: uuid.UUID, parent: QWidget | None = None) -> None:
        super().__init__("queueButton", parent)
        self.queue_id = queue_id

    def show_queue(self, queue: QueueView, language: str) -> None:
        """The queue's texts in ``language`` and its wait now."""
        self.show_texts(
            queue.kiosk_label(language),
            queue.kiosk_hint(language),
            wait_text(queue.expected_wait),
        )


class StartPage(QWidget):
    """The branch, a heading, one button per queue a citizen can draw a ticket in, and
    below them, always in view, "I have an appointment" (checking in for one).

    Signals:
        queue_chosen(object): the queue id whose button was pressed.
        check_in_chosen(): "I have an appointment" was pressed.
    """

    queue_chosen = Signal(object)
    check_in_chosen = Signal()

    def __init__(self, branch_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so keys reach the page
        self.setAccessibleName(self.tr("Take a number"))
        self._language = "da"
        self.buttons: dict[uuid.UUID, QueueButton] = {}
        column = centred_column(self)
        self.branch = kiosk_label("branchName", centred=True)
        self.branch.setText(branch_name)
        self.heading = kiosk_label("kioskHeading", centred=True)
        self.heading.setText(self.tr("Take a number"))
        self.question = kiosk_label("kioskQuestion", centred=True)
        self.question.setText(self.tr("What do you need help with?"))
        self.status = kiosk_label("kioskStatus", centred=True)
        self.status.setAccessibleName(self.tr("Message"))
        self.status.hide()
        self._list = QWidget()
        self._list.setObjectName("queueList")
        self._buttons_layout = QVBoxLayout(self._list)
        self._buttons_layout.setContentsMargins(4, 4, 4, 4)
        self._buttons_layout.setSpacing(18)
        self._buttons_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("queueScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible stop: Tab goes to a queue
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self._list)
        scroll.viewport().setAutoFillBackground(False)
        self._list.setAutoFillBackground(False)
        self.scroll_area = scroll
        self.check_in_button = TouchButton(
            "checkInStartButton", min_height=CHECK_IN_BUTTON_MIN_HEIGHT, side_by_side=True
        )
        self.check_in_button.show_texts(
            self.tr("I have an appointment"),
            self.tr("Check in with your booking code or phone number"),
            "",
        )
        self.check_in_button.clicked.connect(self.check_in_chosen)
        column.addWidget(self.branch)
        column.addSpacing(8)
        column.addWidget(self.heading)
        column.addWidget(self.question)
        column.addSpacing(12)
        column.addWidget(self.status)
        column.addWidget(scroll, 1)
        below = QHBoxLayout()  # as wide as the queue buttons (the list's margins)
        below.setContentsMargins(4, 0, 4, 0)
        below.addWidget(self.check_in_button)
        column.addSpacing(4)
        column.addLayout(below)

    def show_queues(self, queues: list[QueueView], language: str) -> None:
        """One button per kiosk queue, updated in place while the queues stay the same."""
        self._language = language
        shown = [queue for queue in queues if queue.on_kiosk]
        if [q.id for q in shown] != list(self.buttons):
            self._rebuild([q.id for q in shown])
        for queue in shown:
            self.buttons[queue.id].show_queue(queue, language)
        if not shown:
            self.say(self.tr("No numbers can be drawn here right now. Please ask at the desk."))
        elif all(queue.expected_wait is None for queue in shown):
            self.say(self.tr("Nobody is serving right now. Please ask at the desk."))
        else:
            self.say("")

    def _rebuild(self, queue_ids: list[uuid.UUID]) -> None:
        for button in self.buttons.values():
            self._buttons_layout.removeWidget(button)
            button.deleteLater()
        self.buttons = {}
        for index, queue_id in enumerate(queue_ids):
            button = QueueButton(queue_id)
            button.clicked.connect(lambda _=False, q=queue_id: self.queue_chosen.emit(q))
            self._buttons_layout.insertWidget(index, button)
            self.buttons[queue_id] = button
        if self.buttons:  # Tab: the queues from the top, then "I have an appointment"
            QWidget.setTabOrder(list(self.buttons.values())[-1], self.check_in_button)

    def set_enabled_buttons(self, enabled: bool) -> None:
        """Let the buttons be pressed, or not (while a ticket is drawn)."""
        for button in self.buttons.values():
            button.setEnabled(enabled)
        self.check_in_button.setEnabled(enabled)

    def say(self, text: str) -> None:
        """A short line under the heading ("" hides it)."""
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Arrow keys move between the queue buttons."""
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Right):
            self.focusNextChild()
        elif event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Left):
            self.focusPreviousChild()
        else:
            super().keyPressEvent(event)


class ReceiptPage(QWidget):
    """The number drawn, huge, with the queue, the wait and what to do now.

    Signals:
        done(): the citizen pressed "Done".
    """

    done = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("receiptPage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so keys reach the page
        self.setAccessibleName(self.tr("Your number"))
        column = centred_column(self)
        self.heading = kiosk_label("receiptHeading", centred=True)
        self.heading.setText(self.tr("Your number"))
        self.number = kiosk_label("receiptNumber", wrap=False, centred=True)
        self.number.setAccessibleName(self.tr("Your number"))
        self.queue = kiosk_label("receiptQueue", centred=True)
        self.wait = kiosk_label("receiptWait", centred=True)
        self.instruction = kiosk_label("receiptInstruction", centred=True)
        self.instruction.setAccessibleName(self.tr("What to do now"))
        self.offline_note = kiosk_label("offlineNote", centred=True)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("doneButton")
        self.done_button.setAccessibleName(self.tr("Done, back to the start"))
        self.done_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.done_button.setMinimumSize(320, 96)
        self.done_button.clicked.connect(self.done)
        column.addStretch(1)
        for part in (self.heading, self.number, self.queue, self.wait):
            column.addWidget(part)
        column.addSpacing(20)
        column.addWidget(self.instruction)
        column.addWidget(self.offline_note)
        column.addSpacing(28)
        column.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(1)

    def show_ticket(self, label: str, queue_label: str, wait: str, *, offline: bool) -> None:
        """A new ticket; the printing is under way."""
        self.number.setText(label)
        self.queue.setText(queue_label)
        self.wait.setText(wait)
        self.wait.setVisible(bool(wait))
        self.offline_note.setText(
            self.tr("Issued without connection. Your number is valid.") if offline else ""
        )
        self.offline_note.setVisible(offline)
        self._instruct(self.tr("Printing your ticket…"), problem=False)

    def printed(self) -> None:
        """The slip came out."""
        self._instruct(self.tr("Please take your ticket"), problem=False)

    def not_printed(self) -> None:
        """No slip: the citizen must remember the number."""
        self._instruct(
            self.tr("The printer is not working. Please remember your number: %1").replace(
                "%1", self.number.text()
            ),
            problem=True,
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter, Space or Escape on the page mean "Done"."""
        if event.key() in _DONE_KEYS and not event.isAutoRepeat():
            self.done.emit()
        else:
            super().keyPressEvent(event)

    def _instruct(self, text: str, *, problem: bool) -> None:
        self.instruction.setText(text)
        self.instruction.setProperty("problem", problem)
        self.instruction.style().unpolish(self.instruction)
        self.instruction.style().polish(self.instruction)


class MessagePage(QWidget):
    """One calm sentence in the middle of the screen (an apology)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messagePage")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Message"))
        column = centred_column(self)
        self.text = kiosk_label("kioskMessage", centred=True)
        self.text.setAccessibleName(self.tr("Message"))
        column.addStretch(1)
        column.addWidget(self.text)
        column.addStretch(1)

    def say(self, text: str) -> None:
        """Show ``text``."""
        self.text.setText(text)

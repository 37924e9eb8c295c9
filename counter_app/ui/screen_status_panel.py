"""A branch library's screen inquiries of today: who waits at which screen for citizen
service, and when a caseworker is ready (then the librarian opens the video)."""

from __future__ import annotations

import uuid
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.screen_inquiries import ScreenInquiryState
from counter_app.domain.timezone import to_local
from counter_app.services.screen_desk import ScreenInquiryView
from counter_app.ui.panel_controls import named_button, panel_shortcut

__all__ = [
    "CANCEL_SCREEN_SHORTCUT",
    "FORWARD_SHORTCUT",
    "OPEN_VIDEO_SHORTCUT",
    "ScreenStatusPanel",
]

FORWARD_SHORTCUT = "Ctrl+Shift+S"
OPEN_VIDEO_SHORTCUT = "Ctrl+Shift+V"
CANCEL_SCREEN_SHORTCUT = "Ctrl+Shift+L"
TIME_FORMAT = "%H:%M"

# Ready rows (a caseworker waits on the video): bold dark green on light green (7.8:1,
# WCAG AA). Finished rows: grey, 7:1 on the list's white and 6.5:1 on its alternate grey.
READY_TEXT = QColor("#14532d")
READY_BACKGROUND = QColor("#dcf3e3")
PAST_TEXT = QColor("#595959")

VIDEO_STATES = (ScreenInquiryState.ACCEPTED, ScreenInquiryState.IN_CALL)
CANCELLABLE = (ScreenInquiryState.WAITING, ScreenInquiryState.ACCEPTED)
FINISHED = (ScreenInquiryState.DONE, ScreenInquiryState.CANCELLED)

_ID_ROLE = Qt.ItemDataRole.UserRole
_STATE_ROLE = Qt.ItemDataRole.UserRole + 1
_URL_ROLE = Qt.ItemDataRole.UserRole + 2


class ScreenStatusPanel(QGroupBox):
    """Today's screen inquiries this library forwarded, newest first.

    Ctrl+Shift+V opens the chosen inquiry's video (with none chosen, the newest ready
    one's), Ctrl+Shift+L cancels the chosen one (the citizen left), Ctrl+Shift+S forwards
    another citizen; they work anywhere in the window while the panel is shown.

    Signals:
        open_video_requested(str): open this video link.
        cancel_requested(object): cancel the screen inquiry (by id): the citizen left.
        forward_requested(): forward a citizen to citizen service by screen.
    """

    open_video_requested = Signal(str)
    cancel_requested = Signal(object)
    forward_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screenStatusPanel")
        self.list = QListWidget()
        self.list.setObjectName("screenInquiryList")
        self.list.setAccessibleName(self.tr("Today's screen inquiries"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.itemActivated.connect(self._open_item)  # Enter or double-click
        self.list.currentItemChanged.connect(lambda *_: self._enable_buttons())
        #: %1 is the key (Ctrl+Shift+S)
        empty = self.tr(
            "No screen inquiries today. %1 forwards a citizen to citizen service."
        ).replace("%1", FORWARD_SHORTCUT)
        self.empty = QLabel(empty)
        self.empty.setObjectName("noScreenInquiries")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setAccessibleName(empty)
        self.open_video = named_button(
            self.tr("Open video (%1)").replace("%1", OPEN_VIDEO_SHORTCUT),
            self.tr("Open video"),
            self.tr("Open the video call of the chosen screen inquiry"),
        )
        self.open_video.clicked.connect(self.open_video_current)
        self.cancel = named_button(
            self.tr("Cancel, citizen left (%1)").replace("%1", CANCEL_SCREEN_SHORTCUT),
            self.tr("Cancel (citizen left)"),
            self.tr("The citizen left before the call: take the inquiry off the queue"),
        )
        self.cancel.clicked.connect(self.cancel_current)
        self.forward = named_button(
            self.tr("Forward a citizen… (%1)").replace("%1", FORWARD_SHORTCUT),
            self.tr("Forward a citizen"),
            self.tr("Forward a citizen at a screen to citizen service"),
        )
        self.forward.clicked.connect(self.forward_requested)
        self._shortcuts = [
            panel_shortcut(self, OPEN_VIDEO_SHORTCUT, self.open_video_current),
            panel_shortcut(self, CANCEL_SCREEN_SHORTCUT, self.cancel_current),
            panel_shortcut(self, FORWARD_SHORTCUT, self.forward_requested.emit),
        ]
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty, 1)  # one of the two shows at a time
        layout.addWidget(self.list, 1)
        # One under the other: side by side, Danish button texts need more than the
        # narrow column the panel sits in.
        for button in (self.open_video, self.cancel, self.forward):
            layout.addWidget(button)
        self.show_inquiries([], None)

    # -- showing ----------------------------------------------------------------------------

    def show_inquiries(self, views: list[ScreenInquiryView], now: datetime | None) -> None:
        """Show today's inquiries as given (newest first), keeping the chosen one chosen.
        A waiting one counts its minutes up to ``now`` (the views may be a little old)."""
        chosen = self.current_id()
        self.list.clear()
        for view in views:
            self.list.addItem(self._item(view, now))
        if chosen is not None:
            self.choose(chosen)
        ready = sum(view.state is ScreenInquiryState.ACCEPTED for view in views)
        if ready:
            #: %1 is how many caseworkers are ready on the video
            self.setTitle(self.tr("Screen inquiries (%1 ready)").replace("%1", str(ready)))
        else:
            self.setTitle(self.tr("Screen inquiries"))
        self.empty.setVisible(not views)
        self.list.setVisible(bool(views))
        self._enable_buttons()

    def row_text(self, view: ScreenInquiryView, now: datetime | None = None) -> str:
        """The inquiry in words, as its row shows it."""
        state = view.state
        if state is ScreenInquiryState.WAITING:
            waited = view.waited
            if now is not None:
                waited = max(waited, now - view.forwarded_at)
            who = view.screen
            if view.first_name:
                #: %1 is the citizen's first name, %2 the screen (Skærm 1)
                who = self.tr("%1 at %2").replace("%2", view.screen).replace("%1", view.first_name)
            #: %1 who and where (Ida at Skærm 1), %2 the service, %3 whole minutes
            return (
                self.tr("%1 · %2 · waiting %3 min")
                .replace("%3", str(max(0, int(waited.total_seconds() // 60))))
                .replace("%2", view.service_name)
                .replace("%1", who)
            )
        if state is ScreenInquiryState.ACCEPTED:
            #: %1 is the caseworker, %2 the screen
            text = self.tr("%1 is ready at %2")
            return text.replace("%2", view.screen).replace("%1", view.caseworker)
        if state is ScreenInquiryState.IN_CALL:
            #: %1 is the screen, %2 the caseworker
            text = self.tr("In call: %1 with %2")
            return text.replace("%2", view.caseworker).replace("%1", view.screen)
        if state is ScreenInquiryState.DONE:
            #: %1 is the screen, %2 the service
            text = self.tr("Done: %1 · %2")
        else:
            #: %1 is the screen, %2 the service
            text = self.tr("Cancelled: %1 · %2")
        return text.replace("%2", view.service_name).replace("%1", view.screen)

    def _item(self, view: ScreenInquiryView, now: datetime | None) -> QListWidgetItem:
        text = self.row_text(view, now)
        item = QListWidgetItem(text)
        item.setData(_ID_ROLE, view.id)
        item.setData(_STATE_ROLE, view.state.value)
        item.setData(_URL_ROLE, view.video_url)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
        #: %1 is the time the citizen was forwarded (10:05)
        sent = self.tr("Forwarded at %1").replace(
            "%1", to_local(view.forwarded_at).strftime(TIME_FORMAT)
        )
        details = [sent, view.first_name, view.service_name, view.screen, view.caseworker]
        item.setToolTip("\n".join(part for part in details if part))
        if view.state is ScreenInquiryState.ACCEPTED:
            font = QFont(self.list.font())
            font.setBold(True)
            item.setFont(font)
            item.setForeground(QBrush(READY_TEXT))
            item.setBackground(QBrush(READY_BACKGROUND))
        elif view.state in FINISHED:
            item.setForeground(QBrush(PAST_TEXT))
        return item

    def _enable_buttons(self) -> None:
        item = self._chosen_item()
        self.open_video.setEnabled(item is not None and self._video_of(item) is not None)
        self.cancel.setEnabled(item is not None and self._cancellable(item))

    # -- choosing ---------------------------------------------------------------------------

    def _chosen_item(self) -> QListWidgetItem | None:
        item = self.list.currentItem()
        if item is None or not item.isSelected():
            return None
        return item

    def current_id(self) -> uuid.UUID | None:
        """The screen inquiry chosen in the list."""
        item = self._chosen_item()
        inquiry_id = item.data(_ID_ROLE) if item is not None else None
        return inquiry_id if isinstance(inquiry_id, uuid.UUID) else None

    def choose(self, inquiry_id: uuid.UUID) -> None:
        """Make this screen inquiry the chosen one (also used by tests)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(_ID_ROLE) == inquiry_id:
                self.list.setCurrentRow(row)
                return

    @staticmethod
    def _video_of(item: QListWidgetItem) -> str | None:
        url = item.data(_URL_ROLE)
        states = {s.value for s in VIDEO_STATES}
        return url if item.data(_STATE_ROLE) in states and isinstance(url, str) and url else None

    @staticmethod
    def _cancellable(item: QListWidgetItem) -> bool:
        return item.data(_STATE_ROLE) in {s.value for s in CANCELLABLE}

    # -- acting -----------------------------------------------------------------------------

    def open_video_current(self) -> None:
        """Ctrl+Shift+V: open the chosen inquiry's video. With none chosen, the newest
        ready one is chosen and opened (opening changes nothing, so no second key)."""
        item = self._chosen_item()
        if item is None:
            for row in range(self.list.count()):
                candidate = self.list.item(row)
                ready = candidate.data(_STATE_ROLE) == ScreenInquiryState.ACCEPTED.value
                if ready and self._video_of(candidate) is not None:
                    self.list.setCurrentRow(row)
                    item = candidate
                    break
        url = self._video_of(item) if item is not None else None
        if url is not None:
            self.open_video_requested.emit(url)

    def cancel_current(self) -> None:
        """Ctrl+Shift+L: cancel the chosen inquiry. With none chosen, the first that can
        be cancelled is chosen and the list takes the focus; the key again cancels it."""
        item = self._chosen_item()
        if item is None:
            for row in range(self.list.count()):
                if self._cancellable(self.list.item(row)):
                    self.list.setCurrentRow(row)
                    self.list.setFocus()
                    return
            return
        inquiry_id = item.data(_ID_ROLE)
        if self._cancellable(item) and isinstance(inquiry_id, uuid.UUID):
            self.cancel_requested.emit(inquiry_id)

    def _open_item(self, item: QListWidgetItem) -> None:
        url = self._video_of(item)
        if url is not None:
            self.open_video_requested.emit(url)

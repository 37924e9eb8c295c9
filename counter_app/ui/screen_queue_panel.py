"""The caseworker's screen queue: citizens that branch libraries have put in front of a
video screen, who waits how long, who has taken whom, and the moves on the chosen one."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.screen_inquiries import ScreenInquiryState
from counter_app.domain.timezone import to_local, utc_now
from counter_app.services.screen_desk import ScreenInquiryView
from counter_app.ui.panel_controls import named_button, panel_shortcut

ACCEPT_SHORTCUT = "Ctrl+Shift+A"
START_CALL_SHORTCUT = "Ctrl+Shift+T"
END_CALL_SHORTCUT = "Ctrl+Shift+E"
OPEN_VIDEO_SHORTCUT = "Ctrl+Shift+V"
CANCEL_SCREEN_SHORTCUT = "Ctrl+Shift+L"
LONG_WAIT = timedelta(minutes=5)  # a citizen waiting longer than this stands out

# This desk's own rows: bold dark navy on light blue (12.6:1, WCAG AA). A long wait: the
# Waited cell in dark orange on the table's white (9.5:1) or alternate grey (8.8:1 on
# Fusion's #f7f7f7, still 8.3:1 on a darker #f0f0f0).
MINE_TEXT = QColor("#0b2545")
MINE_BACKGROUND = QColor("#dbeafe")
LONG_WAIT_TEXT = QColor("#7a2e00")

FROM, SERVICE, NAME, SCREEN, WAITED, STATE = range(6)
_WRAPPING = (FROM, SERVICE, NAME, SCREEN, STATE)  # Waited is short: never wrapped
_CELL_PADDING = 10  # the cell's margins and grid line around the text
_TAKEN = (ScreenInquiryState.ACCEPTED, ScreenInquiryState.IN_CALL)


def fit_widths(natural: list[int], floors: list[int], room: int) -> list[int]:
    """Column widths for ``room`` pixels: each as wide as its text while they fit, Service
    taking what is left. When they do not fit, the widest columns give way first (their
    text wraps), never below their floor, the longest word (Danish runs about a quarter
    longer than English); only if even that is too wide does the table scroll sideways,
    so a word is never cut."""
    pairs = list(zip(natural, floors, strict=True))
    level = max(natural, default=0)
    while level > 0 and sum(max(f, min(n, level)) for n, f in pairs) > room:
        level -= 1
    widths = [max(f, min(n, level)) for n, f in pairs]
    widths[SERVICE] = max(floors[SERVICE], room - sum(widths) + widths[SERVICE])
    return widths


class ScreenQueuePanel(QGroupBox):
    """Screen inquiries from the libraries, as central borgerservice's caseworker sees them.

    Enter in the table (or a double-click) accepts a waiting citizen, or opens the video of
    one of this desk's own again. The five moves have window-wide shortcuts that work while
    the panel is shown. The panel only asks; the window does it and answers with
    :meth:`say` and a fresh :meth:`show_inquiries`.

    Signals:
        accept_requested(object): take the waiting citizen (the inquiry's id).
        start_requested(object): the video call with this desk's citizen has begun (id).
        finish_requested(object): the call is over; register the inquiry next (id).
        open_video_requested(str): open this video link again.
        cancel_requested(object): cancel the inquiry: nobody came, or drop one waiting (id).
    """

    accept_requested = Signal(object)
    start_requested = Signal(object)
    finish_requested = Signal(object)
    open_video_requested = Signal(str)
    cancel_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screenQueuePanel")
        self._busy = False
        self._views: list[ScreenInquiryView] = []  # row by row, as shown
        self.table = QTableWidget(0, 6)
        self.table.setObjectName("screenQueue")
        self.table.setAccessibleName(self.tr("Citizens at the libraries' screens"))
        headers = (self.tr("From"), self.tr("Service"), self.tr("Name"), self.tr("Screen"))
        self.table.setHorizontalHeaderLabels([*headers, self.tr("Waited"), self.tr("State")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the buttons
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # see _fit_columns
        self.table.viewport().installEventFilter(self)
        self.table.itemActivated.connect(self._activated)  # Enter or double-click
        self.table.currentItemChanged.connect(lambda *_: self._enable_buttons())
        self.empty = QLabel(self.tr("No citizen is waiting at a library's screen."))
        self.empty.setObjectName("noScreenInquiries")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty.setAccessibleName(self.tr("No citizen is waiting at a library's screen."))
        self.accept = self._button(
            self.tr("Accept (%1)"), ACCEPT_SHORTCUT, self.tr("Accept the waiting citizen")
        )
        self.start = self._button(
            self.tr("Start call (%1)"), START_CALL_SHORTCUT, self.tr("Start the call")
        )
        self.finish = self._button(
            self.tr("End and register (%1)"),
            END_CALL_SHORTCUT,
            self.tr("End the call and register it"),
        )
        self.open_video = self._button(
            self.tr("Open video again (%1)"), OPEN_VIDEO_SHORTCUT, self.tr("Open the video again")
        )
        self.cancel = self._button(
            self.tr("Cancel (%1)"), CANCEL_SCREEN_SHORTCUT, self.tr("Cancel the screen inquiry")
        )
        self.message = QLabel()
        self.message.setObjectName("screenQueueMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("About the screen inquiries"))
        buttons = QGridLayout()  # two wide: Danish labels are longer, and panels narrow
        for index, button in enumerate(
            (self.accept, self.cancel, self.start, self.finish, self.open_video)
        ):
            buttons.addWidget(button, index // 2, index % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty, 1)  # one of the two shows at a time
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.message.hide()
        self.show_inquiries([], utc_now())

    def _button(self, text: str, key: str, accessible: str) -> QPushButton:
        button = named_button(text.replace("%1", key), accessible, accessible)
        slot = {
            ACCEPT_SHORTCUT: self.accept_current,
            START_CALL_SHORTCUT: self.start_current,
            END_CALL_SHORTCUT: self.finish_current,
            OPEN_VIDEO_SHORTCUT: self.open_video_current,
            CANCEL_SCREEN_SHORTCUT: self.cancel_current,
        }[key]
        button.clicked.connect(slot)
        panel_shortcut(self, key, slot)
        return button

    # -- showing ---------------------------------------------------------------------------

    def show_inquiries(self, views: list[ScreenInquiryView], now: datetime) -> None:
        """Show the queue in the order given (this desk's first, then longest waiting).

        The chosen inquiry stays chosen; with none chosen (or it has gone) the first of
        this desk's own is chosen, else the first waiting one. A waiting citizen's time
        counts on to ``now``, so a timer may refresh with the same views.
        """
        chosen = self.current_id()
        self._views = list(views)
        self.table.setRowCount(0)
        self.table.setRowCount(len(views))
        for row, view in enumerate(views):
            self._fill_row(row, view, now)
        self._fit_columns()
        if chosen is None or not self.choose(chosen):
            self._choose_default()
        waiting = sum(view.state is ScreenInquiryState.WAITING for view in views)
        title = self.tr("Screen inquiries from the libraries")
        if waiting:
            title = self.tr("Screen inquiries from the libraries (%n waiting)", "", waiting)
        self.setTitle(title)
        self.empty.setVisible(not views)
        self.table.setVisible(bool(views))
        self._enable_buttons()

    def state_text(self, view: ScreenInquiryView) -> str:
        """The inquiry's state in words, as the row shows it."""
        if view.state is ScreenInquiryState.WAITING:
            return self.tr("Waiting")
        if view.mine and view.state is ScreenInquiryState.ACCEPTED:
            return self.tr("Yours: open the video")
        if view.mine and view.state is ScreenInquiryState.IN_CALL:
            return self.tr("Yours: in call")
        return self.tr("Taken by %1").replace("%1", view.caseworker or "?")

    def waited_text(self, waited: timedelta) -> str:
        """Whole minutes: "7 min", or "<1 min"."""
        minutes = int(waited.total_seconds() // 60)
        return self.tr("%1 min").replace("%1", str(minutes)) if minutes else self.tr("<1 min")

    def _fill_row(self, row: int, view: ScreenInquiryView, now: datetime) -> None:
        waited = view.waited
        if view.state is ScreenInquiryState.WAITING:
            waited = max(waited, now - view.forwarded_at)
        texts = [
            view.from_branch,
            view.service_name,
            view.first_name or "–",
            view.screen,
            self.waited_text(waited),
            self.state_text(view),
        ]
        forwarded = self.tr("Forwarded at %1").replace(
            "%1", to_local(view.forwarded_at).strftime("%H:%M")
        )
        tip = "\n".join([*[t for t in texts if t], forwarded])
        bold = QFont(self.table.font())
        bold.setBold(True)
        items = [QTableWidgetItem(text) for text in texts]
        for item in items:
            item.setToolTip(tip)
            if _mine(view):
                item.setFont(bold)
                item.setForeground(QBrush(MINE_TEXT))
                item.setBackground(QBrush(MINE_BACKGROUND))
        items[FROM].setData(Qt.ItemDataRole.AccessibleTextRole, ", ".join(t for t in texts if t))
        if view.state is ScreenInquiryState.WAITING and waited > LONG_WAIT:
            items[WAITED].setForeground(QBrush(LONG_WAIT_TEXT))
        for column, item in enumerate(items):
            self.table.setItem(row, column, item)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Fit the columns to the table's width (see :func:`fit_widths`)."""
        header = self.table.horizontalHeader()
        natural = [
            max(self.table.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(6)
        ]
        floors = [
            min(n, self._longest_word(c)) if c in _WRAPPING else n for c, n in enumerate(natural)
        ]
        widths = fit_widths(natural, floors, self.table.viewport().width())
        for column, width in enumerate(widths):
            header.resizeSection(column, width)
        self.table.resizeRowsToContents()

    def _longest_word(self, column: int) -> int:
        header = self.table.horizontalHeaderItem(column)
        texts = [(header.text() if header else "", self.table.horizontalHeader().font())]
        for row in range(self.table.rowCount()):
            item = self.table.item(row, column)
            if item is not None:  # bold rows carry their own font; the rest the table's
                font = item.data(Qt.ItemDataRole.FontRole)
                texts.append((item.text(), font if isinstance(font, QFont) else self.table.font()))
        words = (QFontMetrics(f).horizontalAdvance(w) for text, f in texts for w in text.split())
        return _CELL_PADDING + max(words, default=0)

    def say(self, text: str) -> None:
        """Show an answer under the buttons ("… was faster: that citizen is taken.");
        an empty text clears it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))  # no empty line taking the table's room

    def set_busy(self, busy: bool) -> None:
        """While an accept is on its way, another cannot be asked for."""
        self._busy = busy
        self._enable_buttons()

    # -- choosing --------------------------------------------------------------------------

    def _chosen(self) -> ScreenInquiryView | None:
        item = self.table.currentItem()
        if item is None or not item.isSelected() or item.row() >= len(self._views):
            return None
        return self._views[item.row()]

    def current_id(self) -> uuid.UUID | None:
        """The inquiry chosen in the table."""
        view = self._chosen()
        return view.id if view is not None else None

    def choose(self, inquiry_id: uuid.UUID) -> bool:
        """Make this inquiry the chosen one; False when the table does not have it."""
        for row, view in enumerate(self._views):
            if view.id == inquiry_id:
                self.table.setCurrentCell(row, FROM)
                return True
        return False

    def _choose_default(self) -> None:
        views = self._views
        rows = [r for r, v in enumerate(views) if _mine(v)] or [
            r for r, v in enumerate(views) if v.state is ScreenInquiryState.WAITING
        ]
        if rows:
            self.table.setCurrentCell(rows[0], FROM)

    def _can(self, view: ScreenInquiryView | None) -> dict[str, bool]:
        """Which moves the chosen inquiry allows."""
        if view is None:
            return dict.fromkeys(("accept", "start", "finish", "open_video", "cancel"), False)
        waiting = view.state is ScreenInquiryState.WAITING
        mine = _mine(view)
        return {
            "accept": waiting and not self._busy,
            "start": mine and view.state is ScreenInquiryState.ACCEPTED,
            "finish": mine,
            "open_video": mine and bool(view.video_url),
            "cancel": mine or waiting,
        }

    def _enable_buttons(self) -> None:
        can = self._can(self._chosen())
        self.accept.setEnabled(can["accept"])
        self.start.setEnabled(can["start"])
        self.finish.setEnabled(can["finish"])
        self.open_video.setEnabled(can["open_video"])
        self.cancel.setEnabled(can["cancel"])

    # -- acting ----------------------------------------------------------------------------

    def _act(self, move: str, emit: Callable[[object], None]) -> None:
        view = self._chosen()
        if view is not None and self._can(view)[move]:
            emit(view.id)

    def accept_current(self) -> None:
        """Ctrl+Shift+A: accept the chosen waiting citizen."""
        self._act("accept", self.accept_requested.emit)

    def start_current(self) -> None:
        """Ctrl+Shift+T: the call with this desk's chosen citizen has begun."""
        self._act("start", self.start_requested.emit)

    def finish_current(self) -> None:
        """Ctrl+Shift+E: end this desk's chosen call and register it."""
        self._act("finish", self.finish_requested.emit)

    def cancel_current(self) -> None:
        """Ctrl+Shift+L: cancel this desk's chosen inquiry, or a waiting one."""
        self._act("cancel", self.cancel_requested.emit)

    def open_video_current(self) -> None:
        """Ctrl+Shift+V: open the video of this desk's chosen citizen again."""
        view = self._chosen()
        if view is not None and self._can(view)["open_video"]:
            self.open_video_requested.emit(view.video_url)

    def _activated(self, _item: QTableWidgetItem) -> None:
        view = self._chosen()  # the activated row: activating one makes it current
        if view is not None and view.state is ScreenInquiryState.WAITING:
            self.accept_current()
        elif view is not None and _mine(view):
            self.open_video_current()


def _mine(view: ScreenInquiryView) -> bool:
    """Accepted by this desk and not over yet."""
    return view.mine and view.state in _TAKEN

"""The waiting room's display board: who is called to which desk, the waits, the time."""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLayout, QVBoxLayout, QWidget

from counter_app.domain.timezone import to_local
from counter_app.services.desk_services import DeskServices
from counter_app.services.views import CallView
from counter_app.ui.board_widgets import (
    DEFAULT_CHIME,
    EARLIER_ROWS,
    CallsPanel,
    FitLabel,
    QueuesPanel,
    load_chime,
)
from counter_app.ui.style import BOARD_STYLE
from counter_app.ui.sync_bridge import SyncBridge

CALLS_WATCHED = 20  # read more calls than shown, so one scrolling back is not "new"
FRESH_FOR = timedelta(seconds=20)  # a just-announced earlier call stands out this long
SLOW_REFRESH_MS = 30_000  # expected waits move with time alone, not only with changes
FORGET_AFTER = timedelta(days=1)


class BoardWindow(QWidget):
    """The board of one branch, for a TV in the waiting room. No buttons: Escape or
    Ctrl+Shift+Q closes it (for IT). Full screen is the caller's choice.

    Signals:
        closed(): the window was closed.
        announced(str, str): a new call (ticket label, desk name), once per call; a
            recall or a resume is a new call. Calls already on the board when it opens are
            not announced.
        refreshed(): the board shows the local database as it is now.
    """

    closed = Signal()
    announced = Signal(str, str)
    refreshed = Signal()

    def __init__(
        self,
        services: DeskServices,
        bridge: SyncBridge,
        language: str,
        parent: QWidget | None = None,
        *,
        chime: Path | None = DEFAULT_CHIME,
    ) -> None:
        super().__init__(parent)
        # Delete on close, in the UI thread: left to Python's garbage collector, the window
        # and its timers could be destroyed from whichever thread happens to collect.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.language = language
        self._services = services
        self._bridge = bridge
        self._loaded = False
        self._floor: datetime | None = None  # the newest call of the first load
        self._seen: dict[uuid.UUID, datetime] = {}  # ticket -> the called_at announced
        self._fresh_until: dict[uuid.UUID, datetime] = {}
        self._calls: list[CallView] = []
        branch = services.queues.desk().branch_name
        self.setWindowTitle(self.tr("Display board · %1").replace("%1", branch))
        self.setStyleSheet(BOARD_STYLE)
        self.setCursor(Qt.CursorShape.BlankCursor)  # a pointer left on a TV is just a blot
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self.branch = FitLabel("branch", bold=True)
        self.branch.show_text(branch)
        self.clock = FitLabel("clock", bold=True, align=Qt.AlignmentFlag.AlignRight)
        self.header = QFrame()
        self.header.setObjectName("boardHeader")
        self._header_layout = QHBoxLayout(self.header)
        self._header_layout.addWidget(self.branch, 4)
        self._header_layout.addWidget(self.clock, 1)
        self.calls_panel = CallsPanel()
        self.queues_panel = QueuesPanel()
        self._body = QHBoxLayout()
        self._body.addWidget(self.calls_panel, 62)
        self._body.addWidget(self.queues_panel, 38)
        board = QFrame()
        board.setObjectName("board")
        board_layout = QVBoxLayout(board)
        board_layout.setContentsMargins(0, 0, 0, 0)
        board_layout.setSpacing(0)
        board_layout.addWidget(self.header)
        board_layout.addLayout(self._body, 1)
        outer = QVBoxLayout(self)
        # Sizes follow the window, not the other way round: text sized for 1080 lines must
        # not stop the board from being made smaller (it is then sized again).
        outer.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(board)

        self.chime = load_chime(chime, self)
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._each_second)
        self._tick.start(1000)
        self._slow = QTimer(self)
        self._slow.timeout.connect(self.refresh)
        self._slow.start(SLOW_REFRESH_MS)
        bridge.changed.connect(self._on_changed)
        self.resize(1280, 720)
        self._scale()
        self.refresh()

    def refresh(self) -> None:
        """Show the local database as it is now, and announce the calls that are new."""
        now = self._services.clock()
        calls = self._services.board.recent_calls(CALLS_WATCHED)
        new = self._new_calls(calls)
        for call in new:
            self._fresh_until[call.ticket_id] = now + FRESH_FOR
        self._calls = calls[: 1 + EARLIER_ROWS]
        self.calls_panel.show_calls(self._calls, self._fresh(now))
        self.queues_panel.show_queues(self._services.board.queues())
        self._show_time(now)
        if new:
            self.calls_panel.flash()
        for call in new:
            self.announced.emit(call.label, call.desk_name)
            self.chime.ring()
        self.refreshed.emit()

    def _new_calls(self, calls: list[CallView]) -> list[CallView]:
        """Calls not announced before, oldest first; none on the first load.

        A call is new when its ticket was not seen with this ``called_at``: so a recall is
        new, and a desk's clock running behind cannot hide one. Calls older than the first
        load's newest were on the board before it opened (e.g. scrolled off the top six).
        """
        if not self._loaded:
            self._loaded = True
            self._seen = {call.ticket_id: call.called_at for call in calls}
            self._floor = max((call.called_at for call in calls), default=None)
            return []
        new = [
            call
            for call in calls
            if self._seen.get(call.ticket_id) != call.called_at
            and (self._floor is None or call.called_at > self._floor)
        ]
        for call in new:
            self._seen[call.ticket_id] = call.called_at
        if calls:
            horizon = calls[0].called_at - FORGET_AFTER
            self._seen = {t: at for t, at in self._seen.items() if at > horizon}
        return sorted(new, key=lambda call: call.called_at)

    def _fresh(self, now: datetime) -> set[uuid.UUID]:
        self._fresh_until = {t: until for t, until in self._fresh_until.items() if until > now}
        return set(self._fresh_until)

    def _each_second(self) -> None:
        now = self._services.clock()
        self._show_time(now)
        before = set(self._fresh_until)
        if self._fresh(now) != before:
            self.calls_panel.show_calls(self._calls, set(self._fresh_until))

    def _show_time(self, now: datetime) -> None:
        self.clock.show_text(to_local(now).strftime("%H:%M"))

    def _on_changed(self, _tables: list[str]) -> None:
        self.refresh()

    def _scale(self) -> None:
        height = max(200, self.height())
        margin = round(height * 0.025)
        self._header_layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self.branch.set_pixel_size(round(height * 0.05))
        self.clock.set_pixel_size(round(height * 0.05))
        self._body.setContentsMargins(margin, margin, margin, margin)
        self._body.setSpacing(margin)
        self.calls_panel.set_scale(height)
        self.queues_panel.set_scale(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Every size follows the height: readable from the back of the room."""
        super().resizeEvent(event)
        self._scale()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape or Ctrl+Shift+Q closes the board; nothing else is for the public."""
        chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
        if event.key() == Qt.Key.Key_Escape or (
            event.key() == Qt.Key.Key_Q and event.modifiers() == chord
        ):
            self.close()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop listening and say so."""
        self._tick.stop()
        self._slow.stop()
        # No timer may still run when Qt deletes the board: it could be from another thread.
        self.calls_panel.stop()
        self.chime.stop()
        self._bridge.detach()
        self.closed.emit()
        super().closeEvent(event)

"""The top bar: branch and desk, connection state with what waits to be sent, the clock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

from counter_app.domain.timezone import to_local
from counter_app.services.views import DeskView
from counter_app.sync.engine import SyncStatus


class TopBar(QFrame):
    """Where am I, am I connected, what time is it (Copenhagen)."""

    def __init__(
        self, desk: DeskView, clock: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("topBar")
        self._clock = clock
        self.place = QLabel(f"{desk.branch_name} · {desk.desk_name}")
        self.place.setObjectName("place")
        self.place.setAccessibleName(self.tr("Branch and desk"))
        self.staff = QLabel()
        self.staff.setObjectName("staff")
        self.staff.setAccessibleName(self.tr("Signed in"))
        self.connection = QLabel()
        self.connection.setObjectName("connection")
        self.connection.setAccessibleName(self.tr("Connection"))
        self.time = QLabel()
        self.time.setObjectName("clock")
        self.time.setAccessibleName(self.tr("Time"))
        layout = QHBoxLayout(self)
        layout.addWidget(self.place, 1)
        layout.addWidget(self.staff)
        layout.addSpacing(24)
        layout.addWidget(self.connection)
        layout.addSpacing(24)
        layout.addWidget(self.time)
        self.show_status(SyncStatus(online=False, live=False, pending=0))
        self._tick = QTimer(self)
        self._tick.timeout.connect(self._show_time)
        self._tick.start(1000)
        self._show_time()

    def _show_time(self) -> None:
        self.time.setText(to_local(self._clock()).strftime("%H:%M"))

    def show_staff(self, text: str) -> None:
        """Who is signed in at the desk."""
        self.staff.setText(text)

    def show_status(self, status: SyncStatus) -> None:
        """Say plainly whether the desk is connected, and what waits to be sent."""
        if status.online:
            text = self.tr("Online")
            if status.pending:
                text = self.tr("Online · sending %n change(s)", "", status.pending)
            self.connection.setProperty("state", "online")
        elif status.refused:
            text = self.tr(
                "Not accepted by the server: tell IT · %n change(s) waiting", "", status.pending
            )
            self.connection.setProperty("state", "offline")
        else:
            text = self.tr("Offline · %n change(s) waiting to be sent", "", status.pending)
            self.connection.setProperty("state", "offline")
        self.connection.setText(text)
        # The technical reason, for IT: hovering shows it, a screen reader reads it.
        reason = "" if status.online else (status.last_error or "")
        self.connection.setToolTip(reason)
        self.connection.setAccessibleDescription(reason)
        self.connection.style().unpolish(self.connection)
        self.connection.style().polish(self.connection)

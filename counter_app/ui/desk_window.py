"""The desk window: composes the top bar, the queue panel and the serving panel."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QHBoxLayout, QMainWindow, QVBoxLayout, QWidget

from counter_app.protocol.messages import MutationResult
from counter_app.services.queue_desk import CallOutcome, OfflineError, QueueDesk
from counter_app.ui.background import BackgroundWork
from counter_app.ui.queue_panel import QueuePanel
from counter_app.ui.serving_panel import ServingPanel
from counter_app.ui.style import DESK_STYLE
from counter_app.ui.sync_bridge import SyncBridge
from counter_app.ui.top_bar import TopBar

log = logging.getLogger(__name__)


class DeskWindow(QMainWindow):
    """One desk's window. It adapts; the services decide.

    Signals:
        closed(): the window was closed (the program then stops syncing and exits).
        refreshed(): the panels show the local database as it is now.
    """

    closed = Signal()
    refreshed = Signal()

    def __init__(
        self,
        desk: QueueDesk,
        bridge: SyncBridge,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Delete on close, in the UI thread: left to Python's garbage collector, the window
        # and its timers could be destroyed from whichever thread happens to collect.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._desk = desk
        self._bridge = bridge
        self.work = BackgroundWork(self)
        view = desk.desk()
        self.setWindowTitle(
            self.tr("Counter · %1 · %2")
            .replace("%1", view.branch_name)
            .replace("%2", view.desk_name)
        )
        self.setStyleSheet(DESK_STYLE)
        self.top_bar = TopBar(view, clock)
        self.queue_panel = QueuePanel(clock)
        self.serving_panel = ServingPanel()
        body = QHBoxLayout()
        body.addWidget(self.queue_panel, 3)
        body.addWidget(self.serving_panel, 2)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.top_bar)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.resize(1100, 640)

        bridge.changed.connect(self.refresh)
        bridge.status_changed.connect(self.top_bar.show_status)
        bridge.rejected.connect(self._show_rejected)
        bridge.late.connect(self._show_late)
        self.queue_panel.issue_requested.connect(self._issue)
        self.serving_panel.call_next_requested.connect(self.call_next)
        self.refresh()

    def refresh(self) -> None:
        """Show the local database as it is now."""
        self.queue_panel.show_queues(self._desk.queues())
        self.queue_panel.show_tickets(self._desk.waiting_tickets())
        self.serving_panel.show_called(self._desk.called_by_me())
        self.refreshed.emit()

    def _issue(self, queue_id: uuid.UUID) -> None:
        self._desk.issue_ticket(queue_id)
        self.refresh()

    def call_next(self) -> None:
        """Ask the server for the next citizen; the answer comes back in well under a second."""
        queue_ids = self.queue_panel.selected_queue_ids()
        if not queue_ids:
            self.serving_panel.say(self.tr("Choose at least one queue to call from."))
            return
        self.serving_panel.set_busy(True)
        self.serving_panel.say("")
        self.work.run(
            self._desk.call_next(queue_ids),
            on_success=self._called,
            on_failure=self._call_failed,
        )

    def _called(self, outcome: CallOutcome) -> None:
        self.serving_panel.set_busy(False)
        if outcome.ticket_label is None:
            self.serving_panel.say(self.tr("Nobody is waiting in your queues."))
        self.refresh()

    def _call_failed(self, error: BaseException) -> None:
        self.serving_panel.set_busy(False)
        if isinstance(error, OfflineError):
            self.serving_panel.say(
                self.tr(
                    "No connection to the server. Calling the next citizen needs the "
                    "server, so that two desks never call the same person. Try again shortly."
                )
            )
        else:
            log.error("call next failed", exc_info=error)
            self.serving_panel.say(self.tr("Call next failed: %1").replace("%1", str(error)))

    def _show_rejected(self, results: list[MutationResult]) -> None:
        reasons = ", ".join(sorted({r.reason or "?" for r in results}))
        self.serving_panel.say(
            self.tr("The server refused %n change(s) (%1).", "", len(results)).replace(
                "%1", reasons
            )
        )
        self.refresh()

    def _show_late(self, results: list[MutationResult]) -> None:
        labels = ", ".join(str(r.result.get("label", "")) for r in results)
        self.serving_panel.say(
            self.tr("%1 was called to your desk after all.").replace("%1", labels)
        )
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop background work and say so."""
        self.work.cancel_all()
        self._bridge.detach()
        self.closed.emit()
        super().closeEvent(event)

"""Checking in a citizen with an appointment at the counter (Ctrl+Shift+I): find the
appointment, give them a ticket in the caseworker's or librarian's queue."""

from __future__ import annotations

import logging
import uuid

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from counter_app.domain.timezone import to_local
from counter_app.services.desk_services import DeskServices
from counter_app.services.ticket_dispenser import CannotIssueError, IssuedTicket
from counter_app.ui.background import BackgroundWork
from counter_app.ui.check_in_dialog import CheckInDialog

log = logging.getLogger(__name__)


class CheckInFlow(QObject):
    """Opens the check-in dialog and checks the chosen appointment in.

    Signals:
        said(str): a short message for the serving panel.
        changed(): a citizen was checked in (or not); the window refreshes.
    """

    said = Signal(str)
    changed = Signal()

    def __init__(self, services: DeskServices, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._work = BackgroundWork(self)
        self.dialog: CheckInDialog | None = None

    def open(self) -> None:
        """A citizen with an appointment at the counter: find it and give them a ticket."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        parent = self.parent()
        dialog = CheckInDialog(
            self._services.arrivals, parent if isinstance(parent, QWidget) else None
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.check_in_requested.connect(self.check_in)
        dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        self.dialog = dialog
        dialog.open()  # not exec(): a nested event loop would stall qasync's tasks

    def check_in(self, appointment_id: uuid.UUID) -> None:
        """Check the appointment in: a ticket in the queue of the caseworker or librarian."""
        view = self._services.arrivals.appointment(appointment_id)
        starts = to_local(view.starts_at).strftime("%H:%M") if view is not None else ""
        self._work.run(
            self._services.arrivals.check_in(appointment_id),
            on_success=lambda ticket: self._checked_in(ticket, starts),
            on_failure=self._failed,
        )

    def _checked_in(self, ticket: IssuedTicket, starts: str) -> None:
        text = self.tr("Checked in: %1 for %2.").replace("%1", ticket.label).replace("%2", starts)
        if ticket.offline:
            text += " " + self.tr("Numbered by this desk: the server could not be reached.")
        self.said.emit(text)
        self.changed.emit()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, (CannotIssueError, LookupError)):
            log.error("checking in failed", exc_info=error)
        self.said.emit(self.tr("The citizen could not be checked in: %1").replace("%1", str(error)))
        self.changed.emit()

    def close(self) -> None:
        """Stop work in flight (the window is closing)."""
        self._work.cancel_all()

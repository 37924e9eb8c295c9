"""Screen inquiries at a desk: a branch library forwards a citizen at a video screen and
sees when a caseworker is ready; a central caseworker accepts, talks and registers. The
video link of the screen opens on both sides (the video tool itself is the
municipality's: we only open its address).

The desk window places :attr:`ScreenFlow.panel` (None on desks with no part in screen
inquiries) and forwards its refreshes and connection changes here.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QWidget

from counter_app.domain.org import DeskKind
from counter_app.domain.personal_data import PersonalDataError
from counter_app.domain.screen_inquiries import ScreenInquiryState, ScreenRuleError
from counter_app.services.desk_services import DeskServices
from counter_app.services.screen_desk import AcceptOutcome, ForwardOutcome, ScreenInquiryView
from counter_app.services.views import ServiceView
from counter_app.sync.engine import OfflineError, SyncStatus
from counter_app.ui.background import BackgroundWork
from counter_app.ui.registration_flow import RegistrationFlow
from counter_app.ui.screen_forward_dialog import ForwardRequest, ScreenForwardDialog
from counter_app.ui.screen_queue_panel import ScreenQueuePanel
from counter_app.ui.screen_status_panel import ScreenStatusPanel

log = logging.getLogger(__name__)

UrlOpener = Callable[[QUrl], bool]


class ScreenFlow(QObject):
    """Turns the screen panels' requests into use cases.

    Signals:
        said(str): a short message for the serving panel.
        changed(): something changed; the window refreshes.
        book_requested(object, object): book an appointment instead (a ServiceView or
            None) at the branch with borgerservice (a BookingDesk for that branch).
        video_opened(str): a video link was handed to the operating system.
    """

    said = Signal(str)
    changed = Signal()
    book_requested = Signal(object, object)
    video_opened = Signal(str)

    def __init__(
        self,
        services: DeskServices,
        language: str,
        registration: RegistrationFlow,
        parent: QWidget,
        *,
        open_url: UrlOpener = QDesktopServices.openUrl,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._language = language
        self._registration = registration
        self._open_url = open_url
        self._work = BackgroundWork(self)
        self._states: dict[uuid.UUID, ScreenInquiryState] | None = None  # None: not yet read
        self.dialog: ScreenForwardDialog | None = None
        screens = services.screens
        self.forwards = bool(screens.rooms()) and screens.receiving_branch() is not None
        self.accepts = services.catalogue.desk_kind() is DeskKind.CASEWORKER
        self.status_panel: ScreenStatusPanel | None = None
        self.queue_panel: ScreenQueuePanel | None = None
        if self.accepts:
            self.queue_panel = ScreenQueuePanel()
            self.queue_panel.accept_requested.connect(self.accept)
            self.queue_panel.start_requested.connect(self.start)
            self.queue_panel.finish_requested.connect(self.finish)
            self.queue_panel.cancel_requested.connect(self.cancel)
            self.queue_panel.open_video_requested.connect(self.open_video)
        elif self.forwards:
            self.status_panel = ScreenStatusPanel()
            self.status_panel.forward_requested.connect(self.open_forward)
            self.status_panel.cancel_requested.connect(self.cancel)
            self.status_panel.open_video_requested.connect(self.open_video)

    @property
    def panel(self) -> QWidget | None:
        """The panel this desk shows, if any."""
        return self.queue_panel or self.status_panel

    # -- showing ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the screen inquiries as the local database has them now; at the library,
        open the video when a caseworker has become ready."""
        now = self._services.clock()
        screens = self._services.screens
        if self.queue_panel is not None:
            views = screens.queue(self._language)
            self.queue_panel.show_inquiries(views, now)
            self._alert_on_new(views)
        elif self.status_panel is not None:
            views = screens.forwarded_today(self._language)
            self.status_panel.show_inquiries(views, now)
            self._announce_ready(views)

    def show_status(self, status: SyncStatus) -> None:
        """Forwarding needs the connection: an open dialog says so at once."""
        if self.dialog is not None:
            self.dialog.set_online(status.online)

    def _announce_ready(self, views: list[ScreenInquiryView]) -> None:
        before, self._states = self._states, {v.id: v.state for v in views}
        if before is None:
            return  # the first look after starting: nothing has just happened
        for view in views:
            was = before.get(view.id)
            if view.state is ScreenInquiryState.ACCEPTED and was is not view.state:
                self.said.emit(
                    self.tr("%1 is ready at %2: the video opens.")
                    .replace("%1", view.caseworker)
                    .replace("%2", view.screen)
                )
                self.open_video(view.video_url)
                self._alert()

    def _alert_on_new(self, views: list[ScreenInquiryView]) -> None:
        before, self._states = self._states, {v.id: v.state for v in views}
        if before is not None and any(v.id not in before for v in views):
            self._alert()

    def _alert(self) -> None:
        window = self.parent()
        if isinstance(window, QWidget):
            QApplication.alert(window)  # the task bar flashes if the window is behind

    def open_video(self, url: object) -> None:
        """Hand the screen's video link to the operating system (the browser or the
        municipality's video program opens it)."""
        if not isinstance(url, str) or not url:
            self.said.emit(
                self.tr("This screen has no video link: ask IT to set one up, or call as usual.")
            )
            return
        if self._open_url(QUrl(url)):
            self.video_opened.emit(url)
        else:
            self.said.emit(self.tr("The video link could not be opened: %1").replace("%1", url))

    # -- the library's side ----------------------------------------------------------------

    def open_forward(self, service: object = None) -> None:
        """The forwarding dialog, with ``service`` (a ServiceView) or the one being served."""
        if not self.forwards:
            self.said.emit(self.tr("This library has no screen for citizen service."))
            return
        if self.dialog is not None:
            self.dialog.raise_()
            return
        chosen = (
            service if isinstance(service, ServiceView) else self._registration.checklist.chosen
        )
        receiving = self._services.screens.receiving_branch()
        dialog = ScreenForwardDialog(
            self._services.catalogue.services(self._language),
            self._services.screens.rooms(),
            receiving[1] if receiving else "",
            preselected=chosen.id if chosen is not None else None,
            online=self._services.sync.status.online,
            clock=self._services.clock,
            parent=self._window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.forward_requested.connect(lambda request: self._forward(dialog, request))
        dialog.book_instead.connect(self._book_instead)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()  # not exec(): a nested event loop would stall qasync's tasks

    def _forward(self, dialog: ScreenForwardDialog, request: object) -> None:
        if not isinstance(request, ForwardRequest):
            return
        self._work.run(
            self._services.screens.forward(
                service_id=request.service_id,
                room_id=request.room_id,
                first_name=request.first_name,
            ),
            on_success=lambda outcome: self._forwarded(dialog, outcome),
            on_failure=lambda error: self._forward_failed(dialog, error),
        )

    def _forwarded(self, dialog: ScreenForwardDialog, outcome: ForwardOutcome) -> None:
        if outcome.screen_inquiry_id is None:
            dialog.show_refused(outcome)
            return
        dialog.sent()
        self.said.emit(self.tr("Sent to citizen service: the citizen waits at the screen."))
        self.changed.emit()

    def _forward_failed(self, dialog: ScreenForwardDialog, error: BaseException) -> None:
        if isinstance(error, OfflineError):
            dialog.show_offline()
        elif isinstance(error, PersonalDataError):
            dialog.show_error(
                self.tr("Write only a first name, and never a CPR number.")
                if error.kind == "cpr"
                else self.tr("The first name is too long.")
            )
        else:
            if not isinstance(error, LookupError):
                log.error("forwarding a screen inquiry failed", exc_info=error)
            dialog.show_error(
                self.tr("The screen inquiry was not sent: %1").replace("%1", str(error))
            )

    def _book_instead(self, service_id: object) -> None:
        """Book at the branch with borgerservice, from its timetable as the server has it
        (this library has no caseworker's shifts of its own)."""
        service = next(
            (s for s in self._services.catalogue.services(self._language) if s.id == service_id),
            None,
        )
        receiving = self._services.screens.receiving_branch()
        if receiving is None:
            self.book_requested.emit(service, self._services.bookings)
            return
        branch_id, name = receiving
        self._work.run(
            self._services.bookings.at_branch(branch_id),
            on_success=lambda bookings: self.book_requested.emit(service, bookings),
            on_failure=lambda error: self._booking_failed(name, error),
        )

    def _booking_failed(self, branch_name: str, error: BaseException) -> None:
        if not isinstance(error, ConnectionError):
            log.error("reading another branch's timetable failed", exc_info=error)
        self.said.emit(
            self.tr(
                "Booking at %1 needs a connection to the server. Try again shortly, or give "
                "the citizen the phone number of citizen service."
            ).replace("%1", branch_name)
        )

    def _dialog_closed(self, _code: int) -> None:
        self.dialog = None
        window = self._window()
        if window is not None:
            window.activateWindow()  # the desk's keys must work at once again

    # -- the caseworker's side -------------------------------------------------------------

    def accept(self, screen_inquiry_id: object) -> None:
        """Take the citizen (never two caseworkers the same); the video opens."""
        if not isinstance(screen_inquiry_id, uuid.UUID) or self.queue_panel is None:
            return
        self.queue_panel.set_busy(True)
        self._work.run(
            self._services.screens.accept(screen_inquiry_id),
            on_success=lambda outcome: self._accepted(screen_inquiry_id, outcome),
            on_failure=self._accept_failed,
        )

    def _accepted(self, screen_inquiry_id: uuid.UUID, outcome: AcceptOutcome) -> None:
        assert self.queue_panel is not None
        self.queue_panel.set_busy(False)
        if outcome.accepted:
            view = self._services.screens.get(screen_inquiry_id, self._language)
            where = view.screen if view is not None else ""
            self.queue_panel.say(
                self.tr("Yours: %1 at %2. Start the call with Ctrl+Shift+T.")
                .replace("%1", where)
                .replace("%2", view.from_branch if view is not None else "")
            )
            self.open_video(outcome.video_url)
        elif outcome.reason == "already_taken":
            self.queue_panel.say(
                self.tr("%1 was faster: that citizen is taken.").replace(
                    "%1", outcome.taken_by or self.tr("Another desk")
                )
            )
        elif outcome.reason == "cancelled":
            self.queue_panel.say(self.tr("The library cancelled: the citizen has left."))
        else:
            self.queue_panel.say(self.tr("Not accepted: %1").replace("%1", outcome.reason or ""))
        self.changed.emit()

    def _accept_failed(self, error: BaseException) -> None:
        assert self.queue_panel is not None
        self.queue_panel.set_busy(False)
        if isinstance(error, OfflineError):
            self.queue_panel.say(
                self.tr(
                    "No connection to the server. Accepting needs the server, so that two "
                    "caseworkers never take the same citizen. Try again shortly."
                )
            )
        else:
            log.error("accepting a screen inquiry failed", exc_info=error)
            self.queue_panel.say(self.tr("Not accepted: %1").replace("%1", str(error)))

    def start(self, screen_inquiry_id: object) -> None:
        """The call has begun."""
        self._move(self._services.screens.start, screen_inquiry_id)

    def finish(self, screen_inquiry_id: object) -> None:
        """The call is over: register it (channel screen, from the library)."""
        if not isinstance(screen_inquiry_id, uuid.UUID):
            return
        view = self._services.screens.get(screen_inquiry_id, self._language)
        if not self._move(self._services.screens.finish, screen_inquiry_id) or view is None:
            return
        self._registration.register_screen(
            screen_inquiry_id,
            self.tr("%1 · %2").replace("%1", view.screen).replace("%2", view.from_branch),
            view.accepted_at or view.forwarded_at,
            view.service_id,
        )

    def cancel(self, screen_inquiry_id: object) -> None:
        """The citizen left (library), or nobody came to the screen (caseworker)."""
        if self._move(self._services.screens.cancel, screen_inquiry_id):
            self.said.emit(self.tr("Screen inquiry cancelled."))

    def _move(self, move: Callable[[uuid.UUID], None], screen_inquiry_id: object) -> bool:
        if not isinstance(screen_inquiry_id, uuid.UUID):
            return False
        try:
            move(screen_inquiry_id)
        except (ScreenRuleError, LookupError) as exc:
            log.info("screen inquiry move refused: %s", exc)
            text = self.tr("That is no longer possible: the screen inquiry has moved on.")
            if self.queue_panel is not None:
                self.queue_panel.say(text)
            else:
                self.said.emit(text)
            self.changed.emit()
            return False
        self.changed.emit()
        return True

    def _window(self) -> QWidget | None:
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def close(self) -> None:
        """Stop work in flight (the window is closing)."""
        self._work.cancel_all()

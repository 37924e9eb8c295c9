"""The desk window: composes the top bar, the queue panel and the serving panel, and turns
their requests into use cases."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.org import DeskKind, Resource
from counter_app.domain.tickets import TicketRuleError
from counter_app.protocol.messages import MutationResult
from counter_app.services.desk_services import DeskServices
from counter_app.services.ticket_dispenser import CannotIssueError, IssuedTicket
from counter_app.services.ticket_work import CallOutcome, OfflineError
from counter_app.services.views import TicketView
from counter_app.sync.engine import SyncStatus
from counter_app.ui.background import BackgroundWork
from counter_app.ui.booking_flow import BookingFlow
from counter_app.ui.catalogue_dialog import CatalogueDialog
from counter_app.ui.check_in_dialog import CheckInDialog
from counter_app.ui.check_in_flow import CheckInFlow
from counter_app.ui.checklist_panel import CHECKLIST_STYLE
from counter_app.ui.day_list_panel import DayListPanel
from counter_app.ui.five_minute_prompt import PROMPT_STYLE
from counter_app.ui.help_menu import ConnectionSetup, HelpMenu
from counter_app.ui.queue_panel import QueuePanel
from counter_app.ui.receipt import NoPrinter, SlipPrinter
from counter_app.ui.refused_bookings import RefusedBookingsBar
from counter_app.ui.refused_changes_bar import RefusedChangesBar
from counter_app.ui.registration_flow import RegistrationFlow
from counter_app.ui.screen_flow import ScreenFlow
from counter_app.ui.serving_panel import ServingPanel
from counter_app.ui.serving_timer import TIMER_STYLE
from counter_app.ui.sign_in import StaffSignIn
from counter_app.ui.style import DESK_STYLE, fitted
from counter_app.ui.summons_bar import SummonsBar
from counter_app.ui.sync_backlog_bar import SyncBacklogBar
from counter_app.ui.sync_bridge import SyncBridge
from counter_app.ui.top_bar import TopBar
from counter_app.ui.transfer_dialog import TransferDialog

if TYPE_CHECKING:
    from counter_app.ui.statistics_window import StatisticsWindow

log = logging.getLogger(__name__)

PRESENCE_DELAY_MS = 800  # a few checkbox clicks in a row are sent as one change
PRESENCE_REPEAT_MS = 10 * 60 * 1000  # "still open": the estimate forgets a silent desk
CATALOGUE_SHORTCUT = "Ctrl+Shift+K"
STATISTICS_SHORTCUT = "Ctrl+Shift+R"
# Pulled changes to these tables alone need only the ticket lists shown again.
TICKET_TABLES = frozenset({"ticket"})
BOOK_SHORTCUT = "Ctrl+Shift+B"
HERE_AND_NOW_SHORTCUT = "Ctrl+Shift+H"
REFRESH_EVERY_MS = 60_000
CHECK_IN_SHORTCUT = "Ctrl+Shift+I"
# Desks that see today's appointments, and with whom.
DAY_LIST_RESOURCES = {
    DeskKind.CASEWORKER: Resource.CITIZEN_SERVICE,
    DeskKind.LIBRARIAN: Resource.LIBRARIAN,
}


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
        services: DeskServices,
        bridge: SyncBridge,
        language: str = "da",
        printer: SlipPrinter | None = None,
        parent: QWidget | None = None,
        *,
        connection: ConnectionSetup | None = None,
    ) -> None:
        super().__init__(parent)
        # Delete on close, in the UI thread: left to Python's garbage collector, the window
        # and its timers could be destroyed from whichever thread happens to collect.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._services = services
        self._bridge = bridge
        self.work = BackgroundWork(self)
        self.transfer_dialog: TransferDialog | None = None
        self.catalogue_dialog: CatalogueDialog | None = None
        self.statistics_window: StatisticsWindow | None = None
        self._language = language
        self._ending: TicketView | None = None  # the ticket a call in flight will finish
        self._resource: Resource | None = None  # whose day list it shows; set by refresh()
        view = services.queues.desk()
        self.setWindowTitle(
            self.tr("Counter · %1 · %2")
            .replace("%1", view.branch_name)
            .replace("%2", view.desk_name)
        )
        self.setStyleSheet(fitted(DESK_STYLE + TIMER_STYLE + PROMPT_STYLE + CHECKLIST_STYLE))
        self.top_bar = TopBar(view, services.clock)
        self.kiosk_warning = QLabel()
        self.kiosk_warning.setObjectName("kioskWarning")
        self.kiosk_warning.setWordWrap(True)
        self.kiosk_warning.setAccessibleName(self.tr("Kiosk warning"))
        self.offline_hint = QLabel(
            self.tr(
                "No connection to the server. You can still issue numbers, finish, set aside "
                "and transfer citizens; calling waits for the connection."
            )
        )
        self.offline_hint.setObjectName("offlineHint")
        self.offline_hint.setWordWrap(True)
        self.offline_hint.setAccessibleName(self.tr("Offline"))
        self.queue_panel = QueuePanel(services.clock)
        self.serving_panel = ServingPanel()
        self.flow = RegistrationFlow(services, language, self)
        self.booking = BookingFlow(services, printer or NoPrinter(), self)
        self.screens = ScreenFlow(services, language, self.flow, self)
        self.checking_in = CheckInFlow(services, self)
        self.flow.checklist.set_screen_forwarding(self.screens.forwards)
        self.backlog_bar = SyncBacklogBar()
        self.refused_bar = RefusedBookingsBar()
        self.refusals_bar = RefusedChangesBar()
        self.summons_bar = SummonsBar()
        self.day_list = self._make_day_list()
        self.setCentralWidget(self._body())
        self._add_catalogue_action()
        self.help = HelpMenu(self, lambda: services.catalogue.services(language), connection)
        self.resize(1366, 768)
        self._presence_timer = self._timer(PRESENCE_DELAY_MS, single_shot=True)
        self._presence_repeat = self._timer(PRESENCE_REPEAT_MS, single_shot=False)
        # Time passes while nothing changes: a callback falls due, an appointment is late.
        self._minute = QTimer(self)
        self._minute.timeout.connect(self.refresh)
        self._minute.start(REFRESH_EVERY_MS)
        self._connect(bridge)
        self.show_status(services.sync.status)
        self.refresh()

    def _connect(self, bridge: SyncBridge) -> None:
        """Panels' requests to the window's use cases; the sync engine's news to showing."""
        bridge.changed.connect(self._pulled)
        bridge.status_changed.connect(self.show_status)
        bridge.rejected.connect(self._show_rejected)
        bridge.late.connect(self._show_late)
        self.queue_panel.issue_requested.connect(self.issue)
        self.queue_panel.call_requested.connect(self.call)
        self.queue_panel.queues_changed.connect(self._presence_timer.start)
        self.serving_panel.call_next_requested.connect(self.call_next)
        self.serving_panel.action_requested.connect(self.act)
        self.serving_panel.resume_requested.connect(lambda t: self.act("resume", t))
        self.flow.said.connect(self.serving_panel.say)
        self.flow.changed.connect(self.refresh)
        self.flow.handoff_requested.connect(self.book_appointment)
        self.booking.said.connect(self.serving_panel.say)
        self.booking.booked_for_ticket.connect(self._booked_for_ticket)
        self.booking.moved.connect(self.refresh)
        self.refused_bar.settled.connect(self._settle_refused)
        self.refusals_bar.seen.connect(self._refusal_seen)
        self.screens.said.connect(self.serving_panel.say)
        self.checking_in.said.connect(self.serving_panel.say)
        self.checking_in.changed.connect(self.refresh)
        self.screens.changed.connect(self.refresh)
        self.screens.book_requested.connect(
            lambda service, bookings: self.booking.open(service, bookings=bookings)
        )
        self.flow.checklist.forward_requested.connect(self.screens.open_forward)
        self.summons_bar.accepted.connect(self.call)
        self.summons_bar.declined.connect(self._decline)

    def _body(self) -> QWidget:
        """Queue and callbacks on the left, the citizen at the desk in the middle, the
        timer, checklist and contacts without a number on the right."""
        left = QVBoxLayout()
        left.addWidget(self.queue_panel, 3)
        left.addWidget(self.day_list, 3)
        if self.screens.panel is not None:
            left.addWidget(self.screens.panel, 3 if self.screens.accepts else 2)
        left.addWidget(self.flow.callbacks, 1)
        timer_box = QGroupBox(self.tr("Time with this citizen"))
        timer_layout = QVBoxLayout(timer_box)
        timer_layout.addWidget(self.flow.timer)
        timer_layout.addWidget(self.flow.prompt)
        right = QVBoxLayout()
        right.addWidget(timer_box)
        right.addWidget(self.flow.checklist, 1)
        body = QHBoxLayout()
        # A caseworker's screen queue has six columns: the left side gets more room.
        wide = self.screens.queue_panel is not None
        body.addLayout(left, 6 if wide else 5)
        body.addWidget(self.serving_panel, 3)
        body.addLayout(right, 3 if wide else 4)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 8)
        layout.addWidget(self.top_bar)
        layout.addWidget(self.kiosk_warning)
        layout.addWidget(self.offline_hint)
        layout.addWidget(self.backlog_bar)
        layout.addWidget(self.refused_bar)
        layout.addWidget(self.refusals_bar)
        layout.addWidget(self.summons_bar)
        layout.addLayout(body, 1)
        layout.addWidget(self.flow.contact_bar)
        return central

    def _add_catalogue_action(self) -> None:
        menu = self.menuBar().addMenu(self.tr("&Desk"))
        action = QAction(self.tr("Service catalogue…"), self)
        action.setShortcut(QKeySequence(CATALOGUE_SHORTCUT))
        action.triggered.connect(self.open_catalogue)
        menu.addAction(action)
        statistics = QAction(self.tr("Statistics…"), self)
        statistics.setShortcut(QKeySequence(STATISTICS_SHORTCUT))
        statistics.triggered.connect(self.open_statistics)
        menu.addAction(statistics)
        fetch = QAction(self.tr("Ask a librarian to take the citizen now"), self)
        fetch.setShortcut(QKeySequence(HERE_AND_NOW_SHORTCUT))
        fetch.triggered.connect(self.here_and_now)
        menu.addAction(fetch)
        book = QAction(self.tr("Book an appointment…"), self)
        book.setShortcut(QKeySequence(BOOK_SHORTCUT))
        book.triggered.connect(self.book_appointment)
        menu.addAction(book)
        register = QAction(self.tr("Register a contact"), self)
        register.triggered.connect(self.flow.register_contact)
        menu.addAction(register)
        check_in = QAction(self.tr("Check in an appointment…"), self)
        check_in.setShortcut(QKeySequence(CHECK_IN_SHORTCUT))
        check_in.triggered.connect(self.open_check_in)
        menu.addAction(check_in)
        menu.addSeparator()
        self.sign_in = StaffSignIn(self._services.staff, menu, self.top_bar, self.work, self)
        self.sign_in.changed.connect(self._signed_in_changed)

    def book_appointment(self) -> None:
        """Book the citizen being served an appointment (the handoff), or, with nobody
        at the desk, a citizen on the phone."""
        served = self.flow.serving
        if served is None:
            self.booking.open()
            return
        self.booking.open(
            self.flow.checklist.chosen, ticket_id=served.ticket_id, ticket_label=served.label
        )

    def _booked_for_ticket(self, ticket_id: object) -> None:
        if not isinstance(ticket_id, uuid.UUID):
            return
        self.flow.booked(ticket_id)
        current = self.serving_panel.current
        if current is not None and current.id == ticket_id:
            self.act("finish", ticket_id)  # the citizen leaves with the appointment

    def _appointment_move(self, appointment_id: object) -> None:
        if isinstance(appointment_id, uuid.UUID):
            view = self._services.arrivals.appointment(appointment_id, self._language)
            if view is not None:
                self.booking.open(moving=view)

    def here_and_now(self) -> None:
        """Ask an idle librarian to take the citizen at this desk at once; they accept or
        decline at their desk. With nobody free, say so (booking is the way then)."""
        current = self.serving_panel.current
        if current is None:
            self.serving_panel.say(self.tr("Call the citizen to your desk first."))
            return
        queues = self._services.queues
        librarians = queues.idle_desks(DeskKind.LIBRARIAN)
        queue = next((q for q in queues.queues() if q.resource is Resource.LIBRARIAN), None)
        if not librarians or queue is None:
            self.serving_panel.say(
                self.tr("No librarian is free now: book one instead (Ctrl+Shift+B).")
            )
            return
        asked = librarians[0]
        note = self.tr("Here and now from %1").replace("%1", queues.desk().desk_name)
        try:
            self._services.work.transfer(
                current.id, queue.id, desk_id=asked.id, note=note, summon=True
            )
        except (TicketRuleError, LookupError) as exc:
            self.serving_panel.say(str(exc))
        else:
            self.serving_panel.say(
                self.tr("%1 is asked to take %2 now; the citizen waits for the answer.")
                .replace("%1", asked.name)
                .replace("%2", current.label)
            )
        self.refresh()

    def _decline(self, ticket_id: object) -> None:
        if isinstance(ticket_id, uuid.UUID):
            try:
                self._services.work.decline(ticket_id)
            except LookupError:
                self.serving_panel.say(self.tr("That request is no longer waiting."))
            self.refresh()

    def _settle_refused(self, number: int) -> None:
        self._services.bookings.settle_refused(number)
        self.refresh()

    def _refusal_seen(self, number: int) -> None:
        self._services.refusals.seen(number)
        self.refresh()

    def open_catalogue(self) -> None:
        """The manager's catalogue editor (changes sync to every desk)."""
        if self.catalogue_dialog is not None:
            self.catalogue_dialog.raise_()
            return
        dialog = CatalogueDialog(self._services.catalogue, self._language, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.refresh)
        dialog.finished.connect(lambda _code: setattr(self, "catalogue_dialog", None))
        self.catalogue_dialog = dialog
        dialog.open()

    def _signed_in_changed(self) -> None:
        if self.statistics_window is not None:
            self.statistics_window.filters.refresh_manager()

    def open_statistics(self) -> None:
        """The statistics: the branch's day for anyone, everything for a manager."""
        if self.statistics_window is not None:
            self.statistics_window.raise_()
            return
        # Loaded when first opened: its charts (pyqtgraph) would slow every desk's start.
        from counter_app.ui.statistics_window import StatisticsWindow  # noqa: PLC0415

        window = StatisticsWindow(self._services.statistics, self._language, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.finished.connect(lambda _code: setattr(self, "statistics_window", None))
        self.statistics_window = window
        window.open()

    # -- appointments ----------------------------------------------------------------------

    def _make_day_list(self) -> DayListPanel:
        panel = DayListPanel()
        panel.hide()  # shown by refresh() on caseworker and librarian desks
        panel.call_requested.connect(self.call)
        panel.no_show_requested.connect(self._appointment_no_show)
        panel.cancel_requested.connect(self._appointment_cancel)
        panel.move_requested.connect(self._appointment_move)
        return panel

    def open_check_in(self) -> None:
        """A citizen with an appointment at the counter: find it and give them a ticket."""
        self.checking_in.open()

    @property
    def check_in_dialog(self) -> CheckInDialog | None:
        """The check-in dialog while it is open."""
        return self.checking_in.dialog

    def _appointment_no_show(self, appointment_id: uuid.UUID) -> None:
        self._move_appointment(self._services.arrivals.no_show, appointment_id)

    def _appointment_cancel(self, appointment_id: uuid.UUID) -> None:
        self._move_appointment(self._services.arrivals.cancel, appointment_id)

    def _move_appointment(
        self, move: Callable[[uuid.UUID], None], appointment_id: uuid.UUID
    ) -> None:
        try:
            move(appointment_id)
        except (ValueError, LookupError) as exc:
            self.serving_panel.say(
                self.tr("The appointment could not be changed: %1").replace("%1", str(exc))
            )
        else:
            self.serving_panel.say("")
        self.refresh()

    def _day_list_resource(self) -> Resource | None:
        """Whose appointments this desk lists (None: the desk has no day list)."""
        return DAY_LIST_RESOURCES.get(self._services.catalogue.desk_kind())

    def _timer(self, interval_ms: int, *, single_shot: bool) -> QTimer:
        """A timer that tells the branch this desk is open (and which queues it serves)."""
        timer = QTimer(self)
        timer.setSingleShot(single_shot)
        timer.setInterval(interval_ms)
        timer.timeout.connect(self._send_presence)
        return timer

    # -- showing ---------------------------------------------------------------------------

    def _pulled(self, tables: list[str]) -> None:
        """Rows came from the server. When only tickets changed (the busy path: every
        ticket drawn or called in the branch) only what shows tickets is read again."""
        if set(tables) <= TICKET_TABLES:
            # The desk's kind (whose day list it shows) changes only with the desk table,
            # which takes the full refresh.
            self._show_tickets(self._resource)
            self.refreshed.emit()
        else:
            self.refresh()

    def _show_tickets(self, resource: Resource | None) -> None:
        hall = self._services.queues.hall()
        self.queue_panel.show_queues(hall.queues, prefer=resource)
        self.queue_panel.show_tickets(hall.waiting)
        self.serving_panel.show_called(hall.current)
        self.flow.show_ticket(hall.current)
        self.serving_panel.show_parked(hall.parked)
        self.summons_bar.show_summons(hall.summons)

    def refresh(self) -> None:
        """Show the local database as it is now."""
        queues = self._services.queues
        resource = self._resource = self._day_list_resource()
        self._show_tickets(resource)
        self.flow.refresh()
        self.refused_bar.show_refused(self._services.bookings.refused())
        self.refusals_bar.show_refused(self._services.refusals.pending())
        if resource is not None:
            self.day_list.show_day(
                self._services.arrivals.day_list(resource, self._language),
                self._services.clock(),
            )
        self.day_list.setVisible(resource is not None)
        self.screens.refresh()
        self._show_backlog(self._services.sync.status)
        problems = queues.kiosk_problems()
        self.kiosk_warning.setText(
            "\n".join(
                self.tr("%1 cannot print tickets (%2): citizens must remember their number.")
                .replace("%1", p.desk_name)
                .replace("%2", p.detail or p.problem)
                for p in problems
            )
        )
        self.kiosk_warning.setVisible(bool(problems))
        self.refreshed.emit()

    def show_status(self, status: SyncStatus) -> None:
        """Online or not, in the top bar and, when offline, what still works."""
        self.top_bar.show_status(status)
        mobile = self._show_backlog(status)
        self.offline_hint.setVisible(not status.online and not mobile)
        self.screens.show_status(status)

    def _show_backlog(self, status: SyncStatus) -> bool:
        """What waits to be sent (always on a book bus); whether the desk is mobile."""
        backlog = self._services.backlog.backlog()
        self.backlog_bar.show_backlog(backlog, status, self._services.clock())
        return backlog.mobile

    def showEvent(self, event: QShowEvent) -> None:
        """An open window is an open desk: the waiting estimate counts it."""
        super().showEvent(event)
        self._send_presence()
        self._presence_repeat.start()

    def _send_presence(self) -> None:
        self._services.work.set_presence(
            open_=True, queue_ids=self.queue_panel.selected_queue_ids()
        )

    # -- issuing ---------------------------------------------------------------------------

    def issue(self, queue_id: uuid.UUID) -> None:
        """Give a citizen at the counter a number (the server's, or this desk's own)."""
        self.work.run(
            self._services.dispenser.draw(queue_id),
            on_success=self._issued,
            on_failure=self._issue_failed,
        )

    def _issued(self, ticket: IssuedTicket) -> None:
        text = self.tr("Issued %1.").replace("%1", ticket.label)
        if ticket.offline:
            text += " " + self.tr("Numbered by this desk: the server could not be reached.")
        self.serving_panel.say(text)
        self.refresh()

    def _issue_failed(self, error: BaseException) -> None:
        if not isinstance(error, CannotIssueError):
            log.error("issuing a ticket failed", exc_info=error)
        self.serving_panel.say(self.tr("No number could be given: %1").replace("%1", str(error)))
        self.refresh()

    # -- calling ---------------------------------------------------------------------------

    def call_next(self) -> None:
        """Ask the server for the next citizen; the answer comes back in well under a second."""
        queue_ids = self.queue_panel.selected_queue_ids()
        if not queue_ids:
            self.serving_panel.say(self.tr("Choose at least one queue to call from."))
            return
        self._ending = self.serving_panel.current
        self._start_call(self._services.work.call_next(queue_ids))

    def call(self, ticket_id: uuid.UUID) -> None:
        """Call one waiting ticket out of turn."""
        self._ending = self.serving_panel.current
        self._start_call(self._services.work.call(ticket_id))

    def _start_call(self, work: Coroutine[Any, Any, CallOutcome]) -> None:
        if not self.serving_panel.call_next.isEnabled():
            work.close()  # a call is on its way already
            return
        self.serving_panel.set_busy(True)
        self.queue_panel.call_chosen.setEnabled(False)
        self.serving_panel.say("")
        self.work.run(work, on_success=self._called, on_failure=self._call_failed)

    def _called(self, outcome: CallOutcome) -> None:
        self._call_done()
        ending, self._ending = self._ending, None
        if outcome.ticket_label is not None:
            # The server ended the citizen who was at the desk: register them now.
            self.flow.ending(ending)
        if outcome.ticket_label is None:
            if outcome.reason == "no_waiting_ticket":
                self.serving_panel.say(self.tr("Nobody is waiting in your queues."))
            else:
                self.serving_panel.say(
                    self.tr("Not called: %1").replace("%1", outcome.detail or outcome.reason or "")
                )
        self.refresh()

    def _call_failed(self, error: BaseException) -> None:
        self._call_done()
        self._ending = None
        if isinstance(error, OfflineError):
            self.serving_panel.say(
                self.tr(
                    "No connection to the server. Calling the next citizen needs the "
                    "server, so that two desks never call the same person. Try again shortly."
                )
            )
        else:
            log.error("calling failed", exc_info=error)
            self.serving_panel.say(self.tr("Call next failed: %1").replace("%1", str(error)))

    def _call_done(self) -> None:
        self.serving_panel.set_busy(False)
        self.queue_panel.call_chosen.setEnabled(True)

    # -- the citizen at the desk -----------------------------------------------------------

    def act(self, action: str, ticket_id: uuid.UUID) -> None:
        """Recall, start, finish, no-show, park, resume or (via a dialog) transfer."""
        if action == "transfer":
            self._ask_transfer(ticket_id)
            return
        work = self._services.work
        moves = {
            "recall": work.recall,
            "start": work.start,
            "finish": work.finish,
            "no_show": work.no_show,
            "park": work.park,
            "resume": work.resume,
        }
        leaving = self.serving_panel.current
        try:
            moves[action](ticket_id)
        except (TicketRuleError, LookupError) as exc:
            self.serving_panel.say(str(exc))
        else:
            self.serving_panel.say("")
            if action == "finish" and leaving is not None and leaving.id == ticket_id:
                self.flow.ending(leaving)
        self.refresh()

    def _ask_transfer(self, ticket_id: uuid.UUID) -> None:
        current = self.serving_panel.current
        dialog = TransferDialog(
            current.label if current else "",
            self._services.queues.queues(),
            self._services.queues.transfer_desks(),
            self,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.chosen.connect(
            lambda queue_id, desk_id, note: self._transfer(ticket_id, queue_id, desk_id, note)
        )
        self.transfer_dialog = dialog
        dialog.finished.connect(lambda _code: setattr(self, "transfer_dialog", None))
        dialog.open()  # not exec(): a nested event loop would stall qasync's tasks

    def _transfer(
        self, ticket_id: uuid.UUID, queue_id: uuid.UUID, desk_id: uuid.UUID | None, note: str
    ) -> None:
        try:
            self._services.work.transfer(ticket_id, queue_id, desk_id=desk_id, note=note)
        except (TicketRuleError, LookupError) as exc:
            self.serving_panel.say(str(exc))
        self.refresh()

    # -- answers that come later -----------------------------------------------------------

    def _show_rejected(self, _results: list[MutationResult]) -> None:
        """Refused changes wait in the outbox: the bars over the desk show each one with
        what to do (bookings with the citizen's contact and free slots)."""
        self.refresh()

    def _show_late(self, results: list[MutationResult]) -> None:
        labels = ", ".join(str(r.result.get("label", "")) for r in results)
        self.serving_panel.say(
            self.tr("%1 was called to your desk after all.").replace("%1", labels)
        )
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Close the desk (the estimate stops counting it), stop background work, say so."""
        self._presence_timer.stop()
        self._presence_repeat.stop()
        self._minute.stop()
        try:
            self._services.work.set_presence(open_=False, queue_ids=[])
        except Exception:  # closing must never fail; the next start reports again
            log.exception("could not record that the desk closed")
        self.work.cancel_all()
        self.screens.close()
        self.checking_in.close()
        self._bridge.detach()
        self.closed.emit()
        super().closeEvent(event)

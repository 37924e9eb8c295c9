"""The ticket kiosk at the door: a citizen touches a queue and gets a number.

What the citizen sees: the start page with one large button per queue (its wait
below), then the number, huge, while the slip prints. A citizen with an appointment
touches "I have an appointment" below the queues instead, types the booking code or the
phone number they booked with, and gets a number the same way, checked in. The screen
never waits for the printer (it prints in a worker thread) and never dies: a number that
cannot be printed is shown to remember, a number that cannot be drawn gets an apology,
and every page goes back to the start by itself.

Staff and IT close the kiosk with **Ctrl+Shift+Q** (:data:`CLOSE_SHORTCUT`); there is no
close button a citizen could touch. The caller shows the window full screen.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from counter_app.domain.timezone import to_local
from counter_app.services.booking_desk import AppointmentView
from counter_app.services.desk_services import DeskServices
from counter_app.services.ticket_dispenser import CannotIssueError, IssuedTicket
from counter_app.ui.background import BackgroundWork
from counter_app.ui.kiosk_check_in import CHECK_IN_STYLE, CheckInPage
from counter_app.ui.kiosk_pages import (
    MessagePage,
    ReceiptPage,
    StartPage,
    receipt_wait_text,
    wait_text,
)
from counter_app.ui.receipt_printers import PrinterProblem, Receipt, ReceiptPrinter
from counter_app.ui.style import KIOSK_STYLE, scaled
from counter_app.ui.sync_bridge import SyncBridge

log = logging.getLogger(__name__)

CLOSE_SHORTCUT = "Ctrl+Shift+Q"  # staff and IT only: the kiosk has no visible close button

# Events that mean someone is at the screen: they restart the idle timer.
_ACTIVITY = {
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.KeyPress,
}

STYLE = KIOSK_STYLE + CHECK_IN_STYLE  # scaled to the screen by the window


def style_factor(width: int, height: int) -> float:
    """How much larger than at 1280×800 the texts are on a ``width``×``height`` screen:
    0.8 (1024×768) to 1.5, in steps of 0.05."""
    factor = min(width / 1280, height / 800)
    return round(min(max(factor, 0.8), 1.5) * 20) / 20


class KioskWindow(QWidget):
    """The kiosk's one window. It adapts; the services decide.

    The times are seconds and keyword arguments so tests can shorten them:
    ``receipt_seconds`` the receipt stays, ``guard_seconds`` touches on a new receipt are
    ignored (a double touch must not end up drawing a second ticket), ``start_guard_seconds``
    touches on the queue buttons are ignored after "Done" (a double touch on "Done" must
    not draw a ticket from the button beneath it), ``idle_seconds``
    without a touch any page goes back to the start, ``apology_seconds`` the apology for
    a failed draw stays, ``not_found_seconds`` "no appointment found" stays unless the
    citizen types again.

    Signals:
        closed(): the window was closed (the program then stops syncing and exits).
        page_changed(str): "start", "check_in", "receipt" or "message" is shown now.
        printing_done(): a receipt was printed, or failed to print (the page says which).
    """

    closed = Signal()
    page_changed = Signal(str)
    printing_done = Signal()

    def __init__(
        self,
        services: DeskServices,
        bridge: SyncBridge,
        printer: ReceiptPrinter,
        language: str,
        parent: QWidget | None = None,
        *,
        receipt_seconds: float = 12.0,
        guard_seconds: float = 1.5,
        start_guard_seconds: float = 0.6,
        idle_seconds: float = 60.0,
        apology_seconds: float = 6.0,
        not_found_seconds: float = 20.0,
    ) -> None:
        super().__init__(parent)
        # Delete on close, in the UI thread: left to Python's garbage collector, the window
        # and its timers could be destroyed from whichever thread happens to collect.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._services = services
        self._bridge = bridge
        self._printer = printer
        self._language = language
        self._receipt_ms = round(receipt_seconds * 1000)
        self._guard_seconds = guard_seconds
        self._start_guard_seconds = start_guard_seconds
        self._start_ready_at = 0.0  # monotonic time from which queue touches count
        self._apology_ms = round(apology_seconds * 1000)
        self._not_found_ms = round(not_found_seconds * 1000)
        self.work = BackgroundWork(self)
        self._drawing = False
        self._refresh_wanted = False
        self._receipt_shown_at = 0.0
        self._ticket: IssuedTicket | None = None  # the ticket on the receipt page
        self._problem = self._own_problem()  # what the desks were last told about printing

        desk = services.queues.desk()
        self.setWindowTitle(self.tr("Take a number · %1").replace("%1", desk.branch_name))
        self.setObjectName("kiosk")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self._style_factor = 1.0
        self.setStyleSheet(STYLE)
        self.start_page = StartPage(desk.branch_name)
        self.check_in_page = CheckInPage()
        self.receipt_page = ReceiptPage()
        self.message_page = MessagePage()
        self.pages = QStackedWidget()
        self._lay_out()

        self._back_timer = QTimer(self)
        self._back_timer.setSingleShot(True)
        self._back_timer.timeout.connect(self.show_start)
        self._idle_timer = QTimer(self)
        self._idle_timer.setSingleShot(True)
        self._idle_timer.setInterval(round(idle_seconds * 1000))
        self._idle_timer.timeout.connect(self._idle)
        self._close_shortcut = QShortcut(QKeySequence(CLOSE_SHORTCUT), self)
        self._close_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._close_shortcut.activated.connect(self.close)
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)  # every touch or key, whichever widget gets it

        self._connect_pages()
        bridge.changed.connect(self._changed)
        self.refresh()
        self._idle_timer.start()

    def _connect_pages(self) -> None:
        self.start_page.queue_chosen.connect(self.draw)
        self.start_page.check_in_chosen.connect(self.show_check_in)
        self.check_in_page.submitted.connect(self.check_in)
        self.check_in_page.back.connect(self._back_touched)
        self.check_in_page.edited.connect(self._typing)
        self.receipt_page.done.connect(self._done_touched)

    def _lay_out(self) -> None:
        pages = (self.start_page, self.check_in_page, self.receipt_page, self.message_page)
        for page in pages:
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.resize(1280, 800)

    # -- the start page ----------------------------------------------------------------

    def refresh(self) -> None:
        """Show the queues and their waits as the local database has them now."""
        if self._drawing:
            self._refresh_wanted = True  # after the draw: the buttons must stay as touched
            return
        self._refresh_wanted = False
        self.start_page.show_queues(self._services.queues.queues(), self._language)

    def _changed(self, _tables: list[str]) -> None:
        self.refresh()

    def show_start(self) -> None:
        """Back to the queue buttons, fresh."""
        self._back_timer.stop()
        self._ticket = None
        self.start_page.set_enabled_buttons(True)
        self.check_in_page.reset()  # the last citizen's code or phone number goes
        self.refresh()
        self.start_page.scroll_area.verticalScrollBar().setValue(0)
        self._show(self.start_page, "start")

    # -- drawing a ticket --------------------------------------------------------------

    def draw(self, queue_id: uuid.UUID) -> None:
        """Draw a number in ``queue_id`` (one at a time: touches meanwhile do nothing)."""
        if self._drawing or self.pages.currentWidget() is not self.start_page:
            return
        if time.monotonic() < self._start_ready_at:
            return  # the second half of a double touch on "Done"
        self._drawing = True
        self.start_page.set_enabled_buttons(False)
        self.start_page.say(self.tr("One moment…"))
        self.work.run(
            self._services.dispenser.draw(queue_id),
            on_success=self._issued,
            on_failure=self._draw_failed,
        )

    def _issued(self, ticket: IssuedTicket) -> None:
        queue = self._queue_label(ticket.queue_id)
        wait = ticket.expected_wait
        self._give(ticket, queue, wait_text(wait), receipt_wait_text(wait))

    def _give(self, ticket: IssuedTicket, queue: str, wait: str, receipt_wait: str) -> None:
        """Show the number with ``queue`` and ``wait`` under it; print it."""
        self._drawing = False
        self._ticket = ticket
        self.check_in_page.set_busy(False)
        self.receipt_page.show_ticket(ticket.label, queue, wait, offline=ticket.offline)
        self._receipt_shown_at = time.monotonic()
        self._show(self.receipt_page, "receipt")
        self._back_timer.start(self._receipt_ms)
        receipt = Receipt(
            branch_name=self.start_page.branch.text(),
            label=ticket.label,
            queue_label=queue,
            expected_wait=receipt_wait,
            issued_at=ticket.issued_at,
            offline=ticket.offline,
        )
        self.work.run(
            asyncio.to_thread(self._printer.print_receipt, receipt),
            on_success=lambda _: self._printed(ticket),
            on_failure=lambda error: self._not_printed(ticket, error),
        )
        if self._refresh_wanted:
            self.refresh()

    def _draw_failed(self, error: BaseException) -> None:
        self._drawing = False
        if isinstance(error, CannotIssueError):
            log.warning("the kiosk could not issue a ticket: %s", error)
        else:
            log.error("drawing a ticket failed", exc_info=error)
        self.start_page.set_enabled_buttons(True)
        self.check_in_page.reset()
        self.message_page.say(self.tr("Sorry, no number could be given. Please ask at the desk."))
        self._show(self.message_page, "message")
        self._back_timer.start(self._apology_ms)

    def _queue_label(self, queue_id: uuid.UUID) -> str:
        button = self.start_page.buttons.get(queue_id)
        if button is not None:
            return button.label.text()
        for queue in self._services.queues.queues():
            if queue.id == queue_id:
                return queue.kiosk_label(self._language)
        return ""

    # -- checking in for an appointment -----------------------------------------------

    def show_check_in(self) -> None:
        """The page where a citizen with an appointment types the code or phone number."""
        if self._drawing or self.pages.currentWidget() is not self.start_page:
            return
        if time.monotonic() < self._start_ready_at:
            return  # the second half of a double touch on "Done" or "Back"
        self.check_in_page.reset()
        self._show(self.check_in_page, "check_in")

    def check_in(self, text: str) -> None:
        """Check in the citizen's next appointment today with the booking code or phone
        number ``text`` (one at a time: touches meanwhile do nothing). A phone number is
        looked up on the server: the kiosk keeps no citizen's contact."""
        if self._drawing or self.pages.currentWidget() is not self.check_in_page:
            return
        self._back_timer.stop()
        self._drawing = True
        self.check_in_page.set_busy(True)
        self.work.run(
            self._services.arrivals.find_at_kiosk(text),
            on_success=self._found,
            on_failure=self._lookup_failed,
        )

    def _lookup_failed(self, error: BaseException) -> None:
        if not isinstance(error, ConnectionError):
            self._draw_failed(error)  # the local database: the apology, not a dead screen
            return
        log.warning("the kiosk could not look up a phone number: %s", error)
        self._drawing = False
        self.check_in_page.cannot_look_up()
        self._back_timer.start(self._not_found_ms)

    def _found(self, found: list[AppointmentView]) -> None:
        if not found:
            self._drawing = False
            self.check_in_page.not_found()
            self._back_timer.start(self._not_found_ms)
            return
        appointment = found[0]  # two today (the same phone): the next by time
        self.work.run(
            self._services.arrivals.check_in(appointment.id),
            on_success=lambda ticket: self._checked_in(ticket, appointment),
            on_failure=self._draw_failed,
        )

    def _checked_in(self, ticket: IssuedTicket, appointment: AppointmentView) -> None:
        at = f"{to_local(appointment.starts_at):%H:%M}"
        #: %1 is the queue (Borgerservice), %2 the time of the appointment (10:00)
        queue = (
            self.tr("%1 · appointment at %2")
            .replace("%2", at)
            .replace("%1", self._queue_name(ticket.queue_id))
        )
        # Called by the appointment's time, not the queue's wait: no wait is promised.
        self._give(ticket, queue, self.tr("You are checked in"), "")

    def _queue_name(self, queue_id: uuid.UUID) -> str:
        for queue in self._services.queues.queues():
            if queue.id == queue_id:
                return queue.name
        return self._queue_label(queue_id)

    def _back_touched(self) -> None:
        if self._drawing:
            return
        self._start_ready_at = time.monotonic() + self._start_guard_seconds
        self.show_start()

    def _typing(self) -> None:
        """The citizen tries again after "not found": the page stays while they type."""
        self._back_timer.stop()

    # -- printing ----------------------------------------------------------------------

    def _printed(self, ticket: IssuedTicket) -> None:
        if self._ticket is ticket:
            self.receipt_page.printed()
        self._report_problem("", "")
        self.printing_done.emit()

    def _not_printed(self, ticket: IssuedTicket, error: BaseException) -> None:
        if isinstance(error, PrinterProblem):
            log.warning("receipt %s not printed: %s", ticket.label, error)
            kind, detail = str(error.kind), error.message
        else:  # a bug in a printer class must not leave the citizen without a number
            log.error("receipt %s not printed", ticket.label, exc_info=error)
            kind, detail = "failed", f"{type(error).__name__}: {error}"
        if self._ticket is ticket:
            self.receipt_page.not_printed()
            self._back_timer.start(self._receipt_ms)  # time to read the number again
        self._report_problem(kind, detail)
        self.printing_done.emit()

    def _own_problem(self) -> str:
        """The printer problem the desks last heard of from this kiosk ("" for none)."""
        name = self._services.identity.desk_name
        problems = self._services.queues.kiosk_problems()
        return next((p.problem for p in problems if p.desk_name == name), "")

    def _report_problem(self, kind: str, detail: str) -> None:
        """Tell the desks when the printer breaks, changes its fault, or works again."""
        if kind == self._problem:
            return
        try:
            self._services.work.set_presence(open_=True, queue_ids=[], problem=kind, detail=detail)
        except Exception:  # the kiosk goes on; the next receipt tries again
            log.exception("could not tell the desks about the printer")
            return
        self._problem = kind

    # -- pages, touches and time -------------------------------------------------------

    def _show(self, page: QWidget, name: str) -> None:
        self.pages.setCurrentWidget(page)
        # The page, not its first button: a focus frame means "the keyboard is here",
        # and a touch screen should show no button as chosen. Tab moves into the page.
        page.setFocus(Qt.FocusReason.OtherFocusReason)
        self._idle_timer.start()
        self.page_changed.emit(name)

    def _done_touched(self) -> None:
        if time.monotonic() - self._receipt_shown_at < self._guard_seconds:
            return  # the second half of the touch that drew the ticket
        self._start_ready_at = time.monotonic() + self._start_guard_seconds
        self.show_start()

    def _idle(self) -> None:
        if self._drawing:
            self._idle_timer.start()  # the draw ends by itself within seconds
            return
        self.show_start()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Texts grow with the screen, so a large kiosk screen is not mostly empty."""
        factor = style_factor(event.size().width(), event.size().height())
        if factor != self._style_factor:
            self._style_factor = factor
            self.setStyleSheet(scaled(STYLE, factor))
        super().resizeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any touch or key on this window restarts the idle timer."""
        if event.type() in _ACTIVITY and isinstance(watched, QWidget) and watched.window() is self:
            self._idle_timer.start()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        """Stop timers and background work, and say so."""
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._back_timer.stop()
        self._idle_timer.stop()
        self.work.cancel_all()
        self._bridge.detach()
        self.closed.emit()
        super().closeEvent(event)

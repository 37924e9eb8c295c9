"""From serving to registered: the serving timer and the five-minute prompt, the chosen
service's checklist, the registration step when a citizen leaves, contacts without a
ticket, the one-key tally and callbacks. The desk window places the widgets; this
object keeps what belongs to the citizen at the desk and turns requests into use cases.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from counter_app.domain.five_minute import ContinueReason
from counter_app.domain.inquiries import Channel, InquiryRuleError, Outcome
from counter_app.domain.personal_data import PersonalDataError
from counter_app.domain.tickets import TicketState
from counter_app.services.desk_services import DeskServices
from counter_app.services.views import TicketView
from counter_app.ui.callbacks_panel import CallbacksPanel
from counter_app.ui.checklist_panel import ChecklistPanel
from counter_app.ui.contact_bar import ContactBar
from counter_app.ui.five_minute_prompt import FiveMinutePrompt
from counter_app.ui.registration_dialog import Registration, RegistrationDialog
from counter_app.ui.serving_timer import ServingTimer

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Served:
    """The citizen being served (or just served): what the registration needs. A
    citizen at a library's screen has no ticket but the screen inquiry."""

    ticket_id: uuid.UUID | None
    label: str
    started_at: datetime
    service_id: uuid.UUID | None = None
    reason: ContinueReason | None = None
    handed_off: bool = False
    screen_inquiry_id: uuid.UUID | None = None
    channel: Channel = Channel.COUNTER


class RegistrationFlow(QObject):
    """Owns the timer, prompt, checklist, contact bar and callbacks panel of one desk.

    Signals:
        said(str): a short message for the serving panel.
        changed(): something was registered; the window refreshes.
        dialog_opened(object): a registration dialog was opened (for tests and the
            window's screenshot).
        handoff_requested(): the desk wants to book the served citizen an appointment.
    """

    said = Signal(str)
    changed = Signal()
    dialog_opened = Signal(object)
    handoff_requested = Signal()

    def __init__(self, services: DeskServices, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._language = language
        self._serving: Served | None = None
        self._pending: Served | None = None  # left without a registration (Escape)
        self._last_service: uuid.UUID | None = None
        self.dialog: RegistrationDialog | None = None
        self.timer = ServingTimer(services.clock)
        self.prompt = FiveMinutePrompt()
        self.prompt.hide()
        self.checklist = ChecklistPanel()
        self.contact_bar = ContactBar()
        self.callbacks = CallbacksPanel()
        self.timer.limit_reached.connect(self._limit_reached)
        self.prompt.handoff_requested.connect(self._hand_off)
        self.prompt.continued.connect(self._continue)
        self.checklist.service_chosen.connect(self._service_chosen)
        self.contact_bar.register_requested.connect(self.register_contact)
        self.contact_bar.tally_requested.connect(self.tally)
        self.callbacks.finish_requested.connect(self.finish_callback)

    def _window(self) -> QWidget | None:
        # Asked for, not kept: a Python reference to the window from its own child would
        # keep the window's wrapper alive after Qt deleted it.
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    # -- what the window tells us ----------------------------------------------------------

    def refresh(self) -> None:
        """Show the catalogue, limits, callbacks and today's tally as they are now."""
        catalogue = self._services.catalogue
        self.timer.set_limit(catalogue.serving_limit())
        self.checklist.show_services(catalogue.services(self._language))
        self.callbacks.show_callbacks(
            self._services.callbacks.open_callbacks(self._language), self._services.clock()
        )
        self.contact_bar.show_tally(self._services.inquiries.count_today(Channel.PASSING))

    def show_ticket(self, ticket: TicketView | None) -> None:
        """The ticket at the desk changed (or not): run the timer while one is served."""
        serving = (
            ticket is not None
            and ticket.state is TicketState.SERVING
            and ticket.serving_started_at is not None
        )
        if not serving:
            self.timer.stop()
            self.prompt.dismiss()
            return
        assert ticket is not None and ticket.serving_started_at is not None
        if self._serving is None or self._serving.ticket_id != ticket.id:
            self._serving = Served(ticket.id, ticket.label, ticket.serving_started_at)
            self.checklist.clear()
            self.prompt.dismiss()
        elif self._serving.started_at != ticket.serving_started_at:
            self._serving = replace(self._serving, started_at=ticket.serving_started_at)
        self.timer.start(ticket.serving_started_at)  # the same start again changes nothing

    def ending(self, ticket: TicketView | None) -> None:
        """The citizen at the desk is leaving (finish, or call next): register them."""
        if ticket is None:
            return
        served = self._served_for(ticket)
        if served is None:
            return  # called but never served: no inquiry happened (or a no-show)
        self._serving = None
        self.timer.stop()
        self.prompt.dismiss()
        self._pending = served
        self.open_registration(served)

    def _served_for(self, ticket: TicketView) -> Served | None:
        if self._serving is not None and self._serving.ticket_id == ticket.id:
            return self._serving
        if ticket.state is TicketState.SERVING and ticket.serving_started_at is not None:
            return Served(ticket.id, ticket.label, ticket.serving_started_at)
        if ticket.state is TicketState.CALLED and ticket.called_at is not None:
            # Finished straight from "called": the citizen was served without F5.
            return Served(ticket.id, ticket.label, ticket.called_at)
        return None

    # -- the five-minute rule --------------------------------------------------------------

    def _limit_reached(self) -> None:
        limit = self._services.catalogue.serving_limit()
        if limit is None or self._serving is None:
            return
        if self._serving.reason is not None or self._serving.handed_off:
            return  # answered already (the timer restarts when the server's start arrives)
        self.prompt.show_for(self.checklist.chosen, limit)

    def _hand_off(self) -> None:
        if self._serving is not None:
            self.handoff_requested.emit()

    @property
    def serving(self) -> Served | None:
        """The citizen being served at the desk now, if any."""
        return self._serving

    def booked(self, ticket_id: uuid.UUID) -> None:
        """An appointment was booked for the citizen at the desk: they leave with it, and
        their registration says so."""
        if self._serving is not None and self._serving.ticket_id == ticket_id:
            self._serving = replace(self._serving, handed_off=True)

    def _continue(self, reason: object) -> None:
        if self._serving is not None and isinstance(reason, ContinueReason):
            self._serving = replace(self._serving, reason=reason)

    def _service_chosen(self, service: object) -> None:
        service_id = getattr(service, "id", None)
        if self._serving is not None:
            self._serving = replace(self._serving, service_id=service_id)
        if self.prompt.isVisible():
            limit = self._services.catalogue.serving_limit()
            if limit is not None:
                self.prompt.show_for(self.checklist.chosen, limit)

    # -- registering -----------------------------------------------------------------------

    def open_registration(self, served: Served | None = None) -> None:
        """Ask what a served citizen came for and how it ended (or, with no ticket, a
        contact by phone, mail, social media or in passing)."""
        if self.dialog is not None:
            self.dialog.raise_()
            self.dialog.activateWindow()
            return
        catalogue = self._services.catalogue
        outcome = Outcome.APPOINTMENT_BOOKED if served is not None and served.handed_off else None
        dialog = RegistrationDialog(
            catalogue.services(self._language),
            catalogue.authorities(self._language),
            catalogue.callback_groups(self._language),
            clock=self._services.clock,
            started_at=served.started_at if served else self._services.clock(),
            ticket_label=served.label if served else None,
            channel=served.channel if served else None,
            preselected=(served.service_id if served else None) or self._last_service,
            outcome=outcome or Outcome.RESOLVED,
            parent=self._window(),
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.registered.connect(lambda r: self._store(dialog, served, r))
        dialog.finished.connect(lambda _code: self._closed(served))
        self.dialog = dialog
        dialog.open()  # not exec(): a nested event loop would stall qasync's tasks
        self.dialog_opened.emit(dialog)

    def register_screen(
        self,
        screen_inquiry_id: uuid.UUID,
        label: str,
        started_at: datetime,
        service_id: uuid.UUID | None,
    ) -> None:
        """A caseworker ended a screen call: register it (channel "screen"; the server
        records the library it came from)."""
        served = Served(
            None,
            label,
            started_at,
            service_id=service_id,
            screen_inquiry_id=screen_inquiry_id,
            channel=Channel.SCREEN,
        )
        self._pending = served
        self.open_registration(served)

    def register_contact(self) -> None:
        """F10: the registration left undone (Escape) first, else a contact without ticket."""
        self.open_registration(self._pending)

    def _closed(self, served: Served | None) -> None:
        self.dialog = None
        window = self._window()
        if window is not None:
            # The function keys must work at once again; not every window manager gives
            # the keyboard back to the desk when its dialog closes.
            window.activateWindow()
        if served is not None and self._pending is served:
            self.said.emit(
                self.tr("%1 is not registered yet: press F10 to register it.").replace(
                    "%1", served.label
                )
            )

    def _store(
        self, dialog: RegistrationDialog, served: Served | None, registration: object
    ) -> None:
        assert isinstance(registration, Registration)
        limit = self._services.catalogue.serving_limit() if served else None
        try:
            self._services.inquiries.register(
                channel=registration.channel,
                outcome=registration.outcome,
                started_at=registration.started_at,
                ended_at=registration.ended_at,
                service_ids=registration.service_ids,
                ticket_id=served.ticket_id if served else None,
                screen_inquiry_id=served.screen_inquiry_id if served else None,
                note=registration.note,
                referred_to=registration.referred_to,
                limit_seconds=int(limit.limit.total_seconds()) if limit else None,
                over_limit_reason=served.reason if served else None,
                callback=registration.callback,
            )
        except PersonalDataError as exc:
            dialog.show_error(self._personal_data_text(exc))
            return
        except (InquiryRuleError, ValueError) as exc:
            log.info("registration refused: %s", exc)
            dialog.show_error(self._rule_text(registration))
            return
        if registration.service_ids:
            self._last_service = registration.service_ids[0]
        if served is not None and self._pending is served:
            self._pending = None
        dialog.accept()
        self.said.emit(
            self.tr("Registered %1.").replace("%1", served.label)
            if served
            else self.tr("Contact registered.")
        )
        self.changed.emit()

    def _personal_data_text(self, error: PersonalDataError) -> str:
        texts = {
            "cpr": self.tr(
                "That looks like a CPR number. The counter never stores CPR numbers: leave it out."
            ),
            "name_missing": self.tr("Write the citizen's name."),
            "name_too_long": self.tr("The name is too long."),
            "contact": self.tr(
                "Write a Danish phone number (8 digits) or an e-mail address, "
                "e.g. navn@eksempel.dk."
            ),
        }
        return texts.get(error.kind, str(error))

    def _rule_text(self, registration: Registration) -> str:
        if registration.outcome is Outcome.REFERRED and not registration.referred_to:
            return self.tr("Choose the authority the citizen was referred to.")
        if registration.ended_at < registration.started_at:
            return self.tr("The desk's clock seems wrong: the contact ends before it starts.")
        return self.tr("This registration cannot be saved; check the outcome and the times.")

    def tally(self) -> None:
        """F11: count a quick question in passing with one key."""
        count = self._services.inquiries.tally(Channel.PASSING)
        self.contact_bar.show_tally(count)
        self.said.emit(self.tr("Quick question counted."))
        self.changed.emit()

    def finish_callback(self, callback_id: object) -> None:
        """F12: the citizen has been called back; close the callback and count the call."""
        if not isinstance(callback_id, uuid.UUID):
            return
        now = self._services.clock()
        try:
            self._services.callbacks.finish(callback_id, started_at=now, ended_at=now)
        except LookupError:
            self.said.emit(self.tr("That callback is gone: another desk closed it."))
        else:
            self.said.emit(self.tr("Callback closed and registered."))
        self.changed.emit()

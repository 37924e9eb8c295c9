"""Booking from the desk: the handoff of a served citizen (the five-minute prompt's
Ctrl+B) or a booking by phone (Ctrl+Shift+B), then the slip and the calendar file."""

from __future__ import annotations

import asyncio
import logging
import uuid

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QWidget

from counter_app.domain.org import Resource
from counter_app.services.booking_desk import AppointmentView, BookingDesk
from counter_app.services.desk_services import DeskServices
from counter_app.services.views import ServiceView
from counter_app.ui.background import BackgroundWork
from counter_app.ui.booking_confirmation import (
    booking_slip,
    default_calendar_folder,
    save_calendar_file,
)
from counter_app.ui.booking_dialog import BookingDialog
from counter_app.ui.receipt import PrinterProblem, SlipPrinter

log = logging.getLogger(__name__)


class BookingFlow(QObject):
    """Opens the booking dialog and carries out what it asks for.

    Signals:
        said(str): a short message for the serving panel.
        booked_for_ticket(object): an appointment was booked for the ticket (its id) the
            citizen was served on; the window ends the ticket and registers it.
        dialog_opened(object): a booking dialog was opened.
        moved(): an appointment was moved to another time (the old one cancelled).
    """

    said = Signal(str)
    booked_for_ticket = Signal(object)
    dialog_opened = Signal(object)
    moved = Signal()

    def __init__(self, services: DeskServices, printer: SlipPrinter, parent: QWidget) -> None:
        super().__init__(parent)
        self._services = services
        self._printer = printer
        self._work = BackgroundWork(self)
        self.dialog: BookingDialog | None = None

    def open(
        self,
        service: ServiceView | None = None,
        *,
        ticket_id: uuid.UUID | None = None,
        ticket_label: str | None = None,
        moving: AppointmentView | None = None,
        bookings: BookingDesk | None = None,
    ) -> None:
        """Book for the citizen at the desk (with the service's appointment kind), for one
        on the phone (citizen service, 15 minutes, changeable in the dialog), or another
        time for ``moving``'s citizen (the old appointment is cancelled once booked).
        ``bookings`` books at another branch (see :meth:`BookingDesk.at_branch`)."""
        if self.dialog is not None:
            self.dialog.raise_()
            return
        kind = service.appointment if service is not None else None
        resource = kind.resource if kind else Resource.CITIZEN_SERVICE
        minutes = kind.minutes if kind else 15
        if moving is not None:
            resource, minutes = moving.resource, moving.minutes
        elif bookings is None and self._book_elsewhere(service, ticket_id, ticket_label, resource):
            return
        parent = self.parent()
        dialog = BookingDialog(
            bookings or self._services.bookings,
            resource=resource,
            minutes=minutes,
            service_id=service.id if service else None,
            service_name=service.name if service else "",
            ticket_id=ticket_id,
            ticket_label=ticket_label,
            moving=moving,
            parent=parent if isinstance(parent, QWidget) else None,
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        booked: list[AppointmentView] = []
        dialog.booked.connect(booked.append)
        dialog.print_requested.connect(self.print_slip)
        dialog.calendar_requested.connect(self.save_calendar)
        dialog.finished.connect(lambda _code: self._closed(booked, ticket_id, moving))
        self.dialog = dialog
        dialog.open()
        self.dialog_opened.emit(dialog)

    def _book_elsewhere(
        self,
        service: ServiceView | None,
        ticket_id: uuid.UUID | None,
        ticket_label: str | None,
        resource: Resource,
    ) -> bool:
        """A branch library has no caseworker of its own: borgerservice is booked at the
        main library, from its timetable as the server has it. True if that is under way."""
        receiving = self._services.screens.receiving_branch()
        if receiving is None or self._services.bookings.offer(resource, 15, days=60, count=1):
            return False
        branch_id, name = receiving

        def opened(bookings: BookingDesk) -> None:
            self.open(service, ticket_id=ticket_id, ticket_label=ticket_label, bookings=bookings)

        def failed(error: BaseException) -> None:
            if not isinstance(error, ConnectionError):
                log.error("reading another branch's timetable failed", exc_info=error)
            self.said.emit(
                self.tr(
                    "This branch has no times for that. Booking at %1 needs a connection to "
                    "the server: try again shortly."
                ).replace("%1", name)
            )

        self._work.run(
            self._services.bookings.at_branch(branch_id), on_success=opened, on_failure=failed
        )
        return True

    def _closed(
        self,
        booked: list[AppointmentView],
        ticket_id: uuid.UUID | None,
        moving: AppointmentView | None,
    ) -> None:
        self.dialog = None
        parent = self.parent()
        if isinstance(parent, QWidget):
            parent.activateWindow()  # the function keys work at once again
        if booked and moving is not None:
            self._moved(moving, booked[-1])
        elif booked and ticket_id is not None:
            self.booked_for_ticket.emit(ticket_id)
        elif booked:
            self.said.emit(self.tr("Booked: code %1.").replace("%1", booked[-1].booking_code))

    def _moved(self, old: AppointmentView, new: AppointmentView) -> None:
        try:
            self._services.arrivals.cancel(old.id)
        except (LookupError, ValueError):
            log.info("the old appointment %s was no longer booked", old.id)
        self.said.emit(
            self.tr("Moved: the new code is %1; the old time is free again.").replace(
                "%1", new.booking_code
            )
        )
        self.moved.emit()

    def print_slip(self, view: object) -> None:
        """Print the citizen's slip on the desk's printer (in a worker thread)."""
        if not isinstance(view, AppointmentView):
            return
        slip = booking_slip(view, branch_name=self._branch_name(view))
        self._work.run(
            asyncio.to_thread(self._printer.print_slip, slip),
            on_success=lambda _none: self.said.emit(self.tr("The slip is printed.")),
            on_failure=self._print_failed,
        )

    def _branch_name(self, view: AppointmentView) -> str:
        return view.branch_name or self._services.queues.desk().branch_name

    def _print_failed(self, error: BaseException) -> None:
        if not isinstance(error, PrinterProblem):
            log.error("printing a booking slip failed", exc_info=error)
        self.said.emit(
            self.tr(
                "The slip could not be printed: give the citizen the booking code, or the "
                "calendar file."
            )
        )

    def save_calendar(self, view: object) -> None:
        """Save the appointment's calendar file where staff can attach or send it."""
        if not isinstance(view, AppointmentView):
            return
        try:
            path = save_calendar_file(
                self._services.bookings,
                view,
                branch_name=self._branch_name(view),
                folder=default_calendar_folder(),
            )
        except OSError as exc:
            log.warning("could not save a calendar file: %s", exc)
            self.said.emit(self.tr("The calendar file could not be saved."))
            return
        self.said.emit(self.tr("Calendar file saved: %1").replace("%1", str(path)))

"""What the citizen takes away from a booking at the desk: a printed slip (any printer of
:mod:`receipt_printers`) and a calendar file (.ics) saved for them to send or import.

Texts are translated in the context "BookingSlip"; times are Copenhagen wall-clock time
and the day name comes from the default QLocale (Danish once Danish is installed).
"""

from __future__ import annotations

import re
import uuid
from datetime import timedelta
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths

from counter_app.domain.org import Resource
from counter_app.domain.timezone import to_local
from counter_app.services.booking_desk import AppointmentView
from counter_app.ui.receipt import Gap, LineSize, Rule, Slip, SlipLine, SlipPart

CALENDAR_FOLDER_NAME = "Tidsbestillinger"


class CalendarFiles(Protocol):
    """What :func:`save_calendar_file` needs of the desk (BookingDesk has it)."""

    def calendar_file(
        self, appointment_id: uuid.UUID, *, summary: str, description: str, location: str
    ) -> bytes: ...


def _check_in_text() -> str:
    return QCoreApplication.translate(
        "BookingSlip", "Check in at the kiosk with your booking code, or at KVIK."
    )


def booking_slip(view: AppointmentView, *, branch_name: str) -> Slip:
    """The slip printed for the citizen: where, the booking code, when, with whom."""
    start = to_local(view.starts_at)
    end = to_local(view.starts_at + timedelta(minutes=view.minutes))
    day = QLocale().dayName(start.isoweekday(), QLocale.FormatType.LongFormat)
    #: %1 is the weekday (Monday), %2 the date (26.10.2026)
    date_line = (
        QCoreApplication.translate("BookingSlip", "%1 %2")
        .replace("%1", day[:1].upper() + day[1:])
        .replace("%2", f"{start:%d.%m.%Y}")
    )
    #: %1 is when the appointment starts (10:00), %2 when it ends (10:15)
    time_line = (
        QCoreApplication.translate("BookingSlip", "%1–%2")
        .replace("%1", f"{start:%H:%M}")
        .replace("%2", f"{end:%H:%M}")
    )
    if view.resource is Resource.LIBRARIAN:
        with_whom = QCoreApplication.translate("BookingSlip", "A librarian")
    else:
        with_whom = QCoreApplication.translate("BookingSlip", "Citizen service")
    parts: list[SlipPart] = [
        SlipLine(branch_name, LineSize.MEDIUM, bold=True),
        Rule(),
        SlipLine(QCoreApplication.translate("BookingSlip", "Your appointment")),
        SlipLine(view.booking_code, LineSize.HUGE, bold=True),
        Gap(),
        SlipLine(date_line, LineSize.LARGE, bold=True),
        SlipLine(time_line, LineSize.LARGE, bold=True),
        SlipLine(with_whom),
    ]
    if view.service_name.strip():
        parts.append(SlipLine(view.service_name.strip()))
    if view.citizen_name.strip():
        name = QCoreApplication.translate("BookingSlip", "Booked for %1")
        parts.append(SlipLine(name.replace("%1", view.citizen_name.strip()), LineSize.SMALL))
    if not view.confirmed:
        unconfirmed = QCoreApplication.translate(
            "BookingSlip", "Not confirmed yet: we will contact you if the time cannot be kept."
        )
        parts += [Gap(), SlipLine(unconfirmed, LineSize.SMALL, bold=True)]
    parts += [
        Rule(),
        SlipLine(_check_in_text(), LineSize.SMALL),
        SlipLine(
            QCoreApplication.translate(
                "BookingSlip", "Cancel or move: call the municipality's contact centre."
            ),
            LineSize.SMALL,
        ),
    ]
    return Slip(QCoreApplication.translate("BookingSlip", "Booking slip"), tuple(parts))


def calendar_texts(view: AppointmentView, *, branch_name: str) -> tuple[str, str, str]:
    """The calendar entry's summary, description and location, translated."""
    if view.resource is Resource.LIBRARIAN:
        summary = QCoreApplication.translate("BookingSlip", "Appointment with a librarian")
    else:
        summary = QCoreApplication.translate("BookingSlip", "Appointment with citizen service")
    if view.service_name.strip():
        summary = f"{summary}: {view.service_name.strip()}"
    code = QCoreApplication.translate("BookingSlip", "Booking code: %1")
    description = "\n".join(
        [
            code.replace("%1", view.booking_code),
            _check_in_text(),
            QCoreApplication.translate(
                "BookingSlip", "Cancel or move: call the municipality's contact centre."
            ),
        ]
    )
    return summary, description, branch_name


def save_calendar_file(
    bookings: CalendarFiles, view: AppointmentView, *, branch_name: str, folder: Path
) -> Path:
    """Write ``<folder>/aftale-<CODE>.ics`` for the appointment (the folder is made if
    needed) and return its path; OSError, saying which file, when it cannot be written."""
    summary, description, location = calendar_texts(view, branch_name=branch_name)
    data = bookings.calendar_file(
        view.id, summary=summary, description=description, location=location
    )
    return write_calendar_file(data, booking_code=view.booking_code, folder=folder)


def write_calendar_file(data: bytes, *, booking_code: str, folder: Path) -> Path:
    """The file-writing half of :func:`save_calendar_file`."""
    safe_code = re.sub(r"[^A-Za-z0-9]", "", booking_code) or "booking"
    path = folder / f"aftale-{safe_code}.ics"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    except OSError as error:
        raise OSError(
            error.errno,
            f"the calendar file {path} could not be saved: {error.strerror or error}",
        ) from error
    return path


def default_calendar_folder() -> Path:
    """Documents/Tidsbestillinger of the user (the home folder when there are no
    Documents)."""
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return (Path(documents) if documents else Path.home()) / CALENDAR_FOLDER_NAME

"""The booking slip (Copenhagen times, the code in the biggest size) on the Qt and the
ESC/POS printers, and the calendar file saved for the citizen."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from counter_app.domain.org import Resource
from counter_app.models import AppointmentState
from counter_app.services.booking_desk import AppointmentView, calendar_file
from counter_app.ui.booking_confirmation import (
    booking_slip,
    calendar_texts,
    default_calendar_folder,
    save_calendar_file,
)
from counter_app.ui.receipt_printers import (
    LineSize,
    NoPrinter,
    PrinterProblem,
    ProblemKind,
    QtReceiptPrinter,
    SlipLine,
    printer_from_spec,
)

BRANCH = "Ørestad Bibliotek"
NOW = datetime(2026, 10, 20, 12, 0, tzinfo=UTC)


def appointment(
    *,
    starts_at: datetime = datetime(2026, 10, 26, 9, 0, tzinfo=UTC),  # 10:00 in winter time
    resource: Resource = Resource.CITIZEN_SERVICE,
    service_name: str = "Pas og kørekort",
    confirmed: bool = True,
) -> AppointmentView:
    return AppointmentView(
        id=uuid.UUID("6f1c2d9e-0000-4000-8000-000000000001"),
        booking_code="K7MX4P",
        resource=resource,
        service_name=service_name,
        starts_at=starts_at,
        minutes=15,
        citizen_name="Søren Ærø",
        citizen_contact="soren@example.dk",
        topic="",
        state=AppointmentState.BOOKED,
        confirmed=confirmed,
    )


def texts(view: AppointmentView) -> list[str]:
    return [
        part.text
        for part in booking_slip(view, branch_name=BRANCH).parts
        if isinstance(part, SlipLine)
    ]


@pytest.fixture
def danish_days(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    try:
        yield
    finally:
        QLocale.setDefault(before)


# --- the slip ------------------------------------------------------------------------------


def test_the_slip_has_the_code_huge_and_copenhagen_times(qapp: QApplication) -> None:
    slip = booking_slip(appointment(), branch_name=BRANCH)
    lines = [part for part in slip.parts if isinstance(part, SlipLine)]
    assert SlipLine("K7MX4P", LineSize.HUGE, bold=True) in lines
    assert [line.size for line in lines].count(LineSize.HUGE) == 1
    words = [line.text for line in lines]
    assert words[0] == BRANCH
    assert "Your appointment" in words
    assert any("10:00–10:15" in text for text in words)
    assert any("26.10.2026" in text for text in words)
    assert "Citizen service" in words
    assert "Pas og kørekort" in words
    assert any("Søren Ærø" in text for text in words)
    assert "Check in at the kiosk with your booking code, or at KVIK." in words
    assert "Cancel or move: call the municipality's contact centre." in words
    assert not any("Not confirmed" in text for text in words)


def test_summer_time_and_a_librarian_without_a_service(qapp: QApplication) -> None:
    view = appointment(
        starts_at=datetime(2026, 6, 1, 12, 30, tzinfo=UTC),
        resource=Resource.LIBRARIAN,
        service_name="",
        confirmed=False,
    )
    words = texts(view)
    assert any("14:30–14:45" in text for text in words)
    assert "A librarian" in words
    assert "Citizen service" not in words
    assert any("Not confirmed yet" in text for text in words)


def test_the_day_is_named_in_danish_with_a_danish_locale(danish_days: None) -> None:
    assert any(text.startswith("Mandag") and "26.10.2026" in text for text in texts(appointment()))


# --- printing ------------------------------------------------------------------------------


def test_the_qt_printer_prints_a_booking_slip_to_pdf(qapp: QApplication, tmp_path: Path) -> None:
    target = tmp_path / "slip.pdf"
    QtReceiptPrinter(pdf_path=target).print_slip(booking_slip(appointment(), branch_name=BRANCH))
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 2000


def test_the_escpos_printer_prints_a_booking_slip(qapp: QApplication, tmp_path: Path) -> None:
    device = tmp_path / "lp0"
    device.touch()
    printer_from_spec(f"escpos-file:{device}").print_slip(
        booking_slip(appointment(), branch_name=BRANCH)
    )
    written = device.read_bytes()
    size_2x = b"\x1b!\x30"  # ESC ! with double width and height
    assert b"K7MX4P" in written
    assert written.index(size_2x) < written.index(b"K7MX4P")
    text = written.decode("cp865")
    assert "10:00-10:15" in text  # the en dash the printer lacks, made plain
    assert "Ørestad Bibliotek" in text
    assert written.rstrip(b"\n").endswith(b"\x1dV\x00")  # cut


def test_no_printer_refuses_a_slip_too(qapp: QApplication) -> None:
    with pytest.raises(PrinterProblem) as caught:
        NoPrinter().print_slip(booking_slip(appointment(), branch_name=BRANCH))
    assert caught.value.kind is ProblemKind.NO_PRINTER


# --- the calendar file ---------------------------------------------------------------------


class Bookings:
    """The one thing save_calendar_file asks of a BookingDesk."""

    def __init__(self, view: AppointmentView) -> None:
        self.view = view

    def calendar_file(
        self, appointment_id: uuid.UUID, *, summary: str, description: str, location: str
    ) -> bytes:
        assert appointment_id == self.view.id
        return calendar_file(
            self.view, summary=summary, description=description, location=location, now=NOW
        )


def test_the_calendar_texts(qapp: QApplication) -> None:
    summary, description, location = calendar_texts(appointment(), branch_name=BRANCH)
    assert summary == "Appointment with citizen service: Pas og kørekort"
    assert "K7MX4P" in description
    assert "kiosk" in description
    assert location == BRANCH
    librarian = appointment(resource=Resource.LIBRARIAN, service_name="")
    assert calendar_texts(librarian, branch_name=BRANCH)[0] == "Appointment with a librarian"


def test_the_calendar_file_is_saved_in_copenhagen_time(qapp: QApplication, tmp_path: Path) -> None:
    view = appointment()
    folder = tmp_path / "Dokumenter" / "Tidsbestillinger"  # made when missing
    path = save_calendar_file(Bookings(view), view, branch_name=BRANCH, folder=folder)
    assert path == folder / "aftale-K7MX4P.ics"
    content = path.read_bytes()
    assert b"DTSTART;TZID=Europe/Copenhagen:20261026T100000" in content
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(event["location"]) == BRANCH
    assert "K7MX4P" in str(event["description"])
    assert str(event["summary"]).startswith("Appointment with citizen service")


def test_a_calendar_file_that_cannot_be_written_says_where(
    qapp: QApplication, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("")
    view = appointment()
    with pytest.raises(OSError, match=r"calendar file .*not-a-folder"):
        save_calendar_file(Bookings(view), view, branch_name=BRANCH, folder=blocker / "sub")


def test_the_default_folder_is_tidsbestillinger(qapp: QApplication) -> None:
    folder = default_calendar_folder()
    assert folder.name == "Tidsbestillinger"
    assert folder.is_absolute()

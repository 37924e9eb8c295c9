"""Checking in for an appointment at the kiosk: the booking code (in any case) or the
phone number gives a number in the appointment's queue and checks the appointment in;
the next appointment by time when the phone has two today; a friendly "not found" that
goes back to the start by itself; one ticket however often "Check in" is touched; the
apology when it fails; and screenshots at 1280×800.

Set COUNTER_SCREENSHOT_DIR to keep the screenshots (kiosk_start_check_in.png,
kiosk_check_in.png, kiosk_check_in_not_found.png, kiosk_check_in_receipt.png).
"""

from __future__ import annotations

import asyncio
import os
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from counter_app.app.startup import RunningDesk, start_desk
from counter_app.domain.timezone import to_local
from counter_app.models import AppointmentState
from counter_app.services.ticket_dispenser import IssuedTicket
from counter_app.ui.kiosk_window import KioskWindow
from counter_app.ui.receipt_printers import NoPrinter, Receipt
from tests.ui.conftest import desk_settings
from tests.ui.kiosk_support import (
    appointment_time,
    book_today,
    kiosk_window,
    queue_id,
    start_kiosk,
)
from tests.ui.signals import until, wait_for_condition


def _tr(context: str, text: str) -> str:
    """``text`` as the window shows it (Danish once translated, the English source until)."""
    return QCoreApplication.translate(context, text)


NOT_FOUND = "We cannot find an appointment today with that number. Please ask at KVIK."


class RecordingPrinter:
    """Prints every receipt into a list."""

    def __init__(self) -> None:
        self.receipts: list[Receipt] = []

    def print_receipt(self, receipt: Receipt) -> None:
        self.receipts.append(receipt)

    def describe(self) -> str:
        return "recording test printer"


async def _on_page(window: KioskWindow, page: QWidget) -> None:
    await wait_for_condition(
        window.page_changed, lambda: window.pages.currentWidget() is page, timeout=5.0
    )


async def _start_with_booking(
    tmp_path: Path, code: str = "ACD347"
) -> tuple[RunningDesk, RunningDesk, uuid.UUID]:
    """A KVIK desk, the kiosk, and an appointment today the kiosk has pulled."""
    desk = await start_desk(desk_settings(tmp_path, "KVIK 1"))
    kiosk = await start_kiosk(tmp_path)
    appointment = book_today(tmp_path, code=code)
    await kiosk.sync.pull_all()
    return desk, kiosk, appointment


def _starts_at(kiosk: RunningDesk, appointment: uuid.UUID) -> datetime:
    view = kiosk.services.arrivals.appointment(appointment)
    assert view is not None
    return view.starts_at


def _type_and_check_in(qtbot: QtBot, window: KioskWindow, text: str) -> None:
    """From the start page: "I have an appointment", type ``text``, "Check in"."""
    qtbot.mouseClick(window.start_page.check_in_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.check_in_page
    assert window.focusWidget() is window.check_in_page.input  # type at once
    qtbot.keyClicks(window.check_in_page.input, text)
    qtbot.mouseClick(window.check_in_page.submit_button, Qt.MouseButton.LeftButton)


def test_a_booking_code_in_lower_case_checks_in_and_prints_the_number(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        desk, kiosk, appointment = await _start_with_booking(tmp_path)
        try:
            printer = RecordingPrinter()
            window = kiosk_window(kiosk, printer, guard_seconds=0.0)
            qtbot.addWidget(window)
            with qtbot.waitActive(window):
                window.show()
                window.activateWindow()
            buttons = window.findChildren(QPushButton)
            assert buttons and all(b.accessibleName() for b in buttons)
            assert window.check_in_page.input.accessibleName()

            _type_and_check_in(qtbot, window, "acd347")
            await _on_page(window, window.receipt_page)
            label = window.receipt_page.number.text()
            assert label.startswith("B") and label[1:].isdigit(), label
            starts = to_local(_starts_at(kiosk, appointment))
            expected_queue = (
                _tr("KioskWindow", "%1 · appointment at %2")
                .replace("%2", f"{starts:%H:%M}")
                .replace("%1", "Borgerservice")
            )
            assert window.receipt_page.queue.text() == expected_queue
            assert window.receipt_page.wait.text() == _tr("KioskWindow", "You are checked in")
            await wait_for_condition(
                window.printing_done, lambda: bool(printer.receipts), timeout=5.0
            )
            [receipt] = printer.receipts
            assert (receipt.label, receipt.queue_label, receipt.expected_wait) == (
                label,
                expected_queue,
                "",
            )

            await kiosk.sync.pull_all()
            view = kiosk.services.arrivals.appointment(appointment)
            assert view is not None and view.state is AppointmentState.CHECKED_IN
            await desk.sync.pull_all()
            waiting = desk.services.queues.waiting_tickets()
            assert [t.label for t in waiting] == [label]
            assert kiosk.services.arrivals.find_for_check_in("ACD347") == []  # not twice

            qtbot.mouseClick(window.receipt_page.done_button, Qt.MouseButton.LeftButton)
            assert window.pages.currentWidget() is window.start_page
            assert window.check_in_page.text() == ""  # nothing left for the next citizen
            window.close()
        finally:
            await kiosk.close()
            await desk.close()

    qt_loop.run_until_complete(scenario())


def test_the_phone_number_checks_in_the_next_appointment_by_time(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        kiosk = await start_kiosk(tmp_path)
        later = book_today(tmp_path, code="CDE467", starts_at=appointment_time(timedelta(0)))
        earlier = book_today(
            tmp_path, code="DEF679", starts_at=appointment_time(timedelta(minutes=-30))
        )
        await kiosk.sync.pull_all()
        try:
            window = kiosk_window(kiosk, RecordingPrinter())
            qtbot.addWidget(window)
            window.show()
            _type_and_check_in(qtbot, window, "12345678")
            await _on_page(window, window.receipt_page)
            assert window.receipt_page.number.text().startswith("B")
            await kiosk.sync.pull_all()
            states = [kiosk.services.arrivals.appointment(a) for a in (earlier, later)]
            assert [s.state if s else None for s in states] == [
                AppointmentState.CHECKED_IN,
                AppointmentState.BOOKED,
            ]
            window.close()
        finally:
            await kiosk.close()

    qt_loop.run_until_complete(scenario())


def test_the_kiosk_keeps_no_contact_and_offline_asks_for_the_booking_code(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        kiosk = await start_kiosk(tmp_path)  # it hosts the demo server itself
        appointment = book_today(tmp_path, code="ACD347")
        await kiosk.sync.pull_all()
        try:
            view = kiosk.services.arrivals.appointment(appointment)
            assert view is not None and (view.citizen_name, view.citizen_contact) == ("", "")
            window = kiosk_window(kiosk, RecordingPrinter(), not_found_seconds=30)
            qtbot.addWidget(window)
            window.show()
            assert kiosk.embedded is not None
            kiosk.embedded.stop()  # the server goes away
            kiosk.embedded = None
            page = window.check_in_page
            _type_and_check_in(qtbot, window, "12345678")
            offline = _tr(
                "CheckInPage",
                "We cannot look up phone numbers right now. Please type the booking code "
                "from your confirmation, or ask at KVIK.",
            )
            await until(lambda: page.status.text() == offline)
            assert window.pages.currentWidget() is page and page.submit_button.isEnabled()
            assert page.input.selectedText() == "12345678"  # typing replaces it
            qtbot.keyClicks(page.input, "acd347")  # the code works without the server
            qtbot.keyClick(page.input, Qt.Key.Key_Return)
            await _on_page(window, window.receipt_page)
            assert window.receipt_page.number.text().startswith("B")
            window.close()
        finally:
            await kiosk.close()

    qt_loop.run_until_complete(scenario())


def test_an_unknown_code_is_not_found_and_the_page_goes_back_by_itself(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        kiosk = await start_kiosk(tmp_path)
        book_today(tmp_path, code="ACD347")
        await kiosk.sync.pull_all()
        try:
            window = kiosk_window(
                kiosk, NoPrinter(), start_guard_seconds=0.0, not_found_seconds=0.3
            )
            qtbot.addWidget(window)
            window.show()
            page = window.check_in_page

            _type_and_check_in(qtbot, window, "XXX999")
            await until(lambda: page.status.text() == _tr("CheckInPage", NOT_FOUND))
            assert window.pages.currentWidget() is page
            assert page.status.isVisible() and page.status.text() == _tr("CheckInPage", NOT_FOUND)
            assert page.input.selectedText() == "XXX999"  # typing replaces it
            await _on_page(window, window.start_page)  # by itself
            assert page.text() == "" and not page.status.isVisible()

            # Typing again keeps the page; Escape and "Back" go to the start.
            _type_and_check_in(qtbot, window, "87654321")  # asked of the server
            await until(lambda: page.status.text() == _tr("CheckInPage", NOT_FOUND))
            qtbot.keyClicks(page.input, "0")
            await asyncio.sleep(0.5)  # longer than not_found_seconds
            assert window.pages.currentWidget() is page
            assert not page.status.isVisible()
            qtbot.keyClick(page.input, Qt.Key.Key_Escape)
            assert window.pages.currentWidget() is window.start_page
            qtbot.mouseClick(window.start_page.check_in_button, Qt.MouseButton.LeftButton)
            qtbot.mouseClick(page.back_button, Qt.MouseButton.LeftButton)
            assert window.pages.currentWidget() is window.start_page
            assert kiosk.services.queues.waiting_tickets() == []
            window.close()
        finally:
            await kiosk.close()

    qt_loop.run_until_complete(scenario())


def test_a_double_touch_on_check_in_gives_one_ticket(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        kiosk = await start_kiosk(tmp_path)
        book_today(tmp_path, code="ACD347")
        await kiosk.sync.pull_all()
        try:
            window = kiosk_window(kiosk, RecordingPrinter())
            qtbot.addWidget(window)
            window.show()
            page = window.check_in_page
            _type_and_check_in(qtbot, window, "ACD347")
            # The second touch, Enter, and the text submitted again: all while checking in.
            assert not page.submit_button.isEnabled() and not page.back_button.isEnabled()
            assert page.status.text() == _tr("CheckInPage", "One moment…")
            qtbot.mouseClick(page.submit_button, Qt.MouseButton.LeftButton)
            qtbot.keyClick(page.input, Qt.Key.Key_Return)
            window.check_in("ACD347")
            await _on_page(window, window.receipt_page)
            assert window.pages.currentWidget() is window.receipt_page
            b = queue_id(kiosk, "B")
            assert [t.queue_id for t in kiosk.services.queues.waiting_tickets()] == [b]
            assert window.work.running <= 1  # the printing, no second check-in
            window.close()
        finally:
            await kiosk.close()

    qt_loop.run_until_complete(scenario())


def test_a_failed_check_in_apologises_and_goes_back(
    qtbot: QtBot,
    qt_loop: qasync.QEventLoop,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def scenario() -> None:
        kiosk = await start_kiosk(tmp_path)
        book_today(tmp_path, code="ACD347")
        await kiosk.sync.pull_all()

        async def offline(_appointment_id: uuid.UUID) -> IssuedTicket:
            raise LookupError("this branch has no queue for the appointment")

        monkeypatch.setattr(kiosk.services.arrivals, "check_in", offline)
        try:
            window = kiosk_window(kiosk, NoPrinter(), apology_seconds=0.3)
            qtbot.addWidget(window)
            window.show()
            _type_and_check_in(qtbot, window, "ACD347")
            await _on_page(window, window.message_page)
            assert window.message_page.text.text() == _tr(
                "KioskWindow", "Sorry, no number could be given. Please ask at the desk."
            )
            assert window.check_in_page.text() == ""  # the code is not left behind
            await _on_page(window, window.start_page)
            assert window.start_page.check_in_button.isEnabled()
            window.close()
        finally:
            await kiosk.close()

    qt_loop.run_until_complete(scenario())


def _fully_visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.visibleRegion().boundingRect() == widget.rect()


def test_screenshots_of_the_start_page_and_the_check_in_page(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    """Nothing cut off at 1280×800; look at them (COUNTER_SCREENSHOT_DIR keeps them)."""
    folder = Path(os.environ.get("COUNTER_SCREENSHOT_DIR") or tmp_path)

    async def scenario() -> None:
        kiosk = await start_kiosk(tmp_path)
        book_today(tmp_path, code="ACD347")
        await kiosk.sync.pull_all()
        try:
            window = kiosk_window(kiosk, NoPrinter())
            qtbot.addWidget(window)
            window.resize(1280, 800)
            window.show()
            qtbot.waitExposed(window)
            start = window.start_page
            assert window.grab().save(str(folder / "kiosk_start_check_in.png"), "PNG")
            assert _fully_visible(start.check_in_button)
            assert start.scroll_area.verticalScrollBar().maximum() == 0  # every queue in view

            qtbot.mouseClick(start.check_in_button, Qt.MouseButton.LeftButton)
            page = window.check_in_page
            QApplication.processEvents()
            for part in (page.heading, page.prompt, page.input, page.back_button):
                assert _fully_visible(part), part.objectName()
            assert _fully_visible(page.submit_button)
            assert window.grab().save(str(folder / "kiosk_check_in.png"), "PNG")
            qtbot.keyClicks(page.input, "12 34 56 79")
            qtbot.keyClick(page.input, Qt.Key.Key_Return)
            await until(lambda: page.status.text() == _tr("CheckInPage", NOT_FOUND))
            QApplication.processEvents()
            assert _fully_visible(page.status) and _fully_visible(page.submit_button)
            assert page.status.height() >= page.status.heightForWidth(page.status.width())
            assert window.grab().save(str(folder / "kiosk_check_in_not_found.png"), "PNG")

            page.input.clear()
            qtbot.keyClicks(page.input, "acd347")
            qtbot.keyClick(page.input, Qt.Key.Key_Return)
            await _on_page(window, window.receipt_page)
            await wait_for_condition(
                window.printing_done,
                lambda: window.receipt_page.instruction.property("problem") is True,
                timeout=5.0,
            )
            assert _fully_visible(window.receipt_page.queue)
            assert window.grab().save(str(folder / "kiosk_check_in_receipt.png"), "PNG")
            window.close()
        finally:
            await kiosk.close()

    qt_loop.run_until_complete(scenario())

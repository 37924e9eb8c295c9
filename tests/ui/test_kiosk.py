"""The kiosk against a real server: touch, number, receipt (ESC/POS or none), a kiosk
that lost its server, a hundred touches, and a screen that always comes back."""

from __future__ import annotations

import asyncio
import re
import uuid
from pathlib import Path

import qasync
from escpos.printer import Dummy
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counter_app.app.startup import start_desk
from counter_app.ui.kiosk_window import KioskWindow
from counter_app.ui.receipt_printers import EscPosReceiptPrinter, NoPrinter
from tests.ui.conftest import desk_settings
from tests.ui.kiosk_support import kiosk_window, queue_id, start_kiosk
from tests.ui.signals import wait_for_condition


async def _touch(qtbot: QtBot, window: KioskWindow, queue_id: uuid.UUID) -> None:
    qtbot.mouseClick(window.start_page.buttons[queue_id], Qt.MouseButton.LeftButton)
    await wait_for_condition(
        window.page_changed,
        lambda: window.pages.currentWidget() is window.receipt_page,
        timeout=5.0,
    )


def test_a_touch_gives_a_number_the_desks_see_and_a_receipt_with_danish_letters(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        desk = await start_desk(desk_settings(tmp_path, "KVIK 1"))
        kiosk = await start_kiosk(tmp_path)
        dummy = Dummy()
        try:
            window = kiosk_window(kiosk, EscPosReceiptPrinter(dummy))
            qtbot.addWidget(window)
            kiosk.sync.start()
            window.show()
            kvik = queue_id(kiosk, "K")
            button = window.start_page.buttons[kvik]
            assert button.label.text() == "Hurtig hjælp / KVIK"
            assert window.start_page.heading.text() == "Træk et nummer"
            await _touch(qtbot, window, kvik)
            assert window.receipt_page.number.text() == "K001"
            assert window.receipt_page.queue.text() == "Hurtig hjælp / KVIK"
            await wait_for_condition(
                window.printing_done,
                lambda: window.receipt_page.instruction.text() == "Tag venligst din seddel",
                timeout=5.0,
            )
            printed = dummy.output.decode("cp865", errors="replace")
            assert "Hovedbiblioteket" in printed and "Hurtig hjælp" in printed  # æ in CP865
            assert "K001" in printed

            window.show_start()
            await _touch(qtbot, window, kvik)
            assert window.receipt_page.number.text() == "K002"
            await desk.sync.pull_all()
            assert [t.label for t in desk.services.queues.waiting_tickets()] == ["K001", "K002"]
            window.close()
        finally:
            await kiosk.close()
            await desk.close()

    qt_loop.run_until_complete(scenario())


def test_without_a_printer_the_number_is_shown_and_the_desks_are_warned(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        desk = await start_desk(desk_settings(tmp_path, "KVIK 1"))
        kiosk = await start_kiosk(tmp_path)
        try:
            window = kiosk_window(kiosk, NoPrinter())
            qtbot.addWidget(window)
            window.show()
            await _touch(qtbot, window, queue_id(kiosk, "L"))
            await wait_for_condition(
                window.printing_done,
                lambda: "Husk venligst dit nummer: L001" in window.receipt_page.instruction.text(),
                timeout=5.0,
            )
            await kiosk.sync.push_all()
            await desk.sync.pull_all()
            [problem] = desk.services.queues.kiosk_problems()
            assert (problem.desk_name, problem.problem) == ("Kiosk 1", "no_printer")
            window.close()
        finally:
            await kiosk.close()
            await desk.close()

    qt_loop.run_until_complete(scenario())


def test_a_kiosk_that_lost_the_server_mid_issue_still_hands_out_a_usable_number(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        kiosk = await start_kiosk(tmp_path)  # it hosts the demo server itself
        try:
            window = kiosk_window(kiosk, NoPrinter())
            qtbot.addWidget(window)
            window.show()
            assert kiosk.embedded is not None
            kiosk.embedded.stop()
            kiosk.embedded = None
            await _touch(qtbot, window, queue_id(kiosk, "K"))
            label = window.receipt_page.number.text()
            assert re.fullmatch(r"K-[A-Z]{1,2}01", label), label
            assert "uden forbindelse" in window.receipt_page.offline_note.text()
            assert kiosk.sync.outbox.pending_count() >= 1  # sent when the server is back
            window.close()
        finally:
            await kiosk.close()

    qt_loop.run_until_complete(scenario())


def test_a_hundred_touches_draw_one_ticket_and_the_screen_comes_back(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        kiosk = await start_kiosk(tmp_path)
        try:
            window = kiosk_window(kiosk, NoPrinter(), receipt_seconds=30, idle_seconds=0.5)
            qtbot.addWidget(window)
            window.show()
            kvik = queue_id(kiosk, "K")
            button = window.start_page.buttons[kvik]
            for _ in range(100):
                qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            await wait_for_condition(
                window.page_changed,
                lambda: window.pages.currentWidget() is window.receipt_page,
                timeout=5.0,
            )
            for _ in range(20):  # touches on the fresh receipt do not end it at once
                qtbot.mouseClick(window.receipt_page.done_button, Qt.MouseButton.LeftButton)
            assert window.pages.currentWidget() is window.receipt_page
            await kiosk.sync.pull_all()
            assert [t.label for t in kiosk.services.queues.waiting_tickets()] == ["K001"]
            # Left alone, it goes back to the start by itself.
            await wait_for_condition(
                window.page_changed,
                lambda: window.pages.currentWidget() is window.start_page,
                timeout=5.0,
            )
            assert button.isEnabled()
            window.close()
        finally:
            await kiosk.close()

    qt_loop.run_until_complete(scenario())


def test_a_failed_draw_apologises_and_returns_to_the_start(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        kiosk = await start_kiosk(tmp_path)
        try:
            window = kiosk_window(kiosk, NoPrinter(), apology_seconds=0.3)
            qtbot.addWidget(window)
            window.show()
            window.draw(uuid.uuid4())  # a queue that does not exist
            await wait_for_condition(
                window.page_changed,
                lambda: window.pages.currentWidget() is window.message_page,
                timeout=5.0,
            )
            assert "Beklager" in window.message_page.text.text()
            await wait_for_condition(
                window.page_changed,
                lambda: window.pages.currentWidget() is window.start_page,
                timeout=5.0,
            )
            assert all(b.isEnabled() for b in window.start_page.buttons.values())
            await asyncio.sleep(0)
            window.close()
        finally:
            await kiosk.close()

    qt_loop.run_until_complete(scenario())

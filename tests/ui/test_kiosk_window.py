"""The kiosk window beyond the first touch (tests/ui/test_kiosk.py): the keyboard and the
staff key, a printer that breaks and comes back (the desks hear it once each way), a slow
printer that does not freeze the screen, the refresh that waits for a draw, the double
touch on "Done", long Danish texts that wrap instead of being cut, and screenshots.

Set COUNTER_SCREENSHOT_DIR to keep the screenshots (kiosk_start.png, kiosk_receipt.png).
"""

from __future__ import annotations

import asyncio
import os
import threading
import uuid
from datetime import timedelta
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from counter_app.app.startup import start_desk
from counter_app.services.views import QueueView
from counter_app.ui.kiosk_pages import StartPage, receipt_wait_text, wait_text
from counter_app.ui.kiosk_window import KioskWindow, style_factor
from counter_app.ui.receipt_printers import (
    NoPrinter,
    PrinterProblem,
    ProblemKind,
    Receipt,
)
from counter_app.ui.style import KIOSK_STYLE, scaled
from counter_app.ui.sync_bridge import SyncBridge
from tests.ui.conftest import desk_settings
from tests.ui.kiosk_support import kiosk_window, queue_id, start_kiosk
from tests.ui.signals import wait_for_condition


async def _on_page(window: KioskWindow, name: str) -> None:
    page = {"start": window.start_page, "receipt": window.receipt_page}[name]
    await wait_for_condition(
        window.page_changed, lambda: window.pages.currentWidget() is page, timeout=5.0
    )


async def _draw(window: KioskWindow, queue_id: uuid.UUID) -> str:
    """Touch a queue; wait for the receipt and its printing; the number drawn."""
    window.show_start()
    window.start_page.buttons[queue_id].click()
    await _on_page(window, "receipt")
    await wait_for_condition(
        window.printing_done,
        lambda: "printet" not in window.receipt_page.instruction.text(),
        timeout=5.0,
    )
    return window.receipt_page.number.text()


class FlakyPrinter:
    """Out of paper until ``paper`` is set; records what it printed."""

    def __init__(self) -> None:
        self.paper = False
        self.printed: list[str] = []

    def print_receipt(self, receipt: Receipt) -> None:
        if not self.paper:
            raise PrinterProblem(ProblemKind.NO_PAPER, "the test printer is out of paper")
        self.printed.append(receipt.label)

    def describe(self) -> str:
        return "test printer"


class SlowPrinter:
    """Takes its time, in the worker thread, until told to go on."""

    def __init__(self) -> None:
        self.go_on = threading.Event()
        self.started = threading.Event()
        self.labels: list[str] = []

    def print_receipt(self, receipt: Receipt) -> None:
        self.labels.append(receipt.label)
        self.started.set()
        self.go_on.wait(10)

    def describe(self) -> str:
        return "slow test printer"


# --- no server needed --------------------------------------------------------------------


def test_waits_are_rounded_up_to_whole_minutes_in_danish(qt_loop: qasync.QEventLoop) -> None:
    assert wait_text(None) == ""
    assert wait_text(timedelta(0)) == "Ingen ventetid"
    assert wait_text(timedelta(minutes=11, seconds=1)) == "Forventet ventetid ca. 12 min."
    assert receipt_wait_text(None) == ""
    assert receipt_wait_text(timedelta(0)) == "ingen"
    assert receipt_wait_text(timedelta(seconds=30)) == "ca. 1 min."


def test_the_style_grows_with_the_screen_within_limits() -> None:
    assert style_factor(1280, 800) == 1.0
    assert style_factor(1024, 768) == 0.8
    assert style_factor(1920, 1080) == 1.35
    assert style_factor(3840, 2160) == 1.5
    assert scaled("a { font-size: 40px; padding: 10px; }", 1.5) == (
        "a { font-size: 60px; padding: 10px; }"
    )


def _queue_view(label: str, hint: str, wait: timedelta | None) -> QueueView:
    return QueueView(
        id=uuid.uuid4(),
        name="x",
        prefix="X",
        waiting=0,
        expected_wait=wait,
        kiosk_label_da=label,
        kiosk_hint_da=hint,
    )


def test_long_danish_texts_wrap_at_1024_and_nothing_is_cut(
    qtbot: QtBot, qt_loop: qasync.QEventLoop
) -> None:
    page = StartPage("Hovedbiblioteket")
    page.setStyleSheet(scaled(KIOSK_STYLE, style_factor(1024, 768)))
    qtbot.addWidget(page)
    long_label = "Sygesikringsbevis, lægeskift og flytning til udlandet eller en anden kommune"
    long_hint = "Borgerservice: pas, kørekort, boligstøtte, folkepension, " * 3
    page.show_queues(
        [
            _queue_view(long_label, long_hint, timedelta(minutes=25)),
            _queue_view("Bibliotekar", "", None),
            _queue_view("Jeg har en tid", "", timedelta(0)),
        ],
        "da",
    )
    page.resize(1024, 768)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    first, second, third = page.buttons.values()
    for part in (first.label, first.hint, first.wait):
        assert part.isVisible()
        assert part.height() >= part.heightForWidth(part.width()), part.text()
    assert first.height() > second.height() >= 100  # it grew to hold its lines
    assert not second.wait.isVisible()  # nobody serves it: no wait is promised
    assert third.wait.text() == "Ingen ventetid"
    assert not page.status.isVisible()  # some queue is served

    page.show_queues([_queue_view("Bibliotekar", "", None)], "da")
    assert page.status.text() == "Der er ingen betjening lige nu. Spørg venligst ved skranken."
    page.show_queues([], "da")
    assert "Der kan ikke trækkes numre her lige nu" in page.status.text()


# --- against the embedded server ---------------------------------------------------------


def test_keyboard_draws_and_returns_and_the_staff_key_closes(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        kiosk = await start_kiosk(tmp_path)
        try:
            window = kiosk_window(kiosk, NoPrinter(), guard_seconds=0.0)
            qtbot.addWidget(window)
            with qtbot.waitActive(window):
                window.show()
                window.activateWindow()
            buttons = window.findChildren(QPushButton)
            assert buttons and all(b.accessibleName() for b in buttons)
            kvik = window.start_page.buttons[queue_id(kiosk, "K")]
            assert kvik.accessibleName() == "Hurtig hjælp / KVIK"

            window.show_start()
            qtbot.keyClick(window.start_page, Qt.Key.Key_Tab)
            assert QApplication.focusWidget() is kvik  # the first queue, with its frame
            qtbot.keyClick(kvik, Qt.Key.Key_Return)
            await _on_page(window, "receipt")
            assert window.receipt_page.number.text() == "K001"
            assert QApplication.focusWidget() is window.receipt_page

            qtbot.keyClick(window.receipt_page, Qt.Key.Key_Return)
            assert window.pages.currentWidget() is window.start_page

            closed: list[bool] = []
            window.closed.connect(lambda: closed.append(True))
            qtbot.keyClick(
                window,
                Qt.Key.Key_Q,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            )
            assert closed == [True]
        finally:
            await kiosk.close()

    qt_loop.run_until_complete(scenario())


def test_a_printer_out_of_paper_warns_the_desks_once_and_clears_when_it_prints(
    qtbot: QtBot,
    qt_loop: qasync.QEventLoop,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def scenario() -> None:
        desk = await start_desk(desk_settings(tmp_path, "KVIK 1"))
        kiosk = await start_kiosk(tmp_path)
        sent: list[str] = []
        set_presence = kiosk.services.work.set_presence

        def counting(*, open_: bool, queue_ids: list[uuid.UUID], problem: str, detail: str) -> None:
            sent.append(problem)
            set_presence(open_=open_, queue_ids=queue_ids, problem=problem, detail=detail)

        monkeypatch.setattr(kiosk.services.work, "set_presence", counting)
        try:
            desk_bridge = SyncBridge(desk.services.sync)
            desk_bridge.attach()
            desk.sync.start()
            kiosk.sync.start()
            printer = FlakyPrinter()
            window = kiosk_window(kiosk, printer)
            qtbot.addWidget(window)
            window.show()
            kvik = queue_id(kiosk, "K")

            assert await _draw(window, kvik) == "K001"
            assert window.receipt_page.instruction.text() == (
                "Printeren virker ikke. Husk venligst dit nummer: K001"
            )
            await wait_for_condition(
                desk_bridge.changed,
                lambda: (
                    [(p.desk_name, p.problem) for p in desk.services.queues.kiosk_problems()]
                    == [("Kiosk 1", "no_paper")]
                ),
                timeout=5.0,
            )
            assert await _draw(window, kvik) == "K002"
            assert sent == ["no_paper"]  # the second failure is no news

            printer.paper = True
            assert await _draw(window, kvik) == "K003"
            assert window.receipt_page.instruction.text() == "Tag venligst din seddel"
            assert await _draw(window, kvik) == "K004"
            assert sent == ["no_paper", ""]
            assert printer.printed == ["K003", "K004"]
            await wait_for_condition(
                desk_bridge.changed, lambda: desk.services.queues.kiosk_problems() == [], timeout=5
            )
            window.close()
            desk_bridge.detach()
        finally:
            await kiosk.close()
            await desk.close()

    qt_loop.run_until_complete(scenario())


def test_a_slow_printer_never_freezes_the_screen_and_the_refresh_waits_for_the_draw(
    qtbot: QtBot,
    qt_loop: qasync.QEventLoop,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    async def scenario() -> None:
        kiosk = await start_kiosk(tmp_path)
        reads: list[int] = []
        queues = kiosk.services.queues.queues

        def counting() -> list[QueueView]:
            reads.append(1)
            return queues()

        monkeypatch.setattr(kiosk.services.queues, "queues", counting)
        printer = SlowPrinter()
        try:
            window = kiosk_window(kiosk, printer)
            qtbot.addWidget(window)
            window.show()
            kvik = queue_id(kiosk, "K")
            window.start_page.buttons[kvik].click()
            assert all(not b.isEnabled() for b in window.start_page.buttons.values())
            assert window.start_page.status.text() == "Et øjeblik …"
            before = len(reads)
            window._bridge.changed.emit(["ticket"])  # expected waits changed: not now
            assert len(reads) == before
            await _on_page(window, "receipt")
            assert len(reads) > before  # caught up once the number was given

            # The printer is busy in its thread; the screen keeps running meanwhile.
            # The printer blocks its worker thread; the loop (and the screen) goes on.
            assert await asyncio.to_thread(printer.started.wait, 5.0)
            assert printer.labels == ["K001"]
            assert window.receipt_page.instruction.text() == "Dit nummer bliver printet …"
            printer.go_on.set()
            await wait_for_condition(
                window.printing_done,
                lambda: window.receipt_page.instruction.text() == "Tag venligst din seddel",
                timeout=5.0,
            )
            window.close()
        finally:
            printer.go_on.set()
            await kiosk.close()

    qt_loop.run_until_complete(scenario())


def test_a_double_touch_on_done_draws_nothing_from_the_button_beneath(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        kiosk = await start_kiosk(tmp_path)
        try:
            window = kiosk_window(kiosk, NoPrinter(), guard_seconds=0.0, start_guard_seconds=0.3)
            qtbot.addWidget(window)
            window.show()
            kvik = queue_id(kiosk, "K")
            assert await _draw(window, kvik) == "K001"
            qtbot.mouseClick(window.receipt_page.done_button, Qt.MouseButton.LeftButton)
            assert window.pages.currentWidget() is window.start_page
            qtbot.mouseClick(window.start_page.buttons[kvik], Qt.MouseButton.LeftButton)
            assert window.pages.currentWidget() is window.start_page  # ignored
            assert window.start_page.buttons[kvik].isEnabled()
            assert [t.label for t in kiosk.services.queues.waiting_tickets()] == ["K001"]
            window.close()
        finally:
            await kiosk.close()

    qt_loop.run_until_complete(scenario())


def test_screenshots_of_the_start_page_and_the_receipt(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    """Not asserted beyond saving: look at them (COUNTER_SCREENSHOT_DIR keeps them)."""
    folder = Path(os.environ.get("COUNTER_SCREENSHOT_DIR") or tmp_path)

    async def scenario() -> None:
        kiosk = await start_kiosk(tmp_path / "desk")
        try:
            window = kiosk_window(kiosk, NoPrinter())
            qtbot.addWidget(window)
            window.resize(1280, 800)
            window.show()
            qtbot.waitExposed(window)
            assert window.grab().save(str(folder / "kiosk_start.png"), "PNG")
            assert await _draw(window, queue_id(kiosk, "K")) == "K001"
            assert window.grab().save(str(folder / "kiosk_receipt.png"), "PNG")
            window.close()
        finally:
            await kiosk.close()

    qt_loop.run_until_complete(scenario())

"""Screen inquiries through the real desk windows of a branch library and a central
caseworker: forward (Ctrl+Shift+S), accept (Ctrl+Shift+A), the video link opening on both
sides, start (Ctrl+Shift+T), end and register (Ctrl+Shift+E, Enter)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import qasync
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from counter_app.app.startup import RunningDesk, start_desk
from counter_app.domain.inquiries import Channel
from counter_app.domain.org import Resource
from counter_app.domain.screen_inquiries import ScreenInquiryState
from counter_app.models import Inquiry
from counter_app.services.screen_desk import ForwardOutcome
from counter_app.ui.desk_window import DeskWindow
from counter_app.ui.screen_forward_dialog import ScreenForwardDialog
from tests.support.server_db import embedded_server_url, server_session
from tests.ui.conftest import desk_settings
from tests.ui.signals import until
from tests.ui.test_desk_window import desk_window

KEYS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


class VideoLinks(QObject):
    """Catches the links the desks hand to the operating system (no browser opens)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


async def _window(qtbot: QtBot, desk: RunningDesk) -> DeskWindow:
    window = desk_window(desk)
    qtbot.addWidget(window)
    window.show()
    return window


async def _activate(window: DeskWindow) -> None:
    window.activateWindow()
    await until(lambda: QApplication.activeWindow() is window)


def test_a_branch_forwards_and_a_caseworker_takes_the_citizen_by_screen(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    links = VideoLinks()
    # PySide6 takes the slot name as text at run time; its stubs say bytes.
    QDesktopServices.setUrlHandler("https", links, "open")  # type: ignore[arg-type]

    async def scenario() -> None:
        central = await start_desk(desk_settings(tmp_path, "Borgerservice 1"))
        library = await start_desk(
            dataclasses.replace(desk_settings(tmp_path, "Filialskranke"), branch="NORD")
        )
        try:
            at_central = await _window(qtbot, central)  # open: a caseworker is available
            await central.sync.push_all()
            at_library = await _window(qtbot, library)
            for desk in (central, library):
                desk.sync.start()
            assert at_library.screens.status_panel is not None
            assert at_central.screens.queue_panel is not None

            await _activate(at_library)
            qtbot.keyClick(at_library, Qt.Key.Key_S, KEYS)
            dialog = at_library.screens.dialog
            assert isinstance(dialog, ScreenForwardDialog)
            await until(lambda: QApplication.activeWindow() is dialog)
            qtbot.keyClicks(dialog.filter, "pas")
            qtbot.keyClicks(dialog.first_name, "Ida")
            qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
            await until(lambda: at_library.screens.dialog is None)
            (sent,) = library.services.screens.forwarded_today()
            assert (sent.first_name, sent.screen, sent.state) == (
                "Ida",
                "Skærm 1",
                ScreenInquiryState.WAITING,
            )

            queue = at_central.screens.queue_panel
            await until(lambda: len(central.services.screens.queue()) == 1, timeout=1.0)
            await until(lambda: queue.table.rowCount() == 1, timeout=1.0)
            await _activate(at_central)
            qtbot.keyClick(at_central, Qt.Key.Key_A, KEYS)
            await until(lambda: len(links.opened) == 2, timeout=2.0)  # both ends
            assert set(links.opened) == {"https://video.demo-kommune.example/nord-skaerm-1"}
            ready = library.services.screens.forwarded_today()[0]
            assert ready.state is ScreenInquiryState.ACCEPTED
            assert "Borgerservice 1" in at_library.serving_panel.message.text()

            qtbot.keyClick(at_central, Qt.Key.Key_T, KEYS)
            await until(
                lambda: (
                    library.services.screens.forwarded_today()[0].state
                    is ScreenInquiryState.IN_CALL
                ),
                timeout=1.0,
            )
            qtbot.keyClick(at_central, Qt.Key.Key_E, KEYS)
            registration = at_central.flow.dialog
            assert registration is not None
            await until(lambda: QApplication.activeWindow() is registration)
            qtbot.keyClick(registration, Qt.Key.Key_Return)
            await until(lambda: at_central.flow.dialog is None)
            await until(lambda: central.sync.outbox.pending_count() == 0)
            await until(
                lambda: (
                    library.services.screens.forwarded_today()[0].state is ScreenInquiryState.DONE
                ),
                timeout=1.0,
            )
            with server_session(embedded_server_url(tmp_path)) as session:
                stored = session.scalars(
                    select(Inquiry).where(Inquiry.screen_inquiry_id == sent.id)
                ).one()
            assert stored.channel is Channel.SCREEN
            assert stored.source_branch_id == library.services.identity.branch_id
        finally:
            QDesktopServices.unsetUrlHandler("https")
            await library.close()
            await central.close()

    qt_loop.run_until_complete(scenario())


def test_book_instead_at_a_library_offers_the_main_librarys_times(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        central = await start_desk(desk_settings(tmp_path, "KVIK 1"))
        library = await start_desk(
            dataclasses.replace(desk_settings(tmp_path, "Filialskranke"), branch="NORD")
        )
        try:
            at_library = await _window(qtbot, library)
            await _activate(at_library)
            passport = next(
                s for s in library.services.catalogue.services("da") if s.code == "passport"
            )
            at_library.screens.open_forward(passport)
            dialog = at_library.screens.dialog
            assert isinstance(dialog, ScreenForwardDialog)
            # What the server answers when no caseworker is on shift (tested on the server).
            dialog.show_refused(ForwardOutcome(None, "no_caseworker", None, None))
            assert not dialog.book.isHidden()
            dialog.request_booking()  # "Book en tid i stedet"
            await until(lambda: at_library.booking.dialog is not None)
            booking = at_library.booking.dialog
            assert booking is not None
            expected = central.services.bookings.offer(Resource.CITIZEN_SERVICE, 15, count=6)
            assert expected and booking.offered()[: len(expected)] == expected
            assert library.services.bookings.offer(Resource.CITIZEN_SERVICE, 15) == []
            booking.reject()
            await until(lambda: at_library.booking.dialog is None)
            # The five-minute handoff (Ctrl+B) at the library books there too.
            at_library.booking.open(passport)
            await until(lambda: at_library.booking.dialog is not None)
            handoff = at_library.booking.dialog
            assert handoff is not None and handoff.offered()[: len(expected)] == expected
            handoff.reject()
        finally:
            await library.close()
            await central.close()

    qt_loop.run_until_complete(scenario())

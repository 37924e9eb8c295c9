"""The handoff, from the keyboard: a citizen served at KVIK with a passport question gets
an appointment with citizen service, a printed slip, and the inquiry is registered as
"appointment booked"."""

from __future__ import annotations

from pathlib import Path

import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.app.startup import start_desk
from counter_app.domain.inquiries import Outcome
from counter_app.domain.org import Resource
from counter_app.domain.tickets import TicketState
from counter_app.models import Appointment, Inquiry, InquiryService, Ticket
from counter_app.ui.desk_window import DeskWindow
from counter_app.ui.qt_receipt_printer import QtReceiptPrinter
from counter_app.ui.sync_bridge import SyncBridge
from tests.ui.conftest import desk_settings
from tests.ui.signals import until


def _type(qtbot: QtBot, text: str) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClicks(focused, text)


def test_a_served_citizen_leaves_with_a_booked_printed_appointment(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        here = await start_desk(desk_settings(tmp_path, "KVIK 1"))
        try:
            slip = tmp_path / "slip.pdf"
            services = here.services
            bridge = SyncBridge(services.sync)
            window = DeskWindow(services, bridge, "da", QtReceiptPrinter(pdf_path=slip))
            bridge.setParent(window)
            bridge.attach()
            qtbot.addWidget(window)
            window.show()
            window.activateWindow()
            await until(lambda: QApplication.activeWindow() is window)
            kvik = next(q.id for q in services.queues.queues() if q.prefix == "K")
            await services.dispenser.draw(kvik)
            window.refresh()
            qtbot.keyClick(window, Qt.Key.Key_F2)
            await until(lambda: window.serving_panel.ticket.text() == "K001")
            qtbot.keyClick(window, Qt.Key.Key_F5)
            await until(lambda: window.flow.serving is not None)
            passport = next(s for s in services.catalogue.services("da") if s.code == "passport")
            window.flow.checklist.choose(passport.id)

            qtbot.keyClick(
                window,
                Qt.Key.Key_B,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            )
            await until(lambda: window.booking.dialog is not None)
            dialog = window.booking.dialog
            assert dialog is not None and "K001" in dialog.title.text()
            assert (dialog.resource, dialog.minutes) == (Resource.CITIZEN_SERVICE, 15)
            first = dialog.selected_slot()
            assert first is not None
            await until(lambda: QApplication.focusWidget() is dialog.name)
            _type(qtbot, "Karen Hansen")
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
            _type(qtbot, "12 34 56 78")
            keys_after_contact = [Qt.Key.Key_Return]  # book the first offered slot
            for key in keys_after_contact:
                qtbot.keyClick(QApplication.focusWidget(), key)
            assert len(keys_after_contact) <= 3
            await until(lambda: dialog.pages.currentIndex() == 1)
            code = dialog.code.text()
            qtbot.keyClick(dialog, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
            await until(lambda: slip.exists() and slip.stat().st_size > 0)
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # done

            # The citizen leaves with the appointment: the ticket ends, registration asks.
            await until(lambda: window.flow.dialog is not None)
            registration = window.flow.dialog
            assert registration is not None and registration.outcome is Outcome.APPOINTMENT_BOOKED
            await until(lambda: QApplication.focusWidget() is registration.filter)
            qtbot.keyClick(registration.filter, Qt.Key.Key_Return)
            await until(lambda: window.flow.dialog is None)

            with Session(here.database) as session:
                appointment = session.scalars(select(Appointment)).one()
                ticket = session.scalars(select(Ticket)).one()
                inquiry = session.scalars(select(Inquiry)).one()
                services_of = session.scalars(select(InquiryService.service_id)).all()
            assert appointment.booking_code == code and appointment.ticket_id == ticket.id
            assert appointment.starts_at == first.starts_at
            assert appointment.service_id == passport.id
            assert ticket.state is TicketState.DONE
            assert inquiry.outcome is Outcome.APPOINTMENT_BOOKED and inquiry.ticket_id == ticket.id
            assert services_of == [passport.id]
            window.close()
        finally:
            await here.close()

    qt_loop.run_until_complete(scenario())

"""The five-minute rule at a real desk, from the keyboard: the timer turns red, the desk
says why it goes on, and calling the next citizen registers the one who leaves with the
reason and the limit that applied."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.app.startup import RunningDesk, start_desk
from counter_app.domain.five_minute import TimerPhase
from counter_app.domain.timezone import utc_now
from counter_app.models import Inquiry, Ticket
from tests.ui.conftest import desk_settings
from tests.ui.signals import until, wait_for_condition
from tests.ui.test_desk_window import desk_window


def _served_for(desk: RunningDesk, spent: timedelta) -> None:
    with Session(desk.database) as session, session.begin():
        ticket = session.scalars(select(Ticket).where(Ticket.number == 1)).one()
        ticket.serving_started_at = utc_now() - spent


def test_past_the_limit_the_desk_gives_a_reason_and_the_registration_keeps_it(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        here = await start_desk(desk_settings(tmp_path, "KVIK 1"))
        try:
            window = desk_window(here)
            qtbot.addWidget(window)
            window.show()
            window.activateWindow()
            await until(lambda: QApplication.activeWindow() is window)
            kvik = next(q.id for q in here.services.queues.queues() if q.prefix == "K")
            for _ in range(2):
                await here.services.dispenser.draw(kvik)
            window.refresh()
            qtbot.keyClick(window, Qt.Key.Key_F2)
            await wait_for_condition(
                window.refreshed, lambda: window.serving_panel.ticket.text() == "K001", timeout=3
            )
            qtbot.keyClick(window, Qt.Key.Key_F5)
            await wait_for_condition(window.refreshed, lambda: window.flow.timer.running, timeout=3)
            timer, prompt = window.flow.timer, window.flow.prompt
            assert timer.phase() is TimerPhase.CALM and not prompt.isVisible()

            # Five and a half minutes later (the desk's copy of the start moved back):
            _served_for(here, timedelta(minutes=5, seconds=30))
            window.refresh()
            assert timer.phase() is TimerPhase.RED
            assert prompt.isVisible()
            qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
            await until(lambda: not prompt.isVisible())
            # A corrected start time restarts the timer, but the desk has answered already.
            _served_for(here, timedelta(minutes=5, seconds=40))
            window.refresh()
            assert timer.phase() is TimerPhase.RED and not prompt.isVisible()

            qtbot.keyClick(window, Qt.Key.Key_F2)  # the next citizen; K001 leaves
            await until(lambda: window.flow.dialog is not None)
            dialog = window.flow.dialog
            assert dialog is not None and "K001" in dialog.windowTitle()
            await until(lambda: QApplication.focusWidget() is dialog.filter)
            qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)
            await until(lambda: window.flow.dialog is None)
            assert window.serving_panel.ticket.text() == "K002"

            with Session(here.database) as session:
                (inquiry,) = session.scalars(select(Inquiry)).all()
                assert inquiry.over_limit_reason == "cannot_come_back"
                assert inquiry.limit_seconds == 300
                assert inquiry.ended_at - inquiry.started_at >= timedelta(minutes=5, seconds=30)
            window.close()
        finally:
            await here.close()

    qt_loop.run_until_complete(scenario())

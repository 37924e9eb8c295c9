"""A change the server refuses is shown at the desk that made it, with what to do next,
until someone marks it seen, and again after a restart until then."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import qasync
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from counter_app.app.startup import RunningDesk, start_desk
from counter_app.domain.org import Resource
from counter_app.protocol.messages import MutationResult, Status
from counter_app.services.views import DeskView
from counter_app.sync.engine import SyncStatus
from counter_app.sync.outbox import Recorded
from counter_app.ui.top_bar import TopBar
from tests.ui.conftest import desk_settings
from tests.ui.signals import wait_for_condition
from tests.ui.test_desk_window import desk_window


def _book(desk: RunningDesk) -> uuid.UUID:
    bookings = desk.services.bookings
    slot = bookings.offer(Resource.CITIZEN_SERVICE, 15, count=1)[0]
    view = bookings.book(
        resource=Resource.CITIZEN_SERVICE,
        minutes=15,
        starts_at=slot.starts_at,
        citizen_name="Karen Hansen",
        citizen_contact="karen@example.dk",
    )
    return view.id


def test_an_appointment_cancelled_at_two_desks_is_refused_at_the_second_with_advice(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        here = await start_desk(desk_settings(tmp_path, "KVIK 1"))
        other: RunningDesk | None = None
        try:
            window = desk_window(here)
            qtbot.addWidget(window)
            window.show()
            assert window.refusals_bar.isHidden()
            other = await start_desk(desk_settings(tmp_path, "KVIK 2"))
            appointment = _book(other)
            await other.sync.push_all()
            await here.sync.pull_all()
            other.services.arrivals.cancel(appointment)  # the other desk is first
            await other.sync.push_all()
            here.services.arrivals.cancel(appointment)  # not pulled yet: refused
            await here.sync.push_all()
            await wait_for_condition(window.refreshed, window.refusals_bar.isVisible, timeout=3.0)
            text = window.refusals_bar.text.text()
            assert "En aftale, du aflyste (kl." in text
            assert "en anden skranke kom først" in text
            assert "fortsæt derfra" in text
            window.grab().save(str(tmp_path / "refused.png"))

            reopened = desk_window(here)  # as after a restart: read from the outbox
            qtbot.addWidget(reopened)
            reopened.show()
            assert reopened.refusals_bar.isVisible()
            assert reopened.refusals_bar.text.text() == text
            reopened.close()

            window.activateWindow()
            qtbot.keyClick(
                window,
                Qt.Key.Key_O,
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            )
            await wait_for_condition(window.refreshed, window.refusals_bar.isHidden, timeout=3.0)
            assert here.services.refusals.pending() == []
            window.close()
        finally:
            if other is not None:
                await other.close()
            await here.close()

    qt_loop.run_until_complete(scenario())


def test_the_top_bar_says_when_the_server_does_not_accept_the_desk(qtbot: QtBot) -> None:
    desk = DeskView(desk_name="KVIK 1", branch_name="Hovedbiblioteket", municipality_name="Demo")
    bar = TopBar(desk, lambda: datetime.now(UTC))
    qtbot.addWidget(bar)
    reason = "the server refused this desk: 401: unknown or revoked desk token"
    bar.show_status(
        SyncStatus(online=False, live=False, pending=3, last_error=reason, refused=True)
    )
    assert bar.connection.text() == "Not accepted by the server: tell IT · 3 change(s) waiting"
    assert bar.connection.toolTip() == reason
    bar.show_status(SyncStatus(online=True, live=True, pending=0))
    assert bar.connection.toolTip() == ""


def test_a_late_call_settled_before_the_window_opened_is_said_in_the_window(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    """The engine keeps what it heard during the first sync; the window, built after it,
    must still say it (its bridge listens only once its signals are connected)."""

    async def scenario() -> None:
        here = await start_desk(desk_settings(tmp_path, "KVIK 1"))
        try:
            late = MutationResult(
                number=7, id=uuid.uuid4(), status=Status.APPLIED, result={"label": "K007"}
            )
            here.sync._emit_recorded(Recorded(late=[late]))  # as during the first sync
            window = desk_window(here)
            qtbot.addWidget(window)
            assert "K007" in window.serving_panel.message.text()
            window.close()
        finally:
            await here.close()

    qt_loop.run_until_complete(scenario())

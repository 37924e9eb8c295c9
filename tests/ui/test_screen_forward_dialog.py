"""Forwarding a citizen to citizen service by screen: the dialog on its own (services
ordered and filtered, screens by Alt+digit, Enter sends and waits, the window's answers)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from counter_app.domain.org import Area
from counter_app.services.screen_desk import ForwardOutcome, ScreenRoomView
from counter_app.services.views import ChecklistView, ServiceView
from counter_app.ui.screen_forward_dialog import ForwardRequest, ScreenForwardDialog

NOW = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)  # a Monday, 11:30 in Copenhagen
TOMORROW_TEN = datetime(2026, 5, 5, 8, 0, tzinfo=UTC)  # Tuesday 10:00 in Copenhagen
TODAY_TWO = datetime(2026, 5, 4, 12, 0, tzinfo=UTC)  # 14:00 in Copenhagen


def _service(name: str, area: Area = Area.CITIZEN_SERVICE, *, active: bool = True) -> ServiceView:
    return ServiceView(
        id=uuid.uuid4(),
        code=name.upper()[:8],
        name=name,
        area=area,
        authority_task=area is Area.CITIZEN_SERVICE,
        allowed_here=area is not Area.CITIZEN_SERVICE,
        kvik_within_five_minutes=False,
        appointment_only=False,
        appointment=None,
        checklist=ChecklistView(bring=(), steps=()),
        active=active,
    )


PRINTING = _service("Print og kopi", Area.LIBRARY)
PASSPORT = _service("Pas (nyt eller fornyelse)")
OLD = _service("Sundhedskort (gammel)", active=False)
LICENCE = _service("Kørekort: fornyelse")
SERVICES = [PRINTING, PASSPORT, OLD, LICENCE]
ROOMS = [
    ScreenRoomView(uuid.uuid4(), "Skærm 1", "https://video.example/1"),
    ScreenRoomView(uuid.uuid4(), "Skærm 2", "https://video.example/2"),
]


def _dialog(
    qtbot: QtBot,
    *,
    rooms: list[ScreenRoomView] | None = None,
    online: bool = True,
    preselected: uuid.UUID | None = None,
    show: bool = True,
) -> ScreenForwardDialog:
    dialog = ScreenForwardDialog(
        SERVICES,
        ROOMS if rooms is None else rooms,
        "Hovedbiblioteket",
        preselected=preselected,
        online=online,
        clock=lambda: NOW,
    )
    qtbot.addWidget(dialog)
    if show:
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
    return dialog


def _names(dialog: ScreenForwardDialog) -> list[str]:
    return [
        dialog.services.item(row).text()
        for row in range(dialog.services.count())
        if not dialog.services.isRowHidden(row)
    ]


def test_citizen_service_comes_first_and_inactive_services_are_left_out(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, show=False)
    assert _names(dialog) == ["Pas (nyt eller fornyelse)", "Kørekort: fornyelse", "Print og kopi"]
    assert dialog.chosen_service() == PASSPORT.id
    assert dialog.destination.text() == "To: Hovedbiblioteket – citizen service"
    assert dialog.windowTitle() == "Forward to citizen service by screen"
    assert "CPR" in dialog.name_hint.text() and "Optional" in dialog.name_hint.text()
    assert dialog.first_name.maxLength() == 40
    assert dialog.chosen_room() == ROOMS[0].id
    assert not dialog.book.isVisibleTo(dialog)

    chosen = _dialog(qtbot, preselected=PRINTING.id, show=False)
    assert chosen.chosen_service() == PRINTING.id


def test_typing_filters_the_services_and_arrows_move_in_the_list(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert QApplication.focusWidget() is dialog.filter
    qtbot.keyClicks(dialog.filter, "KØ")
    assert _names(dialog) == ["Kørekort: fornyelse"]
    assert dialog.chosen_service() == LICENCE.id

    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "r")  # every name has an r
    assert len(_names(dialog)) == 3
    assert dialog.chosen_service() == LICENCE.id  # still shown: still chosen
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Down)
    assert dialog.chosen_service() == PRINTING.id
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Up)
    assert dialog.chosen_service() == PASSPORT.id
    assert QApplication.focusWidget() is dialog.filter

    dialog.filter.clear()
    qtbot.keyClicks(dialog.filter, "zzz")
    assert _names(dialog) == [] and dialog.chosen_service() is None
    assert not dialog.send.isEnabled()


def test_the_keyboard_forwards_and_the_dialog_waits_busy_until_sent(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    qtbot.keyClicks(dialog.filter, "kørekort")
    dialog.first_name.setFocus()
    qtbot.keyClicks(dialog.first_name, "  Ida ")
    qtbot.keyClick(dialog, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    assert dialog.chosen_room() == ROOMS[1].id
    assert dialog.screen_buttons[1].isChecked() and not dialog.screen_buttons[0].isChecked()

    dialog.first_name.setFocus()
    with qtbot.waitSignal(dialog.forward_requested, timeout=1000) as sent:
        qtbot.keyClick(dialog.first_name, Qt.Key.Key_Return)
    assert sent.args == [ForwardRequest(LICENCE.id, ROOMS[1].id, "Ida")]
    assert dialog.isVisible()
    assert not dialog.send.isEnabled()
    assert dialog.send.text() == "Sending…"
    with qtbot.assertNotEmitted(dialog.forward_requested, wait=50):  # no second send
        qtbot.keyClick(dialog.first_name, Qt.Key.Key_Return)

    dialog.sent()
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_no_caseworker_until_later_today_says_the_time(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.request_forward()
    dialog.show_refused(ForwardOutcome(None, "no_caseworker", None, TODAY_TWO))
    assert dialog.message.isVisible()
    assert dialog.message.text() == (
        "No caseworker is available until 14:00. Book an appointment instead?"
    )
    assert dialog.send.isEnabled() and dialog.send.text() == "Send to screen"
    assert dialog.book.isVisible()
    assert QApplication.focusWidget() is dialog.book


def test_no_caseworker_until_another_day_says_the_weekday_and_date(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.request_forward()
    dialog.show_refused(ForwardOutcome(None, "no_caseworker", None, TOMORROW_TEN))
    tuesday = QLocale().dayName(2, QLocale.FormatType.LongFormat)
    assert dialog.message.text() == (
        f"No caseworker is available until {tuesday} 5/5 at 10:00. Book an appointment instead?"
    )
    assert dialog.book.isVisible()

    dialog.show_refused(ForwardOutcome(None, "no_caseworker", None, None))
    assert dialog.message.text() == (
        "No caseworker is on shift in the next two weeks. Book an appointment instead?"
    )


def test_other_refusals_and_errors_say_why(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    dialog.request_forward()
    dialog.show_refused(ForwardOutcome(None, "screen_busy", "Skærm 1 is in use"))
    assert dialog.message.text() == "The screen inquiry was not sent: Skærm 1 is in use"
    assert not dialog.book.isVisible()
    dialog.request_forward()
    assert not dialog.message.isVisible()
    dialog.show_refused(ForwardOutcome(None, "screen_busy"))
    assert dialog.message.text().endswith(": screen_busy")

    dialog.request_forward()
    dialog.show_error("A first name only, please.")
    assert dialog.message.isVisible() and dialog.message.text() == "A first name only, please."
    assert dialog.send.isEnabled() and dialog.isVisible()


def test_offline_there_is_no_sending_but_booking_instead(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, online=False)
    assert dialog.offline.isVisible() and "No connection" in dialog.offline.text()
    assert not dialog.send.isEnabled() and dialog.book.isVisible()
    with qtbot.assertNotEmitted(dialog.forward_requested, wait=50):
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Return)

    dialog.set_online(True)
    assert not dialog.offline.isVisible() and dialog.send.isEnabled()
    assert not dialog.book.isVisible()

    dialog.request_forward()  # the connection goes while sending
    dialog.show_offline()
    assert dialog.offline.isVisible() and not dialog.send.isEnabled()
    assert dialog.send.text() == "Send to screen"
    assert QApplication.focusWidget() is dialog.book


def test_booking_instead_sends_the_chosen_service_and_closes(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, online=False)
    qtbot.keyClicks(dialog.filter, "pas")
    with qtbot.waitSignal(dialog.book_instead, timeout=1000) as booked:
        qtbot.keyClick(dialog.filter, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert booked.args == [PASSPORT.id]
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_ctrl_b_does_nothing_while_booking_is_not_offered(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    with qtbot.assertNotEmitted(dialog.book_instead, wait=50):
        qtbot.keyClick(dialog.filter, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()


def test_without_screens_nothing_can_be_sent(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, rooms=[])
    assert dialog.no_rooms.isVisible()
    assert "no screen set up" in dialog.no_rooms.text()
    assert not dialog.screens.isVisible()
    assert not dialog.send.isEnabled() and dialog.book.isVisible()
    assert dialog.chosen_room() is None
    with qtbot.assertNotEmitted(dialog.forward_requested, wait=50):
        dialog.request_forward()


def test_escape_cancels(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    with qtbot.assertNotEmitted(dialog.forward_requested, wait=50):
        qtbot.keyClick(dialog.filter, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


@pytest.mark.parametrize("online", [True, False])
def test_every_control_has_an_accessible_name(qtbot: QtBot, online: bool) -> None:
    dialog = _dialog(qtbot, online=online, show=False)
    controls = [dialog.filter, dialog.services, dialog.first_name, dialog.send, dialog.cancel]
    for widget in [*controls, dialog.book, *dialog.screen_buttons, dialog.message]:
        assert widget.accessibleName()
    assert [b.accessibleName() for b in dialog.screen_buttons] == ["Skærm 1", "Skærm 2"]
    assert dialog.screen_buttons[1].text() == "Skærm 2 (Alt+2)"


def test_the_weekday_is_in_the_locale_s_language(qtbot: QtBot) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Danish, QLocale.Country.Denmark))
    try:
        dialog = _dialog(qtbot, show=False)
        assert dialog.when_text(TOMORROW_TEN).startswith("tirsdag 5/5")
        assert dialog.when_text(TODAY_TWO) == "14:00"
    finally:
        QLocale.setDefault(before)

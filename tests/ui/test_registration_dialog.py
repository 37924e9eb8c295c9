"""The registration step: the common case in at most three keystrokes, the rest by keys too."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from counter_app.domain.inquiries import Channel, Outcome
from counter_app.domain.org import Area
from counter_app.domain.timezone import to_local
from counter_app.services.views import ChecklistView, ChoiceView, ServiceView
from counter_app.ui.registration_dialog import (
    Registration,
    RegistrationDialog,
    default_callback_due,
)

# Monday 23 November 2026, 10:00 in Copenhagen (CET, UTC+1).
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
STARTED = NOW - timedelta(minutes=4, seconds=12)
AUTHORITIES = [ChoiceView("UDK", "Udbetaling Danmark"), ChoiceView("SKAT", "Skattestyrelsen")]
GROUPS = [ChoiceView("BS", "Borgerservice"), ChoiceView("BIB", "Biblioteket")]


def _service(name: str, code: str = "") -> ServiceView:
    return ServiceView(
        id=uuid.uuid4(),
        code=code or name[:4].upper(),
        name=name,
        area=Area.CITIZEN_SERVICE,
        authority_task=False,
        allowed_here=True,
        kvik_within_five_minutes=True,
        appointment_only=False,
        appointment=None,
        checklist=ChecklistView(),
    )


SERVICES = [
    _service(name)
    for name in ("MitID", "Lægeskift", "Pas", "Kørekort", "Sundhedskort", "Pasfornyelse")
]


class Keyboard:
    """Sends each key to whatever has the focus, as a person's keyboard does, and counts."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(
        self,
        key: Qt.Key | str,
        modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        self.qtbot.keyClick(widget, key, modifier)
        self.count += 1

    def type(self, text: str) -> None:
        for character in text:
            self.press(character)


class Opened:
    """A dialog on screen with what it emitted."""

    def __init__(self, dialog: RegistrationDialog, keys: Keyboard) -> None:
        self.dialog = dialog
        self.keys = keys
        self.registered: list[Registration] = []
        dialog.registered.connect(self.registered.append)


@pytest.fixture
def open_dialog(qtbot: QtBot) -> Iterator[object]:
    def opener(
        *,
        clock_at: datetime = NOW,
        services: list[ServiceView] | None = None,
        **options: object,
    ) -> Opened:
        dialog = RegistrationDialog(
            SERVICES if services is None else services,
            AUTHORITIES,
            GROUPS,
            clock=lambda: clock_at,
            started_at=clock_at - timedelta(minutes=4, seconds=12),
            **options,  # type: ignore[arg-type]
        )
        qtbot.addWidget(dialog)
        with qtbot.waitActive(dialog):
            dialog.open()
            dialog.activateWindow()
        assert QApplication.focusWidget() is dialog.filter
        return Opened(dialog, Keyboard(qtbot))

    yield opener


def _only(opened: Opened) -> Registration:
    assert len(opened.registered) == 1, opened.registered
    return opened.registered[0]


def test_a_number_and_enter_register_a_ticket_in_two_keystrokes(open_dialog) -> None:
    opened = open_dialog(ticket_label="K004", channel=Channel.COUNTER)
    dialog = opened.dialog
    assert dialog.windowTitle() == "Register K004"
    assert "4:12" in dialog.time_spent.text()
    assert dialog.services.item(1).text() == "2  Lægeskift"

    opened.keys.press("2")
    assert dialog.filter.text() == ""  # the digit chose a row, it was not typed
    opened.keys.press(Qt.Key.Key_Return)

    registration = _only(opened)
    assert registration == Registration(
        service_ids=(SERVICES[1].id,),
        outcome=Outcome.RESOLVED,
        channel=Channel.COUNTER,
        started_at=NOW - timedelta(minutes=4, seconds=12),
        ended_at=NOW,
        referred_to="",
        callback=None,
        note="",
    )
    assert opened.keys.count <= 3
    assert dialog.isVisible()  # the window decides: accept() when stored


def test_the_service_chosen_while_serving_is_one_enter(open_dialog) -> None:
    opened = open_dialog(ticket_label="K004", channel=Channel.COUNTER, preselected=SERVICES[3].id)
    opened.keys.press(Qt.Key.Key_Enter)
    assert _only(opened).service_ids == (SERVICES[3].id,)
    assert opened.keys.count == 1


def test_typing_filters_and_enter_registers_the_first_match(open_dialog) -> None:
    opened = open_dialog(ticket_label="K004", channel=Channel.COUNTER)
    dialog = opened.dialog
    opened.keys.type("PAS")
    visible = [
        dialog.services.item(row).text()
        for row in range(dialog.services.count())
        if not dialog.services.isRowHidden(row)
    ]
    assert visible == ["1  Pas", "2  Pasfornyelse"]  # numbered anew
    opened.keys.press(Qt.Key.Key_Return)
    assert _only(opened).service_ids == (SERVICES[2].id,)


def test_arrows_from_the_filter_and_a_number_after_filtering(open_dialog) -> None:
    opened = open_dialog(ticket_label="K004", channel=Channel.COUNTER)
    opened.keys.type("pas")
    opened.keys.press(Qt.Key.Key_Down)
    registration = opened.dialog.registration()
    assert registration is not None and registration.service_ids == (SERVICES[5].id,)
    opened.keys.press(Qt.Key.Key_Up)
    opened.keys.press("2")  # no name holds "pas2": the digit picks the second match
    assert opened.dialog.filter.text() == "pas"
    opened.keys.press(Qt.Key.Key_Return)
    assert _only(opened).service_ids == (SERVICES[5].id,)


def test_plus_ticks_several_services_for_one_contact(open_dialog) -> None:
    opened = open_dialog(ticket_label="K004", channel=Channel.COUNTER)
    opened.keys.press(Qt.Key.Key_Plus)  # MitID
    opened.keys.press("3")
    opened.keys.press(Qt.Key.Key_Plus)  # Pas
    opened.keys.press("4")  # current, but not ticked: not registered
    opened.keys.press(Qt.Key.Key_Return)
    assert _only(opened).service_ids == (SERVICES[0].id, SERVICES[2].id)


def test_ctrl_3_refers_to_the_first_authority(open_dialog) -> None:
    opened = open_dialog(ticket_label="K004", channel=Channel.COUNTER)
    assert opened.dialog.referral_box.isHidden()
    opened.keys.press(Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert opened.dialog.outcome is Outcome.REFERRED
    assert opened.dialog.authority.isVisible()
    opened.keys.press(Qt.Key.Key_Return)
    registration = _only(opened)
    assert registration.outcome is Outcome.REFERRED
    assert registration.referred_to == "UDK"
    assert opened.keys.count == 2


def test_every_outcome_has_its_ctrl_number(open_dialog) -> None:
    opened = open_dialog(ticket_label="K004", channel=Channel.COUNTER)
    expected = [
        Outcome.RESOLVED,
        Outcome.APPOINTMENT_BOOKED,
        Outcome.REFERRED,
        Outcome.FORWARDED,
        Outcome.CALLBACK,
    ]
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
    for key, outcome in zip(keys, expected, strict=True):
        opened.dialog.filter.setFocus()
        opened.keys.press(key, Qt.KeyboardModifier.ControlModifier)
        assert opened.dialog.outcome is outcome
        assert opened.dialog.outcome_buttons[outcome].isChecked()
    assert opened.registered == []


def _callback_by_keyboard(opened: Opened) -> Registration:
    opened.keys.press(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is opened.dialog.citizen_name
    opened.keys.type("Anna Jensen")
    opened.keys.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is opened.dialog.contact
    opened.keys.type("12345678")
    opened.keys.press(Qt.Key.Key_Return)
    return _only(opened)


def test_a_callback_on_friday_is_due_monday_at_noon(open_dialog) -> None:
    friday = datetime(2026, 11, 27, 14, 0, tzinfo=UTC)
    opened = open_dialog(clock_at=friday, ticket_label="K004", channel=Channel.COUNTER)
    registration = _callback_by_keyboard(opened)
    assert registration.outcome is Outcome.CALLBACK
    callback = registration.callback
    assert callback is not None
    assert callback.group_code == "BS"
    assert callback.citizen_name == "Anna Jensen"
    assert callback.citizen_contact == "12345678"  # the services layer checks and formats it
    assert callback.due_at == datetime(2026, 11, 30, 11, 0, tzinfo=UTC)  # Mon 12:00 CET
    assert callback.due_at.tzinfo is UTC


def test_a_callback_due_after_the_clocks_go_back(open_dialog) -> None:
    friday = datetime(2026, 10, 23, 9, 0, tzinfo=UTC)  # 11:00 CEST
    opened = open_dialog(clock_at=friday, ticket_label="K004", channel=Channel.COUNTER)
    callback = _callback_by_keyboard(opened).callback
    assert callback is not None
    assert callback.due_at == datetime(2026, 10, 26, 11, 0, tzinfo=UTC)  # 12:00 CET
    due = to_local(callback.due_at)
    assert (due.weekday(), due.hour, due.minute) == (0, 12, 0)


def test_the_default_due_time_skips_the_weekend() -> None:
    thursday = datetime(2026, 3, 26, 20, 0, tzinfo=UTC)
    assert default_callback_due(thursday) == datetime(2026, 3, 27, 11, 0, tzinfo=UTC)
    saturday = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)  # DST starts Sunday 29 March
    assert default_callback_due(saturday) == datetime(2026, 3, 30, 10, 0, tzinfo=UTC)
    late_sunday = datetime(2026, 3, 29, 22, 30, tzinfo=UTC)  # already Monday in Copenhagen
    assert default_callback_due(late_sunday) == datetime(2026, 3, 31, 10, 0, tzinfo=UTC)


def test_a_callback_without_a_name_says_so_and_does_not_register(open_dialog) -> None:
    opened = open_dialog(ticket_label="K004", channel=Channel.COUNTER)
    opened.keys.press(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    opened.keys.press(Qt.Key.Key_Return)
    assert opened.registered == []
    assert opened.dialog.error.isVisible()
    assert QApplication.focusWidget() is opened.dialog.citizen_name
    assert opened.dialog.registration() is None


def test_a_contact_without_a_ticket_chooses_its_channel(open_dialog) -> None:
    opened = open_dialog()
    dialog = opened.dialog
    assert dialog.windowTitle() == "Register a contact"
    assert dialog.channel_buttons[Channel.PHONE].isChecked()  # the default
    opened.keys.press(Qt.Key.Key_3, Qt.KeyboardModifier.AltModifier)  # mail
    assert dialog.channel_buttons[Channel.MAIL].isChecked()
    opened.keys.press(Qt.Key.Key_Return)
    registration = _only(opened)
    assert registration.channel is Channel.MAIL
    assert registration.service_ids == (SERVICES[0].id,)


def test_every_channel_has_its_alt_number(open_dialog) -> None:
    opened = open_dialog()
    expected = [Channel.COUNTER, Channel.PHONE, Channel.MAIL, Channel.SOCIAL, Channel.PASSING]
    keys = [Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]
    for key, channel in zip(keys, expected, strict=True):
        opened.keys.press(key, Qt.KeyboardModifier.AltModifier)
        assert opened.dialog.channel is channel


def test_alt_2_chooses_phone_after_another_channel(open_dialog) -> None:
    opened = open_dialog(preselected=SERVICES[2].id)
    opened.keys.press(Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    opened.keys.press(Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)
    opened.keys.press(Qt.Key.Key_Return)
    registration = _only(opened)
    assert registration.channel is Channel.PHONE
    assert registration.service_ids == (SERVICES[2].id,)


def test_a_quick_question_in_passing_needs_no_service(open_dialog) -> None:
    opened = open_dialog()
    opened.keys.press(Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    opened.keys.press(Qt.Key.Key_Return)
    registration = _only(opened)
    assert registration.channel is Channel.PASSING
    assert registration.service_ids == ()


def test_a_quick_question_may_still_name_a_service(open_dialog) -> None:
    opened = open_dialog()
    opened.keys.press(Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    opened.keys.press("2")
    opened.keys.press(Qt.Key.Key_Return)
    assert _only(opened).service_ids == (SERVICES[1].id,)


def test_no_service_matching_is_an_error_not_an_empty_registration(open_dialog) -> None:
    opened = open_dialog(ticket_label="K004", channel=Channel.COUNTER)
    opened.keys.type("xyz")
    opened.keys.press(Qt.Key.Key_Return)
    assert opened.registered == []
    error = opened.dialog.findChild(QLabel, "registrationError")
    assert error is not None and error.isVisible()
    assert error.text() == "Choose a service"
    assert opened.dialog.registration() is None


def test_a_ticket_cannot_choose_its_channel(open_dialog) -> None:
    opened = open_dialog(ticket_label="K004", channel=Channel.COUNTER)
    assert opened.dialog.channel_box.isHidden()
    opened.keys.press(Qt.Key.Key_5, Qt.KeyboardModifier.AltModifier)
    assert opened.dialog.channel is Channel.COUNTER


def test_show_error_keeps_the_dialog_open_and_usable(open_dialog) -> None:
    opened = open_dialog(ticket_label="K004", channel=Channel.COUNTER)
    opened.keys.press(Qt.Key.Key_Return)
    assert len(opened.registered) == 1
    opened.dialog.show_error("give a Danish phone number (8 digits) or an e-mail address")
    error = opened.dialog.findChild(QLabel, "registrationError")
    assert error is not None and error.isVisible()
    assert "8 digits" in error.text()
    assert opened.dialog.isVisible()
    assert QApplication.focusWidget() is opened.dialog.filter
    opened.keys.press("2")  # changing something clears the message
    assert not error.isVisible()
    opened.keys.press(Qt.Key.Key_Return)
    assert len(opened.registered) == 2


def test_escape_closes_without_registering(open_dialog, qtbot: QtBot) -> None:
    opened = open_dialog(ticket_label="K004", channel=Channel.COUNTER)
    with qtbot.waitSignal(opened.dialog.rejected, timeout=1000):
        opened.keys.press(Qt.Key.Key_Escape)
    assert opened.registered == []
    assert not opened.dialog.isVisible()


def test_the_note_is_reached_by_tab_and_enter_registers_from_it(open_dialog) -> None:
    opened = open_dialog(ticket_label="K004", channel=Channel.COUNTER)
    for _ in range(20):
        if QApplication.focusWidget() is opened.dialog.note:
            break
        opened.keys.press(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is opened.dialog.note
    opened.keys.type("Ny pinkode")
    opened.keys.press(Qt.Key.Key_Return)
    assert _only(opened).note == "Ny pinkode"


def test_a_preset_outcome_and_every_control_named(open_dialog) -> None:
    opened = open_dialog(
        ticket_label="K004",
        channel=Channel.COUNTER,
        outcome=Outcome.APPOINTMENT_BOOKED,
        preselected=SERVICES[4].id,
    )
    controls = [
        *opened.dialog.findChildren(QPushButton),
        *opened.dialog.findChildren(QLineEdit),
    ]
    assert all(widget.accessibleName() for widget in controls if _own(widget))
    opened.keys.press(Qt.Key.Key_Return)
    registration = _only(opened)
    assert registration.outcome is Outcome.APPOINTMENT_BOOKED
    assert registration.service_ids == (SERVICES[4].id,)


def _own(widget: QWidget) -> bool:
    """Not a line edit inside a combo box or date edit (Qt's own parts)."""
    parent = widget.parentWidget()
    return parent is None or (
        not parent.inherits("QAbstractSpinBox") and not parent.inherits("QComboBox")
    )


def test_enter_registers_from_every_field_of_a_callback(open_dialog) -> None:
    opened = open_dialog(ticket_label="K004", channel=Channel.COUNTER)
    dialog = opened.dialog
    opened.keys.press(Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    dialog.citizen_name.setText("Anna Jensen")
    dialog.contact.setText("anna@example.dk")
    fields: list[QWidget] = [
        dialog.callback_group,
        dialog.due,
        dialog.citizen_name,
        dialog.contact,
        dialog.question,
        dialog.note,
        dialog.services,
        dialog.outcome_buttons[Outcome.CALLBACK],
    ]
    for field in fields:
        field.setFocus()
        assert QApplication.focusWidget() is field
        opened.keys.press(Qt.Key.Key_Return)
    assert len(opened.registered) == len(fields)
    assert all(r.callback is not None for r in opened.registered)

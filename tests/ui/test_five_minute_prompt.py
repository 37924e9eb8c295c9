"""At the limit the prompt names the appointment to book, and takes a choice by keyboard."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from counter_app.domain.five_minute import ContinueReason, ServingLimit
from counter_app.domain.org import Area, Resource
from counter_app.services.views import AppointmentKind, ChecklistView, ServiceView
from counter_app.ui.five_minute_prompt import FiveMinutePrompt

LIMIT = ServingLimit.of_seconds(300, 240)


def _service(name: str, appointment: AppointmentKind | None) -> ServiceView:
    return ServiceView(
        id=uuid.uuid4(),
        code=name.upper()[:8],
        name=name,
        area=Area.CITIZEN_SERVICE,
        authority_task=True,
        allowed_here=True,
        kvik_within_five_minutes=False,
        appointment_only=False,
        appointment=appointment,
        checklist=ChecklistView(),
    )


PASSPORT = _service("Passport", AppointmentKind(Resource.CITIZEN_SERVICE, 15))


def _window(qtbot: QtBot) -> tuple[QWidget, FiveMinutePrompt, QLineEdit]:
    """The prompt in a window with another field that has the focus, as at the desk."""
    window = QWidget()
    qtbot.addWidget(window)
    field = QLineEdit()
    prompt = FiveMinutePrompt()
    layout = QVBoxLayout(window)
    layout.addWidget(field)
    layout.addWidget(prompt)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    field.setFocus()
    return window, prompt, field


def test_the_prompt_names_the_appointment_and_the_limit(qtbot: QtBot) -> None:
    prompt = FiveMinutePrompt()
    qtbot.addWidget(prompt)
    assert prompt.isHidden()
    prompt.show_for(PASSPORT, LIMIT)
    assert prompt.isVisible()
    assert prompt.heading.text().startswith("5:00 has passed.")
    assert prompt.appointment.text() == "Book: citizen service, 15 minutes (Passport)"
    prompt.show_for(
        _service("Assignment writing help", AppointmentKind(Resource.LIBRARIAN, 30)),
        ServingLimit.of_seconds(600, 480),
    )
    assert prompt.heading.text().startswith("10:00 has passed.")
    assert prompt.appointment.text() == ("Book: a librarian, 30 minutes (Assignment writing help)")
    prompt.show_for(None, LIMIT)
    assert "Ctrl+K" in prompt.appointment.text()
    prompt.show_for(_service("Lost card", None), LIMIT)
    assert prompt.appointment.text() == "This service has no appointment kind in the catalogue."
    buttons = [prompt.handoff, *prompt.buttons.values()]
    assert all(button.accessibleName() for button in buttons)


def test_ctrl_2_continues_because_the_citizen_cannot_come_back(qtbot: QtBot) -> None:
    _window_kept, prompt, field = _window(qtbot)
    prompt.show_for(PASSPORT, LIMIT)
    with qtbot.waitSignal(prompt.continued, timeout=1000) as blocker:
        qtbot.keyClick(field, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [ContinueReason.CANNOT_COME_BACK]
    assert prompt.isHidden()
    assert field.text() == ""  # the shortcut did not type into the field


def test_ctrl_b_hands_off_and_the_buttons_work_too(qtbot: QtBot) -> None:
    _window_kept, prompt, field = _window(qtbot)
    prompt.show_for(PASSPORT, LIMIT)
    with qtbot.waitSignal(prompt.handoff_requested, timeout=1000):
        qtbot.keyClick(field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert prompt.isHidden()
    prompt.show_for(PASSPORT, LIMIT)
    with qtbot.waitSignal(prompt.continued, timeout=1000) as blocker:
        qtbot.mouseClick(prompt.buttons[ContinueReason.OTHER], Qt.MouseButton.LeftButton)
    assert blocker.args == [ContinueReason.OTHER]
    assert prompt.isHidden()


def test_the_shortcuts_do_nothing_while_the_prompt_is_hidden_or_disabled(qtbot: QtBot) -> None:
    _window_kept, prompt, field = _window(qtbot)
    with qtbot.assertNotEmitted(prompt.continued), qtbot.assertNotEmitted(prompt.handoff_requested):
        qtbot.keyClick(field, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(field, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
        prompt.show_for(PASSPORT, LIMIT)
        prompt.setEnabled(False)
        qtbot.keyClick(field, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        prompt.setEnabled(True)
        prompt.dismiss()
        assert prompt.isHidden()
        qtbot.keyClick(field, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
        qtbot.wait(200)

"""Staff find the service from the keyboard and see its checklist, and whether the desk may
do it at all."""

from __future__ import annotations

import dataclasses
import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from counter_app.domain.org import Area, Resource
from counter_app.services.views import AppointmentKind, ChecklistView, ServiceView
from counter_app.ui.checklist_panel import ChecklistPanel, appointment_text, fill


# The completion list pops up while typing; the offscreen platform cannot raise it or let
# it grab the keyboard, and says so (harmless: the keys reach it all the same).
def _service(
    name: str,
    *,
    area: Area = Area.CITIZEN_SERVICE,
    authority_task: bool = False,
    allowed_here: bool = True,
    kvik: bool = False,
    appointment_only: bool = False,
    appointment: AppointmentKind | None = None,
    bring: tuple[str, ...] = (),
    steps: tuple[str, ...] = (),
) -> ServiceView:
    return ServiceView(
        id=uuid.uuid4(),
        code=name.upper()[:8],
        name=name,
        area=area,
        authority_task=authority_task,
        allowed_here=allowed_here,
        kvik_within_five_minutes=kvik,
        appointment_only=appointment_only,
        appointment=appointment,
        checklist=ChecklistView(bring=bring, steps=steps),
    )


PASSPORT = _service(
    "Passport",
    authority_task=True,
    appointment=AppointmentKind(Resource.CITIZEN_SERVICE, 15),
    bring=("Old passport", "Photo <35×45 mm>"),
    steps=("Check identity", "Take fingerprints"),
)
NEM_ID = _service("MitID help", kvik=True, steps=("Open the MitID app",))
WRITING = _service(
    "Assignment writing help",
    area=Area.LIBRARY,
    appointment_only=True,
    appointment=AppointmentKind(Resource.LIBRARIAN, 30),
)


def _panel(qtbot: QtBot) -> ChecklistPanel:
    panel = ChecklistPanel()
    qtbot.addWidget(panel)
    panel.show_services([PASSPORT, NEM_ID, WRITING])
    return panel


def test_typing_part_of_a_name_and_enter_chooses_the_service(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.show()
    with qtbot.waitSignal(panel.service_chosen, timeout=1000) as blocker:
        qtbot.keyClicks(panel.search, "ASSP")
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert blocker.args == [PASSPORT]
    assert panel.chosen == PASSPORT
    assert panel.search.text() == "Passport"
    assert panel.name.text() == "Passport"
    text = panel.checklist.text()
    assert "<li>Take fingerprints</li>" in text and "<ol>" in text
    assert "Photo &lt;35×45 mm&gt;" in text  # the catalogue's text is never markup
    assert panel.kvik.isHidden() and panel.not_allowed.isHidden()


def test_a_word_nothing_matches_keeps_the_choice(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.show()
    panel.choose(NEM_ID.id)
    panel.search.clear()
    with qtbot.assertNotEmitted(panel.service_chosen):
        qtbot.keyClicks(panel.search, "zzz")
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.chosen == NEM_ID
    assert panel.hint.isVisible() and "zzz" in panel.hint.text()


def test_ctrl_k_finds_the_service_from_anywhere_in_the_window(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    other = QLineEdit()
    panel = ChecklistPanel()
    panel.show_services([PASSPORT, NEM_ID, WRITING])
    layout = QVBoxLayout(window)
    layout.addWidget(other)
    layout.addWidget(panel)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    other.setFocus()
    panel.choose(PASSPORT.id)
    qtbot.keyClick(other, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert panel.search.hasFocus() and panel.search.selectedText() == "Passport"
    with qtbot.waitSignal(panel.service_chosen, timeout=1000) as blocker:
        qtbot.keyClicks(panel.search, "mitid")
        qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert blocker.args == [NEM_ID]
    assert panel.kvik.text() == "KVIK answers this on the spot (within the limit)."


def test_a_service_this_desk_may_not_do_shows_the_way_on(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    not_here = _service(
        "Passport",
        authority_task=True,
        allowed_here=False,
        kvik=True,
        appointment=AppointmentKind(Resource.CITIZEN_SERVICE, 15),
    )
    panel.show_services([not_here, WRITING])
    panel.choose(not_here.id)
    assert panel.not_allowed.objectName() == "notAllowedHere"
    assert panel.not_allowed.text().splitlines() == [
        "This desk may not do this: it is an authority task for citizen service.",
        "Book citizen service, 15 minutes.",
    ]
    assert panel.forward.isHidden()  # a desk without a screen cannot forward
    panel.set_screen_forwarding(True)  # a branch library with a screen
    assert panel.not_allowed.text().splitlines()[-1] == (
        "Or forward the citizen by screen to citizen service."
    )
    assert not panel.forward.isHidden()
    with qtbot.waitSignal(panel.forward_requested, timeout=1000) as blocker:
        panel.forward.click()
    assert blocker.args == [not_here]
    assert panel.kvik.isHidden()  # KVIK may not answer it here at all
    library_only = _service("Interlibrary loan", area=Area.LIBRARY, allowed_here=False)
    panel.show_services([library_only])
    panel.choose(library_only.id)
    assert panel.not_allowed.text() == "This desk's role may not do this service."
    assert panel.forward.isHidden()  # library work is not forwarded to citizen service


def test_an_appointment_only_service_says_so(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    panel.choose(WRITING.id)
    assert panel.appointment_only.text() == "Always by appointment: a librarian, 30 minutes."
    assert panel.checklist.text() == "This service has no checklist."


def test_the_choice_survives_new_services_and_clears_for_the_next_citizen(
    qtbot: QtBot,
) -> None:
    panel = _panel(qtbot)
    chosen: list[object] = []
    panel.service_chosen.connect(chosen.append)
    panel.choose(PASSPORT.id)
    renamed = dataclasses.replace(
        PASSPORT, name="Passport (new)", checklist=ChecklistView(steps=("One step",))
    )
    panel.show_services([renamed, NEM_ID])  # still there: still chosen, shown as it is now
    assert panel.name.text() == "Passport (new)" and chosen == [PASSPORT]
    panel.show_services([NEM_ID])  # gone: nothing chosen by accident
    assert panel.chosen is None
    panel.choose(NEM_ID.id)
    panel.clear()
    assert panel.chosen is None and panel.search.text() == ""
    assert panel.name.text() == "No service chosen yet."
    assert panel.checklist.isHidden()
    panel.choose(None)  # no change: no signal
    assert chosen == [PASSPORT, None, NEM_ID, None]


def test_every_control_has_an_accessible_name(qtbot: QtBot) -> None:
    panel = _panel(qtbot)
    for widget in (panel.search, panel.name, panel.not_allowed, panel.checklist, panel.details):
        assert widget.accessibleName()


def test_appointment_text_and_fill() -> None:
    assert appointment_text(AppointmentKind(Resource.LIBRARIAN, 30)) == "a librarian, 30 minutes"
    assert fill("%1 (%2)", "50%2", "x") == "50%2 (x)"

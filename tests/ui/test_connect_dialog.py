"""Connecting the desk to a server from the Help menu: what was typed wrong is said beside
it and nothing is saved; a good address and code are saved for the next start, which
reads them. In Danish. COUNTER_SCREENSHOT_DIR keeps connect_refused.png."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from counter_app.app.first_start import connection_setup
from counter_app.app.saved_settings import settings_file
from counter_app.app.settings import parse_settings
from counter_app.ui.connect_dialog import ConnectDialog
from counter_app.ui.help_menu import ConnectionSetup, HelpMenu
from counter_app.ui.i18n import install_translators


@pytest.fixture
def danish(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "da")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture(autouse=True)
def _no_server_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("COUNTER_SERVER_URL", "COUNTER_ENROLLMENT_CODE", "COUNTER_CA_FILE"):
        monkeypatch.delenv(name, raising=False)


def _dialog(qtbot: QtBot, data_dir: Path) -> ConnectDialog:
    setup = connection_setup(parse_settings(["--data-dir", str(data_dir)]))
    dialog = ConnectDialog(setup.save)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # as when it opens over the desk: Enter goes to Save
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert all(field.isVisible() for field in (dialog.address, dialog.code, dialog.ca_file))
    return dialog


def _fill(qtbot: QtBot, dialog: ConnectDialog, address: str, code: str, ca: str = "") -> None:
    for field, text in ((dialog.address, address), (dialog.code, code), (dialog.ca_file, ca)):
        field.clear()
        qtbot.keyClicks(field, text)


REFUSED = [
    ("", "ACDE-FGHJ-KMNP", "Skriv serverens adresse"),
    ("   ", "ACDE-FGHJ-KMNP", "Skriv serverens adresse"),
    ("koe.kommune.dk", "ACDE-FGHJ-KMNP", "Skriv hele adressen, så den begynder med https://"),
    ("https://", "ACDE-FGHJ-KMNP", "Skriv hele adressen"),
    ("https://koe.kommune.dk:99999", "ACDE-FGHJ-KMNP", "Skriv hele adressen"),
    ("https://koe kommune.dk", "ACDE-FGHJ-KMNP", "må ikke indeholde mellemrum"),
    ("http://10.1.2.3:8400", "ACDE-FGHJ-KMNP", "kun til en server på en anden computer med https"),
    ("https://koe.kommune.dk", "", "Skriv engangskoden fra IT."),
    ("https://koe.kommune.dk", "ACDE-FGHJ", "En engangskode har 12 bogstaver og tal"),
    ("https://koe.kommune.dk", "ACDE-FGHJ-KMN0", "En engangskode har 12 bogstaver og tal"),
]


@pytest.mark.usefixtures("danish")
@pytest.mark.parametrize(("address", "code", "message"), REFUSED)
def test_what_was_typed_wrong_is_said_beside_it_and_nothing_is_saved(
    qtbot: QtBot, tmp_path: Path, address: str, code: str, message: str
) -> None:
    dialog = _dialog(qtbot, tmp_path)
    assert not dialog.error.isVisible()
    _fill(qtbot, dialog, address, code)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)  # Enter is Save
    assert dialog.error.isVisible()
    assert message in dialog.error.text()
    assert dialog.isVisible() and dialog.choice is None
    assert not settings_file(tmp_path).exists()
    qtbot.keyClicks(dialog.code, "x")  # typing again clears the complaint
    assert not dialog.error.isVisible()
    if address == "http://10.1.2.3:8400":
        folder = Path(os.environ.get("COUNTER_SCREENSHOT_DIR") or tmp_path)
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
        assert dialog.grab().save(str(folder / "connect_refused.png"), "PNG")


def test_every_field_is_reached_from_the_keyboard(
    qtbot: QtBot, danish: None, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, tmp_path)
    assert dialog.focusWidget() is dialog.address  # typing starts with the address
    for key, field in ((Qt.Key.Key_E, dialog.code), (Qt.Key.Key_C, dialog.ca_file)):
        qtbot.keyClick(dialog, key, Qt.KeyboardModifier.AltModifier)  # Alt+E, Alt+C
        assert dialog.focusWidget() is field
    assert dialog.save_button.text() == "&Gem" and dialog.browse.text() == "Gennem&se…"
    for widget in (dialog.address, dialog.code, dialog.ca_file, dialog.browse, dialog.error):
        assert widget.accessibleName()


def test_a_ca_file_that_holds_no_certificate_is_refused(
    qtbot: QtBot, danish: None, tmp_path: Path
) -> None:
    not_a_certificate = tmp_path / "kommune-ca.pem"
    not_a_certificate.write_text("hello")
    dialog = _dialog(qtbot, tmp_path)
    _fill(qtbot, dialog, "https://koe.kommune.dk", "ACDE-FGHJ-KMNP", str(not_a_certificate))
    dialog.save_button.click()
    assert "CA-filen kan ikke læses" in dialog.error.text()
    assert dialog.focusWidget() is dialog.ca_file
    assert not settings_file(tmp_path).exists()


def test_a_good_address_and_code_are_saved_for_the_next_start(
    qtbot: QtBot, danish: None, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, tmp_path)
    _fill(qtbot, dialog, "  https://koe.kommune.dk ", "acde fghj kmnp")
    dialog.save_button.click()
    assert not dialog.isVisible() and not dialog.error.isVisible()
    next_start = parse_settings(["--data-dir", str(tmp_path)])
    assert next_start.server_url == "https://koe.kommune.dk"
    assert next_start.enrollment_code == "ACDE-FGHJ-KMNP"


def test_a_folder_that_cannot_be_written_is_said_not_raised(
    qtbot: QtBot, danish: None, tmp_path: Path
) -> None:
    not_a_folder = tmp_path / "afile"
    not_a_folder.write_text("x")
    dialog = _dialog(qtbot, not_a_folder)
    _fill(qtbot, dialog, "https://koe.kommune.dk", "ACDE-FGHJ-KMNP")
    dialog.save_button.click()
    assert dialog.error.text().startswith("Forbindelsen kunne ikke gemmes:")
    assert dialog.isVisible()


def test_the_help_menu_connects_and_says_to_start_again(
    qtbot: QtBot, danish: None, tmp_path: Path
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    setup = connection_setup(parse_settings(["--data-dir", str(tmp_path)]))
    help_menu = HelpMenu(window, list, setup)
    window.show()
    titles = [action.text() for action in help_menu.menu.actions() if action.text()]
    assert titles == ["&Tjeklister til ydelserne…", "&Om demoen…", "Forbind til en &server…"]
    assert help_menu.connect_action is not None
    help_menu.connect_action.trigger()
    dialog = help_menu.connect_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Forbind til kommunens server"
    _fill(qtbot, dialog, "https://koe.kommune.dk", "ACDE-FGHJ-KMNP")
    dialog.save_button.click()
    box = help_menu.saved_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text().startswith("Skranken forbinder til https://koe.kommune.dk med engangskoden")
    assert box.defaultButton().text() == "&Senere"
    box.defaultButton().click()
    assert window.isVisible()  # later: the demo goes on
    assert parse_settings(["--data-dir", str(tmp_path)]).saved_server

    help_menu.connect_action.trigger()
    dialog = help_menu.connect_dialog
    assert dialog is not None
    _fill(qtbot, dialog, "https://koe.kommune.dk", "MNPQ-RTUV-WXY3")
    dialog.save_button.click()
    box = help_menu.saved_box
    assert box is not None
    [close] = [b for b in box.buttons() if b.text() == "&Luk programmet"]
    close.click()
    assert not window.isVisible()  # the program ends with its window


def test_a_server_desk_has_no_demo_notice_and_a_window_without_setup_no_connecting(
    qtbot: QtBot, danish: None
) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    server = ConnectionSetup(demo=False, save=lambda _choice: None, server_url="https://a.dk")
    connected = HelpMenu(window, list, server)
    assert connected.about_demo_action is None and connected.connect_action is not None
    bare = HelpMenu(QMainWindow(window), list)
    assert bare.about_demo_action is None and bare.connect_action is None
    assert bare.open_connect() is None

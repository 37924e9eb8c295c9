"""The first start: the demo says what it is once per data folder, the Help menu opens the
service checklists and the notice again, and a failed first connection to a server saved
in the program leaves the demo usable. Driven through the desk program's own start
(``desk_main``), in Danish."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from counter_app.app.desk_main import _run
from counter_app.app.saved_settings import read_saved_settings, settings_file
from counter_app.app.settings import parse_settings
from counter_app.ui.desk_window import DeskWindow
from counter_app.ui.first_start_notice import FirstStartNotice
from tests.support.file_keyring import FileKeyring
from tests.ui.signals import until


@pytest.fixture(autouse=True)
def _no_server_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("COUNTER_SERVER_URL", "COUNTER_ENROLLMENT_CODE", "COUNTER_CA_FILE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileKeyring]:
    monkeypatch.setenv("COUNTER_TEST_KEYRING", str(tmp_path / "keyring.json"))
    backend = FileKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _visible_desk() -> DeskWindow | None:
    return next(
        (w for w in QApplication.topLevelWidgets() if isinstance(w, DeskWindow) and w.isVisible()),
        None,
    )


async def _desk_window() -> DeskWindow:
    await until(lambda: _visible_desk() is not None, timeout=30)
    window = _visible_desk()
    assert window is not None
    return window


def test_the_demo_says_what_it_is_at_the_first_start_only(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    settings = parse_settings(["--data-dir", str(tmp_path)])

    async def scenario() -> None:
        first = asyncio.ensure_future(_run(settings))
        window = await _desk_window()
        notice = window.help.notice
        assert notice is not None and notice.isVisible()
        assert notice.windowTitle() == "Demoen på denne computer"
        assert notice.text.text().startswith("Dette er en demo, der kun kører på denne computer")
        assert "engangskode" in notice.text.text()
        assert notice.demo_button.isDefault()
        assert notice.connect_button.text() == "&Forbind til en server…"
        assert read_saved_settings(tmp_path).demo_notice_shown  # remembered at once
        qtbot.keyClick(notice, Qt.Key.Key_Return)  # Enter: go on with the demo
        await until(lambda: window.help.notice is None)

        # The Help menu: the service checklists with F1, readable and searchable.
        assert window.help.menu.title() == "&Hjælp"
        window.activateWindow()
        await until(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window, Qt.Key.Key_F1)
        checklists = window.help.checklists
        assert checklists is not None and checklists.isVisible()
        assert "Pas" in checklists.shown_names()
        qtbot.keyClicks(checklists.filter, "pas")
        assert "Pas" in checklists.shown_names() and "Lægeskift" not in checklists.shown_names()
        checklists.list.setCurrentRow(checklists.shown_names().index("Pas"))
        assert checklists.details.name.text() == "Pas"
        assert "Borgeren medbringer" in checklists.details.checklist.text()
        checklists.close()
        window.close()
        assert await first == 0

        second = asyncio.ensure_future(_run(settings))
        window = await _desk_window()
        assert window.help.notice is None  # not at every start
        assert window.help.about_demo_action is not None
        window.help.about_demo_action.trigger()  # but whenever asked for
        again = window.help.show_notice()  # the one the menu opened, not a second one
        notices = [w for w in QApplication.topLevelWidgets() if isinstance(w, FirstStartNotice)]
        assert notices == [again] and again.isVisible()
        again.demo_button.click()
        window.close()
        assert await second == 0

    qt_loop.run_until_complete(scenario())


def test_a_failed_first_connection_offers_the_demo_and_forgets_the_saved_server(
    qt_loop: qasync.QEventLoop, tmp_path: Path, test_keyring: FileKeyring
) -> None:
    """Nobody answers at the saved address: the person is told why and may use the demo,
    which then starts at once; the wrong address leaves the file, the notice flag stays."""
    settings_file(tmp_path).write_text(
        json.dumps(
            {
                "version": 1,
                "server": "http://127.0.0.1:9",
                "enrollment_code": "ACDE-FGHJ-KMNP",
                "demo_notice_shown": True,
            }
        )
    )
    settings = parse_settings(["--data-dir", str(tmp_path)])
    assert settings.saved_server

    def offer() -> QMessageBox | None:
        return next(
            (
                w
                for w in QApplication.topLevelWidgets()
                if isinstance(w, QMessageBox) and w.isVisible()
            ),
            None,
        )

    async def scenario() -> None:
        running = asyncio.ensure_future(_run(settings))
        await until(lambda: offer() is not None, timeout=30)
        box = offer()
        assert box is not None
        assert box.windowTitle() == "Skranken kunne ikke forbinde til serveren"
        assert "never reached its server" in box.text()
        assert "Du kan bruge demoen" in box.informativeText()
        [demo] = [b for b in box.buttons() if b.text() == "Brug &demoen"]
        demo.click()
        window = await _desk_window()
        assert window.help.about_demo_action is not None  # the demo runs
        assert read_saved_settings(tmp_path).server_url is None
        assert read_saved_settings(tmp_path).demo_notice_shown
        window.close()
        assert await running == 0

    qt_loop.run_until_complete(scenario())

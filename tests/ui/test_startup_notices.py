"""What staff see at start when something went wrong before: the rebuilt local database."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox
from pytestqt.qtbot import QtBot

from counter_app.ui.i18n import install_translators
from counter_app.ui.screens import tell_database_rebuilt


def test_a_rebuilt_database_is_told_without_stopping_the_desk(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path
) -> None:
    """In Danish, with where the damaged file went and how many changes were kept; the
    window stays usable. COUNTER_SCREENSHOT_DIR keeps database_rebuilt.png."""
    translators = install_translators(qapp, "da")
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    moved = r"C:\Users\kvik\AppData\Local\counter-app\desks\desk-1.sqlite.damaged-20261124T081500Z"
    box = tell_database_rebuilt(window, moved, 3)
    qtbot.waitExposed(box)
    assert box.icon() is QMessageBox.Icon.Warning and not box.isModal()
    assert moved in box.text() and ": 3." in box.text()
    assert box.text().startswith("Skrankens lokale database var beskadiget")  # Danish
    assert box.windowTitle() == "Den lokale database er bygget op igen"
    folder = Path(os.environ.get("COUNTER_SCREENSHOT_DIR") or tmp_path)
    assert box.grab().save(str(folder / "database_rebuilt.png"), "PNG")
    box.close()
    for translator in translators:
        qapp.removeTranslator(translator)

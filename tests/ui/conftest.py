"""GUI fixtures: qasync's loop over pytest-qt's application, and desks on an embedded server."""

from __future__ import annotations

import asyncio
import gc
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
import shiboken6
from PySide6.QtWidgets import QApplication

from counter_app.app.settings import DeskSettings
from counter_app.ui.garbage import UiThreadCollector
from counter_app.ui.i18n import install_translators

# No screen in CI or on a server: Qt renders offscreen unless a developer asks otherwise.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Everything here drives real widgets."""
    for item in items:
        if "tests/ui/" in str(item.fspath):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def qt_loop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    """An asyncio loop that runs on Qt's event loop, as in the desk program."""
    qapp.setQuitOnLastWindowClosed(False)
    translators = install_translators(qapp, "da")  # Danish is the default the staff see
    collector = UiThreadCollector(qapp)  # as the desk program runs (counter_app.ui.garbage)
    collector.start()
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        collector.stop()
        collector.deleteLater()
        loop.close()
        # qasync keeps a Qt timer object for the asyncio timers a test leaves (a cancelled
        # wait, the engine's poll) even after close(); delete it here, in the UI thread,
        # or the collector frees it later in another thread: "Timers cannot be stopped
        # from another thread", and now and then a crash. (_timer: qasync 0.28, pinned.)
        shiboken6.delete(loop._timer)
        asyncio.set_event_loop(None)
        for translator in translators:
            qapp.removeTranslator(translator)
        # Free this test's Qt objects here, in the UI thread. Left to chance, Python's
        # collector may run in a worker thread of the next test and destroy them there,
        # which Qt answers with warnings or a crash.
        gc.collect()


def desk_settings(data_dir: Path, desk_name: str, language: str = "da") -> DeskSettings:
    """Settings of a desk on the embedded default in ``data_dir``."""
    return DeskSettings(
        data_dir=data_dir,
        server_url=None,
        enrollment_key=None,
        municipality="demo",
        branch="HB",
        desk_name=desk_name,
        language=language,
        smoke_test=False,
        screenshot=None,
    )

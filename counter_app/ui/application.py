"""The Qt application with its translations, and qasync's loop to run the desk in."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable, Coroutine
from typing import Any

import qasync
from PySide6.QtWidgets import QApplication

from counter_app.ui.focus_ring import FocusRings
from counter_app.ui.garbage import UiThreadCollector
from counter_app.ui.i18n import install_translators


def run_in_qt(main: Callable[[], Coroutine[Any, Any, int]], language: str) -> int:
    """Create the application, load ``language``, and run ``main`` on Qt's event loop."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("counter-app")
    # The coroutine decides when the program ends (after syncing down), not the last window.
    app.setQuitOnLastWindowClosed(False)
    translators = install_translators(app, language)
    rings = FocusRings(app)  # the keyboard's place, always visible
    collector = UiThreadCollector(app)
    collector.start()
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            return int(loop.run_until_complete(main()))
    finally:
        collector.stop()
        rings.stop()
        for translator in translators:
            app.removeTranslator(translator)

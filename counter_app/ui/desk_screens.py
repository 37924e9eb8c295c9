"""Opening the desk window (or a screenshot of it), and telling people why a start failed."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from counter_app.services.queue_desk import QueueDesk
from counter_app.sync.engine import SyncEngine
from counter_app.ui.desk_window import DeskWindow
from counter_app.ui.sync_bridge import SyncBridge


def build_desk_window(
    queue_desk: QueueDesk, sync: SyncEngine, clock: Callable[[], datetime]
) -> DeskWindow:
    """The desk window wired to its services and sync engine."""
    bridge = SyncBridge(sync)
    window = DeskWindow(queue_desk, bridge, clock)
    bridge.setParent(window)
    window.top_bar.show_status(sync.status)
    return window


async def run_window(
    queue_desk: QueueDesk,
    sync: SyncEngine,
    clock: Callable[[], datetime],
    screenshot: Path | None = None,
) -> int:
    """Show the window until it is closed (or save a screenshot and return)."""
    window = build_desk_window(queue_desk, sync, clock)
    if screenshot is not None:
        window.show()
        await asyncio.sleep(0.1)  # let Qt lay out and paint through the running loop
        saved = window.grab().save(str(screenshot), "PNG")
        window.close()
        if not saved:
            sys.stderr.write(f"counter-app: cannot write the screenshot to {screenshot}\n")
        return 0 if saved else 1
    closed = asyncio.get_running_loop().create_future()

    def finish() -> None:
        if not closed.done():
            closed.set_result(None)

    window.closed.connect(finish)
    sync.start()
    window.show()
    await closed
    return 0


async def show_startup_error(message: str) -> None:
    """A message box a person can act on; returns when it is dismissed."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Startup", "The counter program could not start"),
        message,
    )
    done = asyncio.get_running_loop().create_future()

    def finish(_code: int) -> None:
        if not done.done():
            done.set_result(None)

    box.finished.connect(finish)
    box.open()  # not exec(): a nested event loop would stall qasync's tasks
    await done

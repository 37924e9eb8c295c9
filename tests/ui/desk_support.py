"""The desk window as staff have it, for the GUI tests: a desk of the embedded demo with
its window shown (and active, when keys must reach it), closed afterwards."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counter_app.app.startup import RunningDesk, start_desk
from counter_app.ui.desk_window import DeskWindow
from tests.ui.conftest import desk_settings
from tests.ui.signals import wait_for_condition
from tests.ui.test_desk_window import desk_window


@contextlib.asynccontextmanager
async def desk_on_screen(
    qtbot: QtBot, data_dir: Path, *, sync: bool = True, active: bool = False
) -> AsyncIterator[tuple[RunningDesk, DeskWindow]]:
    """Desk "KVIK 1" in ``data_dir`` and its window, shown; syncing unless ``sync`` is
    False; the active window (function keys go there) if ``active``."""
    desk = await start_desk(desk_settings(data_dir, "KVIK 1"))
    try:
        window = desk_window(desk)
        qtbot.addWidget(window)
        if sync:
            desk.sync.start()
        window.show()
        if active:
            await activate(window)
        yield desk, window
        window.close()
    finally:
        await desk.close()


async def activate(window: DeskWindow) -> None:
    """Make ``window`` the active window and wait until it is."""
    window.activateWindow()
    for _ in range(100):
        if QApplication.activeWindow() is window:
            return
        await asyncio.sleep(0.02)
    raise AssertionError("the desk window never became active")


async def issue_kvik(desk: RunningDesk, window: DeskWindow, label: str) -> None:
    """Issue a KVIK ticket from the window and wait until the server numbered it ``label``."""
    kvik = next(q.id for q in desk.services.queues.queues() if q.prefix == "K")
    window.issue(kvik)
    await wait_for_condition(
        window.serving_panel.message_shown,
        lambda: label in window.serving_panel.message.text(),
        timeout=3,
    )

"""What the kiosk tests share: a kiosk desk on the embedded server and its window."""

from __future__ import annotations

import dataclasses
import uuid
from pathlib import Path

from counter_app.app.settings import Mode
from counter_app.app.startup import RunningDesk, start_desk
from counter_app.ui.kiosk_window import KioskWindow
from counter_app.ui.receipt_printers import ReceiptPrinter
from counter_app.ui.sync_bridge import SyncBridge
from tests.ui.conftest import desk_settings


async def start_kiosk(tmp_path: Path) -> RunningDesk:
    """The kiosk "Kiosk 1" on the demo server in ``tmp_path`` (hosting it if first)."""
    return await start_desk(
        dataclasses.replace(desk_settings(tmp_path, "Kiosk 1"), mode=Mode.KIOSK)
    )


def kiosk_window(
    desk: RunningDesk,
    printer: ReceiptPrinter,
    *,
    receipt_seconds: float = 12.0,
    guard_seconds: float = 1.5,
    start_guard_seconds: float = 0.6,
    idle_seconds: float = 60.0,
    apology_seconds: float = 6.0,
) -> KioskWindow:
    """The kiosk window as the program builds it, in Danish."""
    bridge = SyncBridge(desk.services.sync)
    window = KioskWindow(
        desk.services,
        bridge,
        printer,
        "da",
        receipt_seconds=receipt_seconds,
        guard_seconds=guard_seconds,
        start_guard_seconds=start_guard_seconds,
        idle_seconds=idle_seconds,
        apology_seconds=apology_seconds,
    )
    bridge.setParent(window)
    return window


def queue_id(desk: RunningDesk, prefix: str) -> uuid.UUID:
    """The id of the desk's branch queue with ``prefix``."""
    return next(q.id for q in desk.services.queues.queues() if q.prefix == prefix)

"""Opening the program's window for its mode (desk, kiosk, display board), or a screenshot
of it, and telling people why a start failed."""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, SignalInstance
from PySide6.QtWidgets import QMessageBox, QWidget

from counter_app.services.desk_services import DeskServices
from counter_app.ui.garbage import settle
from counter_app.ui.receipt_printers import printer_from_spec
from counter_app.ui.sync_bridge import SyncBridge

if TYPE_CHECKING:
    from counter_app.ui.board_window import BoardWindow
    from counter_app.ui.desk_window import DeskWindow
    from counter_app.ui.help_menu import ConnectionSetup
    from counter_app.ui.kiosk_window import KioskWindow

    AnyWindow = DeskWindow | KioskWindow | BoardWindow


@dataclass(frozen=True)
class WindowOptions:
    """How the window of a mode is made."""

    mode: str = "desk"  # desk, kiosk or display
    language: str = "da"
    printer: str = "none"  # the kiosk's tickets, a desk's booking slips (printer_from_spec)
    windowed: bool = False  # kiosk and display: a window instead of full screen
    connection: ConnectionSetup | None = None  # a desk's Help > Connect to a server


def build_window(services: DeskServices, options: WindowOptions) -> AnyWindow:
    """The window of ``options.mode`` wired to its services and sync engine.

    Raises ValueError for a printer setting that cannot be understood.
    """
    # Each mode loads only its own window's code: a start is mostly imports.
    bridge = SyncBridge(services.sync)
    window: AnyWindow
    if options.mode == "kiosk":
        from counter_app.ui.kiosk_window import KioskWindow  # noqa: PLC0415

        printer = printer_from_spec(options.printer)
        window = KioskWindow(services, bridge, printer, options.language)
    elif options.mode == "display":
        from counter_app.ui.board_window import BoardWindow  # noqa: PLC0415

        window = BoardWindow(services, bridge, options.language)
    else:
        from counter_app.ui.desk_window import DeskWindow  # noqa: PLC0415

        printer = printer_from_spec(options.printer)
        window = DeskWindow(
            services, bridge, options.language, printer, connection=options.connection
        )
    bridge.setParent(window)
    bridge.attach()  # after the window connected its signals: it hears what came first
    settle()
    return window


async def run_window(
    window: AnyWindow,
    services: DeskServices,
    options: WindowOptions,
    screenshot: Path | None = None,
    shown: Callable[[], object] | None = None,
) -> int:
    """Show the window until it is closed (or save a screenshot and return); ``shown`` is
    called once the window is on screen (not for a screenshot)."""
    if screenshot is not None:
        window.resize(window.size())
        window.show()
        await asyncio.sleep(0.2)  # let Qt lay out and paint through the running loop
        saved = window.grab().save(str(screenshot), "PNG")
        window.close()
        if not saved:
            sys.stderr.write(f"counter-app: cannot write the screenshot to {screenshot}\n")
        return 0 if saved else 1
    closed = asyncio.get_running_loop().create_future()

    def finish() -> None:
        if not closed.done():
            closed.set_result(None)

    signal: SignalInstance = window.closed
    signal.connect(finish)
    services.sync.start()
    if options.mode in ("kiosk", "display") and not options.windowed:
        window.showFullScreen()
    else:
        window.show()
    if shown is not None:
        shown()
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


async def offer_the_demo(message: str) -> bool:
    """The first connection to a saved server failed: say why, and offer the demo instead
    of only closing. True when the person chose the demo."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Startup", "The desk could not connect to the server"),
        message,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Startup",
            "The address and the one-time code were typed in under Help > Connect to a "
            "server. You can use the demo on this computer now; the saved address is then "
            "removed, and you connect again when IT has checked the address and the code.",
        )
    )
    demo = box.addButton(
        QCoreApplication.translate("Startup", "Use the &demo"), QMessageBox.ButtonRole.AcceptRole
    )
    demo.setAccessibleName(QCoreApplication.translate("Startup", "Use the demo"))
    close = box.addButton(
        QCoreApplication.translate("Startup", "&Close"), QMessageBox.ButtonRole.RejectRole
    )
    close.setAccessibleName(QCoreApplication.translate("Startup", "Close the program"))
    box.setDefaultButton(demo)
    box.setEscapeButton(close)
    done: asyncio.Future[bool] = asyncio.get_running_loop().create_future()

    def finish(_code: int) -> None:
        if not done.done():
            done.set_result(box.clickedButton() is demo)

    box.finished.connect(finish)
    box.open()  # not exec(): a nested event loop would stall qasync's tasks
    return await done


def tell_database_rebuilt(window: QWidget, moved_to: str, kept_changes: int) -> QMessageBox:
    """Tell staff, without stopping them, that the damaged local database was moved aside
    and is being rebuilt from the server, and that unsent changes were kept."""
    #: %1 is the damaged file's new name, %2 how many changes were kept
    text = (
        QCoreApplication.translate(
            "Startup",
            "This desk's local database was damaged. It was moved to %1 and the desk fetches "
            "everything again from the server. Changes not yet sent that were kept and will "
            "be sent: %2. Tell IT: the disk may be failing.",
        )
        .replace("%2", str(kept_changes))
        .replace("%1", moved_to)
    )
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Startup", "The local database was rebuilt"),
        text,
        parent=window,
    )
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.show()
    return box


__all__ = [
    "WindowOptions",
    "build_window",
    "offer_the_demo",
    "run_window",
    "show_startup_error",
    "tell_database_rebuilt",
]

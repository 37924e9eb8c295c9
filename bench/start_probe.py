"""One cold start, timed to the first painted window, in a process of its own.

    python -m bench.start_probe bare
    python -m bench.start_probe desk --server-url URL --enrollment-key KEY ... (counter-app's flags)

``bare`` is the least a PySide6 program does: an application and one window. ``desk`` is
the desk program's own start (its settings, Qt with the translations under qasync,
``start_desk``: local database, integrity check, enrollment, the first sync with the
server; the window built and shown). Both print one JSON line when their window has
painted for the first time: seconds since the parent launched the process (the parent
puts ``time.monotonic()`` in ``BENCH_LAUNCHED_AT`` just before it does) and the resident
memory then.
"""

from __future__ import annotations

import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

LAUNCHED_AT = "BENCH_LAUNCHED_AT"


def _rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def _report(**extra: Any) -> None:
    since = time.monotonic() - float(os.environ[LAUNCHED_AT])
    sys.stdout.write(
        json.dumps({"first_paint_s": round(since, 3), "rss_mib": round(_rss_mib(), 1), **extra})
        + "\n"
    )
    sys.stdout.flush()


def _first_paint(on_paint: Callable[[], object]) -> Any:
    """An event filter that calls ``on_paint`` at the first paint of what it watches."""
    from PySide6.QtCore import QEvent, QObject  # noqa: PLC0415

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.done = False

        def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and not self.done:
                self.done = True
                on_paint()
            return False

    return FirstPaint()


def bare() -> int:
    """QApplication, one QMainWindow with a label, shown."""
    from PySide6.QtCore import QTimer  # noqa: PLC0415
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: PLC0415

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    window.setCentralWidget(QLabel("Skranken"))
    window.resize(1280, 800)

    def painted() -> None:
        _report()
        QTimer.singleShot(0, app.quit)

    watcher = _first_paint(painted)
    window.installEventFilter(watcher)
    window.show()
    return app.exec()


def desk(argv: list[str]) -> int:
    """The desk program's start up to its painted, connected window."""
    import asyncio  # noqa: PLC0415
    import gc  # noqa: PLC0415

    gc.disable()  # as counter_app.app.desk_main.main does before it loads the rest

    from counter_app.app.settings import parse_settings  # noqa: PLC0415
    from counter_app.app.startup import start_desk  # noqa: PLC0415

    settings = parse_settings(argv)
    from counter_app.ui.application import run_in_qt  # noqa: PLC0415

    async def run() -> int:
        from counter_app.ui.screens import WindowOptions, build_window  # noqa: PLC0415

        started = await start_desk(settings)
        try:
            options = WindowOptions(
                mode=settings.mode.value,
                language=settings.language,
                printer=settings.printer,
                windowed=settings.windowed,
            )
            window = build_window(started.services, options)
            done = asyncio.get_running_loop().create_future()

            def painted() -> None:
                _report(synced=started.synced)
                done.set_result(None)

            watcher = _first_paint(painted)
            window.installEventFilter(watcher)
            started.services.sync.start()
            window.show()
            await done
            window.close()
        finally:
            await started.close()
        return 0

    return run_in_qt(run, settings.language)


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    args = sys.argv[1:] if argv is None else argv
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args[:1] == ["bare"]:
        return bare()
    if args[:1] == ["desk"]:
        return desk(args[1:])
    sys.stderr.write("usage: python -m bench.start_probe bare | desk COUNTER-APP-FLAGS...\n")
    return 2


if __name__ == "__main__":
    raise SystemExit(main())

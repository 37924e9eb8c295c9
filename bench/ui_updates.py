"""The desk window with 500 citizens waiting and a live update every 100 ms.

    python -m bench.ui_updates URL KEY MUNICIPALITY BRANCH [--waiting 500] [--updates 100]

A real serving desk on the desk program's event loop (qasync over Qt, offscreen) with its
window shown, and a kiosk in a process of its own (``bench.ticket_feeder``) that draws
``waiting`` tickets and then, every 100 ms, one more. Each reaches the desk as it
does in use (push, poke, pull) and the window redraws its lists. Measured on the desk:

- every refresh of the window after a live change: from the sync engine announcing the
  pulled change to the end of the window's refresh (``ui_refresh_*_ms``);
- the longest time the event loop was busy at a stretch with anything at all (the pull,
  the refresh, the painting Qt does afterwards), from a 1 ms timer's lateness
  (``ui_stall_max_ms``): what staff would feel as a stutter;
- afterwards, a forced repaint of the whole window, 20 times (``ui_repaint_*_ms``): more
  than Qt repaints after a change, which is only the widgets that changed.

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from sqlalchemy import select
from sqlalchemy.orm import Session

from bench.figures import percentile
from bench.stack import Place, desk_settings
from counter_app.app.startup import start_desk
from counter_app.models import Queue
from counter_app.sync.engine import IgnoringListener
from counter_app.ui.application import run_in_qt
from counter_app.ui.desk_window import DeskWindow
from counter_app.ui.screens import WindowOptions, build_window

INTERVAL_S = 0.1


class _RefreshClock(IgnoringListener):
    """A sync listener that notes when a pulled change to the tickets is announced."""

    def __init__(self, pending: list[float]) -> None:
        self._pending = pending

    def on_changed(self, tables: set[str]) -> None:
        if "ticket" in tables:
            self._pending[:] = [time.perf_counter()]


def _settings(folder: Path, args: argparse.Namespace, name: str, mode: str) -> Any:
    where = Place(args.municipality, args.branch)
    return desk_settings(
        where, folder / name, name, server=(args.server_url, args.enrollment_key), mode=mode
    )


def _start_kiosk(args: argparse.Namespace, queue_id: object) -> subprocess.Popen[str]:
    """The kiosk process, once it has drawn the waiting tickets."""
    kiosk = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "bench.ticket_feeder",
            args.server_url,
            args.enrollment_key,
            args.municipality,
            args.branch,
            str(args.waiting),
            str(args.updates),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert kiosk.stdin is not None and kiosk.stdout is not None
    kiosk.stdin.write(f"{queue_id}\n")
    kiosk.stdin.flush()
    if not kiosk.stdout.readline().startswith("ready"):  # the waiting tickets are sent
        raise RuntimeError("the kiosk process could not draw the tickets")
    return kiosk


def _repaint_times(window: Any, times: int = 20) -> list[float]:
    """Milliseconds of each of ``times`` forced repaints of the whole window."""
    took = []
    for _ in range(times):
        started = time.perf_counter()
        window.repaint()
        took.append((time.perf_counter() - started) * 1000)
    return took


async def _measure(args: argparse.Namespace, folder: Path) -> dict[str, Any]:

    desk = await start_desk(_settings(folder, args, "Skranke UI", "desk"))
    with Session(desk.database) as session:
        queue_id = session.scalars(
            select(Queue.id).where(Queue.branch_id == desk.services.identity.branch_id)
        ).first()
    assert queue_id is not None
    kiosk = _start_kiosk(args, queue_id)
    await desk.sync.pull_all()
    refreshes: list[float] = []
    pending: list[float] = []
    # Told before the window's bridge (listeners hear in the order they were added), so
    # the clock starts when the pulled change is announced; it stops when the window's
    # refresh has ended (Qt paints what changed afterwards, in an event of its own).
    desk.sync.add_listener(_RefreshClock(pending))
    window = build_window(desk.services, WindowOptions(mode="desk", language="da"))
    assert isinstance(window, DeskWindow)

    def refreshed() -> None:
        if pending:
            refreshes.append(time.perf_counter() - pending.pop())

    window.refreshed.connect(refreshed)
    window.show()
    desk.sync.start()
    stalls: list[float] = []
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        stalls.append(now - last[0])
        last[0] = now

    meter = QTimer()
    meter.setInterval(1)
    meter.timeout.connect(tick)
    await asyncio.sleep(1.0)  # the window's first layout and paint are not measured
    refreshes.clear()
    last[0] = time.perf_counter()
    meter.start()
    assert kiosk.stdin is not None
    kiosk.stdin.write("go\n")
    kiosk.stdin.flush()
    while kiosk.poll() is None:
        await asyncio.sleep(0.05)
    await asyncio.sleep(0.5)
    meter.stop()
    waiting_now = len(desk.services.queues.waiting_tickets())
    repaints = _repaint_times(window)
    window.close()
    await desk.close()
    ms = [r * 1000 for r in refreshes]
    return {
        "ui_waiting_tickets": waiting_now,
        "ui_updates": args.updates,
        "ui_refreshes": len(ms),
        "ui_refresh_p50_ms": round(percentile(ms, 50), 2),
        "ui_refresh_p99_ms": round(percentile(ms, 99), 2),
        "ui_refresh_max_ms": round(max(ms, default=float("nan")), 2),
        "ui_stall_max_ms": round(max(stalls, default=float("nan")) * 1000, 2),
        "ui_repaint_p50_ms": round(percentile(repaints, 50), 2),
        "ui_repaint_max_ms": round(max(repaints), 2),
    }


def main(argv: list[str] | None = None) -> int:
    """Entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("server_url")
    parser.add_argument("enrollment_key")
    parser.add_argument("municipality")
    parser.add_argument("branch")
    parser.add_argument("--waiting", type=int, default=500)
    parser.add_argument("--updates", type=int, default=100)
    args = parser.parse_args(argv)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    result: dict[str, Any] = {}

    async def run() -> int:
        with tempfile.TemporaryDirectory(prefix="bench-ui-") as name:
            result.update(await _measure(args, Path(name)))
        return 0

    code = run_in_qt(run, "da")
    sys.stdout.write(json.dumps(result) + "\n")
    return code


if __name__ == "__main__":
    raise SystemExit(main())

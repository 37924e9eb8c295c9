"""Python's cycle collector, run in the UI thread only.

Left to itself the collector runs in whichever thread happens to allocate when a
threshold is crossed: on a desk of the embedded server that is often one of the server's
threads. A Qt object that died in a reference cycle is then destroyed in that thread; Qt
cannot stop its timers from there, and later delivers a timer event to freed memory (a
crash in ``QTimerInfoList::activateTimers``). Here the automatic collector is off and a
timer in the UI thread collects with the same thresholds instead, and the oldest
generation seldom.
"""

from __future__ import annotations

import gc
import time

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 250
# A full collection of a desk's heap (Qt's wrappers, SQLAlchemy's metadata, the window)
# stopped the window for 50-150 ms each time (bench: ui_stall_max_ms). What survives one is
# frozen (left out of later collections) until the next, at most this often.
FULL_EVERY_S = 600.0


class UiThreadCollector(QObject):
    """While it runs, cycles are collected only here, in the thread that made it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect)
        self._was_enabled = False
        self._last_full = float("-inf")

    def start(self) -> None:
        """Turn the automatic collector off and collect on the timer."""
        self._was_enabled = gc.isenabled()
        gc.disable()
        # What the start built lives as long as the program: left out of collections
        # from here, without walking it all first (30 ms of the start). The first full
        # collection, after FULL_EVERY_S, takes what of it has died since.
        gc.freeze()
        self._last_full = time.monotonic()
        self._timer.start()

    def _full(self) -> None:
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        self._last_full = time.monotonic()

    def stop(self) -> None:
        """Collect everything once more and hand collecting back to Python."""
        self._timer.stop()
        gc.unfreeze()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def collect(self) -> None:
        """Collect the generations whose counts passed their thresholds, as Python would,
        but the oldest (everything) only every ``FULL_EVERY_S``."""
        young, middle, old = gc.get_count()
        if old > self._thresholds[2]:
            if time.monotonic() - self._last_full >= FULL_EVERY_S:
                self._full()
            else:
                gc.collect(1)
        elif middle > self._thresholds[1]:
            gc.collect(1)
        elif young > self._thresholds[0]:
            gc.collect(0)


def settle() -> None:
    """What exists now (a window just built, the rows it shows) lives as long as the
    program: leave it out of collections from here. While the UI thread's collector runs
    (the automatic one is off), the first collection of the younger generations after a
    window was built otherwise walked all of it: a 35 ms stop (bench: ui_stall_max_ms)."""
    if not gc.isenabled():
        gc.freeze()

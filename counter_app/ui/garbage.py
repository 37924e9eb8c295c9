"""Python's cycle collector, run in the UI thread only.

Left to itself the collector runs in whichever thread happens to allocate when a
threshold is crossed: on a desk of the embedded server that is often one of the server's
threads. A Qt object that died in a reference cycle is then destroyed in that thread; Qt
cannot stop its timers from there, and later delivers a timer event to freed memory (a
crash in ``QTimerInfoList::activateTimers``). Here the automatic collector is off and a
timer in the UI thread collects with the same thresholds instead.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 250


class UiThreadCollector(QObject):
    """While it runs, cycles are collected only here, in the thread that made it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect)
        self._was_enabled = False

    def start(self) -> None:
        """Turn the automatic collector off and collect on the timer."""
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        """Collect once more and hand collecting back to Python."""
        self._timer.stop()
        gc.collect()
        if self._was_enabled:
            gc.enable()

    def collect(self) -> None:
        """Collect the generations whose counts passed their thresholds, as Python would."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

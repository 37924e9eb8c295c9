"""The serving timer: how long the citizen at this desk has been served.

It turns amber near the desk role's limit and red at it (the five-minute rule, see
domain/five_minute.py), and says once, per citizen, that the limit is reached.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

from counter_app.domain.five_minute import ServingLimit, TimerPhase, phase_for, timer_text

TICK_MS = 1000

# For DESK_STYLE. Contrast (WCAG): #1f3a5f on the light window 11:1, #5c3a00 on #ffe08a
# 8:1, white on #a61b1b 7.5:1 (AA needs 4.5:1; the timer's large text 3:1).
TIMER_STYLE = """
QLabel#servingTimer { color: #1f3a5f; border: 3px solid transparent; border-radius: 8px;
                      padding: 2px 12px; }
QLabel#servingTimer[phase="amber"] { color: #5c3a00; background: #ffe08a;
                                     border-color: #c28a00; }
QLabel#servingTimer[phase="red"] { color: #ffffff; background: #a61b1b;
                                   border-color: #6e0f0f; }
"""


class ServingTimer(QLabel):
    """Elapsed serving time, large, coloured by the limit of the desk's role.

    The phase is the dynamic property ``phase`` ("calm", "amber", "red") for the style
    sheet (see TIMER_STYLE). Stopped, the timer is empty and hidden.

    Signals:
        limit_reached(): the elapsed time reached the limit; once per start().
    """

    limit_reached = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._limit: ServingLimit | None = None
        self._since: datetime | None = None
        self._reached = False
        self._phase = TimerPhase.CALM
        self.setObjectName("servingTimer")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = QFont(self.font())
        font.setPointSize(28)
        font.setBold(True)
        self.setFont(font)
        self.setAccessibleName(self.tr("Serving time"))
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self.tick)
        self.stop()

    @property
    def running(self) -> bool:
        """True between start() and stop()."""
        return self._since is not None

    @property
    def limit(self) -> ServingLimit | None:
        """The limit of the desk's role; None when it has none."""
        return self._limit

    def set_limit(self, limit: ServingLimit | None) -> None:
        """The desk role's limit; None keeps the timer calm (no limit, no signal)."""
        self._limit = limit
        if self.running:
            self.tick()

    def start(self, since: datetime) -> None:
        """Show the time served since ``since`` (aware UTC), from now on every second.

        Emits limit_reached() at once when ``since`` already lies past the limit. Started
        again with the same ``since`` (the same citizen, the view refreshed), it goes on and
        does not signal the limit a second time.
        """
        if since != self._since:
            self._since = since
            self._reached = False
        self.setVisible(True)
        self._timer.start()
        self.tick()

    def stop(self) -> None:
        """Clear the timer (the citizen has gone)."""
        self._timer.stop()
        self._since = None
        self._reached = False
        self.setText("")
        self.setAccessibleDescription("")
        self._set_phase(TimerPhase.CALM)
        self.setVisible(False)

    def elapsed(self) -> timedelta:
        """Time served so far; zero when stopped (or when the clock is behind ``since``)."""
        if self._since is None:
            return timedelta(0)
        return max(timedelta(0), self._clock() - self._since)

    def phase(self) -> TimerPhase:
        """The timer's colour now."""
        return self._phase

    def tick(self) -> None:
        """Read the clock and show the time (the internal timer calls this every second)."""
        if self._since is None:
            return
        elapsed = self.elapsed()
        phase = phase_for(elapsed, self._limit)
        text = timer_text(elapsed)
        self.setText(text)
        self.setAccessibleDescription(self._describe(text, phase))
        self._set_phase(phase)
        if self._limit is not None and self._limit.over(elapsed) and not self._reached:
            self._reached = True
            self.limit_reached.emit()

    def _describe(self, text: str, phase: TimerPhase) -> str:
        if phase is TimerPhase.RED:
            return self.tr("%1, over the limit").replace("%1", text)
        if phase is TimerPhase.AMBER:
            return self.tr("%1, near the limit").replace("%1", text)
        return text

    def _set_phase(self, phase: TimerPhase) -> None:
        changed = phase is not self._phase or self.property("phase") is None
        self._phase = phase
        if changed:
            self.setProperty("phase", phase.value)
            self.style().unpolish(self)
            self.style().polish(self)

"""The serving timer turns amber, then red at the limit, and says so once per citizen."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from counter_app.domain.five_minute import ServingLimit, TimerPhase
from counter_app.ui.serving_timer import ServingTimer

START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
FIVE_MINUTES = ServingLimit.of_seconds(300, 240)


class FakeClock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def at(self, minutes: int, seconds: int) -> None:
        self.now = START + timedelta(minutes=minutes, seconds=seconds)


def _timer(
    qtbot: QtBot, limit: ServingLimit | None = FIVE_MINUTES
) -> tuple[ServingTimer, FakeClock]:
    clock = FakeClock()
    timer = ServingTimer(clock)
    qtbot.addWidget(timer)
    timer.set_limit(limit)
    return timer, clock


def test_the_timer_is_calm_then_amber_then_red(qtbot: QtBot) -> None:
    timer, clock = _timer(qtbot)
    timer.start(START)
    assert timer.running and timer.isVisible()
    assert timer.text() == "0:00" and timer.phase() is TimerPhase.CALM
    clock.at(1, 59)
    timer.tick()
    assert (timer.text(), timer.phase(), timer.property("phase")) == (
        "1:59",
        TimerPhase.CALM,
        "calm",
    )
    assert timer.elapsed() == timedelta(minutes=1, seconds=59)
    clock.at(4, 0)
    timer.tick()
    assert (timer.text(), timer.property("phase")) == ("4:00", "amber")
    assert "near the limit" in timer.accessibleDescription()
    clock.at(5, 0)
    timer.tick()
    assert (timer.text(), timer.property("phase")) == ("5:00", "red")
    clock.at(4, 12)
    timer.tick()
    clock.at(6, 12)
    timer.tick()
    assert timer.accessibleDescription() == "6:12, over the limit"
    assert timer.accessibleName() == "Serving time"


def test_the_limit_is_reached_once_per_citizen(qtbot: QtBot) -> None:
    timer, clock = _timer(qtbot)
    reached: list[None] = []
    timer.limit_reached.connect(lambda: reached.append(None))
    timer.start(START)
    clock.at(4, 59)
    timer.tick()
    assert reached == []
    clock.at(5, 0)
    timer.tick()
    clock.at(5, 1)
    timer.tick()
    clock.at(9, 0)
    timer.tick()
    assert len(reached) == 1
    timer.start(START)  # the same citizen shown again (the view refreshed): no second signal
    assert len(reached) == 1 and timer.text() == "9:00"
    # The next citizen was already served for six minutes (a call resumed): at once.
    with qtbot.waitSignal(timer.limit_reached, timeout=100):
        timer.start(START - timedelta(minutes=1))
    assert len(reached) == 2 and timer.phase() is TimerPhase.RED


def test_a_desk_role_without_a_limit_is_never_red(qtbot: QtBot) -> None:
    timer, clock = _timer(qtbot, limit=None)
    with qtbot.assertNotEmitted(timer.limit_reached):
        timer.start(START)
        clock.at(45, 0)
        timer.tick()
    assert timer.text() == "45:00" and timer.phase() is TimerPhase.CALM
    assert timer.accessibleDescription() == "45:00"


def test_stop_clears_the_timer(qtbot: QtBot) -> None:
    timer, clock = _timer(qtbot)
    timer.start(START)
    clock.at(5, 30)
    timer.tick()
    timer.stop()
    assert not timer.running and not timer.isVisible()
    assert timer.text() == "" and timer.phase() is TimerPhase.CALM
    assert timer.property("phase") == "calm" and timer.elapsed() == timedelta(0)
    clock.at(7, 0)
    timer.tick()  # a late tick does nothing
    assert timer.text() == ""


def test_the_timer_ticks_by_itself(qtbot: QtBot) -> None:
    timer, clock = _timer(qtbot)
    timer.start(START)
    clock.at(0, 3)
    qtbot.waitUntil(lambda: timer.text() == "0:03", timeout=3000)

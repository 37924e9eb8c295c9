"""The waiting-room display board against a real server: live calls, announcements, waits,
the chime's queue, and text that fits a TV, in Danish."""

from __future__ import annotations

import asyncio
import dataclasses
import importlib.util
import logging
import os
import uuid
import wave
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from pathlib import Path

import pytest
import qasync
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from counter_app.app.settings import Mode
from counter_app.app.startup import RunningDesk, start_desk
from counter_app.services.views import QueueView
from counter_app.ui import board_widgets
from counter_app.ui.board_widgets import DEFAULT_CHIME, Chime, FitLabel, load_chime
from counter_app.ui.board_window import BoardWindow
from counter_app.ui.sync_bridge import SyncBridge
from tests.ui.conftest import desk_settings
from tests.ui.signals import wait_for_condition

REPO = Path(__file__).resolve().parents[2]


def _board_settings(tmp_path: Path) -> object:
    return dataclasses.replace(desk_settings(tmp_path, "Infoskærm 1"), mode=Mode.DISPLAY)


def _queue(desk: RunningDesk, prefix: str) -> uuid.UUID:
    return next(q.id for q in desk.services.queues.queues() if q.prefix == prefix)


def _open_board(qtbot: QtBot, board: RunningDesk, *, chime: Path | None = None) -> BoardWindow:
    bridge = SyncBridge(board.sync)
    window = BoardWindow(board.services, bridge, "da", chime=chime)
    bridge.setParent(window)
    bridge.attach()
    qtbot.addWidget(window)
    window.show()
    return window


async def _go_live(window: BoardWindow, board: RunningDesk) -> None:
    """The live channel must be up, or a change would only come with the next poll."""
    board.sync.start()
    await wait_for_condition(
        window._bridge.status_changed, lambda: board.sync.status.live, timeout=5
    )


@asynccontextmanager
async def _desks(tmp_path: Path, *names: str) -> AsyncIterator[list[RunningDesk]]:
    """Serving desks on the embedded server (the first one hosts it), closed in reverse."""
    running: list[RunningDesk] = []
    try:
        for name in names:
            running.append(await start_desk(desk_settings(tmp_path, name)))
        yield running
    finally:
        for desk in reversed(running):
            await desk.close()


def _hero(window: BoardWindow) -> tuple[str, str]:
    return window.calls_panel.hero_number.text(), window.calls_panel.hero_desk.text()


def test_a_call_by_another_desk_shows_within_a_second_and_is_announced_once(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with _desks(tmp_path, "KVIK 1") as (kvik,):
            board = await start_desk(_board_settings(tmp_path))  # type: ignore[arg-type]
            try:
                window = _open_board(qtbot, board)
                announced: list[tuple[str, str]] = []
                window.announced.connect(lambda label, desk: announced.append((label, desk)))
                await _go_live(window, board)
                # Nobody called yet: the board welcomes, in Danish.
                assert window.calls_panel.hero_caption.text() == "Velkommen"
                assert window.calls_panel.hero_number.text() == "Træk et nummer"
                assert window.calls_panel.hero_desk.text() == "Dit nummer vises her"
                assert window.queues_panel.caption.text() == "Forventet ventetid"
                assert window.branch.text() == "Hovedbiblioteket"
                assert window.windowTitle() == "Infoskærm · Hovedbiblioteket"

                queue = _queue(kvik, "K")
                kvik.services.work.set_presence(open_=True, queue_ids=[queue])
                first = kvik.services.dispenser.issue_later(queue)
                kvik.services.dispenser.issue_later(queue)
                kvik.services.dispenser.issue_later(queue)
                await kvik.sync.push_all()
                # From the desk's press of "call next" to the board showing it: the call's
                # round trip to the server, the live poke to the board and its pull.
                loop = asyncio.get_running_loop()
                pressed = loop.time()
                outcome = await kvik.services.work.call_next([queue])
                assert outcome.ticket_label == "K001"
                await wait_for_condition(
                    window.refreshed, lambda: _hero(window) == ("K001", "→ KVIK 1"), timeout=1.0
                )
                took = loop.time() - pressed
                assert took < 1.0
                assert window.calls_panel.hero_caption.text() == "Nu kaldes"
                assert announced == [("K001", "KVIK 1")]

                # Waiting count and expected wait per queue (KVIK 1 is open for KVIK).
                card = window.queues_panel.cards[queue]
                await wait_for_condition(
                    window.refreshed, lambda: card.waiting.text() == "2 venter", timeout=3.0
                )
                assert card.name.text() == "KVIK"
                assert card.wait.text().startswith("ca. ")
                assert card.wait.text().endswith(" min.")
                others = [c for q, c in window.queues_panel.cards.items() if q != queue]
                assert [c.name.text() for c in others] == ["Borgerservice", "Bibliotekar"]
                for other in others:
                    assert other.waiting.text() == "ingen venter"
                    assert other.wait.text() == "—" or other.wait.text().endswith("min.")

                # More changes that are no call announce nothing.
                kvik.services.dispenser.issue_later(queue)
                await kvik.sync.push_all()
                await wait_for_condition(
                    window.refreshed, lambda: card.waiting.text() == "3 venter", timeout=3.0
                )
                assert announced == [("K001", "KVIK 1")]

                # A recall is a new call: the citizen hears it again.
                kvik.services.work.recall(first)
                await kvik.sync.push_all()
                await wait_for_condition(window.announced, lambda: len(announced) == 2, timeout=3.0)
                assert announced == [("K001", "KVIK 1"), ("K001", "KVIK 1")]

                # The next call moves K001 off the board (it is finished) and K002 up.
                await kvik.services.work.call_next([queue])
                await wait_for_condition(
                    window.refreshed, lambda: _hero(window) == ("K002", "→ KVIK 1"), timeout=3.0
                )
                assert announced[-1] == ("K002", "KVIK 1")
                assert len(announced) == 3
                assert not window.calls_panel.earlier_caption.isVisible()
                window.close()
            finally:
                await board.close()

    qt_loop.run_until_complete(scenario())


def test_the_first_load_announces_no_call_already_made_and_escape_closes(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def scenario() -> None:
        async with _desks(tmp_path, "KVIK 1", "KVIK 2") as (one, two):
            queue = _queue(one, "K")
            for _ in range(3):
                one.services.dispenser.issue_later(queue)
            await one.sync.push_all()
            await one.services.work.call_next([queue])
            await two.sync.pull_all()
            await two.services.work.call_next([queue])
            board = await start_desk(_board_settings(tmp_path))  # type: ignore[arg-type]
            try:
                window = _open_board(qtbot, board, chime=DEFAULT_CHIME)  # silent offscreen
                announced: list[tuple[str, str]] = []
                window.announced.connect(lambda label, desk: announced.append((label, desk)))
                await _go_live(window, board)
                assert _hero(window) == ("K002", "→ KVIK 2")
                rows = window.calls_panel.rows
                assert window.calls_panel.earlier_caption.text() == "Tidligere kald"
                assert (rows[0][1].text(), rows[0][2].text()) == ("K001", "→ KVIK 1")
                assert rows[0][0].property("fresh") is False
                assert announced == []

                await one.services.work.call_next([queue])  # K001 done, K003 called
                await wait_for_condition(window.announced, lambda: bool(announced), timeout=3.0)
                assert announced == [("K003", "KVIK 1")]
                assert _hero(window) == ("K003", "→ KVIK 1")
                assert (rows[0][1].text(), rows[0][2].text()) == ("K002", "→ KVIK 2")

                closed: list[bool] = []
                window.closed.connect(lambda: closed.append(True))
                qtbot.keyClick(window, Qt.Key.Key_A)  # the public's keys do nothing
                assert closed == []
                qtbot.keyClick(window, Qt.Key.Key_Escape)
                assert closed == [True]

                again = _open_board(qtbot, board)
                again.closed.connect(lambda: closed.append(True))
                assert _hero(again) == ("K003", "→ KVIK 1")
                modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
                qtbot.keyClick(again, Qt.Key.Key_Q, modifiers)
                assert closed == [True, True]
            finally:
                await board.close()

    qt_loop.run_until_complete(scenario())


def test_chimes_play_one_after_another_and_never_cut_each_other_off(qtbot: QtBot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    chime = Chime(holder, watchdog_ms=500)
    plays: list[int] = []

    def play() -> None:
        plays.append(1)

    chime.ring()  # no player: silent, and nothing queues up
    assert chime.pending == 0
    chime.attach(play)
    chime.ring()
    chime.ring()
    chime.ring()
    assert len(plays) == 1  # the others wait for the first to play out
    assert chime.pending == 2
    chime.ring()
    chime.ring()
    assert chime.pending == Chime.MAX_QUEUED  # a burst after an outage stays short
    chime.player_stopped()
    assert len(plays) == 1  # a short gap, so two chimes are heard as two
    qtbot.waitUntil(lambda: len(plays) == 2, timeout=2000)
    chime.player_stopped()
    qtbot.waitUntil(lambda: len(plays) == 3, timeout=2000)
    # A player that never says it stopped does not hold the queue for ever.
    qtbot.waitUntil(lambda: len(plays) == 4, timeout=2000)
    assert chime.pending == 0


def test_offscreen_the_board_is_silent_without_qt_warnings_and_says_so_once(
    qtbot: QtBot, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Qt Multimedia prints warnings as soon as it loads offscreen: it is not even loaded."""
    monkeypatch.setattr(board_widgets, "_silence_told", False)
    holder = QWidget()
    qtbot.addWidget(holder)
    assert DEFAULT_CHIME.is_file()
    with caplog.at_level(logging.INFO, logger=board_widgets.__name__):
        assert not load_chime(DEFAULT_CHIME, holder).audible
        assert not load_chime(DEFAULT_CHIME, holder).audible
        assert not load_chime(None, holder).audible
    assert [r.levelno for r in caplog.records] == [logging.INFO]


def test_the_chime_is_a_soft_short_click_free_sound_made_by_its_script() -> None:
    with wave.open(str(DEFAULT_CHIME), "rb") as sound:
        assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (1, 2, 22050)
        frames = sound.readframes(sound.getnframes())
        assert 0.8 <= sound.getnframes() / 22050 <= 1.5
    samples = memoryview(frames).cast("h")
    assert abs(samples[0]) < 50 and samples[-1] == 0  # faded in and out: no click
    assert max(abs(s) for s in samples) <= 32767 * 0.55  # soft
    spec = importlib.util.spec_from_file_location("make_chime", REPO / "scripts/make_chime.py")
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.wav_bytes() == frames  # the committed file is what the script makes


def _cut_off(window: BoardWindow) -> list[str]:
    """Labels whose text does not fit inside them, or that stick out of the window."""
    problems = []
    for label in window.findChildren(FitLabel):
        if not label.isVisibleTo(window) or not label.text():
            continue
        metrics = label.fontMetrics()
        inner = label.contentsRect()
        bottom = label.mapTo(window, inner.bottomLeft()).y()
        if (
            metrics.horizontalAdvance(label.text()) > inner.width()
            or metrics.height() > inner.height()
            or bottom >= window.height()
        ):
            problems.append(f"{label.objectName()}: {label.text()!r}")
    return problems


def test_a_busy_board_fits_a_tv_at_1080p_and_720p(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    """Six calls to desks with long names, people waiting in every queue. Set
    COUNTER_BOARD_SCREENSHOTS to a folder to keep board_1080.png and board_720.png."""
    names = ("KVIK 1", "KVIK 2", "KVIK 3", "Borgerservice 1", "Borgerservice 3", "Bibliotekar")
    plan = ("K", "K", "K", "B", "B", "L")

    async def scenario() -> None:
        async with _desks(tmp_path, *names) as desks:
            host = desks[0]
            queues = {p: _queue(host, p) for p in "KBL"}
            for desk, prefix in zip(desks, plan, strict=True):
                desk.services.work.set_presence(open_=True, queue_ids=[queues[prefix]])
            for prefix, count in (("K", 7), ("B", 4), ("L", 2)):
                for _ in range(count):
                    host.services.dispenser.issue_later(queues[prefix])
            await host.sync.push_all()
            for desk, prefix in zip(desks, plan, strict=True):
                await desk.sync.push_all()
                await desk.sync.pull_all()
                outcome = await desk.services.work.call_next([queues[prefix]])
                assert outcome.ticket_label is not None
            board = await start_desk(_board_settings(tmp_path))  # type: ignore[arg-type]
            try:
                window = _open_board(qtbot, board)
                assert _hero(window) == ("L001", "→ Bibliotekar")
                assert [r[2].text() for r in window.calls_panel.rows] == [
                    "→ Borgerservice 3",
                    "→ Borgerservice 1",
                    "→ KVIK 3",
                    "→ KVIK 2",
                    "→ KVIK 1",
                ]
                waiting = [c.waiting.text() for c in window.queues_panel.cards.values()]
                assert waiting == ["4 venter", "2 venter", "1 venter"]
                folder = os.environ.get("COUNTER_BOARD_SCREENSHOTS")
                for width, height, name in ((1920, 1080, "1080"), (1280, 720, "720")):
                    window.resize(width, height)
                    await asyncio.sleep(0.2)  # let Qt lay out and paint at this size
                    assert window.height() == height
                    assert _cut_off(window) == []
                    if folder:
                        window.grab().save(str(Path(folder) / f"board_{name}.png"))
                # A branch with many queues and long names: each still fits, smaller.
                many = [
                    QueueView(uuid.uuid4(), f"Borgerservice og pas {n}", "P", 12, timedelta(0))
                    for n in range(8)
                ]
                window.queues_panel.show_queues(many)
                await asyncio.sleep(0.2)
                assert len(window.queues_panel.cards) == 8
                assert _cut_off(window) == []
                if folder:
                    window.grab().save(str(Path(folder) / "board_720_many_queues.png"))
                window.close()
            finally:
                await board.close()

    qt_loop.run_until_complete(scenario())

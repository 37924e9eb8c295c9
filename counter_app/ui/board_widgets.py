"""The display board's parts: text that fits its place, the calls, the queues, the chime."""

from __future__ import annotations

import importlib
import logging
import sys
import uuid
import wave
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QFontMetrics, QGuiApplication, QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from counter_app.domain.waiting import wait_text_minutes
from counter_app.services.views import CallView, QueueView

log = logging.getLogger(__name__)

EARLIER_ROWS = 5  # calls shown under the newest one
NO_ESTIMATE = "—"  # nobody serves the queue now: no honest estimate to show


def sounds_folder() -> Path:
    """resources/sounds beside the package (or inside a frozen build), as translations."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[2]
    return root / "resources" / "sounds"


DEFAULT_CHIME = sounds_folder() / "chime.wav"


def restyle(widget: QWidget, name: str, value: bool) -> None:
    """Set a property the style sheet selects on, and apply the style again to the widget
    and the labels in it (their colours depend on it: ``#hero[flash="true"] QLabel``)."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    for each in (widget, *widget.findChildren(QWidget)):
        each.style().unpolish(each)
        each.style().polish(each)


class FitLabel(QLabel):
    """One line of text at a pixel size, made smaller when it would not fit its width.

    The board's sizes follow the window's height; names are data of any length
    ("Borgerservice 3"), so the width decides at the last step, never cutting text off.
    """

    def __init__(
        self,
        name: str,
        *,
        bold: bool = False,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setAlignment(align | Qt.AlignmentFlag.AlignVCenter)
        # The layout gives the width; the text adapts to it instead of widening the board.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        font = self.font()
        font.setBold(bold)
        self.setFont(font)
        self._largest = 16
        self.set_pixel_size(16)

    def set_pixel_size(self, pixels: int) -> None:
        """The size the text has when it fits; the line is that tall."""
        self._largest = max(8, pixels)
        font = self.font()
        font.setPixelSize(self._largest)
        self.setFixedHeight(QFontMetrics(font).height() + 2)
        self._fit()

    def show_text(self, text: str) -> None:
        """Show ``text`` at the largest size that fits."""
        if text != self.text():
            self.setText(text)
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A new width may need a new size."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        font = self.font()
        pixels = self._largest
        width = self.contentsRect().width()
        font.setPixelSize(pixels)
        wanted = QFontMetrics(font).horizontalAdvance(self.text())
        while wanted > width > 0 and pixels > 8:
            pixels = max(8, min(pixels - 1, int(pixels * width / wanted)))
            font.setPixelSize(pixels)
            wanted = QFontMetrics(font).horizontalAdvance(self.text())
        if font.pixelSize() != self.font().pixelSize():
            self.setFont(font)


class CallsPanel(QFrame):
    """The newest call, large and highlighted, and the earlier calls still in progress."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calls")
        self.hero = QFrame()
        self.hero.setObjectName("hero")
        self.hero_caption = FitLabel("heroCaption", align=Qt.AlignmentFlag.AlignHCenter)
        self.hero_number = FitLabel("heroNumber", bold=True, align=Qt.AlignmentFlag.AlignHCenter)
        self.hero_desk = FitLabel("heroDesk", bold=True, align=Qt.AlignmentFlag.AlignHCenter)
        self._hero_layout = QVBoxLayout(self.hero)
        for label in (self.hero_caption, self.hero_number, self.hero_desk):
            self._hero_layout.addWidget(label)
        self.earlier_caption = FitLabel("caption")
        self.earlier_caption.show_text(self.tr("Earlier calls"))
        self.rows: list[tuple[QFrame, FitLabel, FitLabel]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.hero)
        self._layout.addWidget(self.earlier_caption)
        for _ in range(EARLIER_ROWS):
            row = QFrame()
            row.setObjectName("callRow")
            number = FitLabel("callNumber", bold=True)
            desk = FitLabel("callDesk")
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            row_layout.addWidget(number, 1)  # room for an offline number (K-A01)
            row_layout.addWidget(desk, 3)
            self._layout.addWidget(row)
            self.rows.append((row, number, desk))
        self._layout.addStretch(1)
        self._flashes = 0
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(500)  # 1 flash a second: far below 3 a second (WCAG)
        self._flash_timer.timeout.connect(self._flash_step)
        self.show_calls([], set())

    def show_calls(self, calls: list[CallView], fresh: set[uuid.UUID]) -> None:
        """Newest first; ``fresh`` calls (just announced) stand out for a while."""
        if calls:
            newest = calls[0]
            self.hero_caption.show_text(self.tr("Now calling"))
            self.hero_number.show_text(newest.label)
            self.hero_desk.show_text(f"→ {newest.desk_name}")
        else:
            self.hero_caption.show_text(self.tr("Welcome"))
            self.hero_number.show_text(self.tr("Take a ticket"))
            self.hero_desk.show_text(self.tr("Your number is shown here"))
        restyle(self.hero, "empty", not calls)
        earlier = calls[1 : 1 + EARLIER_ROWS]
        self.earlier_caption.setVisible(bool(earlier))
        for index, (row, number, desk) in enumerate(self.rows):
            if index < len(earlier):
                call = earlier[index]
                number.show_text(call.label)
                desk.show_text(f"→ {call.desk_name}")
                restyle(row, "fresh", call.ticket_id in fresh)
                row.show()
            else:
                row.hide()

    def flash(self) -> None:
        """Draw the eye to a new call: the highlight blinks three times, then stays."""
        self._flashes = 6
        self._flash_timer.start()
        self._flash_step()

    def stop(self) -> None:
        """Stop blinking (the board is closing)."""
        self._flashes = 0
        self._flash_timer.stop()

    def _flash_step(self) -> None:
        if self._flashes <= 0:
            self._flash_timer.stop()
            restyle(self.hero, "flash", False)
            return
        self._flashes -= 1
        restyle(self.hero, "flash", self._flashes % 2 == 1)

    def set_scale(self, height: int) -> None:
        """Sizes from the board's height, so the back row of the room can read it."""
        self.hero_caption.set_pixel_size(round(height * 0.04))
        self.hero_number.set_pixel_size(round(height * 0.17))
        self.hero_desk.set_pixel_size(round(height * 0.085))
        margin = round(height * 0.02)
        self._hero_layout.setContentsMargins(margin, margin // 2, margin, margin)
        self._hero_layout.setSpacing(0)
        self.earlier_caption.set_pixel_size(round(height * 0.035))
        self._layout.setSpacing(round(height * 0.012))
        for _row, number, desk in self.rows:
            number.set_pixel_size(round(height * 0.055))
            desk.set_pixel_size(round(height * 0.055))


class QueueCard(QFrame):
    """One queue: its name, how many wait, and the expected wait."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queueCard")
        self.name = FitLabel("queueName", bold=True)
        self.waiting = FitLabel("queueWaiting")
        self.wait = FitLabel("queueWait", align=Qt.AlignmentFlag.AlignRight)
        details = QHBoxLayout()
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.waiting, 1)
        details.addWidget(self.wait, 1)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.name)
        self._layout.addLayout(details)

    def show_queue(self, queue: QueueView) -> None:
        """The queue's numbers now."""
        self.name.show_text(queue.name)
        if queue.waiting:
            self.waiting.show_text(self.tr("%n waiting", "", queue.waiting))
        else:
            self.waiting.show_text(self.tr("nobody waiting"))
        self.wait.show_text(self.wait_text(queue.expected_wait))

    def wait_text(self, wait: timedelta | None) -> str:
        """Whole minutes, rounded up (the kiosk slip and the desk use the same rule)."""
        minutes = wait_text_minutes(wait)
        if minutes is None:
            return NO_ESTIMATE
        if minutes == 0:
            return self.tr("no wait")
        return self.tr("about %1 min").replace("%1", str(minutes))

    def set_scale(self, height: int) -> None:
        """Sizes from the board's height."""
        self.name.set_pixel_size(round(height * 0.048))
        self.waiting.set_pixel_size(round(height * 0.038))
        self.wait.set_pixel_size(round(height * 0.038))
        margin = round(height * 0.018)
        self._layout.setContentsMargins(margin, margin // 2, margin, margin // 2)
        self._layout.setSpacing(0)


class QueuesPanel(QFrame):
    """Every queue of the branch with its waiting count and expected wait."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queues")
        self.caption = FitLabel("caption")
        self.caption.show_text(self.tr("Expected wait"))
        self.cards: dict[uuid.UUID, QueueCard] = {}
        self._height = 720
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addWidget(self.caption)
        self._layout.addStretch(1)

    def show_queues(self, queues: list[QueueView]) -> None:
        """The queues in their order; cards are made again only when the queues change."""
        if [q.id for q in queues] != list(self.cards):
            for card in self.cards.values():
                card.deleteLater()
            self.cards = {}
            for position, queue in enumerate(queues):
                card = QueueCard()
                self._layout.insertWidget(1 + position, card)
                self.cards[queue.id] = card
            self.set_scale(self._height)
        for queue in queues:
            self.cards[queue.id].show_queue(queue)

    def set_scale(self, height: int) -> None:
        """Sizes from the board's height; many queues share the room."""
        self._height = height
        self.caption.set_pixel_size(round(height * 0.035))
        self._layout.setSpacing(round(height * 0.015))
        # Five queues fit at full size; more get smaller so every one stays on the board.
        shrink = min(1.0, 5 / max(1, len(self.cards)))
        for card in self.cards.values():
            card.set_scale(round(height * shrink))


class Chime(QObject):
    """Rings once per call, one chime after another: a new call never cuts off the chime
    of the one before (NovoSGA #78). Silent when it has no player.

    Signals:
        rang(): a chime started playing.
    """

    rang = Signal()

    MAX_QUEUED = 3  # after an outage the board may learn of many calls at once
    GAP_MS = 300  # between two chimes, so they are heard as two
    WATCHDOG_MS = 4000  # a player that never says it stopped does not block the rest

    def __init__(self, parent: QObject | None = None, *, watchdog_ms: int = WATCHDOG_MS) -> None:
        super().__init__(parent)
        self._play: Callable[[], None] | None = None
        self._pending = 0
        self._busy = False
        self._gap = QTimer(self)
        self._gap.setSingleShot(True)
        self._gap.setInterval(self.GAP_MS)
        self._gap.timeout.connect(self._ready)
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(watchdog_ms)
        self._watchdog.timeout.connect(self.player_stopped)

    @property
    def audible(self) -> bool:
        """Whether there is a player to ring."""
        return self._play is not None

    @property
    def pending(self) -> int:
        """Chimes waiting for the one playing to end."""
        return self._pending

    def attach(self, play: Callable[[], None] | None) -> None:
        """Ring with ``play``; it must end in :meth:`player_stopped` (None: silent)."""
        self._play = play

    def ring(self) -> None:
        """One chime, now or after the ones already due."""
        if self._play is None:
            return
        self._pending = min(self._pending + 1, self.MAX_QUEUED)
        self._next()

    def player_stopped(self) -> None:
        """The chime has played out; the next one follows after a short gap."""
        self._watchdog.stop()
        if self._busy and not self._gap.isActive():
            self._gap.start()

    def stop(self) -> None:
        """Drop the chimes still due and stop waiting (the board is closing)."""
        self._pending = 0
        self._gap.stop()
        self._watchdog.stop()

    def _ready(self) -> None:
        self._busy = False
        self._next()

    def _next(self) -> None:
        if self._busy or self._pending == 0 or self._play is None:
            return
        self._pending -= 1
        self._busy = True
        self._watchdog.start()
        self._play()
        self.rang.emit()


_silence_told = False


def _tell_silent(reason: str) -> None:
    """One INFO line per program run, not one per board or per call."""
    global _silence_told  # noqa: PLW0603 -- once per process, whichever board asks first
    if not _silence_told:
        _silence_told = True
        log.info("the display board is silent: %s", reason)


def _attach_windows_sound(chime: Chime, source: Path) -> None:
    """Play through the standard library's ``winsound`` (asynchronously); the chime is
    over when the file's length has passed."""
    winsound: Any = importlib.import_module("winsound")  # exists on Windows only
    with wave.open(str(source), "rb") as sound:
        length_ms = int(1000 * sound.getnframes() / sound.getframerate())

    def play() -> None:
        winsound.PlaySound(str(source), winsound.SND_FILENAME | winsound.SND_ASYNC)
        QTimer.singleShot(length_ms, chime.player_stopped)

    chime.attach(play)


def load_chime(source: Path | None, parent: QObject) -> Chime:
    """A chime that plays ``source`` through Qt Multimedia, or a silent one.

    Silent without a sound file, on the offscreen platform (CI, screenshots: Qt Multimedia
    prints warnings there as soon as it loads), without Qt Multimedia (PySide6-Essentials
    lacks it; on Linux it also needs libpulse), or without an audio output.
    """
    chime = Chime(parent)
    if source is None:
        return chime
    if not source.is_file():
        log.warning("the chime %s is missing: the display board is silent", source)
        return chime
    if QGuiApplication.platformName() in ("offscreen", "minimal"):
        _tell_silent("no real screen, so no sound either")
        return chime
    if sys.platform == "win32":  # municipal PCs: Windows plays a WAV with no extra package
        _attach_windows_sound(chime, source)
    else:
        _attach_qt_sound(chime, source)
    return chime


def _attach_qt_sound(chime: Chime, source: Path) -> None:
    """Play through Qt Multimedia (PySide6-Addons), when it and an audio output exist."""
    try:  # only here: loading it prints warnings offscreen, and it may be missing
        from PySide6.QtMultimedia import (  # type: ignore[import-not-found,unused-ignore]  # noqa: PLC0415
            QMediaDevices,
            QSoundEffect,
        )
    except ImportError as exc:
        _tell_silent(f"Qt Multimedia is not available ({exc})")
        return
    if QMediaDevices.defaultAudioOutput().isNull():
        _tell_silent("no audio output")
        return
    effect = QSoundEffect(chime)
    effect.setSource(QUrl.fromLocalFile(str(source)))
    effect.setVolume(0.8)

    def playing_changed() -> None:
        if not effect.isPlaying():
            chime.player_stopped()

    def status_changed() -> None:
        if effect.status() == QSoundEffect.Status.Error:
            _tell_silent(f"the chime {source} cannot be played")
            chime.attach(None)

    effect.playingChanged.connect(playing_changed)
    effect.statusChanged.connect(status_changed)
    chime.attach(effect.play)

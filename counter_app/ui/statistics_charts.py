"""Bar charts of the statistics, drawn by pyqtgraph: one small widget for every chart of
the statistics window (inquiries by hour, weekday, channel and service).

The charts are for reading, not exploring: no zooming, panning or context menu; each bar
carries its number, so nothing depends on reading the axis.

pyqtgraph (and numpy under it) is imported when the first chart is made, not when the
desk program starts: a third of a second that most desks never need.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QLocale, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

BAR_COLOUR = "#1f3a5f"  # the desk's dark blue: 11:1 on white
TEXT_COLOUR = "#1b1b1b"
AXIS_COLOUR = "#6b6b6b"
LABEL_CHARACTERS = 32  # longer category names are cut with "…" (the tool tip has them)
TICK_POINT_SIZE = 9


def _pyqtgraph() -> Any:
    """The pyqtgraph module (imported on first use; it ships no type information)."""
    import pyqtgraph  # type: ignore[import-untyped]  # noqa: PLC0415 (slow import, see module doc)

    return pyqtgraph


class BarChart(QWidget):
    """A titled bar chart of categories: upright bars with the labels under them, or
    lying bars with the labels to the left (for long names such as services).

    ``max_bars`` keeps the chart readable: the categories after the first ``max_bars - 1``
    are added up in one bar, "Other".
    """

    def __init__(
        self,
        title: str,
        *,
        horizontal: bool = False,
        max_bars: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        pg = _pyqtgraph()
        self.horizontal = horizontal
        self.max_bars = max_bars
        self.labels: list[str] = []
        self.values: list[float] = []
        self.title = QLabel(title)
        self.title.setObjectName("chartTitle")
        self.title.setWordWrap(True)
        self.setAccessibleName(title)
        self.plot = pg.PlotWidget(background="w")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.plot.setMinimumHeight(140)
        self.plot.getPlotItem().setContentsMargins(4, 4, 8, 4)
        font = QFont(self.font())
        font.setPointSize(TICK_POINT_SIZE)
        self._font = font
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setTickFont(font)
            axis.setTextPen(pg.mkPen(TEXT_COLOUR))
            axis.setPen(pg.mkPen(AXIS_COLOUR))
        self.plot.showGrid(x=horizontal, y=not horizontal, alpha=0.15)
        if horizontal:
            self.plot.getViewBox().invertY(True)  # the first category on top
        # The bars and the numbers are made once and changed in place: adding and removing
        # graphics items on every update is what pyqtgraph (and PySide) handle worst.
        self._bars = pg.BarGraphItem(
            x=[], height=[], width=0.7, brush=pg.mkBrush(BAR_COLOUR), pen=None
        )
        self.plot.addItem(self._bars)
        self._numbers: list[Any] = []  # pyqtgraph TextItems, reused; the spare ones hidden
        self._range: tuple[tuple[float, float], tuple[float, float]] | None = None
        self.empty = QLabel(self.tr("Nothing to show for this choice."))
        self.empty.setObjectName("chartEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.plot)
        self.stack.addWidget(self.empty)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)
        self.set_data([], [])

    def set_title(self, title: str) -> None:
        """Change the heading above the chart."""
        self.title.setText(title)
        self.setAccessibleName(title)

    def set_data(self, labels: Sequence[str], values: Sequence[float]) -> None:
        """Show one bar per label; an empty chart (or all zeros) says there is nothing."""
        labels, values = self._limited(list(labels), [float(v) for v in values])
        self.labels, self.values = labels, values
        if not labels or not any(values):
            self.stack.setCurrentWidget(self.empty)
            self.setToolTip("")
            return
        self.stack.setCurrentWidget(self.plot)
        positions = list(range(len(labels)))
        if self.horizontal:
            self._bars.setOpts(x0=0, x=None, y=positions, height=0.7, width=values)
        else:
            self._bars.setOpts(x=positions, height=values, width=0.7)
        self._show_numbers(positions, values)
        self._set_axes(labels, values)
        self.setToolTip(
            "\n".join(f"{label}: {_number(v)}" for label, v in zip(labels, values, strict=True))
        )

    def image(self, size: QSize, scale: float = 2.0) -> QImage:
        """The bars drawn at ``size`` (logical pixels) on white, ``scale`` times as sharp,
        without the title (for a printed report, which has its own headings)."""
        shown_size = self.size()
        extra = self.title.sizeHint().height() + self._layout.spacing()
        self.resize(size.width(), size.height() + extra)
        self._layout.activate()
        image = QImage(
            round(size.width() * scale), round(size.height() * scale), QImage.Format.Format_RGB32
        )
        image.setDevicePixelRatio(scale)
        image.fill(QColor("white"))
        painter = QPainter(image)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            target = QRectF(0, 0, size.width(), size.height())
            self.plot.render(painter, target, self.plot.viewport().rect())
        finally:
            painter.end()
        self.resize(shown_size)  # back as the window lays it out
        return image

    def sizeHint(self) -> QSize:
        """Room for the bars: lying bars need a line each."""
        if self.horizontal:
            return QSize(420, max(180, 40 + 24 * max(len(self.labels), 4)))
        return QSize(420, 240)

    # -- drawing ----------------------------------------------------------------------------

    def _limited(self, labels: list[str], values: list[float]) -> tuple[list[str], list[float]]:
        if self.max_bars is None or len(labels) <= self.max_bars:
            return labels, values
        keep = self.max_bars - 1
        rest = sum(values[keep:])
        return [*labels[:keep], self.tr("Other")], [*values[:keep], rest]

    def _show_numbers(self, positions: list[int], values: list[float]) -> None:
        """Each bar's number at its end (none on an empty bar)."""
        anchor = (0, 0.5) if self.horizontal else (0.5, 1)
        while len(self._numbers) < len(values):
            text = _pyqtgraph().TextItem("", color=TEXT_COLOUR, anchor=anchor)
            text.setFont(self._font)
            self.plot.addItem(text)
            self._numbers.append(text)
        for index, text in enumerate(self._numbers):
            shown = index < len(values) and bool(values[index])
            if shown:
                value, position = values[index], positions[index]
                text.setText(_number(value))
                text.setPos(*((value, position) if self.horizontal else (position, value)))
            if text.isVisible() != shown:
                text.setVisible(shown)

    def _set_axes(self, labels: list[str], values: list[float]) -> None:
        ticks = [[(i, _cut(label)) for i, label in enumerate(labels)]]
        top = max(values) * (1.25 if self.horizontal else 1.18)
        plot = self.plot
        if self.horizontal:
            category, amount = plot.getAxis("left"), plot.getAxis("bottom")
            metrics = QFontMetrics(self._font)
            widest = max(metrics.horizontalAdvance(_cut(label)) for label in labels)
            category.setWidth(min(widest + 12, 260))
            self._set_range((0, top), (-0.6, len(labels) - 0.4))
        else:
            category, amount = plot.getAxis("bottom"), plot.getAxis("left")
            self._set_range((-0.6, len(labels) - 0.4), (0, top))
        category.setTicks(ticks)
        category.setStyle(tickLength=0)
        amount.setTicks(None)
        if all(value.is_integer() for value in values):  # counts: no "2.5" on the axis
            step = _whole_step(max(values))
            amount.setTickSpacing(step, step)
        else:
            amount.setTickSpacing()

    def _set_range(self, x: tuple[float, float], y: tuple[float, float]) -> None:
        """Show ``x`` by ``y``; unchanged ranges are left alone (every change is a round of
        signals in pyqtgraph)."""
        if self._range != (x, y):
            self._range = (x, y)
            self.plot.setRange(xRange=x, yRange=y, padding=0)


def _whole_step(top: float) -> float:
    """A round step (1, 2, 5, 10, 20, ...) giving about five grid lines up to ``top``."""
    raw = max(top / 5, 1.0)
    magnitude = 10.0 ** math.floor(math.log10(raw))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)


def _cut(label: str) -> str:
    return label if len(label) <= LABEL_CHARACTERS else label[: LABEL_CHARACTERS - 1] + "…"


def _number(value: float) -> str:
    """A bar's number in the program's language: "12", "5,6"."""
    locale = QLocale()  # the program's language (set when the translations are loaded)
    if float(value).is_integer():
        return locale.toString(int(value))
    return locale.toString(float(value), "f", 1)

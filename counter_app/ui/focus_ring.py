"""A focus ring that always shows where the keyboard is (EN 301 549 11.2.4.7).

Qt's Fusion style marks a focused button or check box faintly or not at all, and style
sheets can hide what it draws. The ring is drawn around whichever control has the focus,
in every window of the program: 3 px amber between 1 px black lines, so it shows on the
light desk (black on #efefef, 17:1) as on dark blue (amber on #1f3a5f, 6:1). Its middle is
cut out, so the control shows and takes its clicks as before.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QRegion
from PySide6.QtWidgets import QApplication, QWidget

RING = 3  # px of amber
EDGE = 1  # px of black on each side of it
WIDTH = RING + 2 * EDGE
AMBER = QColor("#f0b400")
BLACK = QColor("#000000")


class FocusRing(QWidget):
    """The ring of one window: a child of it, laid around the focused control."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("focusRing")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        del event
        painter = QPainter(self)
        painter.fillRect(self.rect(), BLACK)
        painter.fillRect(self.rect().adjusted(EDGE, EDGE, -EDGE, -EDGE), AMBER)
        painter.setPen(QPen(BLACK, EDGE))
        inner = self.rect().adjusted(WIDTH - EDGE, WIDTH - EDGE, EDGE - WIDTH, EDGE - WIDTH)
        painter.drawRect(inner.adjusted(0, 0, -EDGE, -EDGE))
        painter.end()

    def surround(self, target: QWidget) -> None:
        """Lay the ring around ``target``, a control of this ring's window."""
        window = self.window()
        top_left = target.mapTo(window, target.rect().topLeft())
        area = QRect(top_left, target.size()).adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH)
        self.setGeometry(area)
        whole = QRect(0, 0, area.width(), area.height())
        self.setMask(
            QRegion(whole).subtracted(QRegion(whole.adjusted(WIDTH, WIDTH, -WIDTH, -WIDTH)))
        )
        self.raise_()
        self.show()


class FocusRings(QObject):
    """Moves a ring with the focus, in every window of ``app`` (one ring per window, made
    when the window first has a focused control, gone with the window)."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._target: QWidget | None = None
        app.focusChanged.connect(self._moved)

    def stop(self) -> None:
        """Stop following the focus (the rings made stay hidden with their windows)."""
        self._app.focusChanged.disconnect(self._moved)
        if self._target is not None and shiboken6.isValid(self._target):
            self._target.removeEventFilter(self)
        self._target = None

    def ring_of(self, window: QWidget) -> FocusRing:
        """The ring of ``window`` (made on first use)."""
        ring = window.findChild(FocusRing, options=Qt.FindChildOption.FindDirectChildrenOnly)
        return ring if isinstance(ring, FocusRing) else FocusRing(window)

    def _moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and shiboken6.isValid(old):
            old.removeEventFilter(self)
            ring = old.window().findChild(FocusRing)
            if isinstance(ring, FocusRing):
                ring.hide()
        self._target = new
        if new is not None and new.window() is not new:
            new.installEventFilter(self)
            self._place(new)

    def _place(self, target: QWidget) -> None:
        ring = self.ring_of(target.window())
        if target.isVisible():
            ring.surround(target)
        else:
            ring.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Follow the focused control when it moves, resizes, hides or shows."""
        if watched is self._target and event.type() in (
            QEvent.Type.Move,
            QEvent.Type.Resize,
            QEvent.Type.Show,
            QEvent.Type.Hide,
        ):
            assert isinstance(watched, QWidget)
            self._place(watched)
        return False

"""Wherever the keyboard is, a ring shows it: every control of the desk window that can
take the focus gets the ring around it, drawn on screen."""

from __future__ import annotations

import asyncio
from pathlib import Path

import qasync
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from counter_app.ui.focus_ring import AMBER, FocusRing, FocusRings
from tests.ui.desk_support import desk_on_screen
from tests.ui.test_accessible_names import _part_of_qt


def _focusable(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus
        and w.isVisible()
        and w.isEnabled()
        and not _part_of_qt(w)
    ]


def test_every_focusable_control_of_the_desk_gets_a_visible_ring(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, qapp: QApplication, tmp_path: Path
) -> None:
    rings = FocusRings(qapp)

    async def scenario() -> list[str]:
        async with desk_on_screen(qtbot, tmp_path, sync=False, active=True) as (_desk, window):
            controls = _focusable(window)
            assert len(controls) > 10
            unseen = []
            for control in controls:
                control.setFocus(Qt.FocusReason.TabFocusReason)
                await asyncio.sleep(0.01)
                ring = window.findChild(FocusRing)
                where = QRect(control.mapTo(window, control.rect().topLeft()), control.size())
                shown = window.grab()
                corner = ring.geometry().topLeft() if isinstance(ring, FocusRing) else None
                if (
                    not isinstance(ring, FocusRing)
                    or not ring.isVisible()
                    or not ring.geometry().contains(where)
                    or corner is None
                    # 1 px in: the amber band, painted over whatever was there
                    or shown.toImage().pixelColor(corner.x() + 2, corner.y() + 2) != AMBER
                ):
                    unseen.append(f"{type(control).__name__} {control.accessibleName()!r}")
        return unseen

    try:
        assert qt_loop.run_until_complete(scenario()) == []
    finally:
        rings.stop()
        rings.deleteLater()


def test_the_ring_leaves_when_the_focus_leaves_the_window(qtbot: QtBot, qapp: QApplication) -> None:
    rings = FocusRings(qapp)
    try:
        window = QWidget()
        qtbot.addWidget(window)
        window.resize(200, 100)
        control = QWidget(window)
        control.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        control.setGeometry(40, 30, 60, 20)
        window.show()
        control.setFocus()
        qapp.processEvents()
        ring = window.findChild(FocusRing)
        assert isinstance(ring, FocusRing) and ring.isVisible()
        assert ring.geometry() == QRect(35, 25, 70, 30)
        assert QColor(window.grab().toImage().pixelColor(36, 26)) == AMBER
        control.clearFocus()
        qapp.processEvents()
        assert not ring.isVisible()
    finally:
        rings.stop()
        rings.deleteLater()

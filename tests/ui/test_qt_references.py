"""A desk runs all day: Qt calls must not eat Python's references to None and the bools.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every Qt call returning
nothing (and to True/False from slots and pyqtgraph's callbacks); the process aborted
with "none_dealloc" after about 88,000 such calls, a few hours of a busy desk. Python
3.12 made None immortal, which hid it there. This pins the behaviour on every version.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot

CALLS = 5_000


def test_qt_calls_keep_the_references_to_none_and_the_bools(qtbot: QtBot) -> None:
    label, box = QLabel(), QCheckBox()
    qtbot.addWidget(label)
    qtbot.addWidget(box)
    box.toggled.connect(lambda checked: checked)
    nones, trues, falses = (sys.getrefcount(x) for x in (None, True, False))
    for n in range(CALLS):
        label.setText(str(n))
        box.setChecked(n % 2 == 0)
    # Other code may take or drop a few references meanwhile; a leak loses thousands.
    assert nones - sys.getrefcount(None) < CALLS // 10
    assert trues - sys.getrefcount(True) < CALLS // 10
    assert falses - sys.getrefcount(False) < CALLS // 10

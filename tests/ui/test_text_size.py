"""Text follows the system's text size: what the style sheets make larger than the rest
stays as much larger when staff turn up the text size of their computer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import qasync
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from counter_app.ui.style import scaled, text_size_factor
from tests.ui.desk_support import desk_on_screen


@pytest.fixture
def larger_text(qapp: QApplication) -> Iterator[None]:
    """The system's text at 18 pt, twice Qt's default 9 pt, as Windows' "Text size"
    setting gives it to Qt."""
    before = QFont(qapp.font())
    bigger = QFont(before)
    bigger.setPointSizeF(18)
    qapp.setFont(bigger)
    yield
    qapp.setFont(before)


def test_font_sizes_scale_in_px_and_pt() -> None:
    sheet = "a { font-size: 15px; padding: 3px; } b { font-size: 28pt; }"
    assert scaled(sheet, 2.0) == "a { font-size: 30px; padding: 3px; } b { font-size: 56pt; }"


def test_the_desks_large_texts_grow_with_the_systems_text(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path, larger_text: None
) -> None:
    assert text_size_factor() == 2.0

    async def scenario() -> tuple[int, int, int]:
        async with desk_on_screen(qtbot, tmp_path, sync=False) as (_desk, window):
            panel = window.serving_panel
            return (
                panel.ticket.font().pixelSize(),  # 20 px at 9 pt with nobody called
                panel.call_next.font().pixelSize(),  # 20 px at 9 pt
                window.queue_panel.table.font().pixelSize(),  # 15 px at 9 pt
            )

    assert qt_loop.run_until_complete(scenario()) == (40, 40, 30)

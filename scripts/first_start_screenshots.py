"""Render what a new user sees first, in one language: the demo's first-start notice, the
dialog that connects the desk to a server (empty, refusing a wrong address, saved), the
offer of the demo when the first connection fails, the service checklists and the desk
with its Help menu. Offscreen windows have no frame, so each dialog gets a plain title
bar drawn on.

Run through ``scripts/screenshots`` (offscreen, in a throwaway data folder):
``first_start_screenshots.py da|en OUTDIR``.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from counter_app.app.first_start import connection_setup
from counter_app.app.settings import parse_settings
from counter_app.app.startup import start_desk
from counter_app.ui.application import run_in_qt
from counter_app.ui.desk_window import DeskWindow
from counter_app.ui.screens import WindowOptions, build_window, offer_the_demo

TITLE_BAR = 30


def framed(dialog: QWidget) -> QPixmap:
    """The dialog under a plain title bar with its title."""
    inside = dialog.grab()
    result = QPixmap(inside.width() + 2, inside.height() + TITLE_BAR + 1)
    result.fill(QColor("#5a6472"))
    painter = QPainter(result)
    painter.fillRect(1, 1, inside.width(), TITLE_BAR - 1, QColor("#2b3440"))
    font = QFont()
    font.setBold(True)
    painter.setFont(font)
    painter.setPen(QColor("#ffffff"))
    painter.drawText(
        12, 1, inside.width(), TITLE_BAR - 1, Qt.AlignmentFlag.AlignVCenter, dialog.windowTitle()
    )
    painter.drawPixmap(1, TITLE_BAR, inside)
    painter.end()
    return result


def over(window: QPixmap, dialog: QPixmap) -> QPixmap:
    """``dialog`` over ``window``, dimmed, as a window-modal dialog shows."""
    result = QPixmap(window)
    painter = QPainter(result)
    painter.fillRect(result.rect(), QColor(0, 0, 0, 90))
    x = (result.width() - dialog.width()) // 2
    y = (result.height() - dialog.height()) // 3
    painter.drawPixmap(x, y, dialog)
    painter.end()
    return result


async def settle() -> None:
    """Let Qt lay out and paint through the running loop."""
    for _ in range(5):
        await asyncio.sleep(0.05)


async def connecting(window: DeskWindow, language: str, out: Path) -> None:
    """The connect dialog: empty, refusing an address, and the choice saved."""
    dialog = window.help.open_connect()
    assert dialog is not None
    await settle()
    framed(dialog).save(str(out / f"connect-{language}.png"))
    dialog.address.setText("http://10.1.2.3:8400")
    dialog.code.setText("ACDE-FGHJ-KMNP")
    dialog.submit()
    await settle()
    framed(dialog).save(str(out / f"connect-refused-{language}.png"))
    dialog.address.setText("https://koe.naestved.dk")
    dialog.submit()  # saved to this throwaway data folder's settings.json
    await settle()
    saved = window.help.saved_box
    assert saved is not None
    framed(saved).save(str(out / f"connect-saved-{language}.png"))
    saved.close()
    await settle()


async def render(language: str, data_dir: Path, out: Path) -> int:
    """Save the screenshots of ``language`` into ``out``."""
    settings = parse_settings(["--data-dir", str(data_dir), "--language", language])
    desk = await start_desk(settings)
    try:
        options = WindowOptions(
            mode="desk", language=language, connection=connection_setup(settings)
        )
        window = build_window(desk.services, options)
        assert isinstance(window, DeskWindow)
        window.resize(1366, 768)
        window.show()
        await asyncio.sleep(0.5)
        desk_shot = window.grab()
        desk_shot.save(str(out / f"desk-{language}.png"))

        notice = window.help.show_notice()
        await settle()
        over(desk_shot, framed(notice)).save(str(out / f"first-start-{language}.png"))
        notice.close()
        await settle()

        await connecting(window, language, out)

        checklists = window.help.open_checklists()
        await settle()
        passport = "Pas" if language == "da" else "Passport"
        checklists.list.setCurrentRow(checklists.shown_names().index(passport))
        await settle()
        framed(checklists).save(str(out / f"checklists-{language}.png"))
        checklists.close()
        await settle()

        menu, bar = window.help.menu, window.menuBar()
        where = bar.actionGeometry(menu.menuAction()).bottomLeft()
        menu.popup(window.mapToGlobal(where))
        await settle()
        with_menu = QPixmap(window.grab())
        painter = QPainter(with_menu)
        painter.drawPixmap(where, menu.grab())
        painter.end()
        with_menu.save(str(out / f"desk-help-{language}.png"))
        menu.close()

        offered = asyncio.ensure_future(
            offer_the_demo(
                "the server refused the enrollment code: the code is not known or was used "
                "already (https://koe.naestved.dk)"
            )
        )
        await settle()
        [box] = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()
        ]
        framed(box).save(str(out / f"offer-demo-{language}.png"))
        box.reject()
        await offered
        window.close()
    finally:
        await desk.close()
    return 0


def main() -> int:
    """``first_start_screenshots.py da|en OUTDIR``."""
    language, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        return run_in_qt(lambda: render(language, Path(folder), out), language)


if __name__ == "__main__":
    raise SystemExit(main())

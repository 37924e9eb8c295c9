"""Render the desk, the kiosk (start and receipt) and the display board to PNG files in a
realistic demo morning: tickets drawn at the kiosk, some called, one at each desk.

Run through ``scripts/screenshots`` (offscreen, in a throwaway data folder).
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QWidget

from counter_app.app.settings import DeskSettings, Mode
from counter_app.app.startup import RunningDesk, start_desk
from counter_app.ui.application import run_in_qt
from counter_app.ui.screens import WindowOptions, build_window


def _settings(data_dir: Path, name: str, mode: Mode) -> DeskSettings:
    return DeskSettings(
        data_dir=data_dir,
        server_url=None,
        enrollment_key=None,
        municipality="demo",
        branch="HB",
        desk_name=name,
        language="da",
        smoke_test=False,
        screenshot=None,
        mode=mode,
    )


async def _save(window: QWidget, size: tuple[int, int], path: Path) -> None:
    window.resize(*size)
    window.show()
    await asyncio.sleep(0.3)
    if not window.grab().save(str(path), "PNG"):
        raise OSError(f"cannot write {path}")
    sys.stdout.write(f"wrote {path}\n")


async def _morning(folder: Path, out: Path) -> int:
    desks: list[RunningDesk] = []
    try:
        for name, mode in (
            ("KVIK 1", Mode.DESK),
            ("KVIK 2", Mode.DESK),
            ("Kiosk 1", Mode.KIOSK),
            ("Infoskærm 1", Mode.DISPLAY),
        ):
            desks.append(await start_desk(_settings(folder, name, mode)))
        kvik1, kvik2, kiosk, board = desks
        queues = {q.prefix: q.id for q in kiosk.services.queues.queues()}
        for prefix in "KKKBKLKK":
            await kiosk.services.dispenser.draw(queues[prefix])
        for desk in desks:
            await desk.sync.pull_all()
        for desk in (kvik1, kvik2):
            desk.services.work.set_presence(open_=True, queue_ids=[queues["K"], queues["L"]])
        await kvik2.services.work.call_next([queues["K"]])
        outcome = await kvik1.services.work.call_next([queues["K"]])
        current = kvik1.services.queues.current_ticket()
        assert current is not None and outcome.ticket_label == current.label
        kvik1.services.work.start(current.id)
        for desk in desks:
            await desk.sync.sync_once()

        desk_window = build_window(kvik1.services, WindowOptions(mode="desk"))
        await _save(desk_window, (1180, 720), out / "desk.png")
        desk_window.close()

        board_window = build_window(board.services, WindowOptions(mode="display"))
        await _save(board_window, (1920, 1080), out / "display.png")
        board_window.close()

        kiosk_window = build_window(kiosk.services, WindowOptions(mode="kiosk"))
        await _save(kiosk_window, (1280, 800), out / "kiosk.png")
        draw = getattr(kiosk_window, "draw", None)
        if callable(draw):
            draw(queues["K"])
            await asyncio.sleep(2.5)
            await _save(kiosk_window, (1280, 800), out / "kiosk_receipt.png")
        kiosk_window.close()
        await asyncio.sleep(0.1)
        return 0
    finally:
        for desk in reversed(desks):
            await desk.close()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        return run_in_qt(lambda: _morning(Path(folder), out), "da")


if __name__ == "__main__":
    sys.exit(main())

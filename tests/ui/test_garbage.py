"""Reference cycles die in the UI thread: a Qt object destroyed in one of the embedded
server's threads crashed the desk (a timer event delivered to freed memory)."""

from __future__ import annotations

import asyncio
import gc
import threading

from PySide6.QtWidgets import QApplication

from counter_app.ui.application import run_in_qt


def test_a_cycle_is_collected_in_the_ui_thread_however_busy_another_thread_is(
    qapp: QApplication,
) -> None:
    died_in: list[str] = []

    class InACycle:
        def __init__(self) -> None:
            self.me = self

        def __del__(self) -> None:
            died_in.append(threading.current_thread().name)

    async def main() -> int:
        InACycle()

        kept: list[list[int]] = []

        def busy() -> None:
            # Enough new containers (kept alive: freeing them would lower the count again)
            # to pass the youngest generation's threshold many times.
            kept.extend([] for _ in range(50_000))

        worker = threading.Thread(target=busy, name="embedded-server-like")
        worker.start()
        worker.join()
        assert died_in == []
        async with asyncio.timeout(5):
            while not died_in:
                await asyncio.sleep(0.05)
        return len(kept) - 50_000

    assert run_in_qt(main, "da") == 0
    assert died_in == [threading.current_thread().name]
    assert gc.isenabled()  # handed back when the program's loop ends

"""Running async work from a widget without blocking the UI, and without losing its errors."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from typing import Any, TypeVar

from PySide6.QtCore import QObject

log = logging.getLogger(__name__)
Result = TypeVar("Result")


class BackgroundWork(QObject):
    """Owns the tasks a window started, so they are neither garbage-collected mid-flight
    nor left running after the window closes."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks: set[asyncio.Task[Any]] = set()

    def run(
        self,
        work: Coroutine[Any, Any, Result],
        *,
        on_success: Callable[[Result], None],
        on_failure: Callable[[BaseException], None],
    ) -> asyncio.Task[Result]:
        """Start ``work`` on the running loop; call one of the callbacks when it ends."""
        task = asyncio.ensure_future(work)
        self._tasks.add(task)

        def finished(done: asyncio.Task[Result]) -> None:
            self._tasks.discard(done)
            if done.cancelled():
                return
            error = done.exception()
            if error is not None:
                on_failure(error)
            else:
                on_success(done.result())

        task.add_done_callback(finished)
        return task

    def cancel_all(self) -> None:
        """Stop everything still running (the window is closing)."""
        for task in list(self._tasks):
            task.cancel()

    @property
    def running(self) -> int:
        """How many tasks are in flight."""
        return len(self._tasks)

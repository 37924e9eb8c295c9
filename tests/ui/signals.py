"""Waiting on Qt signals from coroutines: no sleeps, a deadline instead."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import Any


async def wait_for_condition(
    signal: Any, condition: Callable[[], bool], *, timeout: float
) -> float:
    """Wait until ``condition()`` holds, re-checking each time ``signal`` fires.

    Returns the seconds it took; raises TimeoutError after ``timeout``.
    """
    loop = asyncio.get_running_loop()
    started = loop.time()
    woken = asyncio.Event()

    def wake(*_args: object) -> None:
        woken.set()

    signal.connect(wake)
    try:
        while not condition():
            remaining = timeout - (loop.time() - started)
            if remaining <= 0:
                raise TimeoutError(f"condition not met within {timeout} s")
            await asyncio.wait_for(woken.wait(), remaining)
            woken.clear()
    finally:
        signal.disconnect(wake)
    return loop.time() - started


async def until(condition: Callable[[], object], timeout: float = 5.0) -> None:
    """Wait until ``condition()`` holds, looking every 20 ms (for what no signal reports,
    such as which widget has the focus); AssertionError after ``timeout``."""
    for _ in range(int(timeout / 0.02)):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"not reached within {timeout} s")

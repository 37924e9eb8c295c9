"""The desk program's cold start against a running server, and a bare PySide6 window's.

Each start is a new process (``bench.start_probe``), timed from just before it is launched
to its window's first paint. The desk's first start (its database made and migrated) is
not counted, nor is the bare window's first start (both write their compiled bytecode
then, as an installation has it). The figure is the everyday start: an existing desk
folder, the integrity check, enrollment and the first sync, the window built and painted.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from bench.figures import figures_of
from bench.stack import Place, Stack
from bench.start_probe import LAUNCHED_AT

STARTS = 3


def _probe(arguments: list[str], bytecode: Path) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # An installed program has its bytecode compiled; a developer's machine may forbid
    # writing it (PYTHONDONTWRITEBYTECODE), which would time compiling the source instead.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    env[LAUNCHED_AT] = repr(time.monotonic())
    answer: dict[str, Any] = figures_of(
        [sys.executable, "-m", "bench.start_probe", *arguments], env=env, timeout=120
    )
    return answer


def measure(stack: Stack, folder: Path, *, where: Place, starts: int = STARTS) -> dict[str, Any]:
    """Median of ``starts`` starts each (after one unmeasured first start of the desk) of a
    desk at ``where``."""
    desk = [
        "desk",
        "--data-dir",
        str(folder / "start-desk"),
        "--server",
        stack.base_url,
        "--enrollment-key",
        stack.enrollment_key,
        "--municipality",
        where.municipality,
        "--branch",
        where.branch,
        "--desk-name",
        "Skranke 9",
    ]
    bytecode = folder / "bytecode"
    first = _probe(desk, bytecode)  # also compiles the bytecode, as an installer does
    _probe(["bare"], bytecode)
    desks = [_probe(desk, bytecode) for _ in range(starts)]
    bares = [_probe(["bare"], bytecode) for _ in range(starts)]
    if not all(d.get("synced") for d in [first, *desks]):
        raise RuntimeError("the desk started without reaching the server")
    desk_s = statistics.median(d["first_paint_s"] for d in desks)
    bare_s = statistics.median(b["first_paint_s"] for b in bares)
    return {
        "desk_start_s": round(desk_s, 3),
        "bare_qt_start_s": round(bare_s, 3),
        "desk_start_ratio": round(desk_s / bare_s, 2),
        "desk_rss_mib": round(max(d["rss_mib"] for d in desks), 1),
        "bare_qt_rss_mib": round(max(b["rss_mib"] for b in bares), 1),
        "desk_first_start_s": first["first_paint_s"],
    }

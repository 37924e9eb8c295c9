"""Where a windowed program's output goes: a frozen Windows program has no console, and
Python then sets ``sys.stdout`` and ``sys.stderr`` to None (a message written there would
crash the program instead of reaching anyone). They go to a log file IT can read."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

LOG_NAME = "counter-app.log"


def log_file() -> Path:
    """%LOCALAPPDATA%\\counter-app\\Logs\\counter-app.log on Windows (platformdirs')."""
    return Path(platformdirs.user_log_dir("counter-app", appauthor=False)) / LOG_NAME


def attach_missing_streams() -> Path | None:
    """Point a missing ``sys.stdout``/``sys.stderr`` at the log file (appended to); return
    its path, or None when both streams are there (a console, or a terminal on Linux)."""
    if sys.stdout is not None and sys.stderr is not None:
        return None
    path = log_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    stream = path.open("a", encoding="utf-8", buffering=1)  # line-buffered: a crash keeps it
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream
    return path

"""Small statistics for the figures the benchmarks print."""

from __future__ import annotations

import json
import math
import subprocess
from collections.abc import Sequence
from typing import Any


def percentile(values: Sequence[float], p: float) -> float:
    """The ``p``-th percentile by linear interpolation (NaN for no values)."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = (len(ordered) - 1) * p / 100
    low = math.floor(rank)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (rank - low)


def figures_of(command: list[str], *, env: dict[str, str] | None = None, timeout: float) -> Any:
    """Run a benchmark process; the JSON object it printed last (an error if none)."""
    done = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=timeout, check=False
    )
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"{' '.join(command[1:4])} failed:\n{done.stderr[-3000:]}")
    return json.loads(lines[-1])

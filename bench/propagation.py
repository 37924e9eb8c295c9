"""Propagation: from a desk's "call next" to the change visible at every other desk and
display board of its branch, with ``desks`` live connections to the server.

The measured branch has ten real desks (the caller, seven more desks, two display boards),
each in a process of its own as it would be on its own PC; the other ``desks - 10`` are
the crowd (``bench.crowd``), enrolled in branches of their own and holding their live
connections. For each call the figure is
the time until the *last* of the nine others had the called ticket in its own database.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from bench.branch_desks import BranchConfig
from bench.crowd import CrowdConfig
from bench.figures import percentile
from bench.stack import BRANCH_SIZE, Stack, place, running_stack

CROWD_PER_PROCESS = 1000
READY_TIMEOUT_S = 600.0


def _spawn(module: str, config: object, folder: Path, name: str) -> subprocess.Popen[bytes]:
    path = folder / f"{name}.json"
    path.write_text(json.dumps(asdict(config)))  # type: ignore[call-overload]
    log = (folder / f"{name}.log").open("ab")
    return subprocess.Popen(
        [sys.executable, "-m", module, str(path)],
        stdin=subprocess.DEVNULL,
        stdout=log,
        stderr=subprocess.STDOUT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _wait(what: str, done: Any, processes: list[subprocess.Popen[bytes]], folder: Path) -> None:
    deadline = time.monotonic() + READY_TIMEOUT_S
    while not done():
        for process in processes:
            if process.poll() is not None:
                logs = "\n".join(p.read_text()[-3000:] for p in folder.glob("*.log"))
                raise RuntimeError(f"a benchmark process ended while waiting for {what}:\n{logs}")
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        time.sleep(0.1)


def _crowd_connected(folder: Path) -> int:
    total = 0
    for path in folder.glob("crowd-*.json"):
        with contextlib.suppress(OSError, ValueError, KeyError):  # half written
            total += int(json.loads(path.read_text())["connected"])
    return total


def _lines(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def measure(stack: Stack, folder: Path, *, desks: int, calls: int) -> dict[str, Any]:
    """Run one measurement against a running stack with enough branches."""
    members = [("Skranke 1", "desk")]
    members += [(f"Skranke {n}", "desk") for n in range(2, BRANCH_SIZE - 1)]
    members += [("Skærm 1", "display"), ("Skærm 2", "display")]
    groups = [[member] for member in members]  # each desk its own process, as on its own PC
    crowd = [
        (where.municipality, where.branch, f"Skranke {n % BRANCH_SIZE + 1}")
        for n in range(max(0, desks - BRANCH_SIZE))
        for where in [place(1 + n // BRANCH_SIZE)]
    ]
    common = {
        "folder": str(folder),
        "server_url": stack.base_url,
        "enrollment_key": stack.enrollment_key,
    }
    processes = []
    try:
        for index in range(0, len(crowd), CROWD_PER_PROCESS):
            part = crowd[index : index + CROWD_PER_PROCESS]
            crowd_config = CrowdConfig(**common, desks=part)
            processes.append(_spawn("bench.crowd", crowd_config, folder, f"crowd{index}"))
        _wait(
            f"{len(crowd)} live connections",
            lambda: _crowd_connected(folder) >= len(crowd),
            processes,
            folder,
        )
        for index, group in enumerate(groups):
            config = BranchConfig(
                **common,
                municipality=place(0).municipality,
                branch=place(0).branch,
                desks=group,
                caller=index == 0,
                calls=calls,
                interval_s=0.2,
            )
            processes.append(_spawn("bench.branch_desks", config, folder, f"branch{index}"))
        _wait(
            "the branch's desks",
            lambda: len(list(folder.glob("ready-*"))) == len(groups),
            processes,
            folder,
        )
        (folder / "go").touch()
        _wait(
            f"{calls} calls",
            lambda: len(_lines(folder / "calls.jsonl")) >= calls,
            processes,
            folder,
        )
        time.sleep(2.0)  # the last call's pokes and pulls
        connected = _crowd_connected(folder)
    finally:
        (folder / "stop").touch()
        for process in processes:
            try:
                process.wait(60)
            except subprocess.TimeoutExpired:
                process.kill()
    return _figures(folder, members, desks=desks, calls=calls, connected=connected)


def _figures(
    folder: Path, members: list[tuple[str, str]], *, desks: int, calls: int, connected: int
) -> dict[str, Any]:
    others = {name for name, _ in members[1:]}
    seen: dict[str, dict[str, float]] = {}
    for path in folder.glob("seen-*.jsonl"):
        for row in _lines(path):
            if row["desk"] in others:
                seen.setdefault(row["ticket"], {})[row["desk"]] = row["t"]
    everywhere, answers, missing = [], [], 0
    for call in _lines(folder / "calls.jsonl"):
        answers.append((call["t1"] - call["t0"]) * 1000)
        at = seen.get(call["ticket"] or "", {})
        if call["ticket"] is None or set(at) != others:
            missing += 1
            continue
        everywhere.append((max(at.values()) - call["t0"]) * 1000)
    return {
        "desks": desks,
        "live_connections": connected + len(members),
        "calls": calls,
        "calls_not_seen_everywhere": missing,
        "propagation_p50_ms": round(percentile(everywhere, 50), 1),
        "propagation_p99_ms": round(percentile(everywhere, 99), 1),
        "propagation_max_ms": round(max(everywhere, default=math.nan), 1),
        "call_answer_p50_ms": round(percentile(answers, 50), 1),
    }


def run(desk_counts: list[int], *, calls: int, workers: int) -> list[dict[str, Any]]:
    """One fresh stack per desk count; the figures of each."""
    results = []
    for desks in desk_counts:
        with tempfile.TemporaryDirectory(prefix="bench-propagation-") as name:
            folder = Path(name)
            branches = math.ceil(max(desks, BRANCH_SIZE) / BRANCH_SIZE)
            with running_stack(folder, branches=branches, workers=workers) as stack:
                results.append(measure(stack, folder, desks=desks, calls=calls))
    return results

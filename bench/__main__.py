"""The benchmark suite: one command, one JSON object of figures, all from the same run.

    python -m bench            # everything at full size (about 15 minutes on 2 cores)
    python -m bench --quick    # a smoke run: small sizes, about 2 minutes

It starts what it needs: server processes on loopback over fresh databases on the local
PostgreSQL (COUNTER_BENCH_PG_URL or COUNTER_TEST_PG_URL, default
postgresql://postgres@127.0.0.1:5432/postgres), desks that run the real desk-side code
in processes of their own, and ``pgbench`` on the same machine. docs/performance.md
says what each figure means, the targets, and what limits each one.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import psycopg

from bench import backlog, desk_start, propagation, report_overview, throughput
from bench.figures import figures_of
from bench.stack import Place, place, running_stack
from tests.support.postgres import admin_url

log = logging.getLogger("bench")

TARGETS = {
    "propagation_p99_ms": ("<=", 100.0),
    "call_next_per_s": (">=", 1000.0),
    "throughput_ratio": (">=", 0.5),
    "backlog_10k_s": ("<=", 5.0),
    "desk_start_ratio": ("<=", 5.0),
    "desk_rss_mib": ("<=", 150.0),
    "report_overview_s": ("<=", 1.0),
    "ui_stall_max_ms": ("<", 16.0),
}


def _machine(admin: str) -> dict[str, Any]:
    with psycopg.connect(admin) as connection:
        row = connection.execute("SHOW server_version").fetchone()
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "python": platform.python_version(),
        "postgresql": row[0] if row else None,
        "system": platform.platform(),
    }


def _ui(stack: Any, *, where: Place, waiting: int, updates: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "bench.ui_updates", stack.base_url, stack.enrollment_key]
    command += [where.municipality, where.branch, "--waiting", str(waiting)]
    figures: dict[str, Any] = figures_of([*command, "--updates", str(updates)], timeout=600)
    return figures


def _verdicts(figures: dict[str, Any]) -> dict[str, str]:
    verdicts = {}
    for key, (how, target) in TARGETS.items():
        value = figures.get(key)
        if not isinstance(value, int | float):
            verdicts[key] = "not measured"
            continue
        held = {"<=": value <= target, ">=": value >= target, "<": value < target}[how]
        verdicts[key] = f"{'held' if held else 'missed'} ({value} {how} {target:g}?)"
    return verdicts


def run(args: argparse.Namespace) -> dict[str, Any]:
    """Every benchmark in turn; one dictionary of figures."""
    admin = os.environ.get("COUNTER_BENCH_PG_URL") or admin_url()
    started = time.monotonic()
    figures: dict[str, Any] = {"quick": args.quick, "machine": _machine(admin)}
    desk_counts = [int(n) for n in args.desks.split(",")]
    calls = 30 if args.quick else 200
    log.info("propagation with %s desks", desk_counts)
    levels = propagation.run(desk_counts, calls=calls, workers=args.workers)
    figures["propagation"] = levels
    top = max(levels, key=lambda level: level["desks"])
    for key in ("desks", "propagation_p50_ms", "propagation_p99_ms"):
        figures[key] = top[key]
    clients = args.clients
    seconds = 5.0 if args.quick else 15.0
    with tempfile.TemporaryDirectory(prefix="bench-") as name:
        folder = Path(name)
        with running_stack(folder, branches=clients + 4, workers=args.workers) as stack:
            log.info("call next and append, %d clients", clients)
            figures |= asyncio.run(throughput.call_next(stack, clients=clients, seconds=seconds))
            figures |= asyncio.run(throughput.append(stack, clients=clients, seconds=seconds))
            log.info("pgbench -N, %d clients", clients)
            figures |= throughput.pgbench(admin, clients=clients, seconds=int(seconds))
            if figures.get("pgbench_tps"):
                figures["throughput_ratio"] = round(
                    figures["append_mutations_per_s"] / figures["pgbench_tps"], 3
                )
            log.info("a backlog")
            changes = 1_000 if args.quick else 10_000
            # Each part has a branch of its own: call next fills the first with tickets,
            # the append clients have the next ones.
            figures |= asyncio.run(
                backlog.measure(stack, folder, where=place(clients + 1), changes=changes)
            )
            log.info("desk start")
            figures |= desk_start.measure(stack, folder, where=place(clients + 2))
            log.info("the desk window under live updates")
            figures |= _ui(
                stack,
                where=place(clients + 3),
                waiting=100 if args.quick else 500,
                updates=30 if args.quick else 100,
            )
    if not args.skip_report:
        log.info("statistics overview (the first run writes a year of data, once)")
        report = report_overview.measure(quick=args.quick, admin=admin)
        figures["report_overview_s"] = report["report_overview_s"]
        figures["report_overview"] = report
    figures["targets"] = _verdicts(figures)
    figures["bench_s"] = round(time.monotonic() - started, 1)
    return figures


def main(argv: list[str] | None = None) -> int:
    """Entry point: print the figures as one JSON object."""
    parser = argparse.ArgumentParser(
        prog="python -m bench",
        description=__doc__.splitlines()[0],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--desks", help="live connections to measure propagation with")
    parser.add_argument("--clients", type=int, default=20, help="desks pushing at once")
    parser.add_argument("--workers", type=int, default=2, help="server processes")
    parser.add_argument(
        "--skip-report", action="store_true", help="leave out the statistics overview"
    )
    args = parser.parse_args(argv)
    if args.desks is None:
        args.desks = "50" if args.quick else "50,500,2000"
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    for chatty in ("httpx", "alembic", "counter_app"):
        logging.getLogger(chatty).setLevel(logging.WARNING)
    figures = run(args)
    sys.stdout.write(json.dumps(figures, indent=2, ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())

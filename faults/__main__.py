"""The fault harness's command: many seeded runs and a summary.

    python -m faults --runs 1000 --seed 1

Each run gets the seed ``seed + i``; a failing run can be repeated alone with its seed
(``--runs 1 --seed S``) and its folder kept (``--keep``). The summary (one JSON object) has
the runs, faults injected by kind, what the proxy did, actions and mutations, and every
violation; the exit code is 1 if there was any.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import shutil
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from faults.postgres_cluster import ClusterUnavailableError, PostgresCluster, own_cluster
from faults.run import DEFAULT_DESKS, FAULT_KINDS, run_once
from tests.support.postgres import admin_url as shared_admin_url

log = logging.getLogger("faults")


def build_parser() -> argparse.ArgumentParser:
    """The command line."""
    parser = argparse.ArgumentParser(
        prog="python -m faults",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--runs", type=int, default=10, help="how many runs (default 10)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the first run (default 1)")
    parser.add_argument(
        "--seconds", type=float, default=8.0, help="seconds of faults per run (default 8)"
    )
    parser.add_argument(
        "--faults",
        default=",".join(FAULT_KINDS),
        help="the fault kinds to inject, comma-separated (default: all)",
    )
    parser.add_argument(
        "--desks",
        type=int,
        default=DEFAULT_DESKS,
        help=f"desk processes per run (default {DEFAULT_DESKS}: two KVIK desks, a caseworker "
        "and a branch library; more are KVIK desks)",
    )
    parser.add_argument("--keep", action="store_true", help="keep each run's folder and logs")
    parser.add_argument("--verbose", action="store_true", help="log every fault")
    return parser


@contextlib.contextmanager
def cluster_or_shared() -> Iterator[tuple[PostgresCluster | None, str]]:
    """The harness's own PostgreSQL (restartable); else the shared one (no restarts)."""
    with contextlib.ExitStack() as stack:
        try:
            cluster: PostgresCluster | None = stack.enter_context(own_cluster())
        except ClusterUnavailableError as exc:
            log.warning("no PostgreSQL of our own (%s): PostgreSQL restarts are skipped", exc)
            cluster = None
        yield cluster, cluster.admin_url if cluster is not None else shared_admin_url()


async def run_many(
    *, runs: int, seed: int, seconds: float, kinds: list[str], keep: bool, desks: int
) -> dict[str, Any]:
    """``runs`` runs; the summary."""
    summary: dict[str, Any] = {
        "runs": 0,
        "seconds": 0.0,
        "faults": Counter(),
        "proxy": Counter(),
        "actions": Counter(),
        "mutations": 0,
        "violations": 0,
        "failed_seeds": [],
        "findings": [],
    }
    started = time.monotonic()
    with cluster_or_shared() as (cluster, admin_url):
        for number in range(runs):
            run_seed = seed + number
            folder = Path(tempfile.mkdtemp(prefix=f"counter-faults-{run_seed}-"))
            report = await run_once(
                seed=run_seed,
                folder=folder,
                admin_url=admin_url,
                cluster=cluster,
                seconds=seconds,
                kinds=kinds,
                desks=desks,
            )
            for violation in report.violations[:10]:
                log.warning("seed %d: %s", run_seed, violation)
            if keep or report.violations:
                log.info("seed %d: logs and databases kept in %s", run_seed, folder)
            else:
                shutil.rmtree(folder, ignore_errors=True)
            summary["runs"] += 1
            summary["faults"].update(report.faults)
            summary["proxy"].update(report.proxy)
            summary["actions"].update(report.actions)
            summary["mutations"] += report.mutations
            summary["violations"] += len(report.violations)
            if report.violations:
                summary["failed_seeds"].append(run_seed)
                summary["findings"] += [f"seed {run_seed}: {v}" for v in report.violations[:20]]
            log.info(
                "run %d/%d seed %d: %d faults, %d mutations, %d violations, %.1f s",
                number + 1,
                runs,
                run_seed,
                sum(report.faults.values()),
                report.mutations,
                len(report.violations),
                report.seconds,
            )
    summary["seconds"] = round(time.monotonic() - started, 1)
    return summary


def main(argv: list[str] | None = None) -> int:
    """Run, print the summary, exit 1 on any violation."""
    args = build_parser().parse_args(argv)
    kinds = [kind.strip() for kind in args.faults.split(",") if kind.strip()]
    unknown = sorted(set(kinds) - set(FAULT_KINDS))
    if unknown:
        sys.stderr.write(f"unknown fault kinds: {', '.join(unknown)}; known: {FAULT_KINDS}\n")
        return 2
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.INFO,
        format="%(asctime)s %(name)s %(message)s",
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)
    if args.desks < 1:
        sys.stderr.write("--desks: at least one desk\n")
        return 2
    summary = asyncio.run(
        run_many(
            runs=args.runs,
            seed=args.seed,
            seconds=args.seconds,
            kinds=kinds,
            keep=args.keep,
            desks=args.desks,
        )
    )
    sys.stdout.write(json.dumps(summary, indent=2, sort_keys=True) + "\n")
    return 1 if summary["violations"] else 0


if __name__ == "__main__":
    raise SystemExit(main())

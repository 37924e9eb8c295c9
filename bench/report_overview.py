"""The statistics overview over a year of a large municipality, on PostgreSQL.

    python -m bench.report_overview            # 1,000,000 inquiries, 300,000 tickets,
                                               # 100,000 appointments, 20 branches
    python -m bench.report_overview --quick    # a twentieth of that, for a smoke run

The data is written once into its own database (``counter_bench_statistics`` on the
local PostgreSQL, or ``--database``) and kept for the next run; ``--fresh`` makes it anew.
Prints one JSON object: the overview's time (median of the runs after a first, warming
one), the first run's (which also sums the months that are over, once for the database),
and what the database holds.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import timedelta
from typing import Any

import psycopg
from psycopg import sql
from sqlalchemy import func, make_url, select, text

from bench.municipality import seed_large_municipality
from counter_app.domain.org import DeskKind
from counter_app.domain.timezone import local_day, utc_now
from counter_app.models import Inquiry, Side
from counter_app.models.database import make_engine
from counter_app.models.migrate import upgrade
from counter_app.protocol.statistics import StatisticsQuery
from counter_app.server.context import DeskContext
from counter_app.server.demo_history import Volume, write_history
from counter_app.server.statistics.facts import rebuild_if_asked
from counter_app.server.statistics.report import build_report

FULL = Volume(tickets=300_000, inquiries=1_000_000, appointments=100_000, screen_inquiries=12_000)
ADMIN = "postgresql://postgres@127.0.0.1:5432/postgres"


def _database(admin: str, name: str, fresh: bool) -> str:
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", (name,)
        ).fetchone()
        if exists and fresh:
            connection.execute(
                sql.SQL("DROP DATABASE {} WITH (FORCE)").format(sql.Identifier(name))
            )
            exists = None
        if not exists:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return make_url(admin).set(database=name).render_as_string(hide_password=False)


def main(argv: list[str] | None = None) -> int:
    """Entry point: print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a twentieth of the volume")
    parser.add_argument("--fresh", action="store_true", help="write the data anew")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--admin-url", default=ADMIN, help="PostgreSQL maintenance database")
    args = parser.parse_args(argv)
    figures = measure(quick=args.quick, fresh=args.fresh, runs=args.runs, admin=args.admin_url)
    sys.stdout.write(json.dumps(figures, indent=2) + "\n")
    return 0


def measure(
    *, quick: bool, fresh: bool = False, runs: int = 5, admin: str = ADMIN
) -> dict[str, Any]:
    """Write the year unless it is there, then time the overview ``runs`` times."""
    scale = 20 if quick else 1
    volume = Volume(
        *(
            n // scale
            for n in (FULL.tickets, FULL.inquiries, FULL.appointments, FULL.screen_inquiries)
        )
    )
    name = "counter_bench_statistics" + ("_quick" if quick else "")
    url = _database(admin, name, fresh)
    engine = make_engine(url)
    upgrade(engine, Side.SERVER)
    started = time.perf_counter()
    rebuild_if_asked(engine)  # as the server does at start after a migration
    rebuilt_s = round(time.perf_counter() - started, 1)
    municipality_id, desk_id, _manager_id = seed_large_municipality(engine)
    today = local_day(utc_now())
    generated_s = None
    with engine.connect() as connection:
        present = connection.scalar(select(func.count()).select_from(Inquiry.__table__))
    if not present:
        started = time.perf_counter()
        write_history(engine, municipality_id, today=today, days=365, volume=volume)
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))
        generated_s = round(time.perf_counter() - started, 1)
    with engine.connect() as connection:
        counts = {
            table: connection.scalar(text(f"SELECT count(*) FROM {table}"))
            for table in (
                "inquiry",
                "inquiry_service",
                "ticket",
                "ticket_event",
                "appointment",
                "screen_inquiry",
                "callback",
                "branch",
            )
        }
        branch_id = connection.scalar(
            text("SELECT branch_id FROM desk WHERE id = :d"), {"d": desk_id}
        )
    desk = DeskContext(
        desk_id=desk_id, branch_id=branch_id, municipality_id=municipality_id, kind=DeskKind.KVIK
    )
    query = StatisticsQuery(
        first_day=today - timedelta(days=365),
        last_day=today - timedelta(days=1),
    )
    timings = []
    report = None
    for _ in range(runs + 1):
        started = time.perf_counter()
        report = build_report(engine, desk, query, manager=True, now=utc_now())
        timings.append(time.perf_counter() - started)
    assert report is not None
    engine.dispose()
    return {
        "report_overview_s": round(statistics.median(timings[1:]), 3),
        "report_overview_first_s": round(timings[0], 3),
        "report_overview_runs_s": [round(t, 3) for t in timings[1:]],
        "database": "postgresql",
        "rows": counts,
        "inquiries_counted": report.inquiries.total,
        "tickets_counted": report.tickets.issued,
        "appointments_counted": report.appointments.booked,
        "generated_s": generated_s,
        "facts_rebuilt_s": rebuilt_s if rebuilt_s >= 0.1 else None,
        "period": [str(query.first_day), str(query.last_day)],
    }


if __name__ == "__main__":
    sys.exit(main())

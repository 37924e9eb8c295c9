"""counter-admin retention show | set | run: how long a municipality keeps citizens'
contact data, and deleting what is past it now (the server does it hourly by itself)."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from counter_app.domain.personal_data import (
    RETENTION_DAYS_MAX,
    RETENTION_DAYS_MIN,
    PersonalDataError,
    check_retention_days,
)
from counter_app.domain.timezone import utc_now
from counter_app.server.admin.citizens import ORIGIN, municipality_named
from counter_app.server.admin.main import AdminError
from counter_app.server.changes import ChangeRecorder
from counter_app.server.retention import run_retention

if TYPE_CHECKING:
    from counter_app.server.admin.main import Groups

WHAT = (
    "the name, contact and text of appointments (counted from their time) and of callbacks "
    "(from when they were done, or due if never done)"
)


def add_commands(groups: Groups) -> None:
    """Register ``retention show``, ``retention set`` and ``retention run``."""
    retention = groups.add_parser(
        "retention", help="how long citizens' contact data is kept, and deleting it now"
    )
    commands = retention.add_subparsers(dest="retention_command", required=True, metavar="COMMAND")
    show = commands.add_parser("show", help="the municipality's retention period")
    show.add_argument("--municipality", required=True, help="municipality code, e.g. demo")
    show.set_defaults(command=show_retention)
    change = commands.add_parser(
        "set",
        help="set the municipality's retention period in days",
        description=f"Keep {WHAT} this many days ({RETENTION_DAYS_MIN}-{RETENTION_DAYS_MAX}); "
        "the server deletes them within the hour after. The default is 30.",
    )
    change.add_argument("--municipality", required=True, help="municipality code, e.g. demo")
    change.add_argument("--days", required=True, type=int, help="days, e.g. 30")
    change.set_defaults(command=set_retention)
    run = commands.add_parser(
        "run",
        help="delete now what is past its retention period (the server does so hourly)",
    )
    run.add_argument("--municipality", help="only this municipality (default: all)")
    run.set_defaults(command=run_now)


def show_retention(engine: Engine, args: argparse.Namespace) -> int:
    """Print the period."""
    with Session(engine) as session:
        town = municipality_named(session, args.municipality)
        sys.stdout.write(
            f"{town.name} ({town.code}) keeps {WHAT} for {town.contact_retention_days} days\n"
        )
    return 0


def set_retention(engine: Engine, args: argparse.Namespace, now: datetime | None = None) -> int:
    """Change the period; every desk of the municipality gets the new value."""
    try:
        days = check_retention_days(args.days)
    except PersonalDataError as exc:
        raise AdminError(f"--days: {exc}") from exc
    now = now or utc_now()
    with Session(engine) as session, session.begin():
        town = municipality_named(session, args.municipality)
        before = town.contact_retention_days
        if before != days:
            town.contact_retention_days = days
            recorder = ChangeRecorder(session, town.id, ORIGIN)
            recorder.touched(town)
            recorder.flush(now)
        code = town.code
    sys.stdout.write(
        f"{code} keeps contact data for {days} days (was {before}); what is older is "
        "deleted within the hour, or now with `counter-admin retention run`\n"
    )
    return 0


def run_now(engine: Engine, args: argparse.Namespace, now: datetime | None = None) -> int:
    """Delete what is past its period now; print how much per municipality."""
    codes = None
    if args.municipality is not None:
        with Session(engine) as session:
            codes = [municipality_named(session, args.municipality).code]
    result = run_retention(engine, now=now or utc_now(), origin=ORIGIN, municipality_codes=codes)
    for code, counts in result.deleted.items():
        parts = ", ".join(
            f"{counts[kind]} {label}"
            for kind, label in (
                ("appointment", "appointments"),
                ("callback", "callbacks"),
                ("screen_inquiry", "screen inquiries"),
            )
        )
        sys.stdout.write(f"{code}: deleted the personal data of {parts}\n")
    return 0

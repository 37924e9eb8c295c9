"""counter-admin audit list: who read, made, changed, exported or deleted citizens'
personal data, oldest first, as tab-separated lines (a spreadsheet opens them)."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session, aliased

from counter_app.domain.timezone import COPENHAGEN, to_local
from counter_app.models import AuditEntry, Desk, Staff
from counter_app.server.admin.citizens import municipality_named
from counter_app.server.admin.main import AdminError

if TYPE_CHECKING:
    from counter_app.server.admin.main import Groups

COLUMNS = ("at", "actor", "desk", "staff", "action", "subject", "subject_id", "detail")


def add_commands(groups: Groups) -> None:
    """Register ``audit list``."""
    audit = groups.add_parser("audit", help="the audit log of citizens' personal data")
    commands = audit.add_subparsers(dest="audit_command", required=True, metavar="COMMAND")
    listing = commands.add_parser(
        "list",
        help="print the audit log, oldest first (tab-separated, Copenhagen time)",
    )
    listing.add_argument("--municipality", required=True, help="municipality code, e.g. demo")
    listing.add_argument(
        "--since", help="from this day on (Copenhagen), e.g. 2026-03-01; default: all"
    )
    listing.set_defaults(command=list_audit)


def list_audit(engine: Engine, args: argparse.Namespace) -> int:
    """Print the municipality's audit rows."""
    since = _since(args.since)
    desk, staff = aliased(Desk), aliased(Staff)
    with Session(engine) as session:
        town = municipality_named(session, args.municipality)
        query = (
            select(AuditEntry, desk.name, staff.initials)
            .outerjoin(desk, desk.id == AuditEntry.desk_id)
            .outerjoin(staff, staff.id == AuditEntry.staff_id)
            .where(AuditEntry.municipality_id == town.id)
            .order_by(AuditEntry.at, AuditEntry.id)
        )
        if since is not None:
            query = query.where(AuditEntry.at >= since)
        sys.stdout.write("\t".join(COLUMNS) + "\n")
        for entry, desk_name, initials in session.execute(query):
            fields = (
                to_local(entry.at).isoformat(timespec="seconds"),
                entry.actor,
                desk_name or "",
                initials or "",
                entry.action.value,
                entry.subject_kind,
                str(entry.subject_id or ""),
                entry.detail,
            )
            sys.stdout.write("\t".join(_cell(field) for field in fields) + "\n")
    return 0


def _since(text: str | None) -> datetime | None:
    if text is None:
        return None
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise AdminError(f"--since must be a day like 2026-03-01, not {text!r}") from None
    return datetime.combine(day, time(0), tzinfo=COPENHAGEN)


def _cell(text: str) -> str:
    return " ".join(text.split())  # a tab or line break inside would break the columns

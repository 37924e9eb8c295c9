"""counter-admin citizen export | delete: a citizen's data on request (GDPR articles 15
and 17), found by the phone number or e-mail the desks stored. Both are audited."""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from counter_app.domain.personal_data import PersonalDataError
from counter_app.domain.timezone import to_local, utc_now
from counter_app.models import Municipality
from counter_app.server.admin.main import AdminError
from counter_app.server.citizen_data import erase_citizen, export_citizen

if TYPE_CHECKING:
    from counter_app.server.admin.main import Groups

ORIGIN = "counter-admin"


def add_commands(groups: Groups) -> None:
    """Register ``citizen export`` and ``citizen delete``."""
    citizen = groups.add_parser(
        "citizen", help="a citizen's appointments and callbacks on request: export or delete"
    )
    commands = citizen.add_subparsers(dest="citizen_command", required=True, metavar="COMMAND")
    export = commands.add_parser(
        "export",
        help="print as JSON every appointment and callback stored with the citizen's contact",
        description="Print (JSON, Copenhagen times) every appointment and callback stored "
        "with this phone number or e-mail: what, when, where, its state and the personal "
        "data itself. The audit log records the export.",
    )
    _who(export)
    export.set_defaults(command=export_data)
    delete = commands.add_parser(
        "delete",
        help="delete the citizen's name, contact and text from every appointment and callback",
        description="The right to erasure: the name and contact of every appointment and "
        "callback stored with this phone number or e-mail become '(slettet)', their topic "
        "or question is emptied, also in the change log the desks pull from; the desks get "
        "the blanked rows at their next sync. Appointments still to come stay booked (the "
        "booking code still checks the citizen in). The audit log records it.",
    )
    _who(delete)
    delete.set_defaults(command=delete_data)


def _who(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--municipality", required=True, help="municipality code, e.g. demo")
    parser.add_argument(
        "--contact",
        required=True,
        help='the citizen\'s Danish phone number ("+45 12 34 56 78", "12345678") or e-mail',
    )


def export_data(engine: Engine, args: argparse.Namespace, now: datetime | None = None) -> int:
    """Print the citizen's data as JSON; audit it."""
    now = now or utc_now()
    with Session(engine) as session, session.begin():
        town = municipality_named(session, args.municipality)
        try:
            data = export_citizen(session, town.id, args.contact, now=now, actor=admin_actor())
        except PersonalDataError as exc:
            raise AdminError(f"--contact: {exc}") from exc
        code = town.code
    sys.stdout.write(json.dumps({"municipality": code, **data}, ensure_ascii=False, indent=2))
    sys.stdout.write("\n")
    return 0


def delete_data(engine: Engine, args: argparse.Namespace, now: datetime | None = None) -> int:
    """Blank the citizen's data everywhere; say what was deleted."""
    now = now or utc_now()
    with Session(engine) as session, session.begin():
        town = municipality_named(session, args.municipality)
        try:
            erased, _pokes = erase_citizen(
                session, town.id, args.contact, now=now, actor=admin_actor(), origin=ORIGIN
            )
        except PersonalDataError as exc:
            raise AdminError(f"--contact: {exc}") from exc
        code = town.code
    if not erased.appointments and not erased.callbacks:
        sys.stdout.write(f"nothing is stored with {args.contact.strip()} in {code}\n")
        return 0
    sys.stdout.write(
        f"deleted the name, contact and text of {_count(erased.appointments, 'appointment')} "
        f"and {_count(erased.callbacks, 'callback')} in {code}; the desks get the change "
        "at their next sync\n"
    )
    if erased.upcoming:
        times = ", ".join(to_local(moment).strftime("%Y-%m-%d %H:%M") for moment in erased.upcoming)
        sys.stdout.write(
            f"still booked: {times}. It stays booked; cancel it at a desk if the citizen "
            "will not come\n"
        )
    return 0


def municipality_named(session: Session, code: str) -> Municipality:
    """The municipality with this code, or an error naming the codes there are."""
    town = session.scalar(select(Municipality).where(Municipality.code == code))
    if town is None:
        known = ", ".join(session.scalars(select(Municipality.code).order_by(Municipality.code)))
        raise AdminError(f"no municipality has the code {code!r} (known: {known or 'none'})")
    return town


def admin_actor() -> str:
    """Who ran the command, as the audit log names them: the operating system's user."""
    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # no login name (a container without one)
        return ORIGIN
    return f"{ORIGIN} ({user})"


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" + ("" if number == 1 else "s")

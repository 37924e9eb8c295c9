"""counter-admin staff add | code | deactivate | list: staff members and personal codes.

A personal code is read from the terminal twice (never from the command line, where the
process list would show it), or with ``--code-stdin`` from one line of standard input.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from counter_app.domain.access import AccessError, check_staff_code
from counter_app.domain.org import StaffRole
from counter_app.domain.timezone import utc_now
from counter_app.models import Branch, Staff, StaffCredential
from counter_app.server.admin.desks import ORIGIN, find_municipality
from counter_app.server.admin.main import AdminError
from counter_app.server.changes import ChangeRecorder
from counter_app.server.staff_access import set_staff_code

if TYPE_CHECKING:
    from counter_app.server.admin.main import Groups


def add_commands(groups: Groups) -> None:
    """Register the ``staff`` commands."""
    staff = groups.add_parser("staff", help="staff members, their roles and personal codes")
    commands = staff.add_subparsers(dest="staff_command", required=True, metavar="COMMAND")
    add = commands.add_parser("add", help="add a staff member with a personal code")
    _who(add)
    add.add_argument("--name", required=True, help="the name desks show, e.g. Frederik")
    add.add_argument(
        "--role", required=True, choices=[role.value for role in StaffRole], help="their role"
    )
    add.add_argument("--branch", default=None, help="their home branch (default: every branch)")
    add.set_defaults(command=add_staff)
    code = commands.add_parser("code", help="give a staff member a new personal code")
    _who(code)
    code.set_defaults(command=new_code)
    off = commands.add_parser(
        "deactivate", help="a staff member who left: no sign-in, their history stays"
    )
    off.add_argument("--municipality", required=True, help="municipality code")
    off.add_argument("--initials", required=True, help="e.g. FN")
    off.set_defaults(command=deactivate)
    listing = commands.add_parser("list", help="the municipality's staff")
    listing.add_argument("--municipality", required=True, help="municipality code")
    listing.set_defaults(command=list_staff)


def _who(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--municipality", required=True, help="municipality code, e.g. demo")
    parser.add_argument("--initials", required=True, help="2 to 12 letters, e.g. FN")
    parser.add_argument(
        "--code-stdin",
        action="store_true",
        help="read the personal code from one line of standard input instead of asking",
    )


def read_code(args: argparse.Namespace) -> str:
    """The personal code, from stdin or typed twice; checked."""
    if args.code_stdin:
        code = sys.stdin.readline().rstrip("\r\n")
    else:
        code = getpass.getpass("Personal code (6 or more characters): ")
        if getpass.getpass("The same code again: ") != code:
            raise AdminError("the two codes differ: nothing was changed")
    try:
        return check_staff_code(code)
    except AccessError as exc:
        raise AdminError(f"{exc}: nothing was changed") from exc


def add_staff(engine: Engine, args: argparse.Namespace, now: datetime | None = None) -> int:
    """Add the staff member and set their code."""
    now = now or utc_now()
    initials = str(args.initials).strip().upper()
    if not (2 <= len(initials) <= 12 and initials.isalnum()):
        raise AdminError("initials are 2 to 12 letters or digits, e.g. FN")
    code = read_code(args)
    with Session(engine) as session, session.begin():
        town = find_municipality(session, args.municipality)
        if session.scalar(
            select(Staff.id).where(Staff.municipality_id == town.id, Staff.initials == initials)
        ):
            raise AdminError(
                f"{initials} exists already in {args.municipality}: `staff code` gives a new "
                "personal code"
            )
        home = None
        if args.branch:
            home = session.scalar(
                select(Branch.id).where(
                    Branch.municipality_id == town.id, Branch.code == args.branch
                )
            )
            if home is None:
                raise AdminError(f"no branch {args.branch!r} in {args.municipality!r}")
        staff = Staff(
            municipality_id=town.id,
            home_branch_id=home,
            initials=initials,
            display_name=" ".join(str(args.name).split())[:80],
            role=StaffRole(args.role),
        )
        session.add(staff)
        session.flush()
        set_staff_code(session, staff, code, now)
        recorder = ChangeRecorder(session, town.id, ORIGIN)
        recorder.touched(staff)
        recorder.flush(now)
    print(f"{initials} ({args.role}) added; they sign in with their initials and code.")  # noqa: T201
    return 0


def new_code(engine: Engine, args: argparse.Namespace, now: datetime | None = None) -> int:
    """Replace a staff member's personal code."""
    now = now or utc_now()
    code = read_code(args)
    with Session(engine) as session, session.begin():
        staff = _staff(session, args.municipality, args.initials)
        set_staff_code(session, staff, code, now)
    print(f"{staff.initials}: new personal code set.")  # noqa: T201
    return 0


def deactivate(engine: Engine, args: argparse.Namespace, now: datetime | None = None) -> int:
    """No more sign-ins; the staff member's history stays."""
    now = now or utc_now()
    with Session(engine) as session, session.begin():
        staff = _staff(session, args.municipality, args.initials)
        staff.active = False
        credential = session.get(StaffCredential, staff.id)
        if credential is not None:
            session.delete(credential)
        recorder = ChangeRecorder(session, staff.municipality_id, ORIGIN)
        recorder.touched(staff)
        recorder.flush(now)
    print(f"{staff.initials}: deactivated.")  # noqa: T201
    return 0


def list_staff(engine: Engine, args: argparse.Namespace) -> int:
    """Initials, name, role, and whether they can sign in."""
    with Session(engine) as session:
        town = find_municipality(session, args.municipality)
        rows = session.execute(
            select(
                Staff.initials,
                Staff.display_name,
                Staff.role,
                Staff.active,
                StaffCredential.staff_id,
            )
            .outerjoin(StaffCredential, StaffCredential.staff_id == Staff.id)
            .where(Staff.municipality_id == town.id)
            .order_by(Staff.initials)
        ).all()
    for initials, name, role, active, credential in rows:
        state = "inactive" if not active else ("can sign in" if credential else "no code yet")
        print(f"{initials:<8} {name:<30} {StaffRole(role).value:<15} {state}")  # noqa: T201
    return 0


def _staff(session: Session, municipality: str, initials: str) -> Staff:
    town = find_municipality(session, municipality)
    staff = session.scalar(
        select(Staff).where(Staff.municipality_id == town.id, Staff.initials == initials.upper())
    )
    if staff is None:
        raise AdminError(f"no staff member {initials!r} in {municipality!r}")
    return staff

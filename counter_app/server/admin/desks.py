"""counter-admin desk add | revoke | list: desks and their one-time enrollment codes."""

from __future__ import annotations

import argparse
import uuid
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, Engine, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from counter_app.domain.org import DeskKind
from counter_app.domain.timezone import to_local, utc_now
from counter_app.models import Branch, Desk, DeskCredential, EnrollmentCode, Municipality
from counter_app.server.admin.main import AdminError
from counter_app.server.changes import ChangeRecorder
from counter_app.server.enrollment import create_enrollment_code, find_or_add_desk, revoke_desk

if TYPE_CHECKING:
    from counter_app.server.admin.main import Groups

ORIGIN = "counter-admin"


def add_commands(groups: Groups) -> None:
    """Register ``desk add``, ``desk revoke`` and ``desk list``."""
    desk = groups.add_parser("desk", help="enroll, revoke and list desks")
    commands = desk.add_subparsers(dest="desk_command", required=True, metavar="COMMAND")
    add = commands.add_parser(
        "add",
        help="make a desk (or take an existing one) and print a one-time code for it",
        description="Print a one-time enrollment code for the desk; type it at the desk "
        "(counter-app --server URL --enrollment-code CODE). The code works once, for 72 "
        "hours. An existing desk gets a new code: its earlier unused codes stop working.",
    )
    _where(add)
    add.add_argument(
        "--kind",
        choices=[kind.value for kind in DeskKind],
        default=DeskKind.KVIK.value,
        help="what the desk is for (default kvik); kiosk and display run `counter-app kiosk` "
        "and `counter-app display`",
    )
    add.set_defaults(command=add_desk)
    revoke = commands.add_parser(
        "revoke",
        help="refuse the desk from its next request on (a stolen or retired PC)",
    )
    _where(revoke)
    revoke.set_defaults(command=revoke_named_desk)
    listing = commands.add_parser("list", help="the municipality's desks and their state")
    listing.add_argument("--municipality", required=True, help="municipality code")
    listing.set_defaults(command=list_desks)


def _where(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--municipality", required=True, help="municipality code, e.g. demo")
    parser.add_argument("--branch", required=True, help="branch code, e.g. HB")
    parser.add_argument("--name", required=True, help='the desk\'s name, e.g. "KVIK 2"')


def add_desk(engine: Engine, args: argparse.Namespace, now: datetime | None = None) -> int:
    """Make or find the desk; print its new code."""
    now = now or utc_now()
    name = " ".join(str(args.name).split())
    if not name or len(name) > 80:
        raise AdminError("give the desk a name of 1 to 80 characters")
    kind = DeskKind(args.kind)
    with Session(engine) as session, session.begin():
        branch = _branch(session, args.municipality, args.branch)
        recorder = ChangeRecorder(session, branch.municipality_id, ORIGIN)
        existing = session.scalar(
            select(Desk).where(Desk.branch_id == branch.id, Desk.name == name)
        )
        if existing is not None and existing.kind is not kind:
            raise AdminError(
                f"the desk {name!r} exists as a {existing.kind.value} desk, not {kind.value}: "
                "give another name, or leave out --kind"
            )
        desk = find_or_add_desk(session, branch, name, kind, recorder)
        code, expires = create_enrollment_code(session, desk, created_by=ORIGIN, now=now)
        recorder.flush(now)
    state = "new desk" if existing is None else "existing desk, new code"
    print(f"{name} ({kind.value}, {args.branch}, {state})")  # noqa: T201
    print(f"One-time enrollment code: {code}")  # noqa: T201
    print(f"Valid until {to_local(expires):%Y-%m-%d %H:%M} (Copenhagen time), once.")  # noqa: T201
    return 0


def revoke_named_desk(engine: Engine, args: argparse.Namespace, now: datetime | None = None) -> int:
    """Revoke every token of the desk."""
    now = now or utc_now()
    with Session(engine) as session, session.begin():
        branch = _branch(session, args.municipality, args.branch)
        desk = session.scalar(
            select(Desk).where(Desk.branch_id == branch.id, Desk.name == args.name)
        )
        if desk is None:
            raise AdminError(
                f"no desk {args.name!r} in branch {args.branch!r}: `counter-admin desk list "
                f"--municipality {args.municipality}` shows the names"
            )
        tokens = revoke_desk(session, desk, now)
    print(  # noqa: T201
        f"{args.name}: revoked ({tokens} live token{'s' if tokens != 1 else ''}). "
        "The desk is refused from its next request; `desk add` makes a new code for it."
    )
    return 0


def list_desks(engine: Engine, args: argparse.Namespace) -> int:
    """One line per desk: branch, name, kind, state."""
    now = utc_now()
    with Session(engine) as session:
        town = find_municipality(session, args.municipality)
        live = _per_desk(session, DeskCredential.revoked_at.is_(None), DeskCredential.desk_id)
        ever = _per_desk(session, DeskCredential.desk_id.is_not(None), DeskCredential.desk_id)
        waiting = _per_desk(
            session,
            (EnrollmentCode.used_at.is_(None)) & (EnrollmentCode.expires_at > now),
            EnrollmentCode.desk_id,
        )
        rows = session.execute(
            select(Branch.code, Desk.name, Desk.kind, Desk.id)
            .join(Branch, Branch.id == Desk.branch_id)
            .where(Desk.municipality_id == town.id)
            .order_by(Branch.code, Desk.name)
        ).all()
    for branch_code, name, kind, desk_id in rows:
        if live.get(desk_id):
            state = "enrolled"
        elif waiting.get(desk_id):
            state = "code waiting to be used"
        elif ever.get(desk_id):
            state = "revoked"
        else:
            state = "never enrolled"
        print(f"{branch_code:<8} {name:<30} {DeskKind(kind).value:<15} {state}")  # noqa: T201
    return 0


def _per_desk(
    session: Session, condition: ColumnElement[bool], column: InstrumentedAttribute[uuid.UUID]
) -> dict[uuid.UUID, int]:
    rows = session.execute(select(column, func.count()).where(condition).group_by(column))
    return {desk_id: count for desk_id, count in rows}


def find_municipality(session: Session, code: str) -> Municipality:
    town = session.scalar(select(Municipality).where(Municipality.code == code))
    if town is None:
        known = ", ".join(session.scalars(select(Municipality.code).order_by(Municipality.code)))
        raise AdminError(f"no municipality with code {code!r} (known: {known or 'none'})")
    return town


def _branch(session: Session, municipality: str, code: str) -> Branch:
    town = find_municipality(session, municipality)
    branch = session.scalar(
        select(Branch).where(Branch.municipality_id == town.id, Branch.code == code)
    )
    if branch is None:
        known = ", ".join(
            session.scalars(
                select(Branch.code).where(Branch.municipality_id == town.id).order_by(Branch.code)
            )
        )
        raise AdminError(f"no branch {code!r} in {municipality!r} (known: {known})")
    return branch

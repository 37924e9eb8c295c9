"""counter-admin: enroll and revoke desks, add staff, export or delete a citizen's data.

Runs on a machine that reaches the server's database, e.g. the server itself:

    counter-admin --database-url postgresql://counter@db.kommune.local/counter \\
        desk add --municipality demo --branch HB --name "KVIK 2" --kind kvik

The database can also come from COUNTER_DATABASE_URL.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from typing import TypeAlias

from sqlalchemy import Engine

from counter_app import __version__
from counter_app.models import Side
from counter_app.models.database import DatabaseConfigError, make_engine
from counter_app.models.migrate import current_revision, head_revision
from counter_app.server.settings import ENV_DATABASE_URL

# A command gets the open engine and its parsed arguments and returns the exit code.
Command = Callable[[Engine, argparse.Namespace], int]
Groups: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


class AdminError(Exception):
    """A command that cannot be done as asked, with what to do instead (exit code 2)."""


def build_parser() -> argparse.ArgumentParser:
    """The command line of ``counter-admin``: one sub-command group per module."""
    parser = argparse.ArgumentParser(
        prog="counter-admin",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"counter-admin {__version__}")
    parser.add_argument(
        "--database-url",
        default=os.environ.get(ENV_DATABASE_URL),
        help=f"the central server's database (env {ENV_DATABASE_URL})",
    )
    groups = parser.add_subparsers(dest="group", required=True, metavar="GROUP")
    for add_commands in _command_groups():
        add_commands(groups)
    return parser


def _command_groups() -> list[Callable[[Groups], None]]:
    # Imported here so each group's module stays free to import from this one.
    from counter_app.server.admin.audit import add_commands as audit  # noqa: PLC0415
    from counter_app.server.admin.citizens import add_commands as citizens  # noqa: PLC0415
    from counter_app.server.admin.desks import add_commands as desks  # noqa: PLC0415
    from counter_app.server.admin.retention import add_commands as retention  # noqa: PLC0415
    from counter_app.server.admin.staff import add_commands as staff  # noqa: PLC0415

    return [desks, staff, citizens, retention, audit]


def main(argv: list[str] | None = None) -> int:
    """Run one command; 0 done, 2 wrong input or setting, 1 anything else."""
    args = build_parser().parse_args(argv)
    if not args.database_url:
        sys.stderr.write(
            f"counter-admin: no database given. Pass --database-url or set {ENV_DATABASE_URL}.\n"
        )
        return 2
    try:
        engine = make_engine(args.database_url)
    except DatabaseConfigError as exc:
        sys.stderr.write(f"counter-admin: {exc}\n")
        return 2
    try:
        if current_revision(engine) != head_revision(Side.SERVER):
            sys.stderr.write(
                "counter-admin: the database schema is not current: run "
                "`counter-server --migrate-only` with this database first.\n"
            )
            return 2
        command: Command = args.command
        return command(engine, args)
    except AdminError as exc:
        sys.stderr.write(f"counter-admin: {exc}\n")
        return 2
    finally:
        engine.dispose()


if __name__ == "__main__":
    sys.exit(main())

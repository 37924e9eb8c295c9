"""counter-server: run the central server for real use, on PostgreSQL.

Example (PostgreSQL on this machine, four worker processes sharing live pokes):

    counter-server --database-url postgresql://counter@db.kommune.local/counter \\
        --host 0.0.0.0 --port 8400 --workers 4

The database, the enrollment key and demo seeding can also come from the environment:
COUNTER_DATABASE_URL, COUNTER_ENROLLMENT_KEY (keeps the key out of the process list),
COUNTER_SEED_DEMO=1.

Desks talk to a server on another machine only over https: serve TLS with
--ssl-certfile/--ssl-keyfile (env COUNTER_SSL_CERTFILE, COUNTER_SSL_KEYFILE), or put a
reverse proxy that serves https in front (docs/deployment-tls.md).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Any

import uvicorn

from counter_app import __version__
from counter_app.models.database import DatabaseConfigError
from counter_app.server.app import create_app, prepare_database
from counter_app.server.database_wait import wait_for_database
from counter_app.server.settings import (
    ENV_DATABASE_URL,
    ENV_ENROLLMENT_KEY,
    ENV_SEED_DEMO,
    ServerSettings,
    SettingsError,
)
from counter_app.server.tls import check_certificate, plain_http_warning

ENV_SSL_CERTFILE = "COUNTER_SSL_CERTFILE"
ENV_SSL_KEYFILE = "COUNTER_SSL_KEYFILE"
DATABASE_WAIT_S = 60.0  # how long a server starting before its database waits for it


def _port(text: str) -> int:
    port = int(text)
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port: use 1-65535")
    return port


def _workers(text: str) -> int:
    count = int(text)
    if count < 1:
        raise argparse.ArgumentTypeError("at least one worker")
    return count


def build_parser() -> argparse.ArgumentParser:
    """The command line of ``counter-server``."""
    parser = argparse.ArgumentParser(
        prog="counter-server",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--database-url",
        default=os.environ.get(ENV_DATABASE_URL),
        help="PostgreSQL URL, e.g. postgresql://user:password@host:5432/dbname "
        f"(env {ENV_DATABASE_URL}); sqlite:///file.sqlite works for trying it out",
    )
    parser.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default 127.0.0.1; 0.0.0.0 for every network)",
    )
    parser.add_argument("--port", type=_port, default=8400, help="port to listen on (default 8400)")
    parser.add_argument(
        "--workers",
        type=_workers,
        default=1,
        help="server processes (default 1); they share live pokes through PostgreSQL LISTEN/NOTIFY",
    )
    parser.add_argument(
        "--ssl-certfile",
        type=Path,
        metavar="PEM",
        default=os.environ.get(ENV_SSL_CERTFILE) or None,
        help=f"serve https with this certificate, its chain after it (env {ENV_SSL_CERTFILE})",
    )
    parser.add_argument(
        "--ssl-keyfile",
        type=Path,
        metavar="PEM",
        default=os.environ.get(ENV_SSL_KEYFILE) or None,
        help=f"the certificate's private key, without a password (env {ENV_SSL_KEYFILE})",
    )
    parser.add_argument(
        "--proxy-headers",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="behind a reverse proxy: take the client's address and https from its "
        "X-Forwarded-For and X-Forwarded-Proto headers (default on; only from "
        "--forwarded-allow-ips)",
    )
    parser.add_argument(
        "--forwarded-allow-ips",
        metavar="IPS",
        default=None,
        help="comma-separated addresses or networks of the reverse proxies whose forwarded "
        "headers are believed (default: env FORWARDED_ALLOW_IPS, else 127.0.0.1,::1)",
    )
    parser.add_argument(
        "--enrollment-key",
        default=os.environ.get(ENV_ENROLLMENT_KEY),
        help=f"let desks enroll by presenting this key (env {ENV_ENROLLMENT_KEY}); "
        "one-time codes replace this later",
    )
    parser.add_argument(
        "--seed-demo",
        action="store_true",
        default=os.environ.get(ENV_SEED_DEMO) == "1",
        help="create the demo municipality if it is missing",
    )
    parser.add_argument("--migrate-only", action="store_true", help="migrate the database and exit")
    parser.add_argument(
        "--database-wait",
        type=float,
        default=DATABASE_WAIT_S,
        metavar="SECONDS",
        help="at start, wait this long for a database that is not up yet, e.g. after a "
        f"reboot (default {DATABASE_WAIT_S:.0f}; 0: do not wait)",
    )
    parser.add_argument("--version", action="version", version=f"counter-server {__version__}")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the server until stopped."""
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    if not args.database_url:
        sys.stderr.write(
            f"counter-server: no database given. Pass --database-url or set {ENV_DATABASE_URL},"
            " e.g. postgresql://counter@localhost:5432/counter\n"
        )
        return 2
    try:
        check_certificate(args.ssl_certfile, args.ssl_keyfile)  # before the database's work
        settings = ServerSettings(
            database_url=args.database_url,
            enrollment_key=args.enrollment_key or None,
            seed_demo=args.seed_demo,
        )
        wait_for_database(settings.database_url, timeout=args.database_wait)
        prepare_database(settings)
    except (SettingsError, DatabaseConfigError) as exc:
        sys.stderr.write(f"counter-server: {exc}\n")
        return 2
    except Exception as exc:  # the database is unreachable, refuses us, ...
        sys.stderr.write(f"counter-server: cannot prepare the database: {exc}\n")
        return 1
    if args.migrate_only:
        return 0
    if not settings.enrollment_key:
        logging.getLogger(__name__).warning(
            "no enrollment key: desks cannot enroll with this server. Set %s or pass "
            "--enrollment-key.",
            ENV_ENROLLMENT_KEY,
        )
    warning = plain_http_warning(args.host, tls=args.ssl_certfile is not None)
    if warning:
        logging.getLogger(__name__).warning("%s", warning)
    transport = _transport_options(args)
    if args.workers > 1:
        # Workers are separate processes: hand them the settings through the environment.
        os.environ[ENV_DATABASE_URL] = settings.database_url
        if settings.enrollment_key:
            os.environ[ENV_ENROLLMENT_KEY] = settings.enrollment_key
        os.environ[ENV_SEED_DEMO] = "0"
        uvicorn.run(
            "counter_app.server.app:create_app_from_environment",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            **transport,
        )
        return 0
    app = create_app(
        ServerSettings(
            database_url=settings.database_url,
            enrollment_key=settings.enrollment_key,
            migrate=False,
        )
    )
    uvicorn.run(app, host=args.host, port=args.port, **transport)
    return 0


def _transport_options(args: argparse.Namespace) -> dict[str, Any]:
    """uvicorn's TLS and proxy options (a worker loads the files itself: paths suffice)."""
    options: dict[str, Any] = {"proxy_headers": args.proxy_headers}
    if args.forwarded_allow_ips:
        options["forwarded_allow_ips"] = args.forwarded_allow_ips
    if args.ssl_certfile is not None:
        options["ssl_certfile"] = str(args.ssl_certfile)
        if args.ssl_keyfile is not None:
            options["ssl_keyfile"] = str(args.ssl_keyfile)
    return options


if __name__ == "__main__":
    sys.exit(main())

"""The desk program's settings: declared once, typed, from flags and the environment, and
for the server the desk's settings file (``counter_app.app.saved_settings``)."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

import platformdirs

from counter_app import __version__
from counter_app.app.saved_settings import SavedSettingsError, read_saved_settings, settings_file
from counter_app.protocol.transport import AddressProblem, server_address_problem
from counter_app.sync.tls import CAFileError, desk_ssl_context

ENV_DATA_DIR = "COUNTER_APP_DATA_DIR"
ENV_SERVER_URL = "COUNTER_SERVER_URL"
ENV_ENROLLMENT_KEY = "COUNTER_ENROLLMENT_KEY"
ENV_ENROLLMENT_CODE = "COUNTER_ENROLLMENT_CODE"
ENV_LANGUAGE = "COUNTER_LANGUAGE"
ENV_PRINTER = "COUNTER_PRINTER"
ENV_CA_FILE = "COUNTER_CA_FILE"


class Mode(StrEnum):
    """What this program is on this machine."""

    DESK = "desk"  # a serving desk: KVIK, caseworker, librarian
    KIOSK = "kiosk"  # the ticket kiosk at the door
    DISPLAY = "display"  # the waiting room's board


@dataclass(frozen=True)
class DeskSettings:
    """What the desk program was asked to do.

    Attributes:
        data_dir: local databases live here (a local disk: SQLite's WAL needs one).
        server_url: a central server; None runs the embedded default.
        enrollment_key: the server's key for enrolling desks (a server for trying it out).
        enrollment_code: the one-time code IT made for this desk (a central server).
        municipality, branch, desk_name: where this desk is, for enrollment.
        language: "da" (default) or "en".
        smoke_test: start, migrate, sync once and exit.
        screenshot: render the window to this PNG and exit.
        mode: desk, kiosk or display.
        printer: the kiosk's ticket printer, or a desk's for booking slips (``--help``).
        windowed: kiosk and display in a window instead of full screen.
        ca_file: a PEM bundle of CAs to trust besides the system's store, for verifying
            an https server's certificate (``counter_app.sync.tls``).
        saved_server: the server (with its code and CA file) came from the settings file,
            not from a flag or the environment.
    """

    data_dir: Path
    server_url: str | None
    enrollment_key: str | None
    municipality: str
    branch: str
    desk_name: str | None
    language: str
    smoke_test: bool
    screenshot: Path | None
    mode: Mode = Mode.DESK
    printer: str = "none"
    windowed: bool = False
    enrollment_code: str | None = None
    ca_file: Path | None = None
    saved_server: bool = False


def build_parser() -> argparse.ArgumentParser:
    """The command line of ``counter-app``."""
    parser = argparse.ArgumentParser(
        prog="counter-app",
        description="The counter application for library and citizen-service desks. With no "
        "options it runs the demo on this machine (an embedded server with a demo "
        "municipality); start it again for a second desk.",
    )
    parser.add_argument("--version", action="version", version=f"counter-app {__version__}")
    parser.add_argument(
        "mode",
        nargs="?",
        choices=[mode.value for mode in Mode],
        default=Mode.DESK.value,
        help="desk (default): a serving desk; kiosk: the touch screen where citizens draw a "
        "ticket; display: the waiting room's board of calls",
    )
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=None,
        help=f"folder for the local databases (env {ENV_DATA_DIR}; default: the user's "
        "data folder)",
    )
    parser.add_argument(
        "--server",
        default=os.environ.get(ENV_SERVER_URL),
        help=f"central server URL, e.g. https://kø.kommune.dk (env {ENV_SERVER_URL}); "
        "without it the demo runs on this machine",
    )
    parser.add_argument(
        "--enrollment-key",
        default=os.environ.get(ENV_ENROLLMENT_KEY),
        help=f"the central server's enrollment key (env {ENV_ENROLLMENT_KEY}); for a server "
        "set up for trying it out: a real one gives each desk a one-time code instead",
    )
    parser.add_argument(
        "--enrollment-code",
        default=os.environ.get(ENV_ENROLLMENT_CODE),
        metavar="CODE",
        help=f"the one-time code IT made for this desk, e.g. ACDE-FGHJ-KMNP (env "
        f"{ENV_ENROLLMENT_CODE}); needed once, at the first start with --server",
    )
    parser.add_argument(
        "--ca-file",
        type=Path,
        metavar="PEM",
        default=os.environ.get(ENV_CA_FILE) or None,
        help=f"also trust the certificate authorities in this PEM file (env {ENV_CA_FILE}), "
        "e.g. the municipality's internal CA when it is not in the system's certificate "
        "store; the system's store is always trusted",
    )
    parser.add_argument("--municipality", default="demo", help="municipality code")
    parser.add_argument("--branch", default="HB", help="branch code")
    parser.add_argument("--desk-name", default=None, help="this desk's name, e.g. 'KVIK 2'")
    parser.add_argument(
        "--language",
        choices=["da", "en"],
        default=os.environ.get(ENV_LANGUAGE, "da"),
        help="language of the window (default Danish)",
    )
    parser.add_argument(
        "--printer",
        default=os.environ.get(ENV_PRINTER, "none"),
        help=f"the kiosk's ticket printer, or a desk's printer for booking slips (env "
        f"{ENV_PRINTER}): none (show the number or code on screen), escpos-tcp:HOST[:PORT], "
        "escpos-file:/dev/usb/lp0, escpos-usb:VID:PID, system, system:NAME or pdf:FILE",
    )
    parser.add_argument(
        "--windowed",
        action="store_true",
        help="show the kiosk or display in a window instead of full screen (for trying it)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="start, migrate, sync once and exit (0 when all works)",
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="FILE",
        default=None,
        help="render the window offscreen to a PNG file and exit",
    )
    return parser


def parse_settings(argv: list[str] | None) -> DeskSettings:
    """Settings from the command line and the environment; the server, its enrollment code
    and CA file from the data folder's settings file when no flag or variable names one.

    Raises:
        SavedSettingsError: the settings file is broken (flags cannot be wrong here: a wrong
            flag ends the program with exit code 2 and the usage).
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.language not in ("da", "en"):  # from the environment, which argparse never checks
        parser.error(f"{ENV_LANGUAGE}={args.language!r}: use da or en")
    if args.server:
        _check_server(parser, args.server)
    if args.ca_file is not None:
        try:
            desk_ssl_context(args.ca_file)
        except CAFileError as exc:
            parser.error(f"--ca-file: {exc}")
    data_dir = args.data_dir or (
        Path(os.environ[ENV_DATA_DIR])
        if os.environ.get(ENV_DATA_DIR)
        else Path(platformdirs.user_data_dir("counter-app", appauthor=False))
    )
    mode = Mode(args.mode)
    server, code, ca_file = args.server or None, args.enrollment_code or None, args.ca_file
    saved = read_saved_settings(data_dir)
    saved_server = server is None and saved.server_url is not None
    if saved_server:
        server = saved.server_url
        # The code was typed at a desk, for a desk: a kiosk or board would use it up.
        if code is None and mode is Mode.DESK:
            code = saved.enrollment_code
        if ca_file is None and saved.ca_file is not None:
            ca_file = saved.ca_file
            try:
                desk_ssl_context(ca_file)
            except CAFileError as exc:
                raise SavedSettingsError(
                    f"the settings file {settings_file(data_dir)} names a CA file that "
                    f"cannot be used: {exc}. Ask IT for the file, or connect again with "
                    "Help > Connect to a server"
                ) from exc
    return DeskSettings(
        data_dir=data_dir,
        server_url=server,
        enrollment_key=args.enrollment_key or None,
        municipality=args.municipality,
        branch=args.branch,
        desk_name=args.desk_name,
        language=args.language,
        smoke_test=args.smoke_test,
        screenshot=args.screenshot,
        mode=mode,
        printer=args.printer,
        windowed=args.windowed,
        enrollment_code=code,
        ca_file=ca_file,
        saved_server=saved_server,
    )


def _check_server(parser: argparse.ArgumentParser, server: str) -> None:
    problem = server_address_problem(server)
    if problem is AddressProblem.PLAIN_HTTP:
        parser.error(
            f"--server {server!r}: a desk talks to a server on another machine only "
            "over https://, so nobody on the network can read or change what is sent. Use "
            "the server's https:// address (ask IT for it if you do not have it); plain "
            "http:// is only for a server on this machine (localhost, 127.0.0.1)"
        )
    if problem is not None:
        parser.error(f"--server {server!r}: give the whole address, e.g. https://koe.kommune.dk")

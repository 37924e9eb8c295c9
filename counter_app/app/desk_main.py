"""``counter-app``: the desk program (a PySide6 window under qasync)."""

from __future__ import annotations

import asyncio
import gc
import logging
import os
import sys
from typing import TYPE_CHECKING

import platformdirs

from counter_app.app.saved_settings import SavedSettingsError
from counter_app.app.settings import DeskSettings, build_parser, parse_settings

if TYPE_CHECKING:
    from counter_app.app.startup import RunningDesk

EXIT_OK = 0
EXIT_FAILED = 1
EXIT_SETTING = 2
EXIT_SERVER = 4


def main(argv: list[str] | None = None) -> int:
    """Run the desk program; return the process exit code."""
    arguments = argv if argv is not None else sys.argv[1:]
    try:
        settings = parse_settings(arguments)
    except SavedSettingsError as exc:
        return _broken_settings_file(str(exc), arguments)
    # The start builds some 200,000 objects (SQLAlchemy's and pydantic's models, Qt's
    # wrappers) that live as long as the program; Python's collector walked them again and
    # again as they were made, about 0.1 s of a 0.9 s start. It stays off: once Qt runs, the UI
    # thread's collector (ui/garbage.py) does its work.
    was_collecting = gc.isenabled()
    gc.disable()
    try:
        return _main(settings)
    finally:
        if was_collecting:
            gc.enable()


def _main(settings: DeskSettings) -> int:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    for chatty in ("alembic", "httpx"):  # every request and migration step is noise at a desk
        logging.getLogger(chatty).setLevel(logging.WARNING)
    # python-escpos unpacks its printer database into a new temporary folder at every
    # import unless told where to keep it.
    os.environ.setdefault(
        "ESCPOS_CAPABILITIES_PICKLE_DIR",
        platformdirs.user_cache_dir("counter-app", appauthor=False),
    )
    if settings.smoke_test or settings.screenshot is not None:
        # Machines and CI have no screen; these modes never need one.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

    # Qt is loaded only after the flags are read, so --help and --version stay instant.
    from counter_app.ui.application import run_in_qt  # noqa: PLC0415

    try:
        return run_in_qt(lambda: _run(settings), settings.language)
    except FileNotFoundError as exc:
        sys.stderr.write(f"counter-app: {exc}\n")
        return EXIT_FAILED


def _broken_settings_file(message: str, arguments: list[str]) -> int:
    """Say what is wrong with the settings file, in a window too when a person started
    the program (the file stays as it is)."""
    sys.stderr.write(f"counter-app: {message}\n")
    args, _rest = build_parser().parse_known_args(arguments)
    if args.smoke_test or args.screenshot is not None:
        return EXIT_SETTING
    from counter_app.ui.application import run_in_qt  # noqa: PLC0415
    from counter_app.ui.screens import show_startup_error  # noqa: PLC0415

    async def tell() -> int:
        await show_startup_error(message)
        return EXIT_SETTING

    language = args.language if args.language in ("da", "en") else "da"
    return run_in_qt(tell, language)


async def _run(settings: DeskSettings) -> int:
    from counter_app.app.first_start import back_to_demo, first_connection  # noqa: PLC0415
    from counter_app.app.startup import start_desk  # noqa: PLC0415
    from counter_app.app.startup_error import StartupError  # noqa: PLC0415
    from counter_app.ui.screens import offer_the_demo, show_startup_error  # noqa: PLC0415

    try:
        desk = await start_desk(settings)
    except StartupError as exc:
        sys.stderr.write(f"counter-app: {exc}\n")
        if settings.smoke_test or settings.screenshot:
            return exc.exit_code
        if not first_connection(settings):
            await show_startup_error(str(exc))
            return exc.exit_code
        # A server typed into the program that never answered, or refused its code: the
        # demo stays usable, and the desk connects again from its Help menu.
        if not await offer_the_demo(str(exc)):
            return exc.exit_code
        return await _run(back_to_demo(settings))
    try:
        return await _serve(settings, desk)
    finally:
        await desk.close()


def _check_installation(language: str) -> str:
    """What a start does not load but an installation must carry: the translations, Qt's
    own included, and the keyring backend (the embedded demo needs none). Returns the
    backend's name; raises FileNotFoundError naming what is missing."""
    from counter_app.sync.token_store import TokenStoreError, shipped_backend  # noqa: PLC0415
    from counter_app.ui.i18n import missing_translations  # noqa: PLC0415

    missing = [f"the translation {name}" for name in missing_translations(language)]
    try:
        backend = shipped_backend()
    except TokenStoreError as exc:
        missing.append(str(exc))
    if missing:
        raise FileNotFoundError("this installation lacks " + "; ".join(missing))
    return backend


async def _serve(settings: DeskSettings, desk: RunningDesk) -> int:
    from counter_app.app.first_start import (  # noqa: PLC0415
        connection_setup,
        show_notice_when_due,
    )
    from counter_app.ui.screens import (  # noqa: PLC0415
        WindowOptions,
        build_window,
        run_window,
        show_startup_error,
        tell_database_rebuilt,
    )

    options = WindowOptions(
        mode=settings.mode.value,
        language=settings.language,
        printer=settings.printer,
        windowed=settings.windowed,
        connection=connection_setup(settings) if settings.mode.value == "desk" else None,
    )
    try:
        window = build_window(desk.services, options)
    except ValueError as exc:
        sys.stderr.write(f"counter-app: {exc}\n")
        if not (settings.smoke_test or settings.screenshot):
            await show_startup_error(str(exc))
        return EXIT_SETTING
    if settings.smoke_test:
        window.close()
        if not desk.synced:
            sys.stderr.write("counter-app: smoke test failed: the server could not be reached\n")
            return EXIT_SERVER
        try:
            backend = _check_installation(settings.language)
        except FileNotFoundError as exc:
            sys.stderr.write(f"counter-app: smoke test failed: {exc}\n")
            return EXIT_FAILED
        sys.stdout.write(
            f"counter-app smoke test: ok ({settings.mode.value} "
            f"{desk.services.identity.desk_name}, server {desk.client.base_url}, "
            f"language {settings.language}, keyring {backend})\n"
        )
        return EXIT_OK
    if settings.screenshot is not None:
        return await run_window(window, desk.services, options, settings.screenshot)
    if desk.recovery is not None and settings.mode.value == "desk":  # nobody reads a kiosk's
        tell_database_rebuilt(window, str(desk.recovery.moved_to), desk.recovery.kept_changes)
    supervising = asyncio.ensure_future(desk.supervise())
    try:
        return await run_window(
            window, desk.services, options, shown=lambda: show_notice_when_due(settings, window)
        )
    finally:
        supervising.cancel()

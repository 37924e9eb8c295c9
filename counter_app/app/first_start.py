"""The demo's first start and the server chosen in the program: the notice shown once per
data folder, the connection the Help menu saves for the next start, and the way back to
the demo when the first connection to that server fails."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from counter_app.app.saved_settings import (
    SavedSettingsError,
    read_saved_settings,
    update_saved_settings,
)
from counter_app.app.settings import DeskSettings, Mode

if TYPE_CHECKING:
    from counter_app.ui.connect_dialog import ServerChoice
    from counter_app.ui.help_menu import ConnectionSetup

log = logging.getLogger(__name__)


def connection_setup(settings: DeskSettings) -> ConnectionSetup:
    """What the desk window's Help menu needs to save a server for the next start."""
    from counter_app.ui.help_menu import ConnectionSetup  # noqa: PLC0415  (Qt loads late)

    def save(choice: ServerChoice) -> None:
        update_saved_settings(
            settings.data_dir,
            server_url=choice.server_url,
            enrollment_code=choice.enrollment_code,
            ca_file=choice.ca_file.absolute() if choice.ca_file is not None else None,
        )

    return ConnectionSetup(
        demo=settings.server_url is None, save=save, server_url=settings.server_url
    )


def notice_due(settings: DeskSettings) -> bool:
    """Whether the demo's first-start notice is to be shown: a desk (not a kiosk or board)
    on the demo, started by a person (no smoke test or screenshot), the first time on this
    data folder."""
    if settings.mode is not Mode.DESK or settings.server_url is not None:
        return False
    if settings.smoke_test or settings.screenshot is not None:
        return False
    try:
        return not read_saved_settings(settings.data_dir).demo_notice_shown
    except SavedSettingsError:  # read at start already; broken since: no notice then
        return False


def show_notice_when_due(settings: DeskSettings, window: object) -> None:
    """Open the first-start notice over the desk window when it is due (it does not block
    the window), and remember that it was shown: Help > About the demo shows it again."""
    from counter_app.ui.desk_window import DeskWindow  # noqa: PLC0415  (Qt loads late)

    if not isinstance(window, DeskWindow) or not notice_due(settings):
        return
    window.help.show_notice()
    try:
        update_saved_settings(settings.data_dir, demo_notice_shown=True)
    except (OSError, SavedSettingsError) as exc:
        log.warning("cannot remember that the first-start notice was shown: %s", exc)


def first_connection(settings: DeskSettings) -> bool:
    """Whether this start tries a server saved in the program for the first time (its
    one-time code not used yet): if it fails, the demo is offered instead."""
    if not settings.saved_server:
        return False
    try:
        return read_saved_settings(settings.data_dir).enrollment_code is not None
    except SavedSettingsError:
        return False


def back_to_demo(settings: DeskSettings) -> DeskSettings:
    """Forget the saved server (the desk's database for it stays where it is) and return
    the settings of the demo."""
    try:
        update_saved_settings(
            settings.data_dir, server_url=None, enrollment_code=None, ca_file=None
        )
    except (OSError, SavedSettingsError) as exc:
        log.warning("the saved server stays in the settings file: %s", exc)
    return replace(
        settings, server_url=None, enrollment_code=None, ca_file=None, saved_server=False
    )

"""A desk of a central server: its token from the operating system's keyring, or, the first
time, a one-time enrollment code from IT traded for one (and kept in the keyring)."""

from __future__ import annotations

import asyncio
import logging

from sqlalchemy import Engine

from counter_app.app.saved_settings import SavedSettingsError, update_saved_settings
from counter_app.app.settings import DeskSettings, Mode
from counter_app.app.startup_error import StartupError
from counter_app.domain.access import AccessError, normalise_enrollment_code
from counter_app.domain.org import DeskKind
from counter_app.sync.client import ServerRefusedError, ServerUnreachableError, SyncClient
from counter_app.sync.identity import load_identity, save_identity
from counter_app.sync.token_store import (
    TokenStoreError,
    check_keyring,
    forget_token,
    load_token,
    save_token,
)

log = logging.getLogger(__name__)

ENROLL_TIMEOUT = 20.0
_KINDS_OF_MODE = {
    Mode.KIOSK: {DeskKind.KIOSK},
    Mode.DISPLAY: {DeskKind.DISPLAY},
    Mode.DESK: set(DeskKind) - {DeskKind.KIOSK, DeskKind.DISPLAY},
}
_COMMAND_OF_KIND = {DeskKind.KIOSK: "counter-app kiosk", DeskKind.DISPLAY: "counter-app display"}


async def connect_with_token(settings: DeskSettings, database: Engine, client: SyncClient) -> bool:
    """Give ``client`` the desk's token; False when the server cannot be reached yet.

    Raises :class:`StartupError` when the desk has no token and no code (exit 2), when the
    keyring cannot be used (2), or when the server refuses the code (4).
    """
    url = client.base_url
    identity = load_identity(database)
    try:
        token = (
            load_token(url, identity.desk_id)
            if identity is not None and identity.server_url == url
            else None
        )
    except TokenStoreError as exc:
        raise StartupError(str(exc), 2) from exc
    if token is not None:
        client.token = token
        return True
    if settings.enrollment_code is None:
        raise StartupError(
            f"this desk is not enrolled with {url} yet. Ask IT for a one-time enrollment "
            "code (made with `counter-admin desk add`) and start once with "
            "--enrollment-code CODE (or COUNTER_ENROLLMENT_CODE)",
            2,
        )
    try:
        code = normalise_enrollment_code(settings.enrollment_code)
        check_keyring()  # before the code is used up
    except (AccessError, TokenStoreError) as exc:
        raise StartupError(str(exc), 2) from exc
    try:
        response = await asyncio.wait_for(client.enroll_by_code(code), ENROLL_TIMEOUT)
    except (ServerUnreachableError, TimeoutError):
        raise  # the caller says what it can about an unreachable or untrusted server
    except ServerRefusedError as exc:
        raise StartupError(f"the server refused the enrollment code: {exc.message}", 4) from exc
    kind = DeskKind(response.desk_kind)
    if kind not in _KINDS_OF_MODE[settings.mode]:
        command = _COMMAND_OF_KIND.get(kind, "counter-app")
        raise StartupError(
            f"the code was made for {response.desk_name!r}, a {kind.value} desk: start it with "
            f"`{command}`. Ask IT for a new code, as this one is used now",
            2,
        )
    save_identity(database, response, url)
    try:
        save_token(url, response.desk_id, response.token)
    except TokenStoreError as exc:
        raise StartupError(str(exc), 2) from exc
    log.info("enrolled as %s; the token is in the keyring", response.desk_name)
    if settings.saved_server:
        _forget_saved_code(settings)
    return True


def _forget_saved_code(settings: DeskSettings) -> None:
    """The code is used up: it leaves the settings file (the token is in the keyring)."""
    try:
        update_saved_settings(settings.data_dir, enrollment_code=None)
    except (OSError, SavedSettingsError) as exc:
        log.warning("the used enrollment code stays in the settings file: %s", exc)


def refused_token(database: Engine, client: SyncClient) -> StartupError:
    """The server no longer knows this desk's token (revoked): forget it, and say what to
    do. Unsent changes stay in the outbox and are sent once the desk is enrolled again."""
    identity = load_identity(database)
    if identity is not None:
        forget_token(client.base_url, identity.desk_id)
    client.token = None
    return StartupError(
        "the server no longer accepts this desk (IT revoked it, or it was enrolled anew "
        "elsewhere). Ask IT for a new enrollment code and start with --enrollment-code "
        "CODE: changes not yet sent are kept and sent then",
        4,
    )

"""The desk's token in the operating system's keyring (Windows Credential Manager, macOS
Keychain, the Secret Service on a Linux desktop): never in a file of ours, never logged.

The embedded default keeps its tokens in memory instead; only a desk of a central server
needs one that outlives the program.
"""

from __future__ import annotations

import contextlib
import sys
import uuid
from importlib.metadata import entry_points
from typing import TYPE_CHECKING

# keyring (and its backends) is loaded when a token is first asked for: a desk that
# enrolls by its server's key never needs it, and loading it is 2% of a desk's start.
if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "counter-app"
# Backends that would put the token in a plain file, or have nowhere to put it.
_REFUSED = ("keyring.backends.fail", "keyrings.alt.file", "keyring.backends.null")


class TokenStoreError(RuntimeError):
    """No usable keyring, with what to install."""


_NO_KEYRING = (
    "this computer has no keyring to keep the desk's token in ({backend}). On Windows and "
    "macOS one is always there; on Linux, sign in to a desktop with a Secret Service "
    "keyring (GNOME Keyring: `apt-get install gnome-keyring`, or KWallet) and start the "
    "desk program from it. The demo on this machine (no --server) works without one."
)


# keyring finds its backends by their entry points: the one this operating system's
# keyring needs, which a frozen build must carry (with keyring's metadata).
_PLATFORM_BACKEND = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")


def shipped_backend() -> str:
    """The name of this platform's keyring backend, loaded; :class:`TokenStoreError` if
    this installation lacks it (for the smoke test of a build: the demo runs without it,
    a desk of a central server cannot keep its token)."""
    found = [e for e in entry_points(group="keyring.backends") if e.name == _PLATFORM_BACKEND]
    if not found:
        raise TokenStoreError(f"keyring's {_PLATFORM_BACKEND} backend is not installed")
    try:
        found[0].load()
    except ImportError as exc:
        raise TokenStoreError(f"keyring's {_PLATFORM_BACKEND} backend cannot load: {exc}") from exc
    return _PLATFORM_BACKEND


def _account(server_url: str, desk_id: uuid.UUID) -> str:
    return f"{server_url.rstrip('/')} {desk_id}"


def _backend() -> KeyringBackend:
    import keyring  # noqa: PLC0415

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if name.startswith(_REFUSED) or backend.priority <= 0:
        raise TokenStoreError(_NO_KEYRING.format(backend=name))
    return backend


def check_keyring() -> None:
    """Raise :class:`TokenStoreError` now if a token could not be kept (before a one-time
    code is used up)."""
    from keyring.errors import KeyringError  # noqa: PLC0415

    backend = _backend()
    try:
        backend.get_password(SERVICE, "probe")
    except KeyringError as exc:
        raise TokenStoreError(_NO_KEYRING.format(backend=exc)) from exc


def load_token(server_url: str, desk_id: uuid.UUID) -> str | None:
    """The desk's saved token, or None."""
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        return _backend().get_password(SERVICE, _account(server_url, desk_id))
    except KeyringError as exc:
        raise TokenStoreError(_NO_KEYRING.format(backend=exc)) from exc


def save_token(server_url: str, desk_id: uuid.UUID, token: str) -> None:
    """Keep the token for the next start."""
    from keyring.errors import KeyringError  # noqa: PLC0415

    try:
        _backend().set_password(SERVICE, _account(server_url, desk_id), token)
    except KeyringError as exc:
        raise TokenStoreError(_NO_KEYRING.format(backend=exc)) from exc


def forget_token(server_url: str, desk_id: uuid.UUID) -> None:
    """Drop a token the server no longer accepts (revoked)."""
    from keyring.errors import KeyringError  # noqa: PLC0415

    # Nothing to forget, or no keyring to forget it in: either way the token is gone.
    with contextlib.suppress(KeyringError, TokenStoreError):
        _backend().delete_password(SERVICE, _account(server_url, desk_id))

"""The server's own TLS: checking its certificate and key before uvicorn loads them.

uvicorn loads the files in every worker process and shows a failure as a traceback (or,
for an encrypted key, asks for a password on a terminal a service does not have), so
``counter-server`` checks them first and says what is wrong.
"""

from __future__ import annotations

import ssl
from pathlib import Path

from counter_app.protocol.transport import is_loopback_host
from counter_app.server.settings import SettingsError


class _KeyNeedsPassword(Exception):
    """Raised by the password callback: the key is encrypted."""


def _ask_no_password() -> str:
    raise _KeyNeedsPassword


def _read(flag: str, path: Path) -> str:
    try:
        return path.read_text(encoding="ascii", errors="replace")
    except OSError as exc:
        raise SettingsError(f"{flag} {path}: cannot read it: {exc.strerror or exc}") from exc


def check_certificate(certfile: Path | None, keyfile: Path | None) -> None:
    """Check that the server can serve TLS with this certificate (chain) and key.

    ``keyfile`` may be None when ``certfile`` holds the key too.

    Raises:
        SettingsError: a file is missing or unreadable, holds no PEM certificate or key, the
            key is encrypted, or the key does not belong to the certificate.
    """
    if certfile is None:
        if keyfile is not None:
            raise SettingsError("--ssl-keyfile needs --ssl-certfile (the certificate) too")
        return
    certificate = _read("--ssl-certfile", certfile)
    key = _read("--ssl-keyfile", keyfile) if keyfile is not None else certificate
    if "-----BEGIN CERTIFICATE-----" not in certificate:
        raise SettingsError(
            f"--ssl-certfile {certfile}: no certificate in PEM form in it (text starting "
            "with -----BEGIN CERTIFICATE-----)"
        )
    if "PRIVATE KEY-----" not in key:
        where = f"--ssl-keyfile {keyfile}" if keyfile is not None else f"--ssl-certfile {certfile}"
        raise SettingsError(
            f"{where}: no private key in PEM form in it (text starting with -----BEGIN "
            "PRIVATE KEY-----); give the key with --ssl-keyfile"
        )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        context.load_cert_chain(certfile, keyfile, _ask_no_password)
    except _KeyNeedsPassword as exc:
        raise SettingsError(
            f"the private key in {keyfile or certfile} is protected by a password, which a "
            "service cannot type. Store it without one (e.g. `openssl pkey -in KEY -out "
            "NEW-KEY`), readable only by the account the server runs as"
        ) from exc
    except ssl.SSLError as exc:
        if exc.reason == "KEY_VALUES_MISMATCH":
            raise SettingsError(
                f"the key in {keyfile or certfile} does not belong to the certificate in "
                f"{certfile}: give the key the certificate was made for"
            ) from exc
        raise SettingsError(
            f"cannot use the certificate {certfile} with the key {keyfile or certfile}: {exc}"
        ) from exc
    except OSError as exc:
        raise SettingsError(f"cannot read the certificate or key: {exc}") from exc


def plain_http_warning(host: str, *, tls: bool) -> str | None:
    """What to tell IT when the server listens beyond this machine without TLS, or None."""
    if tls or is_loopback_host(host):
        return None
    return (
        f"listening on {host} without TLS: desks on other machines refuse plain http. Serve "
        "https with --ssl-certfile and --ssl-keyfile, or put a reverse proxy that serves "
        "https in front and let only it reach this port (docs/deployment-tls.md)."
    )

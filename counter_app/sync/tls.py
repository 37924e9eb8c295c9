"""How a desk trusts its server's certificate: the operating system's store, plus a CA file.

Municipal PCs trust the municipality's own certificate authority through the Windows
certificate store (pushed by group policy), not through the certifi bundle that httpx and
websockets would use by themselves, so the desk verifies against the operating system's
store with ``truststore``. ``--ca-file`` adds a PEM bundle on top, for a test server or an
internal CA the store does not have.
"""

from __future__ import annotations

import ssl
from pathlib import Path

import truststore


class CAFileError(ValueError):
    """The CA file given with --ca-file cannot be used; the message says why."""


def desk_ssl_context(ca_file: Path | None = None) -> ssl.SSLContext:
    """A client context that verifies servers against the system's store and ``ca_file``.

    Raises:
        CAFileError: ``ca_file`` cannot be read or holds no PEM certificate.
    """
    context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    if ca_file is not None:
        try:
            context.load_verify_locations(cafile=ca_file)
        except ssl.SSLError as exc:
            raise CAFileError(
                f"the CA file {ca_file} holds no certificate in PEM form (text starting "
                f"with -----BEGIN CERTIFICATE-----): {exc.reason or exc}"
            ) from exc
        except OSError as exc:
            raise CAFileError(f"cannot read the CA file {ca_file}: {exc.strerror or exc}") from exc
    return context


def certificate_error(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    """The failed certificate check behind ``exc`` (a failed request), or None.

    httpx and websockets wrap the error of the TLS handshake in their own; this follows
    the chain of causes down to it.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLCertVerificationError):
            return current
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return None


def describe_certificate_error(error: ssl.SSLCertVerificationError) -> str:
    """The reason OpenSSL (or the system) gave, in its own words."""
    return str(error.verify_message or error.reason or error)

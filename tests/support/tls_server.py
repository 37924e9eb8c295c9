"""A real ``counter-server`` process serving https on loopback, with a throwaway CA.

trustme makes a certificate authority that exists only for the test and a certificate it
issued for 127.0.0.1, localhost and ::1: the server serves that, and a desk trusts it only
when given the CA's file (``--ca-file``), as a desk at a municipality with an internal CA
not in its system's store would be.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
import trustme

from tests.support.server_process import ServerProcess


class TLSServerProcess(ServerProcess):
    """:class:`ServerProcess` with ``--ssl-certfile``/``--ssl-keyfile``; https://127.0.0.1."""

    def __init__(
        self,
        database_url: str,
        folder: Path,
        *,
        workers: int = 1,
        port: int | None = None,
        names: tuple[str, ...] = ("127.0.0.1", "localhost", "::1"),
    ) -> None:
        """``names``: what the certificate is for (another name tests the name check)."""
        super().__init__(database_url, folder / "server.log", port=port)
        self.workers = workers
        self.names = names
        self.ca = trustme.CA(organization_name="Test-Kommune IT")
        issued = self.ca.issue_cert(*names)
        self.certfile = folder / "server-chain.pem"  # the certificate, then its chain
        self.keyfile = folder / "server-key.pem"
        self.ca_file = folder / "kommune-ca.pem"
        self.certfile.write_bytes(b"".join(pem.bytes() for pem in issued.cert_chain_pems))
        issued.private_key_pem.write_to_path(str(self.keyfile))
        self.keyfile.chmod(0o600)
        self.ca.cert_pem.write_to_path(str(self.ca_file))

    @property
    def base_url(self) -> str:
        """https://127.0.0.1:PORT"""
        return f"https://127.0.0.1:{self.port}"

    def extra_arguments(self) -> list[str]:
        """TLS, and the number of worker processes."""
        return [
            "--ssl-certfile",
            str(self.certfile),
            "--ssl-keyfile",
            str(self.keyfile),
            "--workers",
            str(self.workers),
        ]

    def trusting_context(self) -> ssl.SSLContext:
        """A plain client context that trusts only the test CA."""
        return ssl.create_default_context(cafile=str(self.ca_file))

    def health_client(self) -> httpx.Client:
        """Checks health over https, trusting the test CA (and, for a certificate made out
        to another name, not checking the name: only whether the server is up)."""
        context = self.trusting_context()
        context.check_hostname = "127.0.0.1" in self.names
        return httpx.Client(base_url=self.base_url, timeout=2.0, verify=context)


@pytest.fixture(scope="module", name="tls_server")
def tls_server_fixture(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TLSServerProcess]:
    """One https server over SQLite for a test module (tests enroll their own desks)."""
    folder = tmp_path_factory.mktemp("tls-server")
    server = TLSServerProcess(f"sqlite:///{folder / 'server.sqlite'}", folder)
    server.start()
    try:
        yield server
    finally:
        server.stop()

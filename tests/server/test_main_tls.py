"""``counter-server`` serving TLS itself: its certificate checked before it starts, with a
message and exit 2 when it cannot be used, and https in every worker process."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

import httpx
import pytest
import trustme
from cryptography.hazmat.primitives import serialization

from counter_app.server.settings import SettingsError
from counter_app.server.tls import check_certificate, plain_http_warning
from counter_app.sync.client import SyncClient
from counter_app.sync.tls import desk_ssl_context
from tests.support.server_process import ServerProcess
from tests.support.tls_server import TLSServerProcess


@pytest.fixture(scope="module")
def pems(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A certificate and its key, another certificate's key, the key encrypted, junk."""
    folder = tmp_path_factory.mktemp("pems")
    ca = trustme.CA()
    issued = ca.issue_cert("127.0.0.1")
    files = {name: folder / f"{name}.pem" for name in ("cert", "key", "other", "locked", "junk")}
    files["cert"].write_bytes(issued.cert_chain_pems[0].bytes())
    files["key"].write_bytes(issued.private_key_pem.bytes())
    files["other"].write_bytes(ca.issue_cert("other.example").private_key_pem.bytes())
    key = serialization.load_pem_private_key(issued.private_key_pem.bytes(), password=None)
    files["locked"].write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"kodeord"),
        )
    )
    files["junk"].write_text("not a certificate\n")
    return files


def run_server(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "counter_app.server.main",
            "--database-url",
            f"sqlite:///{tmp_path / 'server.sqlite'}",
            *args,
        ],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


@pytest.mark.parametrize(
    ("cert", "key", "message"),
    [
        ("missing", "key", "--ssl-certfile {missing}: cannot read it: No such file"),
        ("cert", "other", "the key in {other} does not belong to the certificate in {cert}"),
        ("cert", "locked", "the private key in {locked} is protected by a password"),
    ],
)
def test_a_certificate_the_server_cannot_use_is_explained(
    tmp_path: Path, pems: dict[str, Path], cert: str, key: str, message: str
) -> None:
    paths = {**pems, "missing": tmp_path / "missing.pem"}
    result = run_server(
        tmp_path, "--ssl-certfile", str(paths[cert]), "--ssl-keyfile", str(paths[key])
    )
    assert result.returncode == 2, result.stderr
    assert message.format(**paths) in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "server.sqlite").exists()  # stopped before touching the database


@pytest.mark.parametrize(
    ("cert", "key", "message"),
    [
        ("junk", "key", "no certificate in PEM form"),
        ("cert", "junk", "no private key in PEM form"),
        ("cert", None, "no private key in PEM form"),
        (None, "key", "--ssl-keyfile needs --ssl-certfile"),
        ("cert", "missing", "--ssl-keyfile {missing}: cannot read it"),
    ],
)
def test_every_kind_of_unusable_file_gets_its_own_message(
    tmp_path: Path, pems: dict[str, Path], cert: str | None, key: str | None, message: str
) -> None:
    paths = {**pems, "missing": tmp_path / "missing.pem"}
    with pytest.raises(SettingsError) as refused:
        check_certificate(paths[cert] if cert else None, paths[key] if key else None)
    assert message.format(**paths) in str(refused.value)


def test_a_certificate_and_key_in_one_file_are_accepted(
    tmp_path: Path, pems: dict[str, Path]
) -> None:
    both = tmp_path / "both.pem"
    both.write_bytes(pems["cert"].read_bytes() + pems["key"].read_bytes())
    check_certificate(both, None)
    check_certificate(pems["cert"], pems["key"])
    check_certificate(None, None)  # no TLS asked for


@pytest.mark.parametrize(
    ("host", "tls", "warned"),
    [
        ("0.0.0.0", False, True),
        ("10.1.2.3", False, True),
        ("koe.kommune.local", False, True),
        ("0.0.0.0", True, False),
        ("127.0.0.1", False, False),
        ("localhost", False, False),
        ("::1", False, False),
    ],
)
def test_listening_beyond_this_machine_without_tls_is_warned_about(
    host: str, tls: bool, warned: bool
) -> None:
    warning = plain_http_warning(host, tls=tls)
    assert (warning is not None) == warned
    if warning is not None:
        assert "--ssl-certfile" in warning and "reverse proxy" in warning


def test_every_worker_serves_https(tmp_path: Path) -> None:
    server = TLSServerProcess(f"sqlite:///{tmp_path / 'server.sqlite'}", tmp_path, workers=2)
    server.start()  # waits for health over https, trusting the test CA
    try:

        async def health_checks() -> set[str]:
            client = SyncClient(server.base_url, ssl_context=desk_ssl_context(server.ca_file))
            try:
                return {(await client.health()).status for _ in range(8)}
            finally:
                await client.aclose()

        assert asyncio.run(health_checks()) == {"ok"}
        assert "https://127.0.0.1" in server.log_text()
    finally:
        server.stop()


class _ProxiedServer(ServerProcess):
    """A plain server on loopback, as behind a reverse proxy on the same machine."""

    def __init__(self, folder: Path, arguments: list[str]) -> None:
        super().__init__(f"sqlite:///{folder / 'server.sqlite'}", folder / "server.log")
        self.arguments = arguments

    def extra_arguments(self) -> list[str]:
        return self.arguments


@pytest.mark.parametrize(
    ("arguments", "seen_as"),
    [
        ([], "203.0.113.7"),  # the proxy on this machine is believed by default
        (["--forwarded-allow-ips", "127.0.0.1,10.20.0.5"], "203.0.113.7"),
        (["--forwarded-allow-ips", "10.20.0.5"], "127.0.0.1"),  # not that proxy: ignored
        (["--no-proxy-headers"], "127.0.0.1"),
    ],
)
def test_the_client_address_comes_from_the_proxy_only_when_it_is_believed(
    tmp_path: Path, arguments: list[str], seen_as: str
) -> None:
    server = _ProxiedServer(tmp_path, arguments)
    server.start()
    try:
        with httpx.Client(base_url=server.base_url, timeout=5.0) as client:
            answer = client.get(
                "/api/v1/health?from-the-proxy",
                headers={"x-forwarded-for": "203.0.113.7", "x-forwarded-proto": "https"},
            )
            assert answer.status_code == 200
    finally:
        server.stop()
    logged = [line for line in server.log_text().splitlines() if "from-the-proxy" in line]
    assert len(logged) == 1 and f"{seen_as}:" in logged[0], server.log_text()

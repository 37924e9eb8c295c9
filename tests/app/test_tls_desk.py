"""A desk and TLS as people start it: plain http only to this machine, the server's
certificate verified, and a plain message at start when it cannot be trusted."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest
import trustme

from counter_app.app.settings import DeskSettings, parse_settings
from counter_app.app.startup import start_desk
from counter_app.app.startup_error import StartupError
from counter_app.server.admin.main import main as admin
from tests.support.file_keyring import FileKeyring
from tests.support.tenants import seed_tenant
from tests.support.tls_server import (  # the tls_server fixture
    TLSServerProcess,
    tls_server_fixture,  # noqa: F401
)

PROGRAM = [
    sys.executable,
    "-c",
    "from counter_app.app.desk_main import main; raise SystemExit(main())",
]


@pytest.mark.parametrize(
    "url",
    [
        "http://10.1.2.3",
        "http://koe.kommune.local:8400",
        "http://0.0.0.0:8400",
        "http://192.168.1.20/",
        "http://localhost.kommune.dk",
    ],
)
def test_plain_http_to_another_machine_is_refused(
    url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        parse_settings(["--server", url])
    assert stopped.value.code == 2
    message = capsys.readouterr().err
    assert "https://" in message
    assert "ask IT" in message


def test_plain_http_from_the_environment_is_refused_too(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COUNTER_SERVER_URL", "http://10.1.2.3:8400")
    with pytest.raises(SystemExit) as stopped:
        parse_settings([])
    assert stopped.value.code == 2
    assert "only over https://" in capsys.readouterr().err


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8400",
        "http://localhost:8400",
        "http://[::1]:8400",
        "http://127.3.2.1",
        "https://10.1.2.3",
        "https://koe.kommune.dk",
    ],
)
def test_loopback_http_and_any_https_are_accepted(url: str) -> None:
    assert parse_settings(["--server", url]).server_url == url


def test_the_ca_file_comes_from_the_flag_or_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("COUNTER_CA_FILE", raising=False)
    ca_file = tmp_path / "kommune-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(ca_file))
    assert parse_settings(["--ca-file", str(ca_file)]).ca_file == ca_file
    assert parse_settings([]).ca_file is None
    monkeypatch.setenv("COUNTER_CA_FILE", str(ca_file))
    assert parse_settings([]).ca_file == ca_file


@pytest.mark.parametrize(
    ("content", "message"),
    [(None, "cannot read the CA file"), ("hello", "no certificate in PEM form")],
)
def test_an_unusable_ca_file_is_a_setting_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str | None, message: str
) -> None:
    ca_file = tmp_path / "ca.pem"
    if content is not None:
        ca_file.write_text(content)
    with pytest.raises(SystemExit) as stopped:
        parse_settings(["--ca-file", str(ca_file)])
    assert stopped.value.code == 2
    assert message in capsys.readouterr().err


def _settings(server: TLSServerProcess, data_dir: Path, ca_file: Path | None) -> DeskSettings:
    return DeskSettings(
        data_dir=data_dir,
        server_url=server.base_url,
        enrollment_key=server.enrollment_key,
        municipality="demo",
        branch="HB",
        desk_name="KVIK TLS",
        language="en",
        smoke_test=True,
        screenshot=None,
        ca_file=ca_file,
    )


def test_a_desk_given_the_ca_file_starts_and_syncs_over_https(
    tls_server: TLSServerProcess, tmp_path: Path
) -> None:
    async def scenario() -> None:
        desk = await start_desk(_settings(tls_server, tmp_path, tls_server.ca_file))
        try:
            assert desk.synced
            assert desk.client.base_url == tls_server.base_url
            assert desk.services.identity.desk_name == "KVIK TLS"
        finally:
            await desk.close()

    asyncio.run(scenario())


def test_a_desk_that_cannot_trust_the_certificate_says_so_at_once(
    tls_server: TLSServerProcess, tmp_path: Path
) -> None:
    started = time.monotonic()
    with pytest.raises(StartupError) as refused:
        asyncio.run(start_desk(_settings(tls_server, tmp_path / "a", None)))
    assert time.monotonic() - started < 10  # no waiting for a server that will never do
    assert refused.value.exit_code == 4
    message = str(refused.value)
    assert "the server's certificate is not trusted" in message
    assert "ask IT for the CA file" in message
    assert "--ca-file" in message
    assert tls_server.base_url in message

    other_ca = tmp_path / "other-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(other_ca))
    with pytest.raises(StartupError) as refused:
        asyncio.run(start_desk(_settings(tls_server, tmp_path / "b", other_ca)))
    assert refused.value.exit_code == 4
    assert f"not even with --ca-file {other_ca}" in str(refused.value)

    # The slot was given back: the same folder starts once the CA file is right.
    async def right_file() -> None:
        desk = await start_desk(_settings(tls_server, tmp_path / "a", tls_server.ca_file))
        assert desk.slot.index == 1
        await desk.close()

    asyncio.run(right_file())


def test_the_desk_program_explains_an_untrusted_certificate(
    tls_server: TLSServerProcess, tmp_path: Path
) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "COUNTER_APP_DATA_DIR": str(tmp_path),
        "COUNTER_ENROLLMENT_KEY": tls_server.enrollment_key,
    }
    for name in ("COUNTER_SERVER_URL", "COUNTER_CA_FILE"):
        env.pop(name, None)
    args = ["--smoke-test", "--server", tls_server.base_url, "--desk-name", "KVIK TLS"]
    untrusted = subprocess.run(
        [*PROGRAM, *args], env=env, capture_output=True, text=True, timeout=90, check=False
    )
    assert untrusted.returncode == 4, untrusted.stderr
    assert "the server's certificate is not trusted" in untrusted.stderr
    assert "--ca-file" in untrusted.stderr
    assert "Traceback" not in untrusted.stderr

    trusted = subprocess.run(
        [*PROGRAM, *args],
        env={**env, "COUNTER_CA_FILE": str(tls_server.ca_file)},
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert trusted.returncode == 0, trusted.stderr
    assert f"smoke test: ok (desk KVIK TLS, server {tls_server.base_url}, " in trusted.stdout


def test_an_enrolled_desk_is_told_at_start_when_the_certificate_is_no_longer_trusted(
    tls_server: TLSServerProcess,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The token comes from the keyring, so the first request is the first sync's."""
    monkeypatch.setenv("COUNTER_TEST_KEYRING", str(tmp_path / "keyring.json"))
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    try:
        tenant = seed_tenant(tls_server.database_url)
        where = ["--municipality", tenant.code, "--branch", "HB", "--name", "KVIK 9"]
        assert admin(["--database-url", tls_server.database_url, "desk", "add", *where]) == 0
        code = re.search(r"code: (\S+)", capsys.readouterr().out)
        assert code is not None
        start = ["--data-dir", str(tmp_path / "data"), "--server", tls_server.base_url]
        ca = ["--ca-file", str(tls_server.ca_file)]

        async def enroll() -> None:
            desk = await start_desk(parse_settings([*start, *ca, "--enrollment-code", code[1]]))
            assert desk.synced
            await desk.close()

        asyncio.run(enroll())
        # The municipality's CA file is gone from this PC (or the server's certificate was
        # renewed by a CA this desk does not know): the next start says so, at once.
        with pytest.raises(StartupError) as refused:
            asyncio.run(start_desk(parse_settings(start)))
        assert refused.value.exit_code == 4
        assert "the server's certificate is not trusted" in str(refused.value)
    finally:
        keyring.set_keyring(previous)

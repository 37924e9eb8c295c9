"""A desk of a central server enrolls once with a one-time code; its token then lives in
the keyring only, and a revoked desk is told at its next start what to do."""

from __future__ import annotations

import asyncio
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import keyring
import pytest

from counter_app.app.settings import parse_settings
from counter_app.app.startup import start_desk
from counter_app.app.startup_error import StartupError
from counter_app.server.admin.main import main as admin
from counter_app.sync.token_store import SERVICE
from tests.support.file_keyring import FileKeyring
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant


@pytest.fixture
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileKeyring]:
    monkeypatch.setenv("COUNTER_TEST_KEYRING", str(tmp_path / "keyring.json"))
    backend = FileKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _code(server: ServerProcess, tenant: Tenant, capsys: pytest.CaptureFixture[str]) -> str:
    args = ["desk", "add", "--municipality", tenant.code, "--branch", "HB", "--name", "KVIK 9"]
    assert admin(["--database-url", server.database_url, *args]) == 0
    found = re.search(r"code: (\S+)", capsys.readouterr().out)
    assert found
    return found.group(1)


def _start(data: Path, server: ServerProcess, *extra: str) -> None:
    settings = parse_settings(["--data-dir", str(data), "--server", server.base_url, *extra])

    async def run() -> None:
        desk = await start_desk(settings)
        try:
            assert desk.synced
            assert desk.services.identity.desk_name == "KVIK 9"
        finally:
            await desk.close()

    asyncio.run(run())


def test_a_code_once_then_the_keyring(
    server: ServerProcess,
    tenant: Tenant,
    tmp_path: Path,
    test_keyring: FileKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    code = _code(server, tenant, capsys)
    _start(tmp_path, server, "--enrollment-code", code)
    (account,) = test_keyring._read()
    assert account.startswith(f"{SERVICE}\n{server.base_url}")
    # The token is in the keyring and nowhere in the desk's folder.
    token = next(iter(test_keyring._read().values()))
    for path in tmp_path.rglob("*"):
        if path.is_file() and path.name != "keyring.json":
            assert token.encode() not in path.read_bytes(), path
    _start(tmp_path, server)  # the next start needs no code: the keyring has the token

    where = ["--municipality", tenant.code, "--branch", "HB", "--name", "KVIK 9"]
    assert admin(["--database-url", server.database_url, "desk", "revoke", *where]) == 0
    with pytest.raises(StartupError) as refused:
        _start(tmp_path, server)
    assert refused.value.exit_code == 4
    assert "new enrollment code" in str(refused.value)
    assert test_keyring._read() == {}  # the dead token is forgotten


def test_without_a_code_the_desk_says_where_to_get_one(
    server: ServerProcess, tmp_path: Path, test_keyring: FileKeyring
) -> None:
    with pytest.raises(StartupError) as refused:
        _start(tmp_path, server)
    assert refused.value.exit_code == 2
    assert "counter-admin desk add" in str(refused.value)


def test_without_a_keyring_the_code_is_not_used_up(
    server: ServerProcess, tenant: Tenant, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from keyring.backends.fail import Keyring as NoKeyring  # noqa: PLC0415

    previous = keyring.get_keyring()
    keyring.set_keyring(NoKeyring())
    try:
        code = _code(server, tenant, capsys)
        with pytest.raises(StartupError) as refused:
            _start(tmp_path, server, "--enrollment-code", code)
    finally:
        keyring.set_keyring(previous)
    assert refused.value.exit_code == 2
    assert "gnome-keyring" in str(refused.value) and "demo" in str(refused.value)
    # The code still works once a keyring is there.

    assert (
        httpx.post(f"{server.base_url}/api/v1/enroll/code", json={"code": code}).status_code == 200
    )

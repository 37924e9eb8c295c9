"""A server saved in the program (Help > Connect to a server): the next start enrolls with
its one-time code, which then leaves the settings file; a refused code stays, so the
program can offer the demo; the demo's own desk database is never the server desk's."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from counter_app.app.first_start import connection_setup, first_connection
from counter_app.app.saved_settings import read_saved_settings, settings_file
from counter_app.app.settings import DeskSettings, parse_settings
from counter_app.app.startup import start_desk
from counter_app.app.startup_error import StartupError
from counter_app.ui.connect_dialog import ServerChoice
from tests.app.test_enrollment_code_start import _code
from tests.support.file_keyring import FileKeyring
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant


@pytest.fixture
def test_keyring(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[FileKeyring]:
    monkeypatch.setenv("COUNTER_TEST_KEYRING", str(tmp_path / "keyring.json"))
    for name in ("COUNTER_SERVER_URL", "COUNTER_ENROLLMENT_CODE", "COUNTER_CA_FILE"):
        monkeypatch.delenv(name, raising=False)
    backend = FileKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def _start(settings: DeskSettings) -> str:
    async def run() -> str:
        desk = await start_desk(settings)
        try:
            assert desk.synced
            return desk.services.identity.desk_name
        finally:
            await desk.close()

    return asyncio.run(run())


def _saved_start(data: Path) -> DeskSettings:
    return parse_settings(["--data-dir", str(data)])


def test_the_next_start_enrolls_with_the_saved_code_and_forgets_it(
    server: ServerProcess,
    tenant: Tenant,
    tmp_path: Path,
    test_keyring: FileKeyring,
    capsys: pytest.CaptureFixture[str],
) -> None:
    data = tmp_path / "data"
    assert _start(_saved_start(data)) == "KVIK 1"  # the demo first, as a new user meets it
    code = _code(server, tenant, capsys)
    connection_setup(_saved_start(data)).save(ServerChoice(server.base_url, code))
    settings = _saved_start(data)
    assert settings.saved_server and first_connection(settings)

    assert _start(settings) == "KVIK 9"  # the desk IT made the code for, not the demo's
    assert read_saved_settings(data).enrollment_code is None  # used: gone from the file
    assert code not in settings_file(data).read_text()
    assert read_saved_settings(data).server_url == server.base_url
    assert len(test_keyring._read()) == 1  # the token is in the keyring
    # The demo's desk database is not the server desk's: each has its own folder.
    assert (data / "embedded" / "desks" / "desk-1.sqlite").exists()
    assert (data / "desks" / "desk-1.sqlite").exists()

    again = _saved_start(data)
    assert again.enrollment_code is None and not first_connection(again)
    assert _start(again) == "KVIK 9"  # the keyring's token, no code


def test_a_refused_code_stays_saved_so_the_demo_can_be_offered(
    server: ServerProcess, tmp_path: Path, test_keyring: FileKeyring
) -> None:
    settings_file(tmp_path).write_text(
        json.dumps({"version": 1, "server": server.base_url, "enrollment_code": "ACDE-FGHJ-KMNP"})
    )
    settings = _saved_start(tmp_path)
    with pytest.raises(StartupError) as refused:
        _start(settings)
    assert refused.value.exit_code == 4
    assert "refused the enrollment code" in str(refused.value)
    assert read_saved_settings(tmp_path).enrollment_code == "ACDE-FGHJ-KMNP"
    assert first_connection(settings)

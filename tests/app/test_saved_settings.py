"""The desk's settings file: the server chosen in the program is used at the next start,
flags and the environment win over it, and a broken file is named and left alone."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest
import trustme

from counter_app.app.first_start import back_to_demo, connection_setup, notice_due
from counter_app.app.saved_settings import (
    SavedSettings,
    SavedSettingsError,
    read_saved_settings,
    settings_file,
    update_saved_settings,
)
from counter_app.app.settings import parse_settings
from counter_app.ui.connect_dialog import ServerChoice
from tests.app.test_desk_main import run_desk

SERVER = "https://koe.kommune.dk"


@pytest.fixture(autouse=True)
def _no_server_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("COUNTER_SERVER_URL", "COUNTER_ENROLLMENT_CODE", "COUNTER_CA_FILE"):
        monkeypatch.delenv(name, raising=False)


def _save(data_dir: Path, code: str = "ACDE-FGHJ-KMNP", ca_file: Path | None = None) -> None:
    """As the Help menu's Connect dialog saves a choice."""
    setup = connection_setup(parse_settings(["--data-dir", str(data_dir)]))
    assert setup.demo
    setup.save(ServerChoice(SERVER, code, ca_file))


def test_with_no_file_the_desk_runs_the_demo(tmp_path: Path) -> None:
    settings = parse_settings(["--data-dir", str(tmp_path)])
    assert settings.server_url is None and not settings.saved_server
    assert not settings_file(tmp_path).exists()  # reading never writes


def test_a_server_saved_in_the_program_is_used_at_the_next_start(tmp_path: Path) -> None:
    ca_file = tmp_path / "kommune-ca.pem"
    trustme.CA().cert_pem.write_to_path(str(ca_file))
    _save(tmp_path, ca_file=ca_file)
    settings = parse_settings(["--data-dir", str(tmp_path)])
    assert settings.server_url == SERVER
    assert settings.enrollment_code == "ACDE-FGHJ-KMNP"
    assert settings.ca_file == ca_file
    assert settings.saved_server
    assert not notice_due(settings)  # a desk of a server is no demo


def test_a_file_written_by_hand_may_spell_the_code_as_it_was_read_out(tmp_path: Path) -> None:
    settings_file(tmp_path).write_text(
        json.dumps({"version": 1, "server": SERVER, "enrollment_code": "acde fghj kmnp"})
    )
    assert parse_settings(["--data-dir", str(tmp_path)]).enrollment_code == "ACDE-FGHJ-KMNP"


def test_flags_and_the_environment_win_over_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _save(tmp_path)
    given = parse_settings(["--data-dir", str(tmp_path), "--server", "https://other.dk"])
    assert given.server_url == "https://other.dk"
    assert given.enrollment_code is None  # the file's code was for the file's server
    assert not given.saved_server
    code = parse_settings(["--data-dir", str(tmp_path), "--enrollment-code", "MNPQ-RSTU-VXYZ"])
    assert (code.server_url, code.enrollment_code) == (SERVER, "MNPQ-RSTU-VXYZ")
    monkeypatch.setenv("COUNTER_SERVER_URL", "https://env.dk")
    from_env = parse_settings(["--data-dir", str(tmp_path)])
    assert (from_env.server_url, from_env.saved_server) == ("https://env.dk", False)


def test_a_kiosk_on_the_same_folder_gets_the_server_but_not_the_desks_code(
    tmp_path: Path,
) -> None:
    """The code was made for the desk: a kiosk using it would use it up."""
    _save(tmp_path)
    kiosk = parse_settings(["kiosk", "--data-dir", str(tmp_path)])
    assert kiosk.server_url == SERVER and kiosk.enrollment_code is None


def test_the_file_is_written_whole_readable_only_by_the_user(tmp_path: Path) -> None:
    update_saved_settings(tmp_path, demo_notice_shown=True)
    _save(tmp_path)
    path = settings_file(tmp_path)
    assert json.loads(path.read_text()) == {
        "version": 1,
        "server": SERVER,
        "enrollment_code": "ACDE-FGHJ-KMNP",
        "demo_notice_shown": True,  # kept when the server was saved
    }
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]  # no temporary left


BROKEN = [
    ("{server: https://koe.kommune.dk}", "is not JSON (line 1"),
    ("[]", "one JSON object"),
    ('{"version": 1, "colour": "blue"}', "unknown setting 'colour'"),
    ('{"version": 2}', "version must be 1, not 2"),
    ('{"server": "https://koe.kommune.dk"}', "version must be 1, not None"),
    ('{"version": 1, "server": "http://10.1.2.3"}', "needs https://"),
    ('{"version": 1, "server": "koe.kommune.dk"}', "give the whole address"),
    ('{"version": 1, "server": 8400}', "server must be text"),
    ('{"version": 1, "enrollment_code": "ABC"}', "12 letters and digits"),
    ('{"version": 1, "demo_notice_shown": "yes"}', "true or false"),
]


@pytest.mark.parametrize(("content", "message"), BROKEN)
def test_a_broken_file_is_named_with_what_is_wrong_and_kept(
    tmp_path: Path, content: str, message: str
) -> None:
    path = settings_file(tmp_path)
    path.write_text(content)
    with pytest.raises(SavedSettingsError) as broken:
        parse_settings(["--data-dir", str(tmp_path)])
    assert str(path) in str(broken.value)
    assert message in str(broken.value)
    with pytest.raises(SavedSettingsError):  # nor is it overwritten by a later save
        _save(tmp_path)
    assert path.read_text() == content


def test_a_saved_ca_file_that_is_gone_is_a_settings_error(tmp_path: Path) -> None:
    settings_file(tmp_path).write_text(
        json.dumps({"version": 1, "server": SERVER, "ca_file": str(tmp_path / "gone.pem")})
    )
    with pytest.raises(SavedSettingsError, match="names a CA file that cannot be used"):
        parse_settings(["--data-dir", str(tmp_path)])


def test_the_program_stops_with_exit_code_2_and_the_file_named(tmp_path: Path) -> None:
    path = settings_file(tmp_path)
    path.write_bytes(b'{"version": 1, "server": "https://koe.kommune.dk",')
    result = run_desk("--smoke-test", data_dir=tmp_path)
    assert result.returncode == 2, result.stderr
    assert f"the settings file {path} is wrong: it is not JSON" in result.stderr
    assert "Traceback" not in result.stderr
    assert path.read_bytes() == b'{"version": 1, "server": "https://koe.kommune.dk",'


def test_the_notice_is_due_only_for_a_desk_on_the_demo_started_by_a_person(
    tmp_path: Path,
) -> None:
    desk = parse_settings(["--data-dir", str(tmp_path)])
    assert notice_due(desk)
    for other in (["kiosk"], ["display"], ["--smoke-test"], ["--screenshot", "x.png"]):
        assert not notice_due(parse_settings(["--data-dir", str(tmp_path), *other])), other
    server = parse_settings(["--data-dir", str(tmp_path), "--server", SERVER])
    assert not notice_due(server)
    update_saved_settings(tmp_path, demo_notice_shown=True)
    assert not notice_due(desk)


def test_back_to_the_demo_forgets_the_saved_server_and_keeps_the_rest(tmp_path: Path) -> None:
    update_saved_settings(tmp_path, demo_notice_shown=True)
    _save(tmp_path)
    demo = back_to_demo(parse_settings(["--data-dir", str(tmp_path)]))
    assert (demo.server_url, demo.enrollment_code, demo.saved_server) == (None, None, False)
    assert read_saved_settings(tmp_path) == SavedSettings(demo_notice_shown=True)

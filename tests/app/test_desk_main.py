"""The desk program as people and machines start it: flags, smoke test, screenshot, errors."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

PROGRAM = [
    sys.executable,
    "-c",
    "from counter_app.app.desk_main import main; raise SystemExit(main())",
]


def run_desk(*args: str, data_dir: Path, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COUNTER_APP_DATA_DIR": str(data_dir)}
    env.pop("COUNTER_SERVER_URL", None)
    return subprocess.run(
        [*PROGRAM, *args], env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def test_version_is_printed() -> None:
    from counter_app import __version__  # noqa: PLC0415

    result = subprocess.run(
        [*PROGRAM, "--version"], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0
    assert result.stdout.strip() == f"counter-app {__version__}"


def test_smoke_test_starts_migrates_syncs_and_exits(tmp_path: Path) -> None:
    result = run_desk("--smoke-test", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "smoke test: ok (desk KVIK 1" in result.stdout
    assert "language da, keyring " in result.stdout  # what an installation must carry
    assert (tmp_path / "embedded" / "desks" / "desk-1.sqlite").exists()
    assert (tmp_path / "embedded" / "server.sqlite").exists()


@pytest.mark.parametrize("mode", ["desk", "kiosk", "display"])
def test_screenshot_writes_a_png_in_every_mode(tmp_path: Path, mode: str) -> None:
    target = tmp_path / f"{mode}.png"
    result = run_desk(mode, "--screenshot", str(target), data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert target.stat().st_size > 5000  # a painted window, not an empty image


def test_the_kiosk_and_the_board_join_the_desks_server_under_their_own_names(
    tmp_path: Path,
) -> None:
    for mode, name in (("kiosk", "Kiosk 1"), ("display", "Infoskærm 1")):
        result = run_desk(mode, "--smoke-test", data_dir=tmp_path)
        assert result.returncode == 0, result.stderr
        assert f"smoke test: ok ({mode} {name}" in result.stdout
    assert (tmp_path / "embedded" / "kiosks" / "desk-1.sqlite").exists()
    assert (tmp_path / "embedded" / "displays" / "desk-1.sqlite").exists()


def test_a_damaged_local_database_is_moved_aside_and_the_desk_starts(tmp_path: Path) -> None:
    damaged = tmp_path / "embedded" / "desks" / "desk-1.sqlite"
    damaged.parent.mkdir(parents=True)
    damaged.write_bytes(b"this is not a database" * 100)
    result = run_desk("--smoke-test", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert "the local database was damaged (file is not a database)" in result.stderr
    [moved] = damaged.parent.glob("desk-1.sqlite.damaged-*")
    assert moved.read_bytes() == b"this is not a database" * 100  # nothing lost
    assert damaged.exists() and damaged.read_bytes() != moved.read_bytes()


def test_an_unreachable_server_fails_the_smoke_test_plainly(tmp_path: Path) -> None:
    result = run_desk(
        "--smoke-test",
        "--server",
        "http://127.0.0.1:9",
        "--enrollment-key",
        "k" * 24,
        "--desk-name",
        "KVIK 1",
        data_dir=tmp_path,
    )
    assert result.returncode == 4
    assert "never reached its server" in result.stderr


def test_a_second_desk_program_joins_the_first_ones_server(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "COUNTER_APP_DATA_DIR": str(tmp_path)}
    first = subprocess.Popen(
        PROGRAM, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True
    )
    try:
        info_file = tmp_path / "embedded" / "server.json"
        deadline = time.monotonic() + 60
        while not info_file.exists():
            if first.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"the first desk program did not start: {first.stderr.read()}")  # type: ignore[union-attr]
            time.sleep(0.1)
        url = json.loads(info_file.read_text())["url"]
        second = run_desk("--smoke-test", data_dir=tmp_path)
        assert second.returncode == 0, second.stderr
        assert f"(desk KVIK 2, server {url}, " in second.stdout
        assert (tmp_path / "embedded" / "desks" / "desk-2.sqlite").exists()
    finally:
        first.terminate()
        first.wait(timeout=30)
        if first.stderr is not None:
            first.stderr.close()


def test_counter_server_help_explains_postgresql() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "counter_app.server.main", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    assert "postgresql://" in result.stdout
    assert "--workers" in result.stdout


def test_counter_server_without_a_database_says_what_to_do() -> None:
    env = {k: v for k, v in os.environ.items() if k != "COUNTER_DATABASE_URL"}
    result = subprocess.run(
        [sys.executable, "-m", "counter_app.server.main"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )
    assert result.returncode == 2
    assert "--database-url" in result.stderr


@pytest.mark.parametrize(
    ("args", "env", "exit_code", "message"),
    [
        (
            ["--server", "http://127.0.0.1:9", "--enrollment-key", "short", "--desk-name", "A"],
            {},
            2,
            "enrollment_key: String should have at least 16 characters",
        ),
        (["--server", "http://127.0.0.1:9", "--enrollment-key", "k" * 20], {}, 2, "--desk-name"),
        (["--server", "koe.kommune.dk"], {}, 2, "give the whole address"),
        ([], {"COUNTER_LANGUAGE": "de"}, 2, "use da or en"),
        (["kiosk", "--printer", "lpt1"], {}, 2, "not a known kind of printer"),
        (["kiosk"], {"COUNTER_PRINTER": "escpos-tcp:printer:99999"}, 2, "escpos-tcp"),
        (["--desk-name", "x" * 81], {}, 2, "desk_name: String should have at most 80"),
    ],
)
def test_wrong_settings_get_a_message_not_a_traceback(
    tmp_path: Path, args: list[str], env: dict[str, str], exit_code: int, message: str
) -> None:
    result = subprocess.run(
        [*PROGRAM, "--smoke-test", *args],
        env={
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "COUNTER_APP_DATA_DIR": str(tmp_path),
            **env,
        },
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
    )
    assert result.returncode == exit_code, result.stderr
    assert message in result.stderr
    assert "Traceback" not in result.stderr


def test_a_data_folder_that_is_a_file_is_explained(tmp_path: Path) -> None:
    not_a_folder = tmp_path / "afile"
    not_a_folder.write_text("x")
    result = run_desk("--smoke-test", data_dir=not_a_folder)
    assert result.returncode == 2
    assert "cannot use the data folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_damaged_demo_server_database_is_explained(tmp_path: Path) -> None:
    damaged = tmp_path / "embedded" / "server.sqlite"
    damaged.parent.mkdir(parents=True)
    damaged.write_bytes(b"garbage" * 500)
    result = run_desk("--smoke-test", data_dir=tmp_path)
    assert result.returncode == 3
    assert "demo server's database" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_screenshot_that_cannot_be_written_says_so(tmp_path: Path) -> None:
    result = run_desk("--screenshot", str(tmp_path / "missing" / "x.png"), data_dir=tmp_path)
    assert result.returncode == 1
    assert "cannot write the screenshot" in result.stderr


def test_counter_server_refuses_an_impossible_port() -> None:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "counter_app.server.main",
            "--database-url",
            "sqlite:///x",
            "--port",
            "99999",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    assert "not a port" in result.stderr

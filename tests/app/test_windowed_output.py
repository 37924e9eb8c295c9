"""A program without a console (the Windows build) writes its messages to a log file."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from counter_app.app import windowed_output
from counter_app.app.desk_main import main


def test_without_a_console_the_messages_go_to_the_log(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    log = tmp_path / "Logs" / "counter-app.log"
    monkeypatch.setattr(windowed_output, "log_file", lambda: log)
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    assert windowed_output.attach_missing_streams() == log
    # A wrong setting is told on stderr, exit 2; with no stream, nobody could read why.
    with pytest.raises(SystemExit) as stopped:
        main(["--language", "fr"])
    assert stopped.value.code == 2
    sys.stderr.close()
    assert "invalid choice: 'fr'" in log.read_text(encoding="utf-8")


def test_with_a_console_nothing_changes(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(windowed_output, "log_file", lambda: tmp_path / "never.log")
    before = (sys.stdout, sys.stderr)
    assert windowed_output.attach_missing_streams() is None
    assert (sys.stdout, sys.stderr) == before
    assert not (tmp_path / "never.log").exists()

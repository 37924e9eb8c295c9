"""The Danish translation ships complete and compiled, and covers every visible string."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from counter_app.ui.i18n import translations_folder

ROOT = Path(__file__).resolve().parents[2]
TS = translations_folder() / "counter_app_da.ts"
QM = translations_folder() / "counter_app_da.qm"


def _tool(name: str) -> str:
    path = Path(sys.executable).parent / name
    return str(path) if path.exists() else name


def test_every_danish_message_is_translated_and_finished() -> None:
    unfinished = [
        message.findtext("source")
        for message in ET.parse(TS).iter("message")
        if (translation := message.find("translation")) is not None
        and (
            translation.get("type") in {"unfinished", "vanished", "obsolete"}
            or not ((translation.text or "").strip() or [f.text for f in translation if f.text])
        )
    ]
    assert unfinished == []


def test_the_ts_file_covers_every_string_in_the_code(tmp_path: Path) -> None:
    copy = tmp_path / "check_da.ts"
    shutil.copy(TS, copy)
    sources = sorted(str(p) for p in (ROOT / "counter_app" / "ui").glob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert ET.parse(copy).getroot().findall(".//translation[@type='unfinished']") == [], (
        "strings without a Danish translation: run scripts/translations and translate them"
    )


def test_the_compiled_translation_is_current(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TS), "-qm", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert fresh.read_bytes() == QM.read_bytes(), "run scripts/translations to recompile"


def test_the_installation_check_names_a_missing_catalogue(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from counter_app.ui import i18n  # noqa: PLC0415

    assert i18n.missing_translations("da") == []  # Qt's own Danish and ours, both here
    assert i18n.missing_translations("en") == []  # English is the source: nothing to load
    monkeypatch.setattr(i18n, "translations_folder", lambda: tmp_path)
    assert i18n.missing_translations("da") == ["counter_app_da"]

"""The Danish translation ships complete and compiled and covers every visible string; the
English plural forms ("1 change", "2 changes") likewise."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from counter_app.ui.i18n import install_translators, translations_folder

ROOT = Path(__file__).resolve().parents[2]
# (catalogue, lupdate's extra flags): Danish has every string, English only those with %n.
CATALOGUES = [
    pytest.param("counter_app_da", [], id="da"),
    pytest.param("counter_app_en", ["-pluralonly", "-target-language", "en"], id="en"),
]


def _tool(name: str) -> str:
    path = Path(sys.executable).parent / name
    return str(path) if path.exists() else name


def _finished(translation: ET.Element) -> bool:
    """Translated and not marked otherwise: its text, or every one of its plural forms."""
    if translation.get("type") in {"unfinished", "vanished", "obsolete"}:
        return False
    forms = [form.text or "" for form in translation.iter("numerusform")]
    if forms:
        return all(form.strip() for form in forms)
    return bool((translation.text or "").strip())


@pytest.mark.parametrize(("catalogue", "flags"), CATALOGUES)
def test_every_message_is_translated_and_finished(catalogue: str, flags: list[str]) -> None:
    del flags
    ts = translations_folder() / f"{catalogue}.ts"
    unfinished = [
        message.findtext("source")
        for message in ET.parse(ts).iter("message")
        if (translation := message.find("translation")) is not None and not _finished(translation)
    ]
    assert unfinished == []


@pytest.mark.parametrize(("catalogue", "flags"), CATALOGUES)
def test_the_ts_file_covers_every_string_in_the_code(
    tmp_path: Path, catalogue: str, flags: list[str]
) -> None:
    copy = tmp_path / f"check_{catalogue}.ts"
    shutil.copy(translations_folder() / f"{catalogue}.ts", copy)
    sources = sorted(str(p) for p in (ROOT / "counter_app" / "ui").glob("*.py"))
    subprocess.run(
        [_tool("pyside6-lupdate"), *flags, *sources, "-ts", str(copy)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert ET.parse(copy).getroot().findall(".//translation[@type='unfinished']") == [], (
        "strings without a translation: run scripts/translations and translate them"
    )


@pytest.mark.parametrize(("catalogue", "flags"), CATALOGUES)
def test_the_compiled_translation_is_current(
    tmp_path: Path, catalogue: str, flags: list[str]
) -> None:
    del flags
    fresh = tmp_path / "fresh.qm"
    subprocess.run(
        [
            _tool("pyside6-lrelease"),
            str(translations_folder() / f"{catalogue}.ts"),
            "-qm",
            str(fresh),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    assert fresh.read_bytes() == (translations_folder() / f"{catalogue}.qm").read_bytes(), (
        "run scripts/translations to recompile"
    )


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [
        ("en", "Online · sending 1 change", "Online · sending 2 changes"),
        ("da", "Forbundet · sender 1 ændring", "Forbundet · sender 2 ændringer"),
    ],
)
def test_a_count_reads_right_in_both_languages(
    qapp: QApplication, language: str, one: str, two: str
) -> None:
    translators = install_translators(qapp, language)
    try:
        said = [
            QCoreApplication.translate("TopBar", "Online · sending %n change(s)", None, n)
            for n in (1, 2)
        ]
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert said == [one, two]


def test_the_installation_check_names_a_missing_catalogue(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from counter_app.ui import i18n  # noqa: PLC0415

    assert i18n.missing_translations("da") == []  # Qt's own Danish and ours, both here
    assert i18n.missing_translations("en") == []  # the English plural forms
    monkeypatch.setattr(i18n, "translations_folder", lambda: tmp_path)
    assert i18n.missing_translations("da") == ["counter_app_da"]
    assert i18n.missing_translations("en") == ["counter_app_en"]

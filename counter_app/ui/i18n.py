"""Loading translations: Danish by default, English (the source language) on request."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

LANGUAGES = ("da", "en")


def translations_folder() -> Path:
    """resources/translations beside the package (or inside a frozen build)."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    root = Path(frozen_root) if frozen_root else Path(__file__).resolve().parents[2]
    return root / "resources" / "translations"


def _qt_folder() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def _catalogues(language: str) -> list[tuple[str, str, bool]]:
    """(name, folder, ours) of each catalogue ``language`` loads: for Danish, Qt's own
    (its dialogs' buttons) and ours; for English, the source language, only ours with the
    singular and plural of the strings with a number ("%n change(s)")."""
    ours = str(translations_folder())
    if language == "en":
        return [("counter_app_en", ours, True)]
    return [("qtbase_da", _qt_folder(), False), ("counter_app_da", ours, True)]


def missing_translations(language: str) -> list[str]:
    """The catalogues of ``language`` this installation lacks. For the smoke test: a build
    that left Qt's out would still start, with English buttons in Danish dialogs."""
    return [
        name for name, folder, _ in _catalogues(language) if not QTranslator().load(name, folder)
    ]


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Qt's own strings and ours for ``language``; keep the result alive."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; use one of {', '.join(LANGUAGES)}")
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Danish if language == "da" else QLocale.Language.English,
            QLocale.Country.Denmark,
        )
    )
    installed: list[QTranslator] = []
    for name, folder, ours in _catalogues(language):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        elif ours:  # Qt's own may be missing (the smoke test says so); ours may not
            raise FileNotFoundError(f"the translation {name} is missing from {folder}")
    return installed

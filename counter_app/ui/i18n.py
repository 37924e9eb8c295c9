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


def missing_translations(language: str) -> list[str]:
    """The catalogues of ``language`` this installation lacks: Qt's own (its dialogs'
    buttons) and ours. For the smoke test: a build that left Qt's out would still start,
    with English buttons in Danish dialogs."""
    if language == "en":
        return []
    wanted = (("qtbase_da", _qt_folder()), ("counter_app_da", str(translations_folder())))
    return [name for name, folder in wanted if not QTranslator().load(name, folder)]


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
    if language == "en":
        return []
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    if qt_translator.load("qtbase_da", _qt_folder()):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    ours = QTranslator(app)
    if not ours.load("counter_app_da", str(translations_folder())):
        raise FileNotFoundError(f"the Danish translation is missing from {translations_folder()}")
    app.installTranslator(ours)
    installed.append(ours)
    return installed

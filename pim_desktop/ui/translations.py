"""Loads the interface's translation (English) and Qt's own strings for the chosen language.

Polish is the source language, so Polish needs no file of ours. ``.qm`` files are built, not
committed: a frozen build ships them, a source tree compiles its ``.ts`` into the cache folder with
the ``lrelease`` that comes with PySide6 whenever the ``.ts`` is newer.
"""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from pim_desktop import resources

log = logging.getLogger(__name__)

TRANSLATION_BASENAME = "pim_desktop"
SOURCE_LANGUAGE = "pl"


def lrelease_program() -> Path:
    suffix = ".exe" if sys.platform == "win32" else ""
    return Path(PySide6.__file__).resolve().parent / f"lrelease{suffix}"


def translation_file(language: str, cache_dir: Path) -> Path | None:
    """The ``.qm`` for ``language``, compiled from the ``.ts`` when running from source."""
    if language == SOURCE_LANGUAGE:
        return None
    ts_file = resources.path("i18n", f"{TRANSLATION_BASENAME}_{language}.ts")
    shipped = resources.path("i18n", f"{TRANSLATION_BASENAME}_{language}.qm")
    if not ts_file.exists():
        return shipped if shipped.exists() else None
    compiled = cache_dir / f"{TRANSLATION_BASENAME}_{language}.qm"
    if not compiled.exists() or compiled.stat().st_mtime < ts_file.stat().st_mtime:
        cache_dir.mkdir(parents=True, exist_ok=True)
        result = subprocess.run(
            [str(lrelease_program()), "-silent", str(ts_file), "-qm", str(compiled)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            log.error("lrelease failed for %s: %s", ts_file, result.stderr.strip())
            return None
    return compiled


def install_translators(app: QCoreApplication, language: str, cache_dir: Path) -> list[QTranslator]:
    """Install Qt's and the program's translators; return them so they stay alive."""
    installed: list[QTranslator] = []
    qt_translator = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_translator.load(f"qtbase_{language}", qt_folder):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    qm_file = translation_file(language, cache_dir)
    if qm_file is not None:
        translator = QTranslator(app)
        if translator.load(str(qm_file)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.error("Could not load translation %s", qm_file)
    return installed


def polish_locale() -> QLocale:
    """Dates, numbers and money follow Polish conventions whatever the interface language."""
    return QLocale(QLocale.Language.Polish, QLocale.Country.Poland)

"""English works as the second language; the translation file keeps up with the code."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pim_desktop import resources
from pim_desktop.context import AppContext
from pim_desktop.paths import AppPaths
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.translations import install_translators, lrelease_program

PACKAGE = Path(__file__).resolve().parents[2] / "pim_desktop"


def unfinished_messages(ts_file: Path) -> list[str]:
    root = ET.parse(ts_file).getroot()
    return [
        f"{context.findtext('name')}: {message.findtext('source')!r}"
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
        or not (message.findtext("translation") or "").strip()
    ]


def test_every_interface_string_has_an_english_translation(tmp_path: Path) -> None:
    shipped = resources.path("i18n", "pim_desktop_en.ts")
    fresh = tmp_path / "pim_desktop_en.ts"
    shutil.copy(shipped, fresh)
    lupdate = lrelease_program().with_name(lrelease_program().name.replace("lrelease", "lupdate"))
    sources = sorted(str(p) for p in PACKAGE.rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-no-obsolete", "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    assert unfinished_messages(fresh) == []


def test_the_window_speaks_english_when_asked(
    qtbot: QtBot, qapp: QApplication, context: AppContext, paths: AppPaths
) -> None:
    translators = install_translators(qapp, "en", paths.cache_dir)
    try:
        assert translators, "no translator loaded"
        window = MainWindow(
            context, AppEvents(), paths.log_dir / "pim-desktop.log", runner=TaskRunner()
        )
        qtbot.addWidget(window)
        names = [window.navigation.item(r).text() for r in range(window.navigation.count())]
        assert names[:3] == ["Dashboard", "City data", "Applications"]
        assert window.menuBar().actions()[-1].text() == "&Help"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_polish_needs_no_translation_file(qapp: QApplication, paths: AppPaths) -> None:
    translators = install_translators(qapp, "pl", paths.cache_dir)
    try:
        assert all("pim_desktop" not in t.filePath() for t in translators)
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_lrelease_ships_with_pyside() -> None:
    assert lrelease_program().exists()

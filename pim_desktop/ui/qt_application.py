"""Creates the QApplication: names, icon, Polish locale, bundled fonts and translations."""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from pim_desktop import APP_NAME, ORGANIZATION, __version__, resources
from pim_desktop.ui.common.keyboard_guard import keep_tab_moving
from pim_desktop.ui.common.look import apply_look
from pim_desktop.ui.common.program_style import program_style
from pim_desktop.ui.common.screen_fit import DialogScreenFit
from pim_desktop.ui.common.wheel_guard import WheelGuard
from pim_desktop.ui.translations import install_translators, polish_locale

log = logging.getLogger(__name__)
BUNDLED_UI_FONT = "Noto Sans"
# How long a task's thread may keep the GIL once the window asks for it (Python's default is
# 5 ms). Each event the window handles in Python asks for it again, so a task computing in
# Python beside the window stalled it 25-45 ms; at 1 ms, 17-21 ms, the task as fast as before.
GUI_SWITCH_INTERVAL_S = 0.001


def create_qt_application(
    argv: Sequence[str], language: str, cache_dir: Path
) -> tuple[QApplication, list[QTranslator]]:
    """The application and its translators (the caller keeps them alive)."""
    QApplication.setApplicationName(APP_NAME)
    QApplication.setOrganizationName(ORGANIZATION)
    QApplication.setApplicationVersion(__version__)
    app = QApplication(list(argv))
    return app, prepare_application(app, language, cache_dir)


def prepare_application(app: QApplication, language: str, cache_dir: Path) -> list[QTranslator]:
    """Everything an application object needs before the first window (tests call this too)."""
    sys.setswitchinterval(GUI_SWITCH_INTERVAL_S)  # the window's process only, never a verb's
    QLocale.setDefault(polish_locale())
    register_bundled_fonts()
    if sys.platform not in ("win32", "darwin"):
        # Linux desktops vary; the bundled font is sure to have every Polish letter.
        app.setFont(QFont(BUNDLED_UI_FONT, 10))
    apply_look(app)
    install_guards(app)
    icon = resources.path("icons", "pim-desktop.png")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return install_translators(app, language, cache_dir)


def register_bundled_fonts() -> list[str]:
    families: list[str] = []
    fonts_dir = resources.path("fonts")
    for font_file in sorted(fonts_dir.glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font_file))
        if font_id < 0:
            log.warning("Could not load font %s", font_file)
            continue
        families += QFontDatabase.applicationFontFamilies(font_id)
    return families


def install_guards(app: QApplication) -> None:
    """The wheel and keyboard guards of every widget, and every dialog kept within the screen's
    free area (the system's message boxes too), installed once however often called."""
    style = program_style(app)
    wheel = app.findChild(WheelGuard) or WheelGuard(app)
    screen_fit = app.findChild(DialogScreenFit) or DialogScreenFit(app)
    for hook in (keep_tab_moving, wheel.polish, screen_fit.polish):
        style.add_polish_hook(hook)

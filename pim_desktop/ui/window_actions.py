"""The main window's commands: the menus, the toolbar, F1 help and the navigation's icons.

Kept apart from ``main_window`` so the window stays about its pages; every command is a
``QAction`` with a name, a shortcut where it has one, and an icon where the toolbar shows it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QApplication, QToolBar

from pim_desktop.ui.common.icons import icon
from pim_desktop.ui.help.help_topics import START_ANCHOR, anchor_for
from pim_desktop.ui.help.help_window import HelpWindow
from pim_desktop.ui.help.shortcuts_dialog import ShortcutsDialog

if TYPE_CHECKING:
    from pim_desktop.ui.main_window import MainWindow

PAGE_ICONS = {
    "dashboard": "dashboard",
    "city_profile": "city",
    "applications": "applications",
    "partnership": "partnership",
    "meetings": "meetings",
    "action_plan": "action_plan",
    "network": "network",
    "settings": "settings",
}


class WindowActions(QObject):
    def __init__(self, window: MainWindow, *, read_only: bool, data_dir: Path) -> None:
        super().__init__(window)
        self._window = window
        self._read_only = read_only
        self._data_dir = data_dir
        self.help_window: HelpWindow | None = None
        for row, key in enumerate(window.page_keys()):
            window.navigation.item(row).setIcon(icon(PAGE_ICONS[key]))
        self._make_actions()
        self._build_menus()
        self._build_toolbar()

    def _action(
        self,
        name: str,
        text: str,
        keys: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self._window)
        action.setObjectName(name)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        return action

    # The pages are built when first needed, so an action asks for its page only when used.
    def _on_import_file_triggered(self) -> None:
        self._window.applications.transfer.import_file()

    def _on_backup_now_triggered(self) -> None:
        self._window.settings.backups.create_now()

    def _make_actions(self) -> None:
        window = self._window
        writable = not self._read_only
        # No shortcut of its own: Ctrl+N already means "new" on the page in use.
        self.new_application = self._action("action_new_application", self.tr("&Nowy wniosek…"))
        self.new_application.setIcon(icon("new"))
        self.new_application.triggered.connect(self._on_new_application_triggered)
        self.import_file = self._action(
            "action_import", self.tr("&Importuj z pliku .pim…"), "Ctrl+I"
        )
        self.import_file.setIcon(icon("import"))
        self.import_file.triggered.connect(self._on_import_file_triggered)
        self.export_all = self._action(
            "action_export_all", self.tr("&Eksportuj wszystkie dane do pliku .pim…"), "Ctrl+Shift+E"
        )
        self.export_all.setIcon(icon("export"))
        self.export_all.triggered.connect(window.export_all_data)
        self.backup_now = self._action("action_backup_now", self.tr("Utwórz &kopię zapasową teraz"))
        self.backup_now.setIcon(icon("backup"))
        self.backup_now.triggered.connect(self._on_backup_now_triggered)
        for action in (self.new_application, self.import_file, self.export_all, self.backup_now):
            action.setEnabled(writable)
        self.quit = self._action("action_quit", self.tr("&Zakończ"), QKeySequence.StandardKey.Quit)
        self.quit.triggered.connect(window.close)
        self.manual = self._action(
            "action_help", self.tr("&Podręcznik"), QKeySequence.StandardKey.HelpContents
        )
        self.manual.setIcon(icon("help"))
        self.manual.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.manual.triggered.connect(self.show_help)
        self.shortcuts = self._action("action_shortcuts", self.tr("&Skróty klawiszowe"))
        self.shortcuts.setIcon(icon("keyboard"))
        self.shortcuts.triggered.connect(lambda: ShortcutsDialog(window).exec())
        self.data_folder = self._action("action_open_data_folder", self.tr("Otwórz &folder danych"))
        self.data_folder.setIcon(icon("folder"))
        self.data_folder.triggered.connect(self._on_data_folder_triggered)
        self.about = self._action("action_about", self.tr("&O programie"))
        self.about.setIcon(icon("about"))
        self.about.triggered.connect(window.show_about)

    def _build_menus(self) -> None:
        window = self._window
        file_menu = window.menuBar().addMenu(self.tr("&Plik"))
        for action in (self.new_application, self.import_file, self.export_all, self.backup_now):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        go_menu = window.menuBar().addMenu(self.tr("P&rzejdź"))
        for row, key in enumerate(window.page_keys()):
            item = window.navigation.item(row)
            action = self._action(f"action_go_{key}", item.text(), f"Ctrl+{row + 1}")
            action.setIcon(icon(PAGE_ICONS[key]))
            action.triggered.connect(lambda _=False, r=row: window.navigation.setCurrentRow(r))
            go_menu.addAction(action)
        help_menu = window.menuBar().addMenu(self.tr("Pomo&c"))
        for action in (self.manual, self.shortcuts, self.data_folder):
            help_menu.addAction(action)
        help_menu.addSeparator()
        help_menu.addAction(self.about)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Pasek narzędzi"))
        toolbar.setObjectName("toolbar")
        toolbar.setMovable(False)
        toolbar.setIconSize(QSize(20, 20))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.new_application, self.import_file, self.export_all, self.backup_now):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.manual)
        self._window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
        self.toolbar = toolbar

    def _on_new_application_triggered(self) -> None:
        self._window.show_page_key("applications")
        self._window.applications.create_application()

    def _on_data_folder_triggered(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))

    def show_help(self) -> HelpWindow:
        """The manual, open at the topic of whatever has the keyboard focus (or the page shown)."""
        window = self._window
        focused = QApplication.focusWidget()
        inside = focused is not None and window.isAncestorOf(focused)
        anchor = (
            (anchor_for(focused) if inside else None)
            or anchor_for(window.current_page())
            or START_ANCHOR
        )
        if self.help_window is None:
            self.help_window = HelpWindow(window)
        self.help_window.show()
        self.help_window.show_topic(anchor)
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window

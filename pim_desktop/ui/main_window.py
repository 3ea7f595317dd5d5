"""The main window: navigation on the left, one page at a time on the right, and the menus."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from pim_desktop import APP_NAME
from pim_desktop.ui.about_dialog import AboutDialog
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.pages.action_plan_page import ActionPlanPage
from pim_desktop.ui.pages.city_profile_page import CityProfilePage
from pim_desktop.ui.pages.dashboard_page import DashboardPage
from pim_desktop.ui.pages.network_page import NetworkPage
from pim_desktop.ui.pages.placeholder_page import PlaceholderPage
from pim_desktop.ui.pages.settings_page import SettingsPage

if TYPE_CHECKING:
    from pim_desktop.context import AppContext


class MainWindow(QMainWindow):
    def __init__(
        self,
        context: AppContext,
        events: AppEvents,
        log_file: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._events = events
        self._log_file = log_file
        title = APP_NAME
        if context.read_only:
            title += " — " + self.tr("tylko do odczytu")
        self.setWindowTitle(title)
        self.setAccessibleName(APP_NAME)
        self.resize(1100, 760)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Nawigacja"))
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setMaximumWidth(260)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")

        self.dashboard = DashboardPage(context.city_profile, events)
        self.city_profile = CityProfilePage(
            context.city_profile, events, read_only=context.read_only
        )
        self.action_plan = ActionPlanPage(context.action_plan, events, read_only=context.read_only)
        self.network = NetworkPage(
            context.network, context.improvement_plan, events, read_only=context.read_only
        )
        self.dashboard.edit_profile_requested.connect(lambda: self.show_page(self.city_profile))
        for page, name, key in self._page_list():
            self._add_page(page, name, key)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        self._build_menus()
        self.statusBar().showMessage(str(context.paths.data_dir))

    def _page_list(self) -> list[tuple[QWidget, str, str]]:
        return [
            (self.dashboard, self.tr("Pulpit"), "dashboard"),
            (self.city_profile, self.tr("Dane miasta"), "city_profile"),
            (
                PlaceholderPage(
                    self.tr("Wnioski"),
                    self.tr(
                        "Wnioski miasta do naborów PIM (Lider lub Partner): wersje robocze, "
                        "sprawdzanie, wydruk PDF i podpis elektroniczny."
                    ),
                ),
                self.tr("Wnioski"),
                "applications",
            ),
            (
                PlaceholderPage(
                    self.tr("Lokalne Partnerstwo"),
                    self.tr(
                        "Rejestr członków Lokalnego Partnerstwa: instytucje, organizacje, "
                        "firmy, szkoły i mieszkańcy, ich zgody (RODO) i udział w pracach."
                    ),
                ),
                self.tr("Lokalne Partnerstwo"),
                "partnership",
            ),
            (
                PlaceholderPage(
                    self.tr("Spotkania"),
                    self.tr(
                        "Spotkania, warsztaty i konsultacje: porządek obrad, lista obecności, "
                        "protokół, decyzje i zadania."
                    ),
                ),
                self.tr("Spotkania"),
                "meetings",
            ),
            (self.action_plan, self.tr("Plan działań (MID)"), "action_plan"),
            (self.network, self.tr("Sieć"), "network"),
            (
                SettingsPage(self._context.settings, self._events),
                self.tr("Ustawienia"),
                "settings",
            ),
        ]

    def _add_page(self, page: QWidget, name: str, key: str) -> None:
        page.setObjectName(f"page_{key}")
        self.pages.addWidget(page)
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
        self.navigation.addItem(item)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Plik"))
        quit_action = QAction(self.tr("&Zakończ"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("P&rzejdź"))
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            action = QAction(item.text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, r=row: self.navigation.setCurrentRow(r))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("Pomo&c"))
        about = QAction(self.tr("&O programie"), self)
        about.setObjectName("action_about")
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)
        self.about_action = about

    def page_keys(self) -> list[str]:
        return [
            str(self.navigation.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.navigation.count())
        ]

    def show_page(self, page: QWidget) -> None:
        self.navigation.setCurrentRow(self.pages.indexOf(page))

    def show_page_key(self, key: str) -> QWidget:
        row = self.page_keys().index(key)
        self.navigation.setCurrentRow(row)
        page = self.pages.widget(row)
        assert page is not None
        return page

    def make_about_dialog(self) -> AboutDialog:
        return AboutDialog(self._context.paths, self._log_file, self)

    def show_about(self) -> None:
        self.make_about_dialog().exec()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.city_profile.save_now()
        self.action_plan.save_now()
        self.network.save_now()
        super().closeEvent(event)

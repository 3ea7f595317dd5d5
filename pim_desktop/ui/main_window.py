"""The main window: navigation on the left, one page at a time on the right, and the menus."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pim_desktop import APP_NAME
from pim_desktop.ui.about_dialog import AboutDialog
from pim_desktop.ui.action_plan.action_plan_page import ActionPlanPage
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.applications.applications_page import ApplicationsPage
from pim_desktop.ui.city.city_profile_page import CityProfilePage
from pim_desktop.ui.city.dashboard_page import DashboardPage
from pim_desktop.ui.common.file_dialogs import FolderMemory
from pim_desktop.ui.common.message_boxes import answer, message_box
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.meetings.meetings_page import MeetingsPage
from pim_desktop.ui.network.network_page import NetworkPage
from pim_desktop.ui.opened_file import open_given_file
from pim_desktop.ui.partnership.partnership_page import PartnershipPage
from pim_desktop.ui.safety.backup_scheduler import BackupScheduler
from pim_desktop.ui.safety.data_folder_box import WARNING_STYLE, drive_warning
from pim_desktop.ui.settings_page import SettingsPage

if TYPE_CHECKING:
    from pim_desktop.context import AppContext


class MainWindow(QMainWindow):
    def __init__(
        self,
        context: AppContext,
        events: AppEvents,
        log_file: Path,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner,
    ) -> None:
        """``runner`` is the program's one runner of slow work, built by the caller."""
        super().__init__(parent)
        self._context = context
        self._events = events
        self._log_file = log_file
        self.runner = runner
        runner.show_dialogs_over(self)
        # File choosers opened anywhere in this window start where the officer last was.
        self.folder_memory = FolderMemory(context.settings, self)
        self.last_opened_dialog: QDialog | None = None
        self._set_title(read_only=context.read_only)
        self._fit_to_screen(1100, 760)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Nawigacja"))
        self.navigation.setIconSize(QSize(20, 20))
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self._page_widgets: list[QWidget] = []

        self.dashboard = DashboardPage(
            context.city_profile, context.applications, events, context.meetings
        )
        self.city_profile = CityProfilePage(
            context.city_profile,
            events,
            read_only=context.read_only,
            has_applications=lambda: bool(context.applications.summaries()),
        )
        self.applications = ApplicationsPage(
            context.applications,
            events,
            context.packages,
            self.runner,
            read_only=context.read_only,
            signing=context.signing,
            exports=context.exports,
            prepare=self.prepare_for_data_change,
            partnership=context.partnership,
            sending=(context.sending, context.proofs),
        )
        self.partnership = PartnershipPage(context.partnership, events, read_only=context.read_only)
        self.meetings = MeetingsPage(
            context.meetings,
            context.partnership,
            events,
            context.paths.cache_dir / "otwarte-zalaczniki",
            read_only=context.read_only,
        )
        self.action_plan = ActionPlanPage(context.action_plan, events, read_only=context.read_only)
        self.network = NetworkPage(
            context.network, context.improvement_plan, events, read_only=context.read_only
        )
        self.settings = SettingsPage(
            context.settings,
            events,
            context.backups,
            context.data_folder,
            self.prepare_for_data_change,
            signing=context.signing,
            read_only=context.read_only,
        )
        self.settings.data_folder.move_finished.connect(self._on_data_folder_moved)
        self.dashboard.edit_profile_requested.connect(lambda: self.show_page(self.city_profile))
        self.city_profile.first_steps.first_application_requested.connect(
            self._on_first_application_requested
        )
        for page, name, key in self._page_list():
            self._add_page(page, name, key)
        self._fit_navigation()

        central = QWidget()
        column = QVBoxLayout(central)
        column.addWidget(self._build_folder_warning())
        layout = QHBoxLayout()
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        column.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        if not self.city_profile.city_named():
            # A first start leads to the city's data, which every application takes.
            self.show_page(self.city_profile)
        self._build_menus()
        self._build_busy_indicator()
        self.statusBar().showMessage(str(context.paths.data_dir))
        self.backup_scheduler: BackupScheduler | None = None
        if not context.read_only:
            self.backup_scheduler = BackupScheduler(context.backups, events, self)
            self.backup_scheduler.failed.connect(
                lambda text: self.statusBar().showMessage("⚠ " + text)
            )

    def _build_folder_warning(self) -> QWidget:
        """A bar above the pages while the data folder lies on a network or removable drive."""
        state = self._context.data_folder.state()
        bar = QWidget()
        bar.setObjectName("folder_warning")
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        text = QLabel("⚠ " + drive_warning(state.kind))
        text.setObjectName("folder_warning_text")
        text.setWordWrap(True)
        text.setStyleSheet(WARNING_STYLE)
        row.addWidget(text, 1)
        move = QPushButton(self.tr("Przenieś &dane…"))
        move.setObjectName("folder_warning_move")
        move.setAccessibleName(self.tr("Przenieś dane do innego folderu"))
        move.clicked.connect(self._on_folder_warning_move_clicked)
        row.addWidget(move)
        bar.setVisible(state.risky)
        self.folder_warning = bar
        return bar

    def _on_folder_warning_move_clicked(self) -> None:
        self.show_page(self.settings)
        self.settings.data_folder.move_button.setFocus()

    def _page_list(self) -> list[tuple[QWidget, str, str]]:
        return [
            (self.dashboard, self.tr("Pulpit"), "dashboard"),
            (self.city_profile, self.tr("Dane miasta"), "city_profile"),
            (self.applications, self.tr("Wnioski"), "applications"),
            (self.partnership, self.tr("Lokalne Partnerstwo"), "partnership"),
            (self.meetings, self.tr("Spotkania"), "meetings"),
            (self.action_plan, self.tr("Plan działań (MID)"), "action_plan"),
            (self.network, self.tr("Sieć"), "network"),
            (self.settings, self.tr("Ustawienia"), "settings"),
        ]

    def _set_title(self, *, read_only: bool) -> None:
        title = APP_NAME
        if read_only:
            title += " — " + self.tr("tylko do odczytu")
        self.setWindowTitle(title)
        self.setAccessibleName(APP_NAME)

    def _fit_to_screen(self, width: int, height: int) -> None:
        """The usual size, but never larger than the screen (150 % scaling on a small laptop)."""
        screen = self.screen().availableGeometry()
        self.resize(min(width, screen.width() * 9 // 10), min(height, screen.height() * 9 // 10))

    def _fit_navigation(self) -> None:
        """As wide as its longest page name in the current font and language, no wider."""
        metrics = self.navigation.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self.navigation.item(row).text())
            for row in range(self.navigation.count())
        )
        margins = 4 * metrics.averageCharWidth() + self.navigation.iconSize().width()
        self.navigation.setFixedWidth(widest + margins)

    def _add_page(self, page: QWidget, name: str, key: str) -> None:
        page.setObjectName(f"page_{key}")
        if getattr(page, "scrolls_itself", False):
            self.pages.addWidget(page)  # one scroll area per page: its own
        else:
            # A page that needs more room than the window has (a small screen at 150 %) scrolls.
            scroll = QScrollArea()
            scroll.setObjectName(f"scroll_{key}")
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            scroll.setWidget(page)
            self.pages.addWidget(scroll)
        self._page_widgets.append(page)
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
        self.navigation.addItem(item)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Plik"))
        transfer = self.applications.transfer
        import_action = QAction(self.tr("&Importuj z pliku .pim…"), self)
        import_action.setObjectName("action_import")
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(transfer.import_file)
        export_action = QAction(self.tr("&Eksportuj wszystkie dane do pliku .pim…"), self)
        export_action.setObjectName("action_export_all")
        export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        export_action.triggered.connect(self._on_export_all_triggered)
        backup_action = QAction(self.tr("Utwórz &kopię zapasową teraz"), self)
        backup_action.setObjectName("action_backup_now")
        backup_action.triggered.connect(self.settings.backups.create_now)
        for action in (import_action, export_action, backup_action):
            action.setEnabled(not self._context.read_only)
            file_menu.addAction(action)
        file_menu.addSeparator()
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

    def _build_busy_indicator(self) -> None:
        """A moving bar in the status bar while slow work runs in the background."""
        self.busy_label = QLabel()
        self.busy_label.setObjectName("busy_label")
        self.busy_bar = QProgressBar()
        self.busy_bar.setObjectName("busy_bar")
        self.busy_bar.setAccessibleName(self.tr("Trwa praca w tle"))
        self.busy_bar.setRange(0, 0)
        self.busy_bar.setMaximumWidth(160)
        for widget in (self.busy_label, self.busy_bar):
            widget.hide()
            self.statusBar().addPermanentWidget(widget)
        self.runner.busy_changed.connect(self._on_runner_busy_changed)

    def _on_runner_busy_changed(self, busy: bool, description: str) -> None:
        self.busy_label.setText(description + "…" if busy else "")
        self.busy_label.setVisible(busy)
        self.busy_bar.setVisible(busy)

    def page_keys(self) -> list[str]:
        return [
            str(self.navigation.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.navigation.count())
        ]

    def show_page(self, page: QWidget) -> None:
        self.navigation.setCurrentRow(self._page_widgets.index(page))

    def show_page_key(self, key: str) -> QWidget:
        row = self.page_keys().index(key)
        self.navigation.setCurrentRow(row)
        return self._page_widgets[row]

    def current_page(self) -> QWidget:
        return self._page_widgets[self.pages.currentIndex()]

    def open_file(self, path: Path) -> bool:
        """A file handed over at start: a .pim file's import preview, a PDF's signature check."""
        return open_given_file(self, path, self._context.signing, read_only=self._context.read_only)

    def make_about_dialog(self) -> AboutDialog:
        return AboutDialog(self._context.paths, self._log_file, self)

    def show_about(self) -> None:
        self.make_about_dialog().exec()

    def prepare_for_data_change(self) -> bool:
        """Save every edit and close the editor before the data are replaced or moved."""
        saved = self.save_everything()
        return self.applications.close_editor() and saved

    def _on_export_all_triggered(self) -> None:
        # The file carries what is stored: the last keystrokes are saved first.
        self.save_everything()
        self.applications.transfer.export_all()

    def _on_first_application_requested(self) -> None:
        self.show_page(self.applications)
        self.applications.create_application()

    def _on_data_folder_moved(self) -> None:
        self.close()

    def save_everything(self) -> bool:
        """Store every pending edit of every page; ``False`` when one could not be written."""
        editor = self.applications.editor
        results = [
            self.city_profile.flush(),
            editor.flush() if editor is not None else True,
            self.meetings.flush(),
            self.action_plan.flush(),
            self.network.flush(),
        ]
        return all(results)

    def closeEvent(self, event: QCloseEvent) -> None:
        # A PDF being written is finished, not cut off, before the data folder closes.
        self.runner.wait()
        if not self.save_everything() and not self._ask_close_unsaved():
            event.ignore()
            return
        super().closeEvent(event)

    def _ask_close_unsaved(self) -> bool:
        box = message_box(
            self,
            "close_unsaved",
            QMessageBox.Icon.Warning,
            self.tr("Zmiany nie są zapisane"),
            self.tr(
                "Nie udało się zapisać ostatnich zmian (np. brak miejsca na dysku albo brak "
                "uprawnień do folderu danych). Jeśli zamkniesz program teraz, te zmiany przepadną."
            ),
            informative=self.tr(
                "Zwolnij miejsce lub przywróć dostęp do folderu; zapis ponowi się sam."
            ),
        )
        stay = box.addButton(self.tr("&Nie zamykaj"), QMessageBox.ButtonRole.RejectRole)
        close = box.addButton(self.tr("&Zamknij mimo to"), QMessageBox.ButtonRole.DestructiveRole)
        return answer(box, stay) is close

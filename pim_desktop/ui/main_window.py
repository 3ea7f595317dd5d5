"""The main window: navigation on the left, one page at a time on the right, and the menus."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QPaintEvent
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
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.common.after_paint import after_next_paint
from pim_desktop.ui.common.file_dialogs import FolderMemory
from pim_desktop.ui.common.long_lived import loaded_for_good
from pim_desktop.ui.common.look import mark_navigation, mark_problem_text
from pim_desktop.ui.common.message_boxes import answer, message_box
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.opened_file import open_given_file
from pim_desktop.ui.page_builders import PAGE_BUILDERS
from pim_desktop.ui.safety.backup_scheduler import BackupScheduler
from pim_desktop.ui.safety.data_folder_box import drive_warning
from pim_desktop.ui.window_actions import WindowActions

if TYPE_CHECKING:
    from pim_desktop.context import AppContext
    from pim_desktop.services.team_journal import ReplayOutcome
    from pim_desktop.ui.action_plan.action_plan_page import ActionPlanPage
    from pim_desktop.ui.applications.applications_page import ApplicationsPage
    from pim_desktop.ui.city.city_profile_page import CityProfilePage
    from pim_desktop.ui.city.dashboard_page import DashboardPage
    from pim_desktop.ui.help.about_dialog import AboutDialog
    from pim_desktop.ui.meetings.meetings_page import MeetingsPage
    from pim_desktop.ui.network.network_page import NetworkPage
    from pim_desktop.ui.partnership.partnership_page import PartnershipPage
    from pim_desktop.ui.safety.team_connection_line import TeamConnectionLine
    from pim_desktop.ui.settings_page import SettingsPage
    from pim_desktop.ui.team.remote_changes import RemoteChanges


# The largest available screen area (in points, after scaling) counted as small.
SMALL_SCREEN = QSize(1366, 768)
# Work waiting for the first paint starts anyway this long after it was asked for (a window
# that starts minimised is not painted).
FIRST_PAINT_WAIT_MS = 1000


class MainWindow(QMainWindow):
    def __init__(
        self,
        context: AppContext,
        events: AppEvents,
        log_file: Path,
        parent: QWidget | None = None,
        *,
        runner: TaskRunner,
        first_look: dict[str, object] | None = None,
    ) -> None:
        """``runner`` is the program's one runner of slow work, built by the caller.

        ``first_look``: the dashboard's data of the last close, still true of the data; the
        window then opens on them and reads the data through ``load_data_after_first_look``.
        """
        super().__init__(parent)
        self._context = context
        self.first_look = first_look
        # Set once the services behind the pages are loaded; every page but the first look
        # waits for it, so no page reads the data while they are being loaded.
        self._data_loaded = threading.Event()
        if first_look is None:
            self._data_loaded.set()
        self._after_paint: list[Callable[[], object]] = []
        self._painted = False
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
        mark_navigation(self.navigation)
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        # A page is built the first time it is shown (or asked for): the window opens on the
        # dashboard without importing or loading the other seven.
        self._built: dict[str, QWidget] = {}
        self._holders: dict[str, QVBoxLayout] = {}
        for key, name in self._page_names():
            self._add_page(key, name)
        self._fit_navigation()

        central = QWidget()
        column = QVBoxLayout(central)
        column.addWidget(self._build_folder_warning())
        self.team_connection = self._build_team_connection()
        if self.team_connection is not None:
            column.addWidget(self.team_connection)
        layout = QHBoxLayout()
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, 1)
        column.addLayout(layout, 1)
        self.setCentralWidget(central)
        self.navigation.currentRowChanged.connect(self._on_navigation_current_row_changed)
        self.navigation.setCurrentRow(0)
        self.commands = WindowActions(
            self, read_only=context.read_only, data_dir=context.paths.data_dir
        )
        self.about_action = self.commands.about
        if not self.dashboard.names_the_city():
            # A first start leads to the city's data, which every application takes.
            self.show_page_key("city_profile")
        self._build_busy_indicator()
        self.statusBar().showMessage(str(context.paths.data_dir))
        self._start_background_work(context, events)

    def _start_background_work(self, context: AppContext, events: AppEvents) -> None:
        """Colleagues' changes heard (on a team database) and the scheduled backups."""
        self.remote_changes: RemoteChanges | None = None
        if context.team_live is not None:
            from pim_desktop.ui.team.remote_changes import RemoteChanges

            # Colleagues' changes on the team database refresh these pages within moments.
            self.remote_changes = RemoteChanges(context.team_live, events, self)
        self.backup_scheduler: BackupScheduler | None = None
        if not context.read_only:
            self.backup_scheduler = BackupScheduler(
                context.backups, events, self, runner=self.runner
            )
            self.backup_scheduler.failed.connect(
                lambda text: self.statusBar().showMessage("⚠ " + text)
            )

    # --- pages, built on first sight ------------------------------------------------------------

    def page(self, key: str) -> QWidget:
        """The page named ``key``, built now if this is the first time it is needed."""
        if key not in self._built:
            if key != "dashboard":
                self._data_loaded.wait()
            page = PAGE_BUILDERS[key](self, self._context, self._events)
            page.setObjectName(f"page_{key}")
            self._built[key] = page
            self._holders[key].addWidget(self._framed(key, page))
        return self._built[key]

    def _framed(self, key: str, page: QWidget) -> QWidget:
        """One scroll area per page: the page's own, or one around a page that has none, so a
        page that needs more room than the window (a small screen at 150 %) scrolls."""
        if getattr(page, "scrolls_itself", False):
            return page
        scroll = QScrollArea()
        scroll.setObjectName(f"scroll_{key}")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def built_pages(self) -> list[str]:
        return list(self._built)

    @property
    def dashboard(self) -> DashboardPage:
        return cast("DashboardPage", self.page("dashboard"))

    @property
    def city_profile(self) -> CityProfilePage:
        return cast("CityProfilePage", self.page("city_profile"))

    @property
    def applications(self) -> ApplicationsPage:
        return cast("ApplicationsPage", self.page("applications"))

    @property
    def partnership(self) -> PartnershipPage:
        return cast("PartnershipPage", self.page("partnership"))

    @property
    def meetings(self) -> MeetingsPage:
        return cast("MeetingsPage", self.page("meetings"))

    @property
    def action_plan(self) -> ActionPlanPage:
        return cast("ActionPlanPage", self.page("action_plan"))

    @property
    def network(self) -> NetworkPage:
        return cast("NetworkPage", self.page("network"))

    @property
    def settings(self) -> SettingsPage:
        return cast("SettingsPage", self.page("settings"))

    def _on_navigation_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.page_keys()[row]
        self.page(key)
        self.pages.setCurrentIndex(row)
        if key == "applications":
            # The page is drawn first: its first drawing runs Python (the icons, the flow
            # layout, the style's hooks) that would wait for the GIL behind the import.
            after_next_paint(self.page(key), self._warm_up_signing, FIRST_PAINT_WAIT_MS)

    def _warm_up_signing(self) -> None:
        """Signing is one click away now: load its libraries while the officer reads, through
        the one runner (its single thread: the officer's next task waits for it, never races
        it), so the UI thread never waits for them."""
        work = self._context.signing_warm_up()
        if work is not None:
            self.runner.run(
                loaded_for_good(work),
                lambda _r: None,
                description=self.tr("Przygotowanie podpisu"),
            )

    # --- after the window shows -----------------------------------------------------------------

    def after_first_paint(self, work: Callable[[], object]) -> None:
        """Call ``work`` once the window has been drawn, so it never delays the first picture."""
        if self._painted:
            QTimer.singleShot(0, work)
            return
        self._after_paint.append(work)
        QTimer.singleShot(FIRST_PAINT_WAIT_MS, self._run_after_paint)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            # The pages inside are drawn in the same pass: the work starts after it.
            self._painted = True
            QTimer.singleShot(0, self._run_after_paint)

    def _run_after_paint(self) -> None:
        waiting, self._after_paint = self._after_paint, []
        for work in waiting:
            work()

    def load_data_after_first_look(self) -> None:
        """Load the services behind the first look off the UI thread, then show the data."""
        if self._data_loaded.is_set():
            return

        def load() -> None:
            try:
                self._context.read_ahead()
            finally:
                self._data_loaded.set()

        self.runner.run(
            load, lambda _result: self._on_data_loaded(), description=self.tr("Wczytywanie danych")
        )

    def _on_data_loaded(self) -> None:
        self.first_look = None
        self.dashboard.refresh()

    def first_look_for_next_start(self) -> dict[str, object] | None:
        """The dashboard as it stands, read again from the data when they were loaded."""
        if self.first_look is None:
            self.dashboard.refresh()
        return self.dashboard.first_look()

    def back_up_in_background(self, backup: Callable[[], object]) -> None:
        """Take a backup through the one runner, off the UI thread."""
        self.runner.run(backup, lambda _result: None, description=self.tr("Kopia zapasowa"))

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
        mark_problem_text(text)
        row.addWidget(text, 1)
        move = QPushButton(self.tr("Przenieś &dane…"))
        move.setObjectName("folder_warning_move")
        move.setAccessibleName(self.tr("Przenieś dane do innego folderu"))
        move.clicked.connect(self._on_folder_warning_move_clicked)
        row.addWidget(move)
        # A team database lives on the server: where the local folder lies is no risk to it.
        bar.setVisible(state.risky and not self._context.team_database)
        self.folder_warning = bar
        return bar

    def _build_team_connection(self) -> TeamConnectionLine | None:
        """On a team database: the line that appears while edits wait for its server."""
        journal = self._context.team_journal
        if journal is None:
            return None
        from pim_desktop.ui.safety.package_transfer import PackageTransfer
        from pim_desktop.ui.safety.team_connection_line import TeamConnectionLine

        transfer = PackageTransfer(
            self._context.packages, self, self.prepare_for_data_change, self.runner
        )
        transfer.exported.connect(self.statusBar().showMessage)
        line = TeamConnectionLine(journal, self._events, transfer, self)
        line.replayed.connect(self._on_team_connection_replayed)
        line.reported.connect(lambda text: self.statusBar().showMessage("⚠ " + text))
        return line

    def _on_team_connection_replayed(self, outcome: ReplayOutcome) -> None:
        editor = self.applications.editor if "applications" in self._built else None
        if editor is not None:
            for application in outcome.written:
                editor.take_stored(application)

    def _on_folder_warning_move_clicked(self) -> None:
        self.show_page(self.settings)
        self.settings.data_folder.move_button.setFocus()

    def _page_names(self) -> list[tuple[str, str]]:
        return [
            ("dashboard", self.tr("Pulpit")),
            ("city_profile", self.tr("Dane miasta")),
            ("applications", self.tr("Wnioski")),
            ("partnership", self.tr("Lokalne Partnerstwo")),
            ("meetings", self.tr("Spotkania")),
            ("action_plan", self.tr("Plan działań (MID)")),
            ("network", self.tr("Sieć")),
            ("settings", self.tr("Ustawienia")),
        ]

    def _set_title(self, *, read_only: bool) -> None:
        title = APP_NAME
        if read_only:
            title += " — " + self.tr("tylko do odczytu")
        self.setWindowTitle(title)
        self.setAccessibleName(APP_NAME)

    def _fit_to_screen(self, width: int, height: int) -> None:
        """The usual size, never larger than the screen; maximised on a small screen (a 1366×768
        laptop, or 1920×1080 at 150 %), where every point of it is needed."""
        screen = self.screen().availableGeometry()
        self.resize(min(width, screen.width() * 9 // 10), min(height, screen.height() * 9 // 10))
        if screen.width() <= SMALL_SCREEN.width() and screen.height() <= SMALL_SCREEN.height():
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def _fit_navigation(self) -> None:
        """As wide as its longest page name in the current font and language, no wider."""
        metrics = self.navigation.fontMetrics()
        widest = max(
            metrics.horizontalAdvance(self.navigation.item(row).text())
            for row in range(self.navigation.count())
        )
        # Room for the icon, the rows' padding and the focus mark of the navigation's own sheet.
        margins = 4 * metrics.averageCharWidth() + self.navigation.iconSize().width() + 40
        self.navigation.setFixedWidth(widest + margins)

    def _add_page(self, key: str, name: str) -> None:
        # The page's place in the stack; the page itself comes when it is first shown.
        holder = QWidget()
        holder.setObjectName(f"holder_{key}")
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        self.pages.addWidget(holder)
        self._holders[key] = column
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, key)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, name)
        self.navigation.addItem(item)

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
        key = next(key for key, built in self._built.items() if built is page)
        self.show_page_key(key)

    def show_page_key(self, key: str) -> QWidget:
        self.navigation.setCurrentRow(self.page_keys().index(key))
        return self.page(key)

    def current_page(self) -> QWidget:
        return self.page(self.page_keys()[self.pages.currentIndex()])

    def open_file(self, path: Path) -> bool:
        """A file handed over at start: a .pim file's import preview, a PDF's signature check."""
        self._data_loaded.wait()
        return open_given_file(self, path, self._context.signing, read_only=self._context.read_only)

    def make_about_dialog(self) -> AboutDialog:
        from pim_desktop.ui.help.about_dialog import AboutDialog

        return AboutDialog(self._context.paths, self._log_file, self)

    def show_about(self) -> None:
        self.make_about_dialog().exec()

    def prepare_for_data_change(self) -> bool:
        """Save every edit and close the editor before the data are replaced or moved."""
        saved = self.save_everything()
        if "applications" not in self._built:
            return saved
        return self.applications.close_editor() and saved

    def export_all_data(self) -> None:
        # The file carries what is stored: the last keystrokes are saved first.
        self.save_everything()
        self.applications.transfer.export_all()

    def on_first_application_requested(self) -> None:
        self.show_page_key("applications")
        self.applications.create_application()

    def save_everything(self) -> bool:
        """Store every pending edit of every page; ``False`` when one could not be written."""
        results = []
        for key in ("city_profile", "meetings", "action_plan", "network"):
            if key in self._built:
                results.append(self._built[key].flush())  # type: ignore[attr-defined]
        if "applications" in self._built and self.applications.editor is not None:
            results.append(self.applications.editor.flush())
        return all(results)

    def closeEvent(self, event: QCloseEvent) -> None:
        # A PDF being written is finished, not cut off, before the data folder closes.
        self.runner.wait()
        if self.team_connection is not None:
            self.team_connection.watch.wait()
        if not self.save_everything() and not self._ask_close_unsaved():
            event.ignore()
            return
        if self._context.team_live is not None:
            self._context.team_live.stop()
        self._context.stop_signing_worker()
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

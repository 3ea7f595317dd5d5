"""The window's start: its first look, the lock, the opening of the data, the window, the close.

Built by ``app.main`` when no verb is given. The window shows before the work it does not need
to show: when the data are untouched since the last close, it paints the dashboard of that close
(``persistence/first_look.py``) and loads the data layer right after, through the one runner.
"""

from __future__ import annotations

import importlib
import logging
import sys
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from pim_desktop import __version__, cli
from pim_desktop.app import StartupError, open_database, open_or_recover, take_automatic_backup
from pim_desktop.paths import AppPaths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication
    from sqlalchemy.engine import URL

    from pim_desktop.context import AppContext
    from pim_desktop.instance_lock import InstanceLock
    from pim_desktop.persistence.first_look import FirstLookStore
    from pim_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)


# What the dashboard needs from the data layer, imported before Qt: once PySide6 is loaded, every
# further import passes through its feature hook, which makes SQLAlchemy's slower still.
_DATA_LAYER = (
    "sqlalchemy.dialects.sqlite",
    "pim_desktop.context",
    "pim_desktop.persistence.migrator",
    "pim_desktop.services.backup_service",
    "pim_desktop.services.city_profile_service",
    "pim_desktop.services.application_service",
    "pim_desktop.services.meeting_service",
    "pim_desktop.services.data_folder_service",
)


def run_gui(
    paths: AppPaths, log_file: Path, opened_file: Path | None = None, team: URL | None = None
) -> int:
    """The window; ``opened_file`` (a double-clicked .pim, a PDF to check) opens once it shows.

    When the data are untouched since the last close, the window opens on the dashboard it
    showed then (its "first look") and loads the data layer right after, through the runner.
    """
    from pim_desktop.persistence.settings_store import SettingsStore

    language = SettingsStore(paths.settings_file).load().language
    kept = _first_look_store(paths)
    if team is not None or kept.load(kept.key(language)) is None:
        for module in _DATA_LAYER:
            importlib.import_module(module)
    from pim_desktop.ui.error_dialog import install_excepthook
    from pim_desktop.ui.qt_application import create_qt_application
    from pim_desktop.ui.safety.recovery_dialog import ask_about_missing_data_folder

    app, _translators = create_qt_application(sys.argv, language, paths.cache_dir)
    install_excepthook(log_file)
    if paths.chosen_folder_unavailable():
        log.error("Chosen data folder %s holds no database", paths.data_dir)
        if not ask_about_missing_data_folder(paths.data_dir):
            return cli.EXIT_FAILED
        store = SettingsStore(paths.settings_file)
        store.save(store.load().with_changes(data_dir=""))
        paths = AppPaths.from_environment().ensure()
        kept = _first_look_store(paths)
    if team is not None:
        return _run_team_window(app, paths, log_file, team)
    return _run_file_window(app, paths, log_file, opened_file, (kept, language))


def _first_look_store(paths: AppPaths) -> FirstLookStore:
    from pim_desktop import resources
    from pim_desktop.persistence.first_look import FirstLookStore

    return FirstLookStore(
        paths.cache_dir, paths.database_file, resources.path("forms"), __version__
    )


def _run_file_window(
    app: QApplication,
    paths: AppPaths,
    log_file: Path,
    opened_file: Path | None,
    first_look: tuple[FirstLookStore, str],
) -> int:
    """The window over this computer's data file, under the single-writer lock."""
    from PySide6.QtCore import QTimer

    from pim_desktop.instance_lock import InstanceLock
    from pim_desktop.ui.error_dialog import show_open_failure

    lock = InstanceLock(paths.lock_file)
    read_only, leave_with = _take_lock(lock, paths)
    if leave_with is not None:
        return leave_with
    kept, language = first_look
    known = kept.load(kept.key(language)) is not None
    try:
        context = _open_for_window(paths, read_only, forms_known_good=known)
    except StartupError as error:
        log.exception("Database could not be opened")
        show_open_failure(str(error), paths.backup_dir)
        lock.release()
        return cli.EXIT_FAILED
    if context is None:
        lock.release()
        return cli.EXIT_DAMAGED
    # Read again now: an opening that migrated or recovered the file changed its key.
    window = _show_window(context, log_file, kept.load(kept.key(language)))
    if not read_only:
        # After the first paint and off the UI thread: the officer sees the city at once.
        window.after_first_paint(
            lambda: window.back_up_in_background(lambda: take_automatic_backup(context, "start"))
        )
    if opened_file is not None:
        QTimer.singleShot(0, partial(window.open_file, opened_file.resolve()))
    code = app.exec()
    window.runner.wait()
    look = None if read_only else _first_look_for_next_start(window)
    if not read_only:
        take_automatic_backup(context, "exit")
    context.close()
    if look is not None:
        # Keyed to the file as the program leaves it, before another copy may take it.
        kept.save(kept.key(language), look)
    elif not read_only:
        kept.forget()
    lock.release()
    return code


def _take_lock(lock: InstanceLock, paths: AppPaths) -> tuple[bool, int | None]:
    """Take the lock, or ask what to do when another copy holds it: whether the data open
    read-only, and the exit code when the officer chose to leave (else ``None``)."""
    from pim_desktop.ui.error_dialog import show_take_over_failure
    from pim_desktop.ui.safety.instance_lock_dialog import LockChoice, ask_about_lock

    if lock.acquire():
        return False, None
    choice = ask_about_lock(lock.holder(), paths.data_dir)
    if choice is LockChoice.QUIT:
        return False, cli.EXIT_OK
    if choice is LockChoice.TAKE_OVER and not lock.take_over():
        show_take_over_failure(paths.lock_file)
        return False, cli.EXIT_FAILED
    return choice is LockChoice.READ_ONLY, None


def _open_for_window(
    paths: AppPaths, read_only: bool, *, forms_known_good: bool
) -> AppContext | None:
    from pim_desktop.ui.safety.recovery_dialog import ask_about_damaged_database

    return open_or_recover(
        paths, ask_about_damaged_database, read_only=read_only, forms_known_good=forms_known_good
    )


def _show_window(
    context: AppContext, log_file: Path, first_look: dict[str, object] | None
) -> MainWindow:
    from pim_desktop.ui.app_events import AppEvents
    from pim_desktop.ui.common.task_runner import TaskRunner
    from pim_desktop.ui.main_window import MainWindow

    # The one runner of slow work: one task at a time for the whole window.
    runner = TaskRunner()
    window = MainWindow(context, AppEvents(), log_file, runner=runner, first_look=first_look)
    window.show()
    window.after_first_paint(window.load_data_after_first_look)
    return window


def _first_look_for_next_start(window: MainWindow) -> dict[str, object] | None:
    try:
        return window.first_look_for_next_start()
    except Exception:  # the next start then reads the data first, as without it
        log.exception("The dashboard could not be kept for the next start")
        return None


def _run_team_window(app: QApplication, paths: AppPaths, log_file: Path, team: URL) -> int:
    """The window over the team database: the server keeps the data safe, so no file lock
    and no file backups here."""
    from pim_desktop.ui.app_events import AppEvents
    from pim_desktop.ui.common.task_runner import TaskRunner
    from pim_desktop.ui.error_dialog import show_open_failure
    from pim_desktop.ui.main_window import MainWindow
    from pim_desktop.ui.safety.team_database_box import show_read_only_notice

    try:
        context = open_database(paths, read_only=False, team=team)
    except StartupError as error:
        log.exception("Team database could not be opened")
        show_open_failure(str(error), paths.backup_dir)
        return cli.EXIT_FAILED
    if context.notice:
        show_read_only_notice(context.notice)
    window = MainWindow(context, AppEvents(), log_file, runner=TaskRunner())
    window.show()
    code = int(app.exec())
    context.close()
    return code

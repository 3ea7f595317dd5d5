"""The composition root: paths, logging, database and migrations, services, translators, window.

Everything is built here and handed down; nothing else creates services. Each path imports what
it uses when it gets there: ``--version`` and ``--help`` touch neither Qt nor SQLAlchemy, a verb
imports its own services, and the window (``window_start.py``) shows before the work it does
not need to show.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from pim_desktop import cli
from pim_desktop.log import close_logging, configure_logging
from pim_desktop.paths import AppPaths

if TYPE_CHECKING:
    from sqlalchemy.engine import URL

    from pim_desktop.context import AppContext
    from pim_desktop.domain.forms.catalog import FormCatalog
    from pim_desktop.services.backup_service import Backup, BackupService, RecoveryChoice

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse_arguments(argv)
    if args.version:
        sys.stdout.write(cli.version_text())
        return cli.EXIT_OK
    if args.self_test:
        return run_self_test()
    paths = AppPaths.from_environment()
    # A folder chosen in Settings that is gone (a drive not connected) is not made anew: an
    # empty program would look as if the data were lost.
    unavailable = paths.chosen_folder_unavailable()
    paths.ensure(data=not unavailable)
    log_file = configure_logging(paths.log_dir, to_stderr=args.command is not None)
    if unavailable and args.command:
        log.error("Chosen data folder %s holds no database", paths.data_dir)
        from pim_desktop.cli.folder_texts import unavailable_folder_text

        sys.stderr.write(unavailable_folder_text(paths.data_dir))
        return cli.EXIT_FAILED
    understood, team = _chosen_team_database(args, paths)
    if not understood:
        return cli.EXIT_USAGE
    if args.command:
        return run_command(args, paths, team)
    from pim_desktop.window_start import run_gui

    return run_gui(paths, log_file, args.open, team)


def _chosen_team_database(args: argparse.Namespace, paths: AppPaths) -> tuple[bool, URL | None]:
    """The team database asked for (option, environment, Settings), or None for the file;
    ``False`` first when the address given cannot be used (the reason is written out)."""
    if not (args.database or os.environ.get("PIM_DESKTOP_DATABASE_URL")):
        from pim_desktop.persistence.settings_store import SettingsStore

        if not SettingsStore(paths.settings_file).load().team_database_url:
            return True, None  # the usual case imports nothing of the team mode
    from pim_desktop.persistence.engine import DatabaseUrlError, masked
    from pim_desktop.persistence.settings_store import SettingsStore
    from pim_desktop.services.team_database import chosen_team_database

    try:
        team = chosen_team_database(
            args.database, dict(os.environ), SettingsStore(paths.settings_file)
        )
    except DatabaseUrlError as error:
        sys.stderr.write(f"{error}\n")
        return False, None
    if team is not None:
        log.info("Working on the team database %s", masked(team))
    return True, team


class StartupError(Exception):
    """The program cannot open its data or its forms; the message says why in Polish."""


class DamagedDatabase(StartupError):
    """``PRAGMA quick_check`` found the database damaged; it was not opened for writing."""

    def __init__(self, database_file: Path, detail: str) -> None:
        super().__init__(f"Plik danych {database_file} jest uszkodzony: {detail}")
        self.database_file = database_file
        self.detail = detail


def backup_service(paths: AppPaths) -> BackupService:
    from pim_desktop.services.backup_service import BackupService

    return BackupService(paths.database_file, paths.backup_dir)


def open_database(
    paths: AppPaths,
    *,
    read_only: bool,
    forms_dir: Path | None = None,
    team: URL | None = None,
    forms_known_good: bool = False,
) -> AppContext:
    """Check the file, bring the schema up to date (when allowed to write), build the services.

    With ``team``, the team's PostgreSQL database is opened instead of the file.
    ``forms_known_good``: the same form files loaded without fault at the last close (the
    window's first look says so), so they are read when first needed rather than now.
    Raises ``DamagedDatabase`` when the file fails its check (before anything writes to it),
    and ``StartupError`` with a plain reason for every other fault.
    """
    from pim_desktop.context import AppContext
    from pim_desktop.persistence.backups import DatabaseFileError
    from pim_desktop.persistence.migrator import MigrationError

    if team is not None:
        return _open_team_database(paths, _load_forms(forms_dir), team, read_only=read_only)
    catalog = None if forms_known_good else _load_forms(forms_dir)
    try:
        problem = backup_service(paths).database_problem()
    except DatabaseFileError as error:
        raise StartupError(f"Nie można odczytać pliku danych: {error}") from error
    if problem is not None:
        raise DamagedDatabase(paths.database_file, problem)
    try:
        _bring_schema_up_to_date(paths, read_only=read_only)
    except MigrationError as error:
        raise StartupError(str(error)) from error
    return AppContext(paths, read_only=read_only, catalog=catalog)


def _load_forms(forms_dir: Path | None) -> FormCatalog:
    from pim_desktop import resources
    from pim_desktop.domain.forms.catalog import FormCatalog
    from pim_desktop.domain.forms.definition import FormDefinitionError

    try:
        return FormCatalog.load(forms_dir or resources.path("forms"))
    except FormDefinitionError as error:
        raise StartupError(f"Błędna definicja formularza: {error}") from error


def _bring_schema_up_to_date(paths: AppPaths, *, read_only: bool) -> None:
    from pim_desktop.persistence.migrator import (
        MigrationError,
        head_revision,
        read_revision,
        upgrade_database,
    )

    if read_only:
        if read_revision(paths.database_file) != head_revision():
            raise MigrationError(
                "Dane pochodzą z innej wersji programu i nie mogą być otwarte tylko do odczytu."
            )
    else:
        upgrade_database(paths.database_file, paths.backup_dir)


def _open_team_database(
    paths: AppPaths, catalog: FormCatalog, team: URL, *, read_only: bool
) -> AppContext:
    """The team database, migrated under its lock; one from a newer program is only read."""
    from pim_desktop.context import AppContext
    from pim_desktop.persistence.engine import masked
    from pim_desktop.persistence.migrator import (
        MigrationError,
        SchemaTooNew,
        check_team_revision,
        head_revision,
        read_revision,
        upgrade_team_database,
    )

    notice = ""
    try:
        if read_only:
            revision = read_revision(team)
            check_team_revision(revision)
            if revision != head_revision():
                raise MigrationError(
                    "Baza zespołu nie ma jeszcze układu danych tej wersji programu."
                )
        else:
            upgrade_team_database(team)
    except SchemaTooNew as error:
        log.warning("Team database %s is ahead of this program: %s", masked(team), error.revision)
        read_only, notice = True, str(error)
    except MigrationError as error:
        reason = f"Nie można otworzyć bazy zespołu {masked(team)}: {error}"
        raise StartupError(reason + _waiting_note(paths, masked(team))) from error
    return AppContext(paths, read_only=read_only, catalog=catalog, team_url=team, notice=notice)


def _waiting_note(paths: AppPaths, database: str) -> str:
    """What the journal on this computer holds for the team database that could not be opened."""
    from pim_desktop.services.team_journal import count_waiting

    waiting = count_waiting(paths.data_dir, database)
    if not waiting:
        return ""
    return (
        f" Zmiany czekające na tym komputerze na zapis w tej bazie: {waiting}. Nie przepadną: "
        "program zapisze je na serwerze po uruchomieniu, gdy serwer będzie dostępny."
    )


# Shown the damaged file, SQLite's complaint and the newest good backup; returns the choice.
AskAboutDamage = Callable[[Path, str, "Backup | None"], "RecoveryChoice"]


def open_or_recover(
    paths: AppPaths, ask: AskAboutDamage, *, read_only: bool = False, forms_known_good: bool = False
) -> AppContext | None:
    """Open the data; when they are damaged, ask, set the file aside and restore or start anew.

    ``None`` when the officer chose to quit (the damaged file then stays where it is, untouched).
    Raises ``StartupError`` when the data cannot be opened for another reason.
    """
    from pim_desktop.domain.problems import Refused
    from pim_desktop.services.backup_service import RecoveryChoice

    try:
        return open_database(paths, read_only=read_only, forms_known_good=forms_known_good)
    except DamagedDatabase as damage:
        if read_only:
            raise
        log.error("Damaged database found at start: %s", damage.detail)
        backups = backup_service(paths)
        newest = backups.newest_good()
        choice = ask(damage.database_file, damage.detail, newest)
        if choice is RecoveryChoice.QUIT:
            return None
        chosen = newest.path if choice is RecoveryChoice.RESTORE_NEWEST and newest else None
        try:
            backups.recover(chosen)
        except (Refused, OSError) as error:
            raise StartupError(str(error)) from error
    return open_database(paths, read_only=read_only)


def run_command(args: argparse.Namespace, paths: AppPaths, team: URL | None = None) -> int:
    if team is None:
        # A verb that only reads the file is answered without SQLAlchemy, Qt or the lock.
        from pim_desktop.cli.file_verbs import run_on_file

        answered = run_on_file(args, paths, sys.stdout)
        if answered is not None:
            return answered
    cli.prepare(args.command)
    # copy-data names its team database itself and works on this computer's file.
    if team is not None and args.command not in cli.TEAM_COMMANDS:
        return _run_team_command(args, paths, team)
    from pim_desktop.cli.folder_texts import damaged_text, folder_warning
    from pim_desktop.instance_lock import InstanceLock

    lock = InstanceLock(paths.lock_file)
    have_lock = lock.acquire()
    if not have_lock and cli.command_writes(args):
        sys.stderr.write(
            "Dane są otwarte w innej kopii programu PIM Desktop. Zamknij ją i spróbuj ponownie.\n"
        )
        return cli.EXIT_USAGE
    try:
        if args.command in cli.FILE_COMMANDS:
            restore = cli.handler(args.command)
            return restore(args, backup_service(paths), sys.stdout)
        if args.command in cli.TEAM_COMMANDS:
            return cli.handler(args.command)(args, paths, sys.stdout)
        try:
            context = open_database(paths, read_only=not have_lock)
        except DamagedDatabase as damage:
            newest = backup_service(paths).newest_good()
            sys.stderr.write(damaged_text(damage.database_file, damage.detail, newest))
            return cli.EXIT_DAMAGED
        except StartupError as error:
            sys.stderr.write(f"Nie można otworzyć danych: {error}\n")
            return cli.EXIT_FAILED
        try:
            if cli.command_writes(args):
                sys.stderr.write(folder_warning(context.data_folder.state()))
            return cli.run(args, context)
        finally:
            context.close()
    finally:
        lock.release()


def _run_team_command(args: argparse.Namespace, paths: AppPaths, team: URL) -> int:
    """A verb on the team database: no file lock, no file backups (the server's own tools)."""
    if args.command in cli.FILE_COMMANDS:
        sys.stderr.write(
            "To polecenie działa na pliku danych tego komputera, nie na bazie zespołu; kopie "
            "bazy zespołu robi jej administrator (pg_dump).\n"
        )
        return cli.EXIT_USAGE
    try:
        context = open_database(paths, read_only=False, team=team)
    except StartupError as error:
        sys.stderr.write(f"{error}\n")
        return cli.EXIT_FAILED
    try:
        if context.notice:
            sys.stderr.write(f"{context.notice}\n")
            if cli.command_writes(args):
                return cli.EXIT_FAILED
        return cli.run(args, context)
    finally:
        context.close()


def take_automatic_backup(context: AppContext, moment: str) -> None:
    """A backup at start and on exit, when the data changed since the newest one; a failure
    is logged and never stops the program."""
    from pim_desktop.domain.problems import Refused

    try:
        outcome = context.backups.create(only_if_changed=True)
    except Refused as error:
        log.error("Automatic backup at %s failed: %s", moment, error)
        return
    log.info("Automatic backup at %s: %s", moment, "made" if outcome.created else "unchanged")


def run_self_test() -> int:
    """Start the whole program offscreen on a fresh sample data folder, open every page."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pim_desktop.signing.key_worker import key_worker_self_check
    from pim_desktop.signing.pades import signing_self_check
    from pim_desktop.ui.app_events import AppEvents
    from pim_desktop.ui.common.task_runner import TaskRunner
    from pim_desktop.ui.main_window import MainWindow
    from pim_desktop.ui.qt_application import create_qt_application
    from pim_desktop.ui.self_test import check_pdf_preview, walk_pages
    from pim_desktop.ui.translations import translation_file

    with tempfile.TemporaryDirectory(prefix="pim-desktop-self-test-") as home:
        paths = AppPaths.under(Path(home)).ensure()
        log_file = configure_logging(paths.log_dir)
        failures: list[str] = []
        try:
            context = open_database(paths, read_only=False)
            context.sample_data.create()
            app, _translators = create_qt_application(sys.argv[:1], "pl", paths.cache_dir)
            if translation_file("en", paths.cache_dir) is None:
                failures.append("English translation missing")
            window = MainWindow(context, AppEvents(), log_file, runner=TaskRunner())
            failures += walk_pages(app, window)
            failures += signing_self_check()
            failures += key_worker_self_check()
            first = context.applications.summaries()[0].id
            failures += check_pdf_preview(app, context.exports, first)
            window.close()
            context.close()
        except Exception as error:  # the self-test reports, it does not crash
            log.exception("Self-test failed")
            failures.append(repr(error))
        finally:
            close_logging()
    for failure in failures:
        sys.stdout.write(f"BŁĄD: {failure}\n")
    sys.stdout.write("Autotest: " + ("OK\n" if not failures else "NIEUDANY\n"))
    return cli.EXIT_OK if not failures else cli.EXIT_FAILED

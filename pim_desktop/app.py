"""The composition root: paths, logging, database and migrations, services, translators, window.

Everything is built here and handed down; nothing else creates services. Qt widgets are imported
only when a window is really needed, so command-line verbs start fast.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from pim_desktop import cli, resources
from pim_desktop.context import AppContext
from pim_desktop.domain.form_catalog import FormCatalog
from pim_desktop.domain.form_definition import FormDefinitionError
from pim_desktop.instance_lock import InstanceLock
from pim_desktop.log import close_logging, configure_logging
from pim_desktop.paths import AppPaths
from pim_desktop.pdf.signing import signing_self_check
from pim_desktop.persistence.migrator import (
    MigrationError,
    head_revision,
    read_revision,
    upgrade_database,
)
from pim_desktop.persistence.settings_store import SettingsStore

log = logging.getLogger(__name__)


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse_arguments(argv)
    if args.version:
        sys.stdout.write(cli.version_text())
        return cli.EXIT_OK
    if args.self_test:
        return run_self_test()
    paths = AppPaths.from_environment().ensure()
    log_file = configure_logging(paths.log_dir, to_stderr=args.command is not None)
    if args.command:
        return run_command(args, paths)
    return run_gui(paths, log_file)


class StartupError(Exception):
    """The program cannot open its data or its forms; the message says why in Polish."""


def open_database(paths: AppPaths, *, read_only: bool, forms_dir: Path | None = None) -> AppContext:
    """Bring the schema up to date (when allowed to write) and build the services.

    Raises ``StartupError`` with a plain reason, e.g. a malformed form definition named with
    its file and fault.
    """
    try:
        catalog = FormCatalog.load(forms_dir or resources.path("forms"))
    except FormDefinitionError as error:
        raise StartupError(f"Błędna definicja formularza: {error}") from error
    try:
        _bring_schema_up_to_date(paths, read_only=read_only)
    except MigrationError as error:
        raise StartupError(str(error)) from error
    return AppContext.open(paths, read_only=read_only, catalog=catalog)


def _bring_schema_up_to_date(paths: AppPaths, *, read_only: bool) -> None:
    if read_only:
        if read_revision(paths.database_file) != head_revision():
            raise MigrationError(
                "Dane pochodzą z innej wersji programu i nie mogą być otwarte tylko do odczytu."
            )
    else:
        upgrade_database(paths.database_file, paths.backup_dir)


def run_command(args: argparse.Namespace, paths: AppPaths) -> int:
    lock = InstanceLock(paths.lock_file)
    have_lock = lock.acquire()
    if not have_lock and cli.command_writes(args):
        sys.stderr.write(
            "Dane są otwarte w innej kopii programu PIM Desktop. Zamknij ją i spróbuj ponownie.\n"
        )
        return cli.EXIT_USAGE
    try:
        context = open_database(paths, read_only=not have_lock)
    except StartupError as error:
        sys.stderr.write(f"Nie można otworzyć danych: {error}\n")
        lock.release()
        return cli.EXIT_FAILED
    try:
        return cli.run(args, context)
    finally:
        context.close()
        lock.release()


def run_gui(paths: AppPaths, log_file: Path) -> int:
    from pim_desktop.ui.app_events import AppEvents
    from pim_desktop.ui.error_dialog import (
        install_excepthook,
        show_open_failure,
        show_take_over_failure,
    )
    from pim_desktop.ui.instance_lock_dialog import LockChoice, ask_about_lock
    from pim_desktop.ui.main_window import MainWindow
    from pim_desktop.ui.qt_application import create_qt_application

    language = SettingsStore(paths.settings_file).load().language
    app, _translators = create_qt_application(sys.argv, language, paths.cache_dir)
    install_excepthook(log_file)
    lock = InstanceLock(paths.lock_file)
    read_only = False
    if not lock.acquire():
        choice = ask_about_lock(lock.holder(), paths.data_dir)
        if choice is LockChoice.QUIT:
            return cli.EXIT_OK
        if choice is LockChoice.TAKE_OVER and not lock.take_over():
            show_take_over_failure(paths.lock_file)
            return cli.EXIT_FAILED
        read_only = choice is LockChoice.READ_ONLY
    try:
        context = open_database(paths, read_only=read_only)
    except StartupError as error:
        log.exception("Database could not be opened")
        show_open_failure(str(error), paths.backup_dir)
        lock.release()
        return cli.EXIT_FAILED
    window = MainWindow(context, AppEvents(), log_file)
    window.show()
    code = app.exec()
    context.close()
    lock.release()
    return code


def run_self_test() -> int:
    """Start the whole program offscreen on a fresh sample data folder, open every page."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pim_desktop.ui.app_events import AppEvents
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
            window = MainWindow(context, AppEvents(), log_file)
            failures += walk_pages(app, window)
            failures += signing_self_check()
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

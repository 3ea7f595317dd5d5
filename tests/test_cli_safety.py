"""backup, restore, export-package and import-package, run as a user runs them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from cli_runner import run_cli
from safety_files import database_rows, write_zip

from pim_desktop.app import open_database
from pim_desktop.domain.application import Application
from pim_desktop.domain.canonical import application_checksum
from pim_desktop.instance_lock import InstanceLock
from pim_desktop.paths import AppPaths


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def applications(home: Path) -> list[Application]:
    """Read in this process: the verbs under test run as subprocesses, the looking need not."""
    context = open_database(AppPaths.under(home), read_only=True)
    try:
        return [summary.application for summary in context.applications.summaries()]
    finally:
        context.close()


def change_partner_draft(home: Path, text: str) -> None:
    context = open_database(AppPaths.under(home), read_only=False)
    try:
        draft = next(a for a in applications(home) if a.role == "partner")
        context.applications.save_values(draft.id, {"motivation": text})
    finally:
        context.close()


def test_backup_and_restore(tmp_path: Path) -> None:
    home = tmp_path / "urząd"
    ok(run_cli(home, "sample-data"))
    paths = AppPaths.under(home)
    said = ok(run_cli(home, "backup"))
    assert "Utworzono i sprawdzono kopię zapasową" in said
    backups = sorted(paths.backup_dir.glob("pim-desktop-*.sqlite3"))
    assert len(backups) == 1
    saved_rows = database_rows(backups[0])

    out = tmp_path / "na pendrive" / "kopia ręczna.sqlite3"
    assert str(out) in ok(run_cli(home, "backup", "--out", str(out)))
    assert out.exists()
    again = run_cli(home, "backup", "--out", str(out))
    assert again.returncode == 1 and "już istnieje" in again.stdout

    # Something changes; the backup brings the earlier state back.
    change_partner_draft(home, "Zmiana po kopii")
    with_lock = InstanceLock(paths.lock_file)
    assert with_lock.acquire()
    try:
        refused = run_cli(home, "restore", str(backups[0]))
        assert refused.returncode == 2 and "otwarte w innej kopii" in refused.stderr
    finally:
        with_lock.release()
    assert database_rows(paths.database_file) != saved_rows

    restored = ok(run_cli(home, "restore", str(backups[0])))
    assert "Przywrócono dane z kopii" in restored
    assert "Stan sprzed przywrócenia zapisano w kopii" in restored
    assert database_rows(paths.database_file) == saved_rows
    assert len(list(paths.backup_dir.glob("pim-desktop-*.sqlite3"))) == 2


def test_export_and_import_between_two_folders_with_a_clash(tmp_path: Path) -> None:
    mine, theirs = tmp_path / "moje dane", tmp_path / "dane lidera"
    ok(run_cli(mine, "sample-data"))
    package = tmp_path / "miasto.pim"
    exported = ok(run_cli(mine, "export-package", "--all", "--out", str(package)))
    assert "wnioski i wersje: 2" in exported and "brakuje plików" in exported
    assert "Dane partnerstwa w pliku: Rejestr Lokalnego Partnerstwa (członków: " in exported
    wrong = run_cli(mine, "export-package", "--out", str(tmp_path / "x.pim"))
    assert wrong.returncode == 2 and "--all" in wrong.stdout
    missing = run_cli(mine, "export-package", "999", "--out", str(tmp_path / "x.pim"))
    assert missing.returncode == 2 and "Nie ma wniosku o numerze 999" in missing.stdout

    dry = ok(run_cli(theirs, "import-package", str(package), "--dry-run"))
    assert "Dane miasta: zostaną wpisane (Gmina Miasto Przykładowo)" in dry
    assert dry.count(": nowy") == 2
    assert "Spotkania (obecność, protokoły, zadania) (spotkań: " in dry
    assert dry.count("nie ma ich tu jeszcze; zostaną dodane.") == 6
    assert "Działania i wydatki sieci (z dokumentami) (działań sieci: 7): nie ma ich" in dry
    assert "Potencjał miast (samooceny) (samoocen miast: " in dry
    assert applications(theirs) == []

    imported = ok(run_cli(theirs, "import-package", str(package)))
    assert "dodane wersje wniosków: 2" in imported
    assert sorted(application_checksum(a) for a in applications(theirs)) == sorted(
        application_checksum(a) for a in applications(mine)
    )
    assert "Miejska Inicjatywa Działań: zostaną dodane." in imported
    twice = ok(run_cli(theirs, "import-package", str(package)))
    assert twice.count("już jest (pominięty)") == 2 and "dodane wersje wniosków: 0" in twice
    assert twice.count("takie same jak tutaj; bez zmian.") == 6

    # The Leader changes the draft; the same file again is a clash: keep both, then replace.
    change_partner_draft(theirs, "Zmiana u lidera")
    kept = ok(run_cli(theirs, "import-package", str(package)))
    assert "jest już w innej postaci" in kept and "zachowane obok: 1" in kept
    assert len(applications(theirs)) == 3
    replaced = ok(run_cli(theirs, "import-package", str(package), "--on-clash", "replace"))
    assert "zastąpione wnioski: 1" in replaced
    assert len(applications(theirs)) == 3  # the copy kept before stays beside the file's one


def test_a_hostile_file_is_refused_from_the_command_line(tmp_path: Path) -> None:
    home = tmp_path / "urząd"
    ok(run_cli(home, "sample-data"))
    before = database_rows(AppPaths.under(home).database_file)
    crafted = write_zip(
        tmp_path / "zlosliwy.pim",
        [("manifest.json", b"{}"), ("../../../zlosliwy.sh", b"rm -rf ~")],
    )
    result = run_cli(home, "import-package", str(crafted))
    assert result.returncode == 1
    assert "niebezpiecznej nazwie „../../../zlosliwy.sh”" in result.stdout
    assert database_rows(AppPaths.under(home).database_file) == before
    assert not (tmp_path.parent / "zlosliwy.sh").exists()


def test_a_chosen_data_folder_that_is_gone_is_not_made_anew(tmp_path: Path) -> None:
    """The data were moved to a drive that is not connected now: the program says so."""
    profile = tmp_path / "profil"
    env = {
        key: value
        for key, value in os.environ.items()
        if key != "PIM_DESKTOP_HOME" and not key.startswith("XDG_")
    }
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        env[variable] = str(profile / variable.lower())
    gone = tmp_path / "pendrive" / "PIM"
    settings = profile / "xdg_config_home" / "pim-desktop" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text(f'{{"data_dir": "{gone.as_posix()}"}}', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pim_desktop", "list"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**env, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "jest niedostępny" in result.stderr and str(gone) in result.stderr
    assert not gone.exists()

"""The command line, run as a user runs it: a real process on a real data folder."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

from pim_desktop import __version__
from pim_desktop.instance_lock import InstanceLock
from pim_desktop.paths import AppPaths


def run_cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PIM_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-m", "pim_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def test_version(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"PIM Desktop {__version__}"


def test_sample_data_fills_an_empty_folder_once(tmp_path: Path) -> None:
    home = tmp_path / "przykład ż"
    first = run_cli(home, "sample-data")
    assert first.returncode == 0, first.stderr
    assert "Gmina Miasto Przykładowo" in first.stdout
    assert AppPaths.under(home).database_file.exists()
    second = run_cli(home, "sample-data")
    assert second.returncode == 1
    assert "zawiera już dane miasta" in second.stdout


def test_writing_verb_is_refused_while_the_program_is_open(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    lock = InstanceLock(paths.lock_file)
    assert lock.acquire()
    try:
        result = run_cli(tmp_path, "sample-data")
    finally:
        lock.release()
    assert result.returncode == 2
    assert "otwarte w innej kopii" in result.stderr


def test_self_test_opens_every_page(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Autotest: OK" in result.stdout
    assert not AppPaths.under(tmp_path).database_file.exists()  # it never touches real data


def test_unknown_verb_is_a_usage_error(tmp_path: Path) -> None:
    result = run_cli(tmp_path, "nie-ma-takiego")
    assert result.returncode == 2
    assert "nie-ma-takiego" in result.stderr


def test_meetings_list_as_text_and_json(tmp_path: Path) -> None:
    assert run_cli(tmp_path, "sample-data").returncode == 0
    text = run_cli(tmp_path, "meetings", "list")
    assert text.returncode == 0, text.stderr
    assert "Inauguracyjne spotkanie Lokalnego Partnerstwa" in text.stdout
    assert "warsztat" in text.stdout
    listed = run_cli(tmp_path, "meetings", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    meetings = json.loads(listed.stdout)
    assert len(meetings) == 6
    assert all(set(meeting) == {"id", "date", "type", "title"} for meeting in meetings)
    assert {meeting["type"] for meeting in meetings} >= {"lp_meeting", "workshop"}
    assert dt.date.fromisoformat(meetings[0]["date"]) >= dt.date.fromisoformat(meetings[-1]["date"])
    assert "Konsultacje: park nad Przykładówką" in {meeting["title"] for meeting in meetings}


def test_attendance_sheet_and_minutes_are_written_as_pdf(tmp_path: Path) -> None:
    home = tmp_path / "dane"
    run_cli(home, "sample-data")
    meeting_id = str(json.loads(run_cli(home, "meetings", "list", "--json").stdout)[0]["id"])
    for verb, file_name in (
        ("attendance-sheet", "lista obecności.pdf"),
        ("minutes", "protokół.pdf"),
    ):
        target = tmp_path / file_name
        result = run_cli(home, verb, meeting_id, "--out", str(target))
        assert result.returncode == 0, result.stderr
        assert str(target) in result.stdout and "stron:" in result.stdout
        assert target.read_bytes().startswith(b"%PDF-")
    missing = run_cli(home, "minutes", "999", "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 1
    assert "Nie ma spotkania o numerze 999" in missing.stderr


def test_members_export_then_import_lists_each_rejected_row(tmp_path: Path) -> None:
    home = tmp_path / "dane"
    run_cli(home, "sample-data")
    exported = tmp_path / "członkowie.csv"
    result = run_cli(home, "members", "export", str(exported))
    assert result.returncode == 0, result.stderr
    assert exported.read_bytes().startswith(b"\xef\xbb\xbf")
    assert "Zapisano 26 członków" in result.stdout

    incoming = tmp_path / "nowi.csv"
    incoming.write_bytes(
        (
            "Nazwa;Sektor;Imię i nazwisko;E-mail\r\n"
            "Klub Sportowy „Łokietek”;organizacja pozarządowa;Jan Żmuda;klub@example.pl\r\n"
            "Zła Firma;kosmos;Ewa Ślęzak;ewa@example.pl\r\n"
        ).encode("cp1250")
    )
    imported = run_cli(home, "members", "import", str(incoming))
    assert imported.returncode == 1
    assert "dopisano 1 członków" in imported.stdout
    assert "Wiersz 3 odrzucony" in imported.stdout and "„kosmos”" in imported.stdout
    again = run_cli(home, "members", "export", str(exported))
    assert "Zapisano 27 członków" in again.stdout
    assert "Klub Sportowy „Łokietek”" in exported.read_text(encoding="utf-8-sig")
    assert "Zła Firma" not in exported.read_text(encoding="utf-8-sig")


def test_members_import_needs_the_data_folder_to_itself(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    source = tmp_path / "nowi.csv"
    source.write_text("Nazwa\nFundacja\n", encoding="utf-8")
    assert run_cli(tmp_path, "meetings", "list").returncode == 0  # makes the database
    lock = InstanceLock(paths.lock_file)
    assert lock.acquire()
    try:
        refused = run_cli(tmp_path, "members", "import", str(source))
        listed = run_cli(tmp_path, "meetings", "list")
    finally:
        lock.release()
    assert refused.returncode == 2 and "otwarte w innej kopii" in refused.stderr
    assert listed.returncode == 0

"""The command line, run as a user runs it: a real process on a real data folder."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from cli_runner import run_cli

from pim_desktop import __version__
from pim_desktop.instance_lock import InstanceLock
from pim_desktop.paths import AppPaths


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


def test_list_and_check_as_json(tmp_path: Path) -> None:
    import json

    assert run_cli(tmp_path, "sample-data").returncode == 0
    listing = run_cli(tmp_path, "list", "--json")
    assert listing.returncode == 0, listing.stderr
    rows = json.loads(listing.stdout)
    assert len(rows) == 2
    assert all({"id", "edition", "role", "network", "status"} <= row.keys() for row in rows)
    leader = next(row for row in rows if row["role"] == "lider")
    partner = next(row for row in rows if row["role"] == "partner")

    clean = run_cli(tmp_path, "check", str(leader["id"]))
    assert clean.returncode == 0, clean.stdout
    assert "nie ma problemów" in clean.stdout

    faulty = run_cli(tmp_path, "check", str(partner["id"]), "--json")
    assert faulty.returncode == 1
    report = json.loads(faulty.stdout)
    assert report["ok"] is False and report["problems"]
    assert {p["code"] for p in report["problems"]} <= {"required", "declaration_not_accepted"}

    text = run_cli(tmp_path, "check", str(partner["id"]))
    assert text.returncode == 1 and "To pole jest wymagane" in text.stdout
    assert run_cli(tmp_path, "check", "9999").returncode == 2


def test_list_json_gives_each_application_its_checksum(tmp_path: Path) -> None:
    import json

    assert run_cli(tmp_path, "sample-data").returncode == 0
    rows = json.loads(run_cli(tmp_path, "list", "--json").stdout)
    for row in rows:
        assert len(row["checksum"]) == 64 and row["checksum"] == row["checksum"].upper()
        assert {"id", "edition", "role", "network", "status", "version"} <= row.keys()
    assert len({row["checksum"] for row in rows}) == len(rows)


def test_export_pdf_final_draft_and_match_pdf(tmp_path: Path) -> None:
    import json

    home = tmp_path / "dane"
    assert run_cli(home, "sample-data").returncode == 0
    rows = json.loads(run_cli(home, "list", "--json").stdout)
    leader = next(row for row in rows if row["role"] == "lider")
    partner = next(row for row in rows if row["role"] == "partner")

    final = tmp_path / "wnioski ąę" / "Wniosek Lider – Przykładowo.pdf"
    final.parent.mkdir()
    exported = run_cli(home, "export-pdf", str(leader["id"]), "--out", str(final))
    assert exported.returncode == 0, exported.stdout + exported.stderr
    assert final.read_bytes().startswith(b"%PDF-")
    assert "wersja ostateczna" in exported.stdout
    assert f"{final.stat().st_size:,}".replace(",", " ") + " B" in exported.stdout
    checksum = leader["checksum"]
    grouped = "-".join(checksum[i : i + 4] for i in range(0, 64, 4))
    assert grouped in exported.stdout

    refused = run_cli(home, "export-pdf", str(partner["id"]), "--out", str(tmp_path / "p.pdf"))
    assert refused.returncode == 1
    assert "ma problemy" in refused.stdout and "To pole jest wymagane" in refused.stdout
    assert "--draft" in refused.stdout
    assert not (tmp_path / "p.pdf").exists()

    draft = tmp_path / "partner robocza.pdf"
    made = run_cli(home, "export-pdf", str(partner["id"]), "--out", str(draft), "--draft")
    assert made.returncode == 0, made.stdout
    assert "wersja robocza" in made.stdout and draft.exists()

    matched = run_cli(home, "match-pdf", str(final))
    assert matched.returncode == 0, matched.stdout
    assert f"Wniosek nr {leader['id']}, wersja 1" in matched.stdout
    assert "zgodny z obecnymi danymi" in matched.stdout
    assert str(final) in matched.stdout  # the recorded final print
    assert f"Wniosek nr {partner['id']}, wersja 1" in run_cli(home, "match-pdf", str(draft)).stdout
    typed = run_cli(home, "match-pdf", grouped.lower())
    assert typed.returncode == 0 and f"Wniosek nr {leader['id']}" in typed.stdout

    stranger = tmp_path / "obcy.pdf"
    stranger.write_bytes(b"%PDF-1.4\n%%EOF\n")
    none = run_cli(home, "match-pdf", str(stranger))
    assert none.returncode == 1 and "nie znaleziono sumy kontrolnej" in none.stdout
    unknown = run_cli(home, "match-pdf", "F" * 64)
    assert unknown.returncode == 1 and "nie pasuje do żadnego wniosku" in unknown.stdout
    assert run_cli(home, "export-pdf", "999", "--out", str(tmp_path / "x.pdf")).returncode == 2


def test_a_draft_export_runs_beside_an_open_window_but_a_final_one_waits(tmp_path: Path) -> None:
    paths = AppPaths.under(tmp_path).ensure()
    assert run_cli(tmp_path, "sample-data").returncode == 0
    lock = InstanceLock(paths.lock_file)
    assert lock.acquire()
    try:
        draft = run_cli(tmp_path, "export-pdf", "1", "--out", str(tmp_path / "r.pdf"), "--draft")
        final = run_cli(tmp_path, "export-pdf", "1", "--out", str(tmp_path / "o.pdf"))
    finally:
        lock.release()
    assert draft.returncode == 0, draft.stdout + draft.stderr
    assert final.returncode == 2 and "otwarte w innej kopii" in final.stderr


def test_meetings_list_as_text_and_json(tmp_path: Path) -> None:
    assert run_cli(tmp_path, "sample-data").returncode == 0
    text = run_cli(tmp_path, "meetings", "list")
    assert text.returncode == 0, text.stderr
    assert "Inauguracyjne spotkanie Lokalnego Partnerstwa" in text.stdout
    assert "warsztat" in text.stdout
    listed = run_cli(tmp_path, "meetings", "list", "--json")
    assert listed.returncode == 0, listed.stderr
    meetings = json.loads(listed.stdout)
    # Six of the partnership and three of the network (a seminar, a study visit, a meeting).
    assert len(meetings) == 9
    assert sum(meeting["type"] in {"network_meeting", "study_visit"} for meeting in meetings) >= 3
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

"""The command line, run as a user runs it: a real process on a real data folder."""

from __future__ import annotations

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

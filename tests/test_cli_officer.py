"""The command line's author of changes: ``--officer NAME`` before or after the verb, or the
environment variable ``PIM_DESKTOP_OFFICER``, is written beside what the verb stores."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from pim_desktop.app import open_database
from pim_desktop.paths import AppPaths


def run_cli(home: Path, *args: str, officer: str = "") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PIM_DESKTOP_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PIM_DESKTOP_OFFICER", None)
    if officer:
        env["PIM_DESKTOP_OFFICER"] = officer
    return subprocess.run(
        [sys.executable, "-m", "pim_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=120,
        check=False,
    )


def authors(home: Path) -> set[str]:
    context = open_database(AppPaths.under(home), read_only=True)
    try:
        return {summary.application.changed_by for summary in context.applications.summaries()}
    finally:
        context.close()


def test_the_officer_option_and_variable_sign_what_a_verb_stores(tmp_path: Path) -> None:
    after_verb = run_cli(tmp_path / "a", "sample-data", "--officer", "Jan Kowalski")
    assert after_verb.returncode == 0, after_verb.stderr
    assert authors(tmp_path / "a") == {"Jan Kowalski"}
    before_verb = run_cli(
        tmp_path / "b", "--officer", "Ewa Zając", "sample-data", officer="Inna Osoba"
    )
    assert before_verb.returncode == 0, before_verb.stderr
    assert authors(tmp_path / "b") == {"Ewa Zając"}
    from_environment = run_cli(tmp_path / "c", "sample-data", officer="Zofia Łagoda")
    assert from_environment.returncode == 0, from_environment.stderr
    assert authors(tmp_path / "c") == {"Zofia Łagoda"}

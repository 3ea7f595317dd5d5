"""The command line's author of changes: ``--officer NAME`` before or after the verb, or the
environment variable ``PIM_DESKTOP_OFFICER``, is written beside what the verb stores."""

from __future__ import annotations

from pathlib import Path

from cli_runner import run_cli

from pim_desktop.app import open_database
from pim_desktop.paths import AppPaths


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
        tmp_path / "b",
        "--officer",
        "Ewa Zając",
        "sample-data",
        env={"PIM_DESKTOP_OFFICER": "Inna Osoba"},
    )
    assert before_verb.returncode == 0, before_verb.stderr
    assert authors(tmp_path / "b") == {"Ewa Zając"}
    from_environment = run_cli(
        tmp_path / "c", "sample-data", env={"PIM_DESKTOP_OFFICER": "Zofia Łagoda"}
    )
    assert from_environment.returncode == 0, from_environment.stderr
    assert authors(tmp_path / "c") == {"Zofia Łagoda"}

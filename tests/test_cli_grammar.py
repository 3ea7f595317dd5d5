"""A command reads its own verb's grammar: the same arguments, answers and help as the whole
grammar gives, and the whole grammar for any line it cannot tell the verb of at a glance."""

from __future__ import annotations

import contextlib
import io
from collections.abc import Callable

import pytest

from pim_desktop.cli import parse_arguments
from pim_desktop.cli.grammar import VERB_GROUPS, build_parser, named_verb

LINES = [
    ["export-pdf", "1", "--out", "wniosek.pdf", "--draft"],
    ["--officer", "Anna Nowak", "export-pdf", "1", "--out", "a.pdf"],
    ["--database=postgresql+psycopg://u:h@s/pim", "list", "--json"],
    ["--officer", "list", "check", "2", "--json"],
    ["sign", "a.pdf", "--out", "b.pdf", "--pkcs12", "k.p12", "--no-timestamp"],
    ["meetings", "list", "--json"],
    ["members", "import", "członkowie.csv", "--officer", "Jan"],
    ["contribution", "import", "w.pim-wklad", "--dry-run"],
    ["import-package", "a.pim", "--on-clash", "replace"],
    ["receipt", "pdf", "3", "--out", "d.pdf"],
    ["network", "activities", "--year", "2025"],
    ["copy-data", "--to", "postgresql+psycopg://u:h@s/pim"],
    ["sample-data"],
]


@pytest.mark.parametrize("line", LINES, ids=" ".join)
def test_a_command_is_read_as_the_whole_grammar_reads_it(line: list[str]) -> None:
    verb = named_verb(line)
    assert verb in VERB_GROUPS
    assert parse_arguments(line) == build_parser().parse_args(line)


@pytest.mark.parametrize(
    "line",
    [
        ["--help", "export-pdf"],
        ["--version", "list"],
        ["--off", "Anna", "list"],
        ["--open", "plik.pim"],
        ["expor-pdf", "1"],
        [],
    ],
)
def test_a_line_without_a_plain_verb_gets_the_whole_grammar(line: list[str]) -> None:
    assert named_verb(line) not in VERB_GROUPS


def _answer(parse: Callable[[list[str]], object], line: list[str]) -> tuple[str, str, object]:
    out, err = io.StringIO(), io.StringIO()
    code: object = None
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            parse(line)
        except SystemExit as leaving:
            code = leaving.code
    return out.getvalue(), err.getvalue(), code


@pytest.mark.parametrize(
    "line",
    [
        ["export-pdf", "--help"],
        ["export-pdf", "1"],
        ["sign", "a.pdf", "--out", "b.pdf"],
        ["meetings", "remove"],
        ["--help"],
        ["expor-pdf", "1"],
    ],
)
def test_help_and_mistakes_are_answered_as_before(line: list[str]) -> None:
    whole = _answer(build_parser().parse_args, line)
    assert whole[2] is not None  # each of these lines stops the program
    assert _answer(parse_arguments, line) == whole


def test_the_groups_hold_every_verb_of_the_whole_grammar() -> None:
    verbs = next(action for action in build_parser()._actions if action.dest == "command").choices
    assert list(verbs) == list(VERB_GROUPS)

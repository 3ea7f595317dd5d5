"""The value checker: one test per kind of problem, visibility, roles, completeness and status."""

from __future__ import annotations

import json
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from form_samples import fill_every_field

from pim_desktop.domain.forms.addresses import FieldAddress, describe_address, parse_address
from pim_desktop.domain.forms.check import (
    SectionStatus,
    check_application,
    completeness,
    section_status,
    section_statuses,
)
from pim_desktop.domain.forms.definition import FormDefinition, Role
from pim_desktop.domain.forms.field_check import check_field
from pim_desktop.domain.forms.loader import load_form_definition, parse_form_definition
from pim_desktop.domain.forms.problem_codes import ProblemCode
from pim_desktop.domain.forms.values import count_chars
from pim_desktop.domain.problems import Problem

FORMS_DIR = Path(__file__).resolve().parents[3] / "resources" / "forms"
SHIPPED = sorted(FORMS_DIR.glob("*.json"))
TODAY = date(2024, 1, 15)
SHA = "a" * 64


def _f(field_id: str, field_type: str, required: bool = False, **extra: Any) -> dict[str, Any]:
    return {
        "id": field_id,
        "label": field_id.capitalize(),
        "type": field_type,
        "required": required,
        "help": "",
        **extra,
    }


def _choices(*values: str) -> list[dict[str, str]]:
    return [{"value": v, "label": v.upper()} for v in values]


FORM: dict[str, Any] = {
    "format_version": 1,
    "id": "test",
    "version": "1.0",
    "title": "Formularz do testów",
    "edition": {"id": "test", "name": "Test", "years": [2024, 2026]},
    "roles": [{"id": "lider", "label": "Lider"}, {"id": "partner", "label": "Partner"}],
    "networks": [{"id": "siec", "name": "Sieć"}],
    "call": {"deadline": "2024-01-28"},
    "notice": "Do uzgodnienia.",
    "sections": [
        {
            "id": "texts",
            "number": "A",
            "title": "Teksty",
            "fields": [
                _f("name", "short_text", True, max_chars=10),
                _f("essay", "long_text", max_chars=20),
                _f("email", "short_text", format="email"),
                _f("phone", "short_text", format="phone"),
                _f("nip", "short_text", format="nip"),
                _f("regon", "short_text", format="regon"),
                _f("teryt", "short_text", format="teryt"),
                _f("epuap", "short_text", format="epuap"),
                _f("ade", "short_text", format="edoreczenia"),
            ],
        },
        {
            "id": "numbers",
            "number": "B",
            "title": "Liczby i daty",
            "fields": [
                _f("count", "number", min=1, max=100),
                _f("share", "number", decimals=1, max=100),
                _f("amount", "money", max=1000000),
                _f("year", "number", min=2000, max=2100),
                _f("day", "date", min="2024-01-01", max="2024-12-31"),
                _f("start", "date"),
                _f("end", "date"),
            ],
        },
        {
            "id": "choices",
            "number": "C",
            "title": "Wybory",
            "fields": [
                _f("kind", "single_choice", True, choices=_choices("a", "b", "c")),
                _f("kind_note", "short_text", True, visible_when={"field": "kind", "equals": "c"}),
                _f("topics", "multiple_choice", choices=_choices("x", "y", "z"), max_selected=2),
                _f("agree", "declaration", True, text="Oświadczam, że się zgadzam."),
                _f("optional_agree", "declaration", text="Oświadczam coś nieobowiązkowego."),
            ],
        },
        {
            "id": "people",
            "number": "D",
            "title": "Osoby i tabele",
            "fields": [
                _f("coordinator", "person", True),
                _f("deputy", "person"),
                _f(
                    "team",
                    "table",
                    True,
                    min_rows=2,
                    max_rows=3,
                    columns=[
                        {"id": "who", "label": "Kto", "type": "short_text", "required": True},
                        {
                            "id": "role",
                            "label": "Rola",
                            "type": "short_text",
                            "required": True,
                            "max_chars": 5,
                        },
                        {"id": "since", "label": "Od", "type": "date", "required": False},
                        {"id": "until", "label": "Do", "type": "date", "required": False},
                    ],
                ),
            ],
        },
        {
            "id": "leader",
            "number": "L",
            "title": "Lider",
            "roles": ["lider"],
            "fields": [_f("concept", "long_text", True, max_chars=100)],
        },
        {
            "id": "files",
            "number": "H",
            "title": "Załączniki",
            "fields": [
                _f("proxy", "attachment", accept=[".pdf"]),
                _f("letters", "attachment", multiple=True),
            ],
        },
    ],
    "rules": [
        {"type": "date_order", "start": "start", "end": "end"},
        {"type": "date_order", "table": "team", "start": "since", "end": "until", "strict": True},
        {"type": "not_in_future", "field": "year"},
        {"type": "not_in_future", "field": "day"},
    ],
}


@pytest.fixture(scope="module")
def form() -> FormDefinition:
    return parse_form_definition(json.dumps(FORM), "test.json")


def _valid() -> dict[str, Any]:
    """The smallest complete application of the test form for a partner."""
    person = {
        "name": "Anna Żółkiewska",
        "position": "Specjalistka",
        "department": "",
        "phone": "+48 22 123 45 67",
        "email": "anna@urzad.pl",
    }
    return {
        "name": "Zażółć",
        "kind": "a",
        "agree": True,
        "coordinator": person,
        "team": [{"who": "Jan", "role": "ekspert"[:5]}, {"who": "Ola", "role": "koord"}],
    }


def _check(form: FormDefinition, role: Role = Role.PARTNER, **changes: Any) -> list[Problem]:
    return _check_changed(form, changes, role)


def _check_changed(
    form: FormDefinition, changes: dict[str, Any], role: Role = Role.PARTNER
) -> list[Problem]:
    values = _valid()
    values.update(changes)
    return check_application(form, role, values, today=TODAY)


def _codes(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.field_id, p.code) for p in problems]


def test_complete_application_has_no_problems(form: FormDefinition) -> None:
    assert _check(form) == []


# --- Required and length ------------------------------------------------------------------------


@pytest.mark.parametrize("empty", [None, "", "   "])
def test_required_text_missing(form: FormDefinition, empty: object) -> None:
    problems = _check(form, name=empty)
    assert _codes(problems) == [("name", "required")]
    assert problems[0].text() == "To pole jest wymagane."
    assert problems[0].section_id == "texts"


def test_missing_key_counts_as_empty(form: FormDefinition) -> None:
    values = _valid()
    del values["name"]
    assert _codes(check_application(form, Role.PARTNER, values, today=TODAY)) == [
        ("name", "required")
    ]


def test_polish_letters_count_as_one_character(form: FormDefinition) -> None:
    assert count_chars("zażółćgęśl") == 10
    assert _check(form, name="zażółćgęśl") == []
    problems = _check(form, name="zażółćgęślą")
    assert _codes(problems) == [("name", "too_long")]
    assert dict(problems[0].params) == {"count": 11, "limit": 10, "excess": 1}
    assert problems[0].text() == "Tekst jest za długi – liczba znaków ze spacjami: 11, limit: 10."


def test_decomposed_letters_are_counted_after_composition(form: FormDefinition) -> None:
    decomposed = unicodedata.normalize("NFD", "zażółćgęśl")
    assert len(decomposed) > 10
    assert count_chars(decomposed) == 10
    assert _check(form, name=decomposed) == []


def test_spaces_and_line_breaks_count(form: FormDefinition) -> None:
    assert _check(form, essay="a" * 9 + "\n" + " " * 10) == []
    assert _codes(_check(form, essay="a" * 9 + "\n" + " " * 11)) == [("essay", "too_long")]


# --- Formats -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("field_id", "good", "bad", "code"),
    [
        ("email", "koordynator@urząd.przykladowo.pl", "koordynator@urzad", "bad_email"),
        ("phone", "(22) 123 45 67 wew. 12", "123 45", "bad_phone"),
        ("nip", "526-104-08-28", "5261040829", "bad_nip"),
        ("regon", "630258239", "630258230", "bad_regon"),
        ("teryt", "1465011", "9965011", "bad_teryt"),
        ("epuap", "/UMPrzykladowo/SkrytkaESP", "UMPrzykladowo", "bad_epuap_address"),
        (
            "ade",
            "AE:PL-12345-67890-ABCDE-12",
            "AE:PL-12345-67890-abcde-12",
            "bad_edoreczenia_address",
        ),
    ],
)
def test_text_formats(form: FormDefinition, field_id: str, good: str, bad: str, code: str) -> None:
    assert _check_changed(form, {field_id: good}) == []
    problems = _check_changed(form, {field_id: bad})
    assert _codes(problems) == [(field_id, code)]
    assert bad in problems[0].text()


# --- Numbers, money, dates ---------------------------------------------------------------------


@pytest.mark.parametrize("text", ["1 234", "12,5", "01", "-0", "1e3", "+5", " 5", "12."])
def test_non_canonical_numbers_are_bad(form: FormDefinition, text: str) -> None:
    problems = _check(form, count=text)
    assert _codes(problems) == [("count", "bad_number")]


def test_a_float_is_not_a_stored_number(form: FormDefinition) -> None:
    assert _codes(_check(form, amount=12.5)) == [("amount", "bad_value")]


def test_integer_field_rejects_fractions(form: FormDefinition) -> None:
    problems = _check(form, count="12.5")
    assert _codes(problems) == [("count", "bad_number")]
    assert problems[0].text() == "Wartość musi być liczbą całkowitą."


def test_decimals_limit(form: FormDefinition) -> None:
    assert _check(form, share="12.5") == []
    problems = _check(form, share="12.55")
    assert problems[0].text() == "Za dużo cyfr po przecinku – dozwolona liczba cyfr: 1."


def test_money_is_exact_to_the_grosz(form: FormDefinition) -> None:
    assert _check(form, amount="1234.56") == []
    assert _check(form, amount="1234.5") == []
    assert _check(form, amount="1234") == []
    problems = _check(form, amount="1234.567")
    assert _codes(problems) == [("amount", "bad_number")]
    assert "z dokładnością do grosza" in problems[0].text()
    assert _codes(_check(form, amount="1234,56")) == [("amount", "bad_number")]


def test_numbers_out_of_range(form: FormDefinition) -> None:
    below = _check(form, count="0")
    assert _codes(below) == [("count", "out_of_range")]
    assert below[0].text() == "Wartość nie może być mniejsza niż 1."
    above = _check(form, amount="1000000.01")
    assert above[0].text() == "Wartość nie może być większa niż 1\u00a0000\u00a0000,00\u00a0zł."
    assert _codes(_check(form, amount="-1")) == [("amount", "out_of_range")]


@pytest.mark.parametrize("text", ["2024-02-30", "15.01.2024", "2024-1-5", 20240115])
def test_bad_dates(form: FormDefinition, text: object) -> None:
    assert _codes(_check(form, day=text)) == [("day", "bad_date")]


def test_dates_out_of_range(form: FormDefinition) -> None:
    problems = _check(form, day="2023-12-31")
    assert _codes(problems) == [("day", "out_of_range")]
    assert problems[0].text() == "Data nie może być wcześniejsza niż 01.01.2024."


# --- Choices and declarations -------------------------------------------------------------------


def test_choice_not_offered(form: FormDefinition) -> None:
    problems = _check(form, kind="d")
    assert _codes(problems) == [("kind", "bad_choice")]
    assert problems[0].text() == "Wartość „d” nie należy do listy dostępnych odpowiedzi."


def test_multiple_choice_values(form: FormDefinition) -> None:
    assert _check(form, topics=["x", "z"]) == []
    assert _codes(_check(form, topics=["x", "q"])) == [("topics", "bad_choice")]
    assert _codes(_check(form, topics=["x", "y", "z"])) == [("topics", "too_many_choices")]
    assert _codes(_check(form, topics=["x", "x"])) == [("topics", "bad_value")]
    assert _codes(_check(form, topics="x")) == [("topics", "bad_value")]


@pytest.mark.parametrize("value", [False, None])
def test_required_declaration_must_be_ticked(form: FormDefinition, value: object) -> None:
    problems = _check(form, agree=value)
    assert _codes(problems) == [("agree", "declaration_not_accepted")]
    assert _check(form, optional_agree=False) == []


# --- Persons, tables, attachments ----------------------------------------------------------------


def test_person_contact_details(form: FormDefinition) -> None:
    person = dict(_valid()["coordinator"], email="anna(at)urzad.pl", phone="12")
    problems = _check(form, coordinator=person)
    assert _codes(problems) == [
        ("coordinator.phone", "bad_phone"),
        ("coordinator.email", "bad_email"),
    ]


def test_a_person_begun_must_be_finished(form: FormDefinition) -> None:
    assert _check(form, deputy={"name": "", "email": ""}) == []
    problems = _check(form, deputy={"email": "zastepca@urzad.pl"})
    assert _codes(problems) == [
        ("deputy.name", "required"),
        ("deputy.position", "required"),
        ("deputy.phone", "required"),
    ]


def test_required_person_missing(form: FormDefinition) -> None:
    assert _codes(_check(form, coordinator=None)) == [("coordinator", "required")]


def test_table_rows_and_cells(form: FormDefinition) -> None:
    team = [{"who": "Jan", "role": "ekspert"}, {"who": "", "role": ""}, {"who": "", "role": "x"}]
    problems = _check(form, team=team)
    # The empty row in the middle is skipped, yet addresses keep the stored row numbers.
    assert _codes(problems) == [("team[0].role", "too_long"), ("team[2].who", "required")]
    assert all(p.section_id == "people" for p in problems)


def test_table_row_counts(form: FormDefinition) -> None:
    one = [{"who": "Jan", "role": "a"}, {}]
    problems = _check(form, team=one)
    assert _codes(problems) == [("team", "too_few_rows")]
    assert problems[0].text() == "Wypełnionych wierszy: 1, wymagane co najmniej: 2."
    four = [{"who": str(n), "role": "a"} for n in range(4)]
    assert _codes(_check(form, team=four)) == [("team", "too_many_rows")]
    assert _codes(_check(form, team=[{}, {}])) == [("team", "required")]


def test_attachments(form: FormDefinition) -> None:
    good = {"file_name": "Pełnomocnictwo.PDF", "size": 2048, "sha256": SHA}
    assert _check(form, proxy=good, letters=[good, dict(good, file_name="list.jpg")]) == []
    wrong_type = _check(form, proxy=dict(good, file_name="skan.jpg"))
    assert _codes(wrong_type) == [("proxy", "bad_file_type")]
    assert wrong_type[0].text() == "Plik „skan.jpg” ma niedozwolony rodzaj – dozwolone: .pdf."
    broken = [good, dict(good, sha256="zzz")]
    assert _codes(_check(form, letters=broken)) == [("letters[1]", "bad_attachment")]
    assert _codes(_check(form, proxy=dict(good, size=True))) == [("proxy", "bad_attachment")]
    assert _codes(_check(form, proxy=[good])) == [("proxy", "bad_value")]


# --- Rules ------------------------------------------------------------------------------------


def test_date_order(form: FormDefinition) -> None:
    assert _check(form, start="2024-03-01", end="2024-03-01") == []
    problems = _check(form, start="2024-03-01", end="2024-02-28")
    assert _codes(problems) == [("end", "date_order")]
    assert problems[0].text() == (
        "Data nie może być wcześniejsza niż data w polu „Start” (01.03.2024)."
    )
    assert problems[0].section_id == "numbers"


def test_strict_date_order_in_table_rows(form: FormDefinition) -> None:
    team = [
        {"who": "Jan", "role": "a", "since": "2024-02-01", "until": "2024-02-01"},
        {"who": "Ola", "role": "b", "since": "2024-02-01", "until": "2024-02-02"},
    ]
    problems = _check(form, team=team)
    assert _codes(problems) == [("team[0].until", "date_order")]
    assert problems[0].text().startswith("Data musi być późniejsza niż data w polu „Od”")


def test_not_in_future(form: FormDefinition) -> None:
    assert _check(form, year="2024", day="2024-01-15") == []
    year = _check(form, year="2025")
    assert _codes(year) == [("year", "in_future")]
    assert year[0].text() == "Rok nie może być późniejszy niż bieżący (2024)."
    day = _check(form, day="2024-01-16")
    assert day[0].text() == "Data nie może być późniejsza niż dzisiejsza (15.01.2024)."


def test_rules_ignore_unreadable_dates(form: FormDefinition) -> None:
    assert _codes(_check(form, start="2024-03-01", end="wczoraj")) == [("end", "bad_date")]


# --- Visibility, roles, order ---------------------------------------------------------------


def test_hidden_conditional_field_is_not_reported(form: FormDefinition) -> None:
    assert _check(form, kind="a", kind_note="") == []
    assert _check(form, kind="a", kind_note="x" * 10_000) == []
    assert _codes(_check(form, kind="c")) == [("kind_note", "required")]


def test_role_filtering(form: FormDefinition) -> None:
    assert _check(form, Role.PARTNER, concept="") == []
    assert _codes(_check(form, Role.LEADER)) == [("concept", "required")]


def test_a_role_the_form_lacks_is_an_error() -> None:
    data = dict(FORM, roles=[{"id": "partner", "label": "Partner"}])
    data["sections"] = [s for s in FORM["sections"] if s["id"] != "leader"]
    partner_only = parse_form_definition(json.dumps(data), "test.json")
    with pytest.raises(ValueError, match="lider"):
        check_application(partner_only, Role.LEADER, {})


def test_problems_follow_the_form_order(form: FormDefinition) -> None:
    problems = check_application(
        form, Role.LEADER, {"start": "2024-02-02", "end": "2024-02-01", "year": "1999"}, today=TODAY
    )
    assert [p.field_id for p in problems] == [
        "name",
        "year",
        "end",
        "kind",
        "agree",
        "coordinator",
        "team",
        "concept",
    ]


def test_check_field_alone(form: FormDefinition) -> None:
    assert _codes(check_field(form.field("name"), "")) == [("name", "required")]


# --- Completeness and section status -------------------------------------------------------


def test_completeness(form: FormDefinition) -> None:
    assert completeness(form, Role.PARTNER, {}) == 0.0
    assert completeness(form, Role.PARTNER, _valid()) == 1.0
    assert completeness(form, Role.LEADER, _valid()) == pytest.approx(5 / 6)
    half = {"name": "Jan", "agree": False, "kind": "a"}
    assert completeness(form, Role.PARTNER, half) == pytest.approx(2 / 5)
    with_note = dict(_valid(), kind="c")
    assert completeness(form, Role.PARTNER, with_note) == pytest.approx(5 / 6)


def test_section_status(form: FormDefinition) -> None:
    values = _valid()
    values["count"] = "0"
    statuses = section_statuses(form, Role.PARTNER, values, today=TODAY)
    assert statuses == {
        "texts": SectionStatus.COMPLETE,
        "numbers": SectionStatus.HAS_PROBLEMS,
        "choices": SectionStatus.COMPLETE,
        "people": SectionStatus.COMPLETE,
        "files": SectionStatus.NOT_STARTED,
    }
    assert section_status(form, Role.PARTNER, {}, "texts") is SectionStatus.NOT_STARTED
    unticked = {"agree": False}
    assert section_status(form, Role.PARTNER, unticked, "choices") is SectionStatus.NOT_STARTED
    started = {"kind": "a"}
    assert section_status(form, Role.PARTNER, started, "choices") is SectionStatus.HAS_PROBLEMS
    assert section_status(form, Role.PARTNER, {}, "leader") is SectionStatus.NOT_STARTED
    with pytest.raises(KeyError):
        section_status(form, Role.PARTNER, {}, "nope")


# --- Addresses --------------------------------------------------------------------------------


def test_addresses(form: FormDefinition) -> None:
    assert parse_address("team[2].role") == FieldAddress("team", 2, "role")
    assert parse_address("coordinator.email") == FieldAddress("coordinator", None, "email")
    assert str(FieldAddress("letters", 1)) == "letters[1]"
    assert describe_address(form, "team[2].role") == "Team – wiersz 3 – Rola"
    assert describe_address(form, "coordinator.email") == "Coordinator – adres e-mail"
    assert describe_address(form, "letters[0]") == "Letters – plik 1"
    with pytest.raises(ValueError):
        parse_address("Team[x]")


# --- Shipped definitions, filled in ------------------------------------------------------------


def _shipped_roles() -> list[tuple[Path, Role]]:
    return [(path, role.role) for path in SHIPPED for role in load_form_definition(path).roles]


@pytest.mark.parametrize(
    ("path", "role"), _shipped_roles(), ids=lambda v: v.name if isinstance(v, Path) else str(v)
)
def test_every_shipped_form_filled_in_has_no_problems(path: Path, role: Role) -> None:
    definition = load_form_definition(path)
    values = fill_every_field(definition, role)
    assert check_application(definition, role, values, today=TODAY) == []
    assert completeness(definition, role, values) == 1.0
    statuses = section_statuses(definition, role, values, today=TODAY)
    assert set(statuses.values()) == {SectionStatus.COMPLETE}
    assert definition.field("authority_document").is_visible(values, role)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_every_shipped_form_left_empty_lists_required_fields(path: Path) -> None:
    definition = load_form_definition(path)
    role = definition.roles[0].role
    problems = check_application(definition, role, {}, today=TODAY)
    assert problems
    assert {p.code for p in problems} <= {
        ProblemCode.REQUIRED.value,
        ProblemCode.DECLARATION_NOT_ACCEPTED.value,
    }
    assert all(p.section_id for p in problems)

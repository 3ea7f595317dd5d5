"""Form definitions: every shipped file loads, and every kind of fault is named in Polish."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from pim_desktop.domain.forms.catalog import FormCatalog
from pim_desktop.domain.forms.definition import (
    TEXT_TYPES,
    ChoiceSource,
    DateOrderRule,
    FieldType,
    FormDefinition,
    FormDefinitionError,
    NotAfterDayRule,
    NotInFutureRule,
    PrefillKey,
    PrintWidth,
    Role,
    RowSource,
)
from pim_desktop.domain.forms.loader import load_form_definition, parse_form_definition

FORMS_DIR = Path(__file__).resolve().parents[3] / "resources" / "forms"
SHIPPED = sorted(FORMS_DIR.glob("*.json"))
COMMON_SECTIONS = ["A", "B", "C", "D", "E", "F", "G", "H"]


@pytest.fixture(scope="module")
def catalog() -> FormCatalog:
    return FormCatalog.load(FORMS_DIR)


# --- Shipped definitions -------------------------------------------------------------------------


def test_definitions_are_shipped() -> None:
    names = {path.name for path in SHIPPED}
    assert {
        "pim2017.json",
        "pim2021.json",
        "pim2024-planowanie.json",
        "pim2024-transfer.json",
    } <= names


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_definition_loads_with_all_common_sections(path: Path) -> None:
    definition = load_form_definition(path)
    assert definition.source == path.name
    numbers = [s.number for s in definition.sections]
    assert [n for n in numbers if n in COMMON_SECTIONS] == COMMON_SECTIONS
    assert definition.notice
    assert definition.networks


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_text_fields_have_limits_and_fields_have_help(path: Path) -> None:
    definition = load_form_definition(path)
    for field in definition.all_fields():
        if field.type is FieldType.LONG_TEXT:
            assert field.max_chars, field.id
            assert f"{field.max_chars} znaków ze spacjami" in field.help, field.id
        if field.type is FieldType.DECLARATION:
            assert field.text.startswith("Oświadczam"), field.id
        else:
            assert field.help.strip(), field.id
        for column in field.columns:
            if column.type in TEXT_TYPES:
                assert column.max_chars, f"{field.id}.{column.id}"


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_prefill_covers_applicant_people_and_signature(path: Path) -> None:
    definition = load_form_definition(path)
    by_section = {
        section.number: {f.prefill for f in section.fields if f.prefill}
        for section in definition.sections
    }
    assert PrefillKey.OFFICIAL_NAME in by_section["B"]
    assert PrefillKey.COORDINATOR in by_section["C"]
    assert PrefillKey.SIGNATORY_NAME in by_section["G"]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_shipped_signature_needs_a_document_unless_statutory(path: Path) -> None:
    definition = load_form_definition(path)
    document = definition.field("authority_document")
    assert document.type is FieldType.ATTACHMENT
    assert document.required
    role = definition.roles[0].role
    assert not document.is_visible({"authority_basis": "ustawowe"}, role)
    assert document.is_visible({"authority_basis": "pelnomocnictwo"}, role)
    assert document.is_visible({"authority_basis": "upowaznienie"}, role)


def test_catalog_holds_every_shipped_file(catalog: FormCatalog) -> None:
    assert len(catalog) == len(SHIPPED)
    assert [d.id for d in catalog.all()][:2] == ["pim2017", "pim2021"]


def test_catalog_lookups(catalog: FormCatalog) -> None:
    assert catalog.get("pim2021", "1.0").edition.years == "2021–2023"
    assert catalog.latest("pim2017").call.opens == date(2017, 6, 20)
    assert catalog.find("pim2021", "9.9") is None
    with pytest.raises(KeyError):
        catalog.get("pim2021", "9.9")
    with pytest.raises(KeyError):
        catalog.latest("pim1999")
    assert {d.id for d in catalog.for_edition("pim2024")} == {
        "pim2024-planowanie",
        "pim2024-transfer",
    }
    assert [e.id for e in catalog.editions()] == ["pim2017", "pim2021", "pim2024"]


def test_pim2021_facts(catalog: FormCatalog) -> None:
    form = catalog.latest("pim2021")
    assert form.one_network_per_city
    assert form.call.deadline == date(2021, 9, 20)
    assert form.call.last_day == date(2021, 11, 2)
    assert [n.name for n in form.networks] == [
        "Miasto cyfrowe",
        "Miasto inicjatyw PPP",
        "Miasto zielone",
    ]
    network = form.field("network")
    assert network.type is FieldType.SINGLE_CHOICE
    assert network.choices_from is ChoiceSource.NETWORKS
    assert [c.label for c in network.choices] == [n.name for n in form.networks]


def test_pim2024_forms_share_the_deadline_and_split_networks(catalog: FormCatalog) -> None:
    planning = catalog.latest("pim2024-planowanie")
    transfer = catalog.latest("pim2024-transfer")
    assert planning.call.deadline == transfer.call.deadline == date(2024, 1, 28)
    assert {n.name for n in planning.networks} == {
        "Miasto efektywne energetycznie",
        "Miasto kompaktowe",
    }
    assert [n.name for n in transfer.networks] == ["Miasto dostępnych mieszkań"]
    assert [r.role for r in transfer.roles] == [Role.PARTNER]


def test_sections_and_fields_follow_the_role(catalog: FormCatalog) -> None:
    form = catalog.latest("pim2021")
    leader = [s.number for s in form.sections_for(Role.LEADER)]
    partner = [s.number for s in form.sections_for(Role.PARTNER)]
    assert "L" in leader and "P" not in leader
    assert "P" in partner and "L" not in partner
    leader_ids = {f.id for f in form.fields_for(Role.LEADER)}
    assert "meeting_plan" in leader_ids and "learning_goals" not in leader_ids
    assert form.role_label(Role.LEADER) == "Miasto Lider"


def test_pilot_offers_several_networks_to_partners_only(catalog: FormCatalog) -> None:
    form = catalog.latest("pim2017")
    assert form.field("network_led").roles == frozenset({Role.LEADER})
    joined = form.field("networks_joined")
    assert joined.type is FieldType.MULTIPLE_CHOICE
    assert joined.roles == frozenset({Role.PARTNER})


def test_field_details_are_typed(catalog: FormCatalog) -> None:
    form = catalog.latest("pim2024-planowanie")
    population = form.field("population")
    assert population.min_value == Decimal(1)
    assert population.print_options.width is PrintWidth.HALF
    assert population.prefill is PrefillKey.POPULATION
    team = form.field("team")
    assert team.column("time_share").max_value == Decimal(100)
    assert team.min_rows == 2
    # Version 1.0 bounded the signing date on the field; 1.1 says so through a rule.
    assert catalog.get(form.id, "1.0").field("sign_date").max_date == date(2024, 1, 28)
    assert NotAfterDayRule("sign_date", date(2024, 1, 28), "terminie naboru") in form.rules
    assert NotInFutureRule("population_year") in form.rules
    assert DateOrderRule("date_from", "date_to", table="meeting_plan") in form.rules
    assert len(form.field("voivodeship").choices) == 16


# --- Versions ----------------------------------------------------------------------------------


def test_several_versions_of_one_form_stay_loadable(tmp_path: Path) -> None:
    original = json.loads((FORMS_DIR / "pim2021.json").read_text(encoding="utf-8"))
    newer = copy.deepcopy(original)
    newer["version"] = "1.10"
    newer["title"] = "Zgłoszenie – wersja poprawiona"
    older = copy.deepcopy(original)
    older["version"] = "1.9"
    for name, data in [("pim2021.json", newer), ("pim2021-v1.9.json", older)]:
        _write(tmp_path / name, data)
    catalog = FormCatalog.load(tmp_path)
    assert [d.version for d in catalog.versions("pim2021")] == ["1.9", "1.10"]
    assert catalog.latest("pim2021").title == "Zgłoszenie – wersja poprawiona"
    assert catalog.get("pim2021", "1.9").version == "1.9"
    assert [d.version for d in catalog.current()] == ["1.10"]


def test_one_version_is_loaded_alone_as_the_whole_catalog_has_it(tmp_path: Path) -> None:
    original = json.loads((FORMS_DIR / "pim2021.json").read_text(encoding="utf-8"))
    older = copy.deepcopy(original)
    older["version"] = "1.9"
    older["title"] = "Zgłoszenie – wersja dawna"
    _write(tmp_path / "pim2021.json", original)
    _write(tmp_path / "pim2021-v1.9.json", older)
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")

    alone = FormCatalog.load_one(tmp_path, "pim2021", "1.9")

    assert len(alone) == 1
    assert alone.get("pim2021", "1.9").title == "Zgłoszenie – wersja dawna"
    shipped = FormCatalog.load_one(FORMS_DIR, "pim2024-transfer", "1.0")
    assert shipped.get("pim2024-transfer", "1.0") == FormCatalog.load(FORMS_DIR).get(
        "pim2024-transfer", "1.0"
    )
    with pytest.raises(KeyError):
        FormCatalog.load_one(tmp_path, "pim2021", "9.9")


def test_the_same_version_twice_names_both_files(tmp_path: Path) -> None:
    data = _base_form()
    _write(tmp_path / "a.json", data)
    _write(tmp_path / "b.json", data)
    with pytest.raises(FormDefinitionError) as error:
        FormCatalog.load(tmp_path)
    assert str(error.value) == (
        'b.json: formularz "pim2021" w wersji "1.0" jest już zdefiniowany w pliku a.json'
    )


def test_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(FormDefinitionError, match="brak-folderu: folder definicji"):
        FormCatalog.load(tmp_path / "brak-folderu")


# --- Faults --------------------------------------------------------------------------------------


def _base_form() -> dict[str, Any]:
    """A small valid definition that each fault test breaks in one place."""
    return {
        "format_version": 1,
        "id": "pim2021",
        "version": "1.0",
        "title": "Formularz testowy",
        "edition": {"id": "pim2021", "name": "PIM 2", "years": [2021, 2023]},
        "roles": [
            {"id": "lider", "label": "Miasto Lider"},
            {"id": "partner", "label": "Miasto partnerskie"},
        ],
        "networks": [{"id": "miasto_zielone", "name": "Miasto zielone"}],
        "one_network_per_city": True,
        "call": {"deadline": "2021-09-20"},
        "notice": "Treść do uzgodnienia z oficjalnym formularzem.",
        "sections": [
            {
                "id": "call",
                "number": "A",
                "title": "Nabór",
                "fields": [
                    {
                        "id": "network",
                        "label": "Sieć",
                        "type": "single_choice",
                        "required": True,
                        "help": "Wybierz sieć.",
                        "choices_from": "networks",
                    }
                ],
            },
            {
                "id": "applicant",
                "number": "B",
                "title": "Wnioskodawca",
                "fields": [
                    {
                        "id": "population",
                        "label": "Liczba mieszkańców",
                        "type": "number",
                        "required": True,
                        "help": "Dane GUS.",
                        "min": 1,
                    },
                    {
                        "id": "basis",
                        "label": "Podstawa",
                        "type": "single_choice",
                        "required": True,
                        "help": "",
                        "choices": [
                            {"value": "ustawowe", "label": "Z mocy ustawy"},
                            {"value": "pelnomocnictwo", "label": "Pełnomocnictwo"},
                        ],
                    },
                ],
            },
            {
                "id": "substance",
                "number": "D",
                "title": "Motywacja",
                "fields": [
                    {
                        "id": "motywacja",
                        "label": "Motywacja",
                        "type": "long_text",
                        "required": True,
                        "help": "Limit: 3000 znaków ze spacjami.",
                        "max_chars": 3000,
                    }
                ],
            },
        ],
    }


def _write(path: Path, data: dict[str, Any]) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def _field(data: dict[str, Any], section: int, position: int = 0) -> dict[str, Any]:
    field: dict[str, Any] = data["sections"][section]["fields"][position]
    return field


def _fault(tmp_path: Path, change: Callable[[dict[str, Any]], object]) -> str:
    data = _base_form()
    change(data)
    with pytest.raises(FormDefinitionError) as error:
        load_form_definition(_write(tmp_path / "pim2021.json", data))
    return str(error.value)


def test_base_form_is_valid(tmp_path: Path) -> None:
    definition = load_form_definition(_write(tmp_path / "pim2021.json", _base_form()))
    assert isinstance(definition, FormDefinition)
    assert definition.field("motywacja").max_chars == 3000


def test_invalid_json_names_line_and_column(tmp_path: Path) -> None:
    path = tmp_path / "pim2021.json"
    path.write_text('{\n  "id": "pim2021"\n  "version": "1.0"\n}\n', encoding="utf-8")
    with pytest.raises(FormDefinitionError) as error:
        load_form_definition(path)
    assert (
        str(error.value)
        == "pim2021.json: niepoprawny JSON w wierszu 3, kolumnie 3: brakuje przecinka"
    )


def test_duplicate_json_key(tmp_path: Path) -> None:
    path = tmp_path / "pim2021.json"
    path.write_text('{"id": "a", "id": "b"}', encoding="utf-8")
    with pytest.raises(FormDefinitionError, match='klucz "id" powtarza się w jednym obiekcie'):
        load_form_definition(path)


def test_file_not_in_utf8(tmp_path: Path) -> None:
    path = tmp_path / "pim2021.json"
    path.write_bytes('{"title": "Zgłoszenie"}'.encode("cp1250"))
    with pytest.raises(FormDefinitionError) as error:
        load_form_definition(path)
    assert str(error.value) == "pim2021.json: plik nie jest zapisany w kodowaniu UTF-8"


def test_byte_order_mark_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "pim2021.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(_base_form()).encode("utf-8"))
    assert load_form_definition(path).id == "pim2021"


def test_unknown_top_level_key_suggests_the_right_one(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: d.update(titel="x"))
    assert message == 'pim2021.json: nieznany klucz "titel" (czy chodziło o "title"?)'


def test_unknown_field_key(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: _field(d, 2).update(maxchars=10))
    assert message == (
        'pim2021.json: sekcja "D", pole "motywacja": nieznany klucz "maxchars" '
        '(czy chodziło o "max_chars"?)'
    )


def test_missing_top_level_key(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: d.pop("call"))
    assert message == 'pim2021.json: brak wymaganego klucza "call"'


def test_missing_field_key(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: _field(d, 2).pop("label"))
    assert message == 'pim2021.json: sekcja "D", pole "motywacja": brak wymaganego klucza "label"'


def test_wrong_value_kind(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: _field(d, 2).update(required="tak"))
    assert message == (
        'pim2021.json: sekcja "D", pole "motywacja": klucz "required" musi mieć wartość '
        "true albo false"
    )


def test_duplicate_field_id(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: _field(d, 2).update(id="network"))
    assert message == (
        'pim2021.json: sekcja "D", pole "network": pole "network" występuje w formularzu więcej '
        'niż raz (także w sekcji "A")'
    )


def test_field_id_must_be_snake_case(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: _field(d, 2).update(id="Motywacja"))
    assert 'identyfikator "Motywacja" musi być zapisany w stylu snake_case' in message


def test_duplicate_section(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: d["sections"][2].update(number="B"))
    assert message == (
        'pim2021.json: sekcja "B": sekcja o identyfikatorze lub numerze "B" występuje więcej '
        "niż raz"
    )


def test_unknown_field_type(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: _field(d, 2).update(type="longtext"))
    assert message == 'pim2021.json: sekcja "D", pole "motywacja": nieznany typ pola "longtext"'


def test_max_chars_on_a_number(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: _field(d, 1).update(max_chars=10))
    assert message == (
        'pim2021.json: sekcja "B", pole "population": klucz "max_chars" nie dotyczy pól typu '
        '"number" (dotyczy typów: short_text, long_text)'
    )


def test_choices_missing(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: _field(d, 1, 1).pop("choices"))
    assert message == (
        'pim2021.json: sekcja "B", pole "basis": pole typu "single_choice" wymaga listy '
        '"choices" albo klucza "choices_from"'
    )


def test_duplicate_choice_value(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        _field(d, 1, 1)["choices"][1]["value"] = "ustawowe"

    assert 'wartość odpowiedzi "ustawowe" powtarza się' in _fault(tmp_path, change)


def test_several_networks_when_one_per_city(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: _field(d, 0).update(type="multiple_choice"))
    assert 'formularz ma "one_network_per_city": true' in message


def test_visible_when_pointing_at_an_unknown_field(tmp_path: Path) -> None:
    when = {"field": "podstawa", "equals": "pelnomocnictwo"}
    message = _fault(tmp_path, lambda d: _field(d, 2).update(visible_when=when))
    assert message == (
        'pim2021.json: sekcja "D", pole "motywacja": visible_when wskazuje nieznane pole "podstawa"'
    )


def test_visible_when_pointing_at_a_later_field(tmp_path: Path) -> None:
    when = {"field": "motywacja", "equals": "x"}
    message = _fault(tmp_path, lambda d: _field(d, 1).update(visible_when=when))
    assert 'visible_when wskazuje pole "motywacja", które nie występuje wcześniej' in message


def test_visible_when_value_not_offered(tmp_path: Path) -> None:
    when = {"field": "basis", "in": ["upowaznienie"]}
    message = _fault(tmp_path, lambda d: _field(d, 2).update(visible_when=when))
    assert 'wartość "upowaznienie" nie należy do odpowiedzi pola "basis"' in message


def test_visible_when_on_a_text_field(tmp_path: Path) -> None:
    when = {"field": "population", "equals": "1"}
    message = _fault(tmp_path, lambda d: _field(d, 2).update(visible_when=when))
    assert 'a pole "population" ma typ "number"' in message


def test_visible_when_needs_one_condition(tmp_path: Path) -> None:
    when = {"field": "basis", "equals": "ustawowe", "in": ["ustawowe"]}
    message = _fault(tmp_path, lambda d: _field(d, 2).update(visible_when=when))
    assert message.endswith(
        'visible_when musi mieć klucz "field" i dokładnie jeden z kluczy "equals" albo "in"'
    )


def test_unknown_prefill_key(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: _field(d, 2).update(prefill="pesel"))
    assert message.startswith(
        'pim2021.json: sekcja "D", pole "motywacja": nieznany klucz prefill "pesel" (dozwolone: '
    )


def test_prefill_of_the_wrong_type(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: _field(d, 2).update(prefill="coordinator"))
    assert (
        'klucz prefill "coordinator" nie pasuje do pola typu "long_text" (pasuje do: person)'
        in message
    )


def test_role_not_among_the_form_roles(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["roles"] = [{"id": "partner", "label": "Miasto partnerskie"}]
        _field(d, 2)["roles"] = ["lider"]

    message = _fault(tmp_path, change)
    assert message == (
        'pim2021.json: sekcja "D", pole "motywacja": rola "lider" nie należy do ról formularza '
        "(partner)"
    )


def test_field_role_outside_its_section(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["sections"][2]["roles"] = ["partner"]
        _field(d, 2)["roles"] = ["lider"]

    assert 'rola "lider" nie należy do ról sekcji (partner)' in _fault(tmp_path, change)


def test_unknown_role(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: d["sections"][2].update(roles=["leader"]))
    assert message == (
        'pim2021.json: sekcja "D": nieznana rola "leader" (dozwolone: lider, partner)'
    )


def test_bad_call_date(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: d["call"].update(deadline="2021-02-30"))
    assert message == (
        'pim2021.json: klucz "call": klucz "deadline": niepoprawna data "2021-02-30" '
        "(oczekiwany format RRRR-MM-DD)"
    )


def test_call_dates_out_of_order(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: d["call"].update(opens="2021-10-01"))
    assert 'data "deadline" nie może być wcześniejsza niż data "opens"' in message


def test_bad_field_date_bound(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        _field(d, 2).update(type="date", max="20.09.2021")
        del _field(d, 2)["max_chars"]

    message = _fault(tmp_path, change)
    assert message.endswith(
        'klucz "max": niepoprawna data "20.09.2021" (oczekiwany format RRRR-MM-DD)'
    )


def test_min_above_max(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: _field(d, 1).update(max=0))
    assert 'wartość "min" (1) jest większa niż "max" (0)' in message


def test_unsupported_format_version(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: d.update(format_version=2))
    assert message == "pim2021.json: nieobsługiwana wersja formatu 2 (obsługiwana: 1)"


def test_bad_version_string(tmp_path: Path) -> None:
    assert 'wersja "v1"' in _fault(tmp_path, lambda d: d.update(version="v1"))


def test_unknown_text_format(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        _field(d, 2).update(type="short_text", format="pesel")

    assert 'nieznany format tekstu "pesel"' in _fault(tmp_path, change)


def test_table_column_of_a_complex_type(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        _field(d, 2).update(
            type="table",
            columns=[{"id": "osoba", "label": "Osoba", "type": "person", "required": True}],
        )
        del _field(d, 2)["max_chars"]

    message = _fault(tmp_path, change)
    assert message.startswith(
        'pim2021.json: sekcja "D", pole "motywacja", kolumna "osoba": typ "person" nie może być '
        "kolumną tabeli"
    )


def _register_table(d: dict[str, Any], columns: list[dict[str, Any]], source: str) -> None:
    _field(d, 2).update(type="table", columns=columns, rows_from=source)
    del _field(d, 2)["max_chars"]


def test_rows_from_an_unknown_register(tmp_path: Path) -> None:
    name = {"id": "name", "label": "Nazwa", "type": "short_text", "required": True}
    message = _fault(tmp_path, lambda d: _register_table(d, [name], "rejestr_firm"))
    assert 'nieznane źródło wierszy "rejestr_firm"' in message


def test_rows_from_the_register_needs_a_name_column(tmp_path: Path) -> None:
    other = {"id": "nazwa", "label": "Nazwa", "type": "short_text", "required": True}
    message = _fault(tmp_path, lambda d: _register_table(d, [other], "partnership_register"))
    assert 'wymaga kolumny "name" typu tekstowego' in message
    assert 'pole "motywacja"' in message


def test_rows_from_the_register_on_a_table(tmp_path: Path) -> None:
    data = _base_form()
    name = {"id": "name", "label": "Nazwa", "type": "short_text", "required": True}
    _register_table(data, [name], "partnership_register")
    definition = load_form_definition(_write(tmp_path / "pim2021.json", data))
    assert definition.field("motywacja").rows_from is RowSource.PARTNERSHIP_REGISTER


def test_declaration_without_text(tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        _field(d, 2).update(type="declaration")
        del _field(d, 2)["max_chars"]

    assert message_end(_fault(tmp_path, change)) == 'brak wymaganego klucza "text"'


def test_unknown_rule_type(tmp_path: Path) -> None:
    message = _fault(tmp_path, lambda d: d.update(rules=[{"type": "sum_max"}]))
    assert message == (
        'pim2021.json: reguła nr 1: nieznany typ reguły "sum_max" (dozwolone: date_order, '
        "not_in_future, not_after_day)"
    )


def test_rule_naming_an_unknown_field(tmp_path: Path) -> None:
    rule = {"type": "date_order", "start": "start", "end": "end"}
    message = _fault(tmp_path, lambda d: d.update(rules=[rule]))
    assert message == 'pim2021.json: reguła nr 1: reguła wskazuje nieznane pole "start"'


def test_rule_on_a_field_of_the_wrong_type(tmp_path: Path) -> None:
    rule = {"type": "not_in_future", "field": "motywacja"}
    message = _fault(tmp_path, lambda d: d.update(rules=[rule]))
    assert 'pole "motywacja" ma typ "long_text", a reguła "not_in_future" wymaga' in message


def message_end(message: str) -> str:
    return message.rsplit(": ", 1)[-1]


# --- Helpers of the model ----------------------------------------------------------------------


def _chained_form() -> FormDefinition:
    data = _base_form()
    fields = data["sections"][2]["fields"]
    fields.insert(
        0,
        {
            "id": "document",
            "label": "Rodzaj dokumentu",
            "type": "single_choice",
            "required": True,
            "help": "",
            "choices": [
                {"value": "skan", "label": "Skan"},
                {"value": "plik", "label": "Plik podpisany"},
            ],
            "visible_when": {"field": "basis", "equals": "pelnomocnictwo"},
            "roles": ["lider"],
        },
    )
    fields[1]["visible_when"] = {"field": "document", "in": ["plik"]}
    return parse_form_definition(json.dumps(data), "pim2021.json")


def test_visibility_is_inherited_through_controlling_fields() -> None:
    form = _chained_form()
    motivation = form.field("motywacja")
    assert motivation.roles == frozenset({Role.LEADER})
    visible = {"basis": "pelnomocnictwo", "document": "plik"}
    assert motivation.is_visible(visible, Role.LEADER)
    assert not motivation.is_visible(visible, Role.PARTNER)
    # The stored answer "plik" no longer counts once its own field is hidden.
    assert not motivation.is_visible({"basis": "ustawowe", "document": "plik"}, Role.LEADER)


def test_sections_for_skip_sections_without_fields_for_the_role() -> None:
    form = _chained_form()
    assert [s.number for s in form.sections_for(Role.PARTNER)] == ["A", "B"]
    assert [f.id for f in form.fields_for(Role.PARTNER)] == ["network", "population", "basis"]
    with pytest.raises(KeyError):
        form.field("missing")
    with pytest.raises(KeyError):
        form.section("missing")

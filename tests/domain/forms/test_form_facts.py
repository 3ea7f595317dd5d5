"""The facts of the PIM 3 call in version 1.1 of its forms: who has no REGON/NIP of their own,
joint representation, the qualified signature, detached signature files and the deadline."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from form_samples import fill_every_field

from pim_desktop import resources
from pim_desktop.domain.forms.catalog import FormCatalog
from pim_desktop.domain.forms.check import check_application
from pim_desktop.domain.forms.definition import FormDefinition, FormDefinitionError, Role
from pim_desktop.domain.forms.loader import load_form_definition

FORMS = ("pim2024-planowanie", "pim2024-transfer")
TODAY = date(2024, 1, 20)


@pytest.fixture(scope="module")
def catalog() -> FormCatalog:
    return FormCatalog.load(resources.path("forms"))


def role_of(definition: FormDefinition) -> Role:
    return Role.PARTNER if definition.id == "pim2024-transfer" else Role.LEADER


def problems(definition: FormDefinition, changes: dict[str, object]) -> dict[str, str]:
    role = role_of(definition)
    values = {**fill_every_field(definition, role), **changes}
    return {p.field_id: p.code for p in check_application(definition, role, values, today=TODAY)}


@pytest.mark.parametrize("form_id", FORMS)
def test_an_agreement_of_gminas_is_not_asked_for_regon_and_nip(
    catalog: FormCatalog, form_id: str
) -> None:
    form = catalog.latest(form_id)
    assert form.version == "1.1"
    agreement = {"unit_type": "porozumienie_gmin", "regon": None, "nip": None}
    assert problems(form, agreement) == {}
    assert problems(form, {**agreement, "agreement_lead": ""}) == {"agreement_lead": "required"}
    city = {"unit_type": "gmina_miejska", "regon": None}
    assert problems(form, city) == {"regon": "required"}
    # An association of gminas has its own numbers and is still asked for them.
    assert problems(form, {"unit_type": "obszar_funkcjonalny", "nip": None}) == {"nip": "required"}


@pytest.mark.parametrize("form_id", FORMS)
def test_a_second_signatory_is_asked_for_only_under_joint_representation(
    catalog: FormCatalog, form_id: str
) -> None:
    form = catalog.latest(form_id)
    alone = {"joint_representation": False, "second_signatory_name": None}
    assert problems(form, alone) == {}
    joint = {"joint_representation": True, "second_signatory_name": ""}
    assert problems(form, joint) == {"second_signatory_name": "required"}


@pytest.mark.parametrize("form_id", FORMS)
def test_the_signing_date_may_not_fall_after_the_deadline(
    catalog: FormCatalog, form_id: str
) -> None:
    form = catalog.latest(form_id)
    role = role_of(form)
    values = {**fill_every_field(form, role), "lp_first_meeting": "2024-03-01"}
    after_deadline = date(2024, 2, 1)

    values["sign_date"] = "2024-01-28"
    on_the_day = check_application(form, role, values, today=after_deadline)
    assert [p for p in on_the_day if p.field_id == "sign_date"] == []

    values["sign_date"] = "2024-01-29"
    late_problems = check_application(form, role, values, today=after_deadline)
    (late,) = [p for p in late_problems if p.field_id == "sign_date"]
    assert late.code == "after_day"
    assert late.text() == "Ta data nie może przypadać po terminie naboru (28.01.2024)."


@pytest.mark.parametrize("form_id", FORMS)
def test_authority_may_come_with_a_detached_signature(catalog: FormCatalog, form_id: str) -> None:
    form = catalog.latest(form_id)
    sha = "a" * 64
    document = {"file_name": "upowaznienie.pdf", "size": 1200, "sha256": sha}
    detached = {"file_name": "upowaznienie.pdf.p7s", "size": 3100, "sha256": "b" * 64}
    sig = {"file_name": "upowaznienie.sig", "size": 3100, "sha256": "c" * 64}
    by_attorney = {"authority_basis": "upowaznienie"}
    assert problems(form, {**by_attorney, "authority_document": [document, detached, sig]}) == {}
    wrong = {"file_name": "upowaznienie.exe", "size": 10, "sha256": "d" * 64}
    assert problems(form, {**by_attorney, "authority_document": [wrong]}) == {
        "authority_document[0]": "bad_file_type"
    }


@pytest.mark.parametrize("form_id", FORMS)
def test_the_help_says_what_the_signature_must_be(catalog: FormCatalog, form_id: str) -> None:
    help_text = catalog.latest(form_id).section("signature").help
    assert "kwalifikowanego podpisu elektronicznego" in help_text
    assert "PAdES" in help_text and "zalecenie, a nie wymóg prawa" in help_text
    assert "podpis zaufany (profil zaufany)" in help_text and "nie wystarczą" in help_text


@pytest.mark.parametrize("form_id", FORMS)
def test_applications_started_on_version_1_0_keep_it(catalog: FormCatalog, form_id: str) -> None:
    old = catalog.get(form_id, "1.0")
    assert old.field("sign_date").max_date == date(2024, 1, 28)
    with pytest.raises(KeyError):
        old.field("joint_representation")
    assert ".p7s" not in old.field("authority_document").accept


def _rule_fault(tmp_path: Path, rule: dict[str, object]) -> str:
    source = resources.path("forms") / "pim2024-transfer.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    data["rules"] = [rule]
    target = tmp_path / "pim2024-transfer.json"
    target.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(FormDefinitionError) as error:
        load_form_definition(target)
    return str(error.value)


def test_a_day_limit_rule_must_name_a_date_field_and_a_real_day(tmp_path: Path) -> None:
    assert _rule_fault(
        tmp_path, {"type": "not_after_day", "field": "sign_place", "day": "2024-01-28"}
    ).endswith(
        'reguła "not_after_day" wymaga pola typu "date", a "sign_place" jest typu "short_text"'
    )
    assert _rule_fault(
        tmp_path, {"type": "not_after_day", "field": "sign_date", "day": "2024-02-30"}
    ).endswith('"day" musi być prawdziwą datą w postaci RRRR-MM-DD, a jest "2024-02-30"')
    assert "nieznane pole" in _rule_fault(
        tmp_path, {"type": "not_after_day", "field": "nie_ma", "day": "2024-01-28"}
    )

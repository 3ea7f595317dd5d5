"""The sample applications of `pim-desktop sample-data` fit the forms they name.

The Leader application is complete and without faults, both on a day within the call and long
after it; the Partner application is a draft that lacks answers but holds nothing malformed.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from pim_desktop import resources
from pim_desktop.domain.forms.catalog import FormCatalog
from pim_desktop.domain.forms.check import check_application, completeness
from pim_desktop.domain.forms.definition import FormDefinition, PrefillKey, Role
from pim_desktop.domain.forms.prefill import prefill_values
from pim_desktop.services.samples.sample_data_service import SAMPLE_CITY

LEADER_FILE = "pim2024-planowanie-lider.json"
PARTNER_FILE = "pim2024-transfer-partner.json"
# A day before the call's deadline and a day long after the networks ended.
CHECK_DAYS = (date(2024, 1, 20), date(2026, 11, 28))
# What a draft may lack: an answer, or the tick of a declaration.
MISSING_CODES = {"required", "declaration_not_accepted"}
# The application gives the GUS figures known when the call ran, not the profile's newer ones.
DATED_PREFILL = {PrefillKey.POPULATION, PrefillKey.POPULATION_YEAR}


def _load(file_name: str) -> tuple[dict[str, Any], FormDefinition]:
    sample = json.loads(resources.path("samples", file_name).read_text(encoding="utf-8"))
    catalog = FormCatalog.load(resources.path("forms"))
    return sample, catalog.get(sample["form_id"], sample["form_version"])


@pytest.mark.parametrize("file_name", [LEADER_FILE, PARTNER_FILE])
def test_sample_names_a_role_and_network_of_its_form(file_name: str) -> None:
    sample, definition = _load(file_name)
    assert definition.has_role(Role(sample["role"]))
    assert sample["network_id"] in {network.id for network in definition.networks}
    assert sample["values"]["network"] == sample["network_id"]


@pytest.mark.parametrize("today", CHECK_DAYS)
def test_leader_sample_has_no_problems(today: date) -> None:
    sample, definition = _load(LEADER_FILE)
    assert sample["role"] == Role.LEADER
    assert check_application(definition, Role.LEADER, sample["values"], today=today) == []


def test_leader_sample_is_complete() -> None:
    sample, definition = _load(LEADER_FILE)
    assert completeness(definition, Role.LEADER, sample["values"]) == 1.0


@pytest.mark.parametrize("today", CHECK_DAYS)
def test_partner_sample_lacks_answers_but_nothing_is_malformed(today: date) -> None:
    sample, definition = _load(PARTNER_FILE)
    assert sample["role"] == Role.PARTNER
    problems = check_application(definition, Role.PARTNER, sample["values"], today=today)
    assert problems
    assert {problem.code for problem in problems} <= MISSING_CODES


def test_partner_sample_is_half_done() -> None:
    sample, definition = _load(PARTNER_FILE)
    assert 0.2 < completeness(definition, Role.PARTNER, sample["values"]) < 0.8


@pytest.mark.parametrize("file_name", [LEADER_FILE, PARTNER_FILE])
def test_sample_agrees_with_the_sample_city(file_name: str) -> None:
    sample, definition = _load(file_name)
    role = Role(sample["role"])
    expected = prefill_values(definition, role, SAMPLE_CITY, sample["network_id"])
    dated = {f.id for f in definition.fields_for(role) if f.prefill in DATED_PREFILL}
    values = sample["values"]
    compared = [field_id for field_id in expected if field_id in values and field_id not in dated]
    assert compared
    for field_id in compared:
        assert values[field_id] == expected[field_id], field_id

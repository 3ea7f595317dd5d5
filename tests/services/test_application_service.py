"""Applications through the service, on a real SQLite file and the shipped form definitions."""

from __future__ import annotations

from pathlib import Path

import pytest
from form_samples import fill_every_field

from pim_desktop.context import AppContext
from pim_desktop.domain.application import (
    ApplicationFrozen,
    ApplicationStatus,
    Submission,
    SubmissionChannel,
)
from pim_desktop.domain.forms.definition import Role
from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.services.samples.sample_data_service import SAMPLE_CITY


def test_new_application_is_prefilled_from_the_city_profile(context: AppContext) -> None:
    context.city_profile.save(SAMPLE_CITY)
    definition = context.applications.catalog.latest("pim2021")
    application = context.applications.create(definition, Role.PARTNER, "miasto_cyfrowe")
    values = application.values
    assert values["official_name"] == "Gmina Miasto Przykładowo"
    assert values["network"] == "miasto_cyfrowe"
    assert values["address"] == "ul. Źródlana 12, 05-999 Przykładowo"
    assert values["coordinator"]["name"] == "Łukasz Wiśniewski"
    assert values["population"] == "48312"
    assert application.form_version == definition.version


def test_one_network_per_city_where_the_call_says_so(context: AppContext) -> None:
    definition = context.applications.catalog.latest("pim2021")
    assert definition.one_network_per_city
    context.applications.create(definition, Role.LEADER, "miasto_zielone")
    assert context.applications.allowed_networks(definition) == ["miasto_zielone"]
    with pytest.raises(ValidationFailed) as refused:
        context.applications.create(definition, Role.PARTNER, "miasto_cyfrowe")
    assert "tylko do jednej sieci" in refused.value.problems[0].text()


def test_ready_needs_a_clean_check_and_an_edit_makes_it_a_draft_again(
    context: AppContext,
) -> None:
    definition = context.applications.catalog.latest("pim2024-planowanie")
    network = definition.networks[0].id
    application = context.applications.create(definition, Role.LEADER, network)
    with pytest.raises(ValidationFailed):
        context.applications.mark_ready(application.id)
    values = fill_every_field(definition, Role.LEADER)
    context.applications.save_values(application.id, values)
    assert context.applications.check(application.id) == []
    assert context.applications.mark_ready(application.id).status is ApplicationStatus.READY
    edited = context.applications.save_values(application.id, {"sign_place": "Przykładowo"})
    assert edited.status is ApplicationStatus.DRAFT


def test_sent_application_is_frozen_new_version_copies_it(context: AppContext) -> None:
    definition = context.applications.catalog.latest("pim2017")
    application = context.applications.create(definition, Role.PARTNER, definition.networks[0].id)
    context.applications.save_values(application.id, {"motivation": "Pierwsza wersja"})
    submission = Submission(
        sent_on=__import__("datetime").date(2017, 7, 20), channel=SubmissionChannel.EPUAP
    )
    context.applications.mark_sent(application.id, submission)
    with pytest.raises(ApplicationFrozen):
        context.applications.save_values(application.id, {"motivation": "zmiana"})
    copy = context.applications.new_version(application.id)
    assert copy.version_number == 2 and copy.lineage_id == application.lineage_id
    assert copy.values == context.applications.load(application.id).values
    assert copy.status is ApplicationStatus.DRAFT
    sent = context.applications.load(application.id)
    assert sent.submission == submission


def test_history_records_each_change(context: AppContext) -> None:
    definition = context.applications.catalog.latest("pim2021")
    application = context.applications.create(definition, Role.LEADER, "miasto_zielone")
    context.applications.save_values(application.id, {"motivation": "A"})
    context.applications.save_values(application.id, {"motivation": "B", "challenges": "C"})
    history = context.applications.history(application.id)
    assert [(c.field_id, c.old_value, c.new_value) for c in history] == [
        ("motivation", None, "A"),
        ("motivation", "A", "B"),
        ("challenges", None, "C"),
    ]


def test_attachment_is_kept_in_the_data_folder(context: AppContext, tmp_path: Path) -> None:
    source = tmp_path / "Uchwała Rady Miasta nr XII-45-2021.pdf"
    source.write_bytes(b"%PDF-1.4 uchwala")
    stored = context.applications.store_attachment(source)
    assert context.applications.attachment_path(stored.sha256).read_bytes() == b"%PDF-1.4 uchwala"
    assert stored.as_value()["file_name"] == source.name


def test_old_application_opens_on_its_own_definition_version(context: AppContext) -> None:
    definition = context.applications.catalog.latest("pim2021")
    application = context.applications.create(definition, Role.LEADER, "miasto_zielone")
    assert context.applications.definition_of(application) is context.applications.catalog.get(
        "pim2021", application.form_version
    )

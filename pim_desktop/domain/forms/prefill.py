"""Fills a new application's fields from the city profile, so the officer never types them twice."""

from __future__ import annotations

from typing import Any

from pim_desktop.domain.application import Values
from pim_desktop.domain.city import (
    SIGNATORY_FUNCTION_LABELS,
    UNIT_TYPE_LABELS,
    VOIVODESHIP_NAMES,
    CityProfile,
    ContactPerson,
)
from pim_desktop.domain.forms.definition import (
    PERSON_PARTS,
    ChoiceSource,
    FieldDefinition,
    FieldType,
    FormDefinition,
    PrefillKey,
    Role,
)


def prefill_values(
    definition: FormDefinition, role: Role, profile: CityProfile, network_id: str = ""
) -> Values:
    """Values for every field of ``role`` that names a profile entry the profile has.

    A field that chooses among the call's networks gets the network the application is for.
    """
    values: Values = {}
    for field in definition.fields_for(role):
        if field.choices_from is ChoiceSource.NETWORKS and network_id:
            values[field.id] = (
                [network_id] if field.type is FieldType.MULTIPLE_CHOICE else network_id
            )
            continue
        if field.prefill is None:
            continue
        value = _value_for(field, field.prefill, profile)
        if value not in (None, "", {}):
            values[field.id] = value
    return values


def _value_for(field: FieldDefinition, key: PrefillKey, profile: CityProfile) -> Any:
    if key is PrefillKey.ADDRESS:
        return profile.address_text()
    if key in (PrefillKey.COORDINATOR, PrefillKey.DEPUTY_COORDINATOR):
        person: ContactPerson = getattr(profile, key.value)
        return (
            {part: getattr(person, part) for part in PERSON_PARTS}
            if not person.is_empty()
            else None
        )
    if key in (PrefillKey.POPULATION, PrefillKey.POPULATION_YEAR):
        number = getattr(profile, key.value)
        return str(number) if number else None
    if key is PrefillKey.UNIT_TYPE:
        label = UNIT_TYPE_LABELS[profile.unit_type] if profile.unit_type else None
        return _choice_by_label(field, label)
    if key is PrefillKey.VOIVODESHIP:
        name = VOIVODESHIP_NAMES[profile.voivodeship] if profile.voivodeship else None
        return _choice_by_label(field, name)
    if key is PrefillKey.SIGNATORY_FUNCTION:
        function = profile.signatory_function
        return _choice_by_label(field, SIGNATORY_FUNCTION_LABELS[function] if function else None)
    return str(getattr(profile, key.value) or "")


def _choice_by_label(field: FieldDefinition, label: str | None) -> str | None:
    """The choice whose label is the profile's wording (forms may phrase choices their own way)."""
    if label is None or field.type is not FieldType.SINGLE_CHOICE:
        return None
    wanted = label.casefold()
    for choice in field.choices:
        if choice.label.casefold() == wanted or choice.label.casefold().startswith(wanted):
            return choice.value
    return None

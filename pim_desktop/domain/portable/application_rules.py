"""What an application's values must satisfy to travel in a portable file.

A draft may be unfinished: missing required fields, an unticked declaration, a text over its
limit, an e-mail still being typed. It may not hold values of the wrong shape: a number that is
not a number, a date that is not a date, an answer the form does not offer, a field the form
does not have. An application marked ready, signed or sent passed the full check once, so it
must pass it again. The same rules guard export and import, so whatever exports also imports.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from pim_desktop.domain.application import ApplicationStatus, Values
from pim_desktop.domain.forms.check import check_application
from pim_desktop.domain.forms.definition import FormDefinition, Role
from pim_desktop.domain.forms.field_check import check_field
from pim_desktop.domain.forms.problem_codes import ProblemCode
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Problem

MALFORMED_CODES = frozenset(
    {
        ProblemCode.BAD_NUMBER.value,
        ProblemCode.BAD_DATE.value,
        ProblemCode.BAD_CHOICE.value,
        ProblemCode.BAD_VALUE.value,
        ProblemCode.BAD_ATTACHMENT.value,
    }
)
UNKNOWN_FIELD = "unknown_field"
_M_UNKNOWN_FIELD = QT_TRANSLATE_NOOP("domain", "Formularz nie ma pola „{field}”.")


def portable_problems(
    definition: FormDefinition, role: Role, values: Values, status: ApplicationStatus
) -> list[Problem]:
    """Problems that keep an application out of a portable file (empty: it may travel)."""
    known = {field.id for field in definition.all_fields()}
    problems = [
        Problem(key, UNKNOWN_FIELD, _M_UNKNOWN_FIELD, {"field": key})
        for key in sorted(values)
        if key not in known
    ]
    for field in definition.all_fields():
        problems += [
            p for p in check_field(field, values.get(field.id)) if p.code in MALFORMED_CODES
        ]
    if status is not ApplicationStatus.DRAFT and not problems:
        problems = check_application(definition, role, values)
    return problems


def attachment_hashes(value: Any) -> set[str]:
    """The SHA-256 of every attached file a value refers to (attachments sit anywhere)."""
    return set(_hashes(value))


def _hashes(value: Any) -> Iterator[str]:
    if isinstance(value, Mapping):
        sha256 = value.get("sha256")
        if isinstance(sha256, str) and "file_name" in value:
            yield sha256.lower()
        for item in value.values():
            yield from _hashes(item)
    elif isinstance(value, list):
        for item in value:
            yield from _hashes(item)

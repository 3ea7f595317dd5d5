"""How the fields of members, meetings, attendance, plan actions and the city profile read on
screen when two officers' edits meet or the history of changes lists them: their names, their
values, and the "Ostatnia zmiana: Anna Nowak, 02.12.2026 14:05" line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from pim_desktop.domain.action_plan import ACTION_STATUS_LABELS, ACTION_TYPE_LABELS, LEVEL_LABELS
from pim_desktop.domain.city import SIGNATORY_FUNCTION_LABELS, UNIT_TYPE_LABELS, VOIVODESHIP_NAMES
from pim_desktop.domain.dates import day_text, moment_text
from pim_desktop.domain.edit_conflicts import EditConflict
from pim_desktop.domain.meeting import ATTENDANCE_LABELS, MEETING_TYPE_LABELS
from pim_desktop.domain.money import format_money
from pim_desktop.domain.partnership import (
    BASIS_LABELS,
    MEMBER_KIND_LABELS,
    ROLE_LABELS,
    SECTOR_LABELS,
)
from pim_desktop.domain.record_fields import ChangeStamp, field_label
from pim_desktop.domain.record_labels import (
    ACTION,
    ATTENDANCE,
    CITY_PROFILE,
    FIELD_LABELS,
    MEETING,
    MEMBER,
)
from pim_desktop.ui.labels import domain_text


def field_names(kind: str) -> dict[str, str]:
    """The names of a record kind's fields (and of their parts), translated."""
    return {key: domain_text(label) for key, label in FIELD_LABELS.get(kind, {}).items()}


def field_name(kind: str, field_id: str) -> str:
    """One field's name, its first letter capital: "Przedstawiciel – e-mail"."""
    name = field_label(field_id, field_names(kind))
    return name[:1].upper() + name[1:]


def conflict_labels(conflict: EditConflict) -> dict[str, str]:
    return {
        c.field_id: field_name(conflict.record_kind, c.field_id) for c in conflict.outcome.conflicts
    }


def _words() -> dict[str, dict[str, dict[str, str]]]:
    """Per record kind and field, the labels of the codes a field holds."""
    return {
        MEMBER: {
            "kind": by_value(MEMBER_KIND_LABELS),
            "sector": by_value(SECTOR_LABELS),
            "role": by_value(ROLE_LABELS),
            "basis": by_value(BASIS_LABELS),
        },
        MEETING: {"meeting_type": by_value(MEETING_TYPE_LABELS)},
        ATTENDANCE: {"status": by_value(ATTENDANCE_LABELS)},
        ACTION: {
            "action_type": by_value(ACTION_TYPE_LABELS),
            "priority": by_value(LEVEL_LABELS),
            "status": by_value(ACTION_STATUS_LABELS),
        },
        CITY_PROFILE: {
            "unit_type": by_value(UNIT_TYPE_LABELS),
            "voivodeship": by_value(VOIVODESHIP_NAMES),
            "signatory_function": by_value(SIGNATORY_FUNCTION_LABELS),
        },
    }


MONEY_FIELDS = frozenset({"cost", "amount"})
"""Fields that hold whole grosze."""


def by_value(labels: Mapping[Any, str]) -> dict[str, str]:
    return {key.value: text for key, text in labels.items()}


def display_for(kind: str) -> Callable[[str, Any], str]:
    """How the values of one record kind's fields read (for the conflict dialog and history)."""
    words = _words().get(kind, {})

    def display(field_id: str, value: Any) -> str:
        name = field_id.rsplit(".", 1)[-1].rsplit(":", 1)[-1]
        if name in MONEY_FIELDS and isinstance(value, int) and not isinstance(value, bool):
            return format_money(value)
        return value_text(value, words.get(name))

    return display


def value_text(value: Any, words: Mapping[str, str] | None = None) -> str:
    """A stored value in words: empty as "—", dates the Polish way, yes/no, lists line by
    line; a code found in ``words`` (a sector, a status) as its label."""
    if value is None or value in ("", [], {}):
        return "—"
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("RecordTexts", "tak")
        return QCoreApplication.translate("RecordTexts", "nie")
    if isinstance(value, str):
        return _text(value, words or {})
    if isinstance(value, list):
        return "\n".join(value_text(item, words) for item in value)
    if isinstance(value, dict):
        parts = (value_text(item, words) for item in value.values() if item not in (None, ""))
        return ", ".join(parts)
    return str(value)


def _text(value: str, words: Mapping[str, str]) -> str:
    if value in words:
        return domain_text(words[value])
    if len(value) == 10 and value[4:5] == "-" and value[7:8] == "-":
        try:
            return day_text(dt.date.fromisoformat(value))
        except ValueError:
            return value
    if len(value) > 18 and value[4:5] == "-" and "T" in value:
        try:
            return moment_text(dt.datetime.fromisoformat(value))
        except ValueError:
            return value
    return value


def last_change_text(stamp: ChangeStamp) -> str:
    """ "Ostatnia zmiana: Anna Nowak, 02.12.2026 14:05" ("" when nobody is named yet)."""
    if not stamp.changed_by:
        return ""
    when = "" if stamp.changed_at is None else ", " + moment_text(stamp.changed_at)
    return QCoreApplication.translate("RecordTexts", "Ostatnia zmiana: {officer}{when}").format(
        officer=stamp.changed_by, when=when
    )

"""What importing a portable file would do: which applications are new, already here, or clash.

Applications are compared by lineage (the identity a lineage keeps on every computer) and by
checksum. A lineage whose every version is already here, with the same data and status, is
skipped. A lineage that is here with other data, or data already here under another lineage,
is a clash: the officer keeps both or lets the file replace what is here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from pim_desktop.domain.application import Application
from pim_desktop.domain.canonical import application_checksum
from pim_desktop.domain.city import CityProfile
from pim_desktop.domain.forms.catalog import FormCatalog
from pim_desktop.domain.forms.definition import Role
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.portable.data_format import PackagedApplication, PackageData
from pim_desktop.domain.portable.manifest import Scope
from pim_desktop.domain.portable.partnership_records import CITY_KINDS, DEPENDS_ON, record_count


class ClashChoice(StrEnum):
    """What an import does with an application or a city profile already here in another form."""

    KEEP_BOTH = "keep-both"
    REPLACE = "replace"


class LineageOutcome(StrEnum):
    NEW = "new"
    PRESENT = "present"
    CLASH = "clash"


class ProfileOutcome(StrEnum):
    ABSENT = "absent"  # the file carries no city profile
    NEW = "new"  # none here yet: it will be set
    SAME = "same"
    DIFFERENT = "different"  # a clash


class KindOutcome(StrEnum):
    """How one partnership kind of the file (the register, the meetings, the MID, the network)
    compares with what is here; each kind is compared whole."""

    NEW = "new"  # nothing of this kind here yet
    SAME = "same"  # here exactly as in the file
    CLASH = "clash"  # here in another form


class KindStep(StrEnum):
    """What the import does with one partnership kind, given the officer's choice."""

    ADD = "add"
    SKIP = "skip"  # already here as in the file
    KEEP = "keep"  # a clash, and the data here stay
    REPLACE = "replace"  # the data here are removed and the file's written
    HOLD = "hold"  # not imported: it points at records of a kind that stays as here


WRITING_STEPS = frozenset({KindStep.ADD, KindStep.REPLACE})
KIND_OUTCOME_LABELS: Mapping[KindOutcome, str] = {
    KindOutcome.NEW: QT_TRANSLATE_NOOP("domain", "nie ma ich tu jeszcze"),
    KindOutcome.SAME: QT_TRANSLATE_NOOP("domain", "takie same jak tutaj"),
    KindOutcome.CLASH: QT_TRANSLATE_NOOP("domain", "są tu w innej postaci"),
}
KIND_STEP_LABELS: Mapping[KindStep, str] = {
    KindStep.ADD: QT_TRANSLATE_NOOP("domain", "zostaną dodane"),
    KindStep.SKIP: QT_TRANSLATE_NOOP("domain", "bez zmian"),
    KindStep.KEEP: QT_TRANSLATE_NOOP("domain", "zostają dane z tego komputera"),
    KindStep.REPLACE: QT_TRANSLATE_NOOP("domain", "dane z pliku zastąpią obecne"),
    KindStep.HOLD: QT_TRANSLATE_NOOP("domain", "pominięte: zależą od danych zostawionych tutaj"),
}


@dataclass(frozen=True)
class KindPlan:
    kind: str
    records: int  # in the file: members, meetings, actions, cities (``record_count``)
    outcome: KindOutcome


@dataclass(frozen=True)
class LineagePlan:
    """One application (all its versions) from the file, and what the import does with it."""

    lineage_uid: str
    versions: tuple[PackagedApplication, ...]
    title: str
    edition: str
    role_label: str
    network_name: str
    outcome: LineageOutcome
    local_lineage_id: int | None = None
    same_lineage: bool = False  # the clash is with this lineage itself (not only equal data)

    @property
    def newest(self) -> PackagedApplication:
        return self.versions[-1]

    @property
    def version_numbers(self) -> tuple[int, ...]:
        return tuple(version.version_number for version in self.versions)


@dataclass(frozen=True)
class ImportPreview:
    source: Path
    created: dt.datetime
    program_version: str
    scope: Scope
    profile: ProfileOutcome
    profile_name: str
    lineages: tuple[LineagePlan, ...]
    attachments: int
    new_attachments: int
    missing_attachments: int
    skipped_kinds: tuple[str, ...]
    kinds: tuple[KindPlan, ...] = ()

    @property
    def has_clash(self) -> bool:
        return (
            self.profile is ProfileOutcome.DIFFERENT
            or any(plan.outcome is LineageOutcome.CLASH for plan in self.lineages)
            or any(plan.outcome is KindOutcome.CLASH for plan in self.kinds)
        )

    def kind_steps(self, choice: ClashChoice) -> dict[str, KindStep]:
        return kind_steps(self.kinds, choice)

    @property
    def clashes(self) -> int:
        return sum(plan.outcome is LineageOutcome.CLASH for plan in self.lineages)

    @property
    def new(self) -> int:
        return sum(plan.outcome is LineageOutcome.NEW for plan in self.lineages)

    @property
    def present(self) -> int:
        return sum(plan.outcome is LineageOutcome.PRESENT for plan in self.lineages)


def plan_lineages(
    data: PackageData, local: Sequence[Application], catalog: FormCatalog
) -> tuple[LineagePlan, ...]:
    by_uid: dict[str, list[PackagedApplication]] = {}
    for packaged in data.applications:
        by_uid.setdefault(packaged.lineage_uid, []).append(packaged)
    local_by_uid: dict[str, list[Application]] = {}
    local_by_checksum: dict[str, Application] = {}
    for application in local:
        local_by_uid.setdefault(application.lineage_uid, []).append(application)
        local_by_checksum.setdefault(application_checksum(application), application)
    plans = []
    for uid, versions in by_uid.items():
        ordered = tuple(sorted(versions, key=lambda v: v.version_number))
        here = local_by_uid.get(uid, [])
        outcome, lineage_id, same = _outcome(ordered, here, local_by_checksum)
        plans.append(
            _plan(
                uid,
                versions=ordered,
                outcome=outcome,
                lineage_id=lineage_id,
                same=same,
                catalog=catalog,
            )
        )
    return tuple(plans)


def plan_kinds(imported: Mapping[str, Any], here: Mapping[str, Any]) -> tuple[KindPlan, ...]:
    """``imported`` and ``here``: the kinds' documents (``package_city.city_documents``)."""
    plans = []
    for kind in CITY_KINDS:
        if kind not in imported:
            continue
        local = here.get(kind)
        if local is None:
            outcome = KindOutcome.NEW
        else:
            outcome = KindOutcome.SAME if local == imported[kind] else KindOutcome.CLASH
        plans.append(KindPlan(kind, record_count(kind, imported[kind]), outcome))
    return tuple(plans)


def kind_steps(plans: Sequence[KindPlan], choice: ClashChoice) -> dict[str, KindStep]:
    """Each kind's step; ``plans`` come dependencies first (``CITY_KINDS``).

    A kind written from the file needs the records it points at from the file too, so it is
    held back when a kind it depends on stays as here. A kind here exactly as in the file is
    written again when a kind it points into is replaced, so that it points at the new records.
    """
    steps: dict[str, KindStep] = {}
    for plan in plans:
        before = [steps[kind] for kind in DEPENDS_ON[plan.kind] if kind in steps]
        if plan.outcome is KindOutcome.SAME:
            step = KindStep.REPLACE if KindStep.REPLACE in before else KindStep.SKIP
        elif plan.outcome is KindOutcome.CLASH and choice is ClashChoice.KEEP_BOTH:
            step = KindStep.KEEP
        elif KindStep.KEEP in before or KindStep.HOLD in before:
            step = KindStep.HOLD
        else:
            step = KindStep.ADD if plan.outcome is KindOutcome.NEW else KindStep.REPLACE
        steps[plan.kind] = step
    return steps


def profile_outcome(imported: CityProfile | None, here: CityProfile) -> ProfileOutcome:
    if imported is None:
        return ProfileOutcome.ABSENT
    if here.is_empty():
        return ProfileOutcome.NEW
    return ProfileOutcome.SAME if imported == here else ProfileOutcome.DIFFERENT


def _outcome(
    versions: Sequence[PackagedApplication],
    here: Sequence[Application],
    local_by_checksum: dict[str, Application],
) -> tuple[LineageOutcome, int | None, bool]:
    if here:
        local = {(a.version_number, application_checksum(a), a.status): a for a in here}
        if all((v.version_number, v.checksum, v.status) in local for v in versions):
            return LineageOutcome.PRESENT, here[0].lineage_id, True
        return LineageOutcome.CLASH, here[0].lineage_id, True
    for version in versions:
        twin = local_by_checksum.get(version.checksum)
        if twin is not None:
            return LineageOutcome.CLASH, twin.lineage_id, False
    return LineageOutcome.NEW, None, False


def _plan(
    uid: str,
    *,
    versions: tuple[PackagedApplication, ...],
    outcome: LineageOutcome,
    lineage_id: int | None,
    same: bool,
    catalog: FormCatalog,
) -> LineagePlan:
    newest = versions[-1]
    definition = catalog.get(newest.form_id, newest.form_version)
    network = next(
        (n.name for n in definition.networks if n.id == newest.network_id), newest.network_id
    )
    return LineagePlan(
        lineage_uid=uid,
        versions=versions,
        title=definition.title,
        edition=f"{definition.edition.name} ({definition.edition.years})",
        role_label=definition.role_label(Role(newest.role)),
        network_name=network,
        outcome=outcome,
        local_lineage_id=lineage_id,
        same_lineage=same,
    )

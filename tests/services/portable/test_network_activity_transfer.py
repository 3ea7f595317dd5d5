"""The network's activities (with their money and settling documents) and the cities'
self-assessments travel in the whole city's portable file: carried exactly, refused when
broken, compared whole on import, and an older file without them still imports."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from safety_files import edit_data, read_package, refused, rewrite_package

from pim_desktop.context import AppContext
from pim_desktop.domain.capacity import AreaScore, CapacityArea
from pim_desktop.domain.network_activity import DocumentKind
from pim_desktop.domain.portable.network_activity_records import KIND_ACTIVITIES, KIND_CAPACITY
from pim_desktop.domain.portable.partnership_records import KIND_NETWORK
from pim_desktop.services.portable.import_preview import ClashChoice, KindOutcome, KindStep

INVOICE = "faktura – hotel „Pod Żurawiem”.pdf"


def money_data(context: AppContext) -> dict[str, Any]:
    """The activities and assessments as the network page shows them, cities and meetings by
    name, money in grosze, documents with their checksums."""
    network = context.network.network()
    city = {c.id: c.name for c in network.cities}
    meeting = {m.meeting_id: m.title for m in context.network.overview().meetings}
    activities = [
        (
            a.kind, a.title, a.starts_on, a.ends_on, a.status, a.description,
            city.get(a.host_city_id), meeting.get(a.meeting_id),
            sorted((city[p.city_id], p.people) for p in a.participants),
            [(c.category, c.payer, c.planned, c.spent, city.get(c.city_id)) for c in a.costs],
            [dataclasses.replace(d, id=None) for d in a.documents],
        )
        for a in context.network_activities.activities()
    ]  # fmt: skip
    assessments = sorted(
        (city[x.city_id], x.round.value, sorted(x.scores.items()), x.source)
        for x in context.capacity.overview().assessments
    )
    return {"activities": activities, "assessments": assessments}


@pytest.fixture
def settled_sample(context: AppContext, tmp_path: Path) -> Path:
    """The sample city, with a real invoice kept for its first activity; its export."""
    context.sample_data.create()
    invoice = tmp_path / INVOICE
    invoice.write_bytes(b"%PDF-1.7 faktura za noclegi " + bytes(range(256)) * 40)
    first = context.network_activities.activities()[0]
    context.network_activities.add_document(first.id or 0, DocumentKind.INVOICE, invoice)
    return context.packages.export_all(tmp_path / "całe miasto z siecią.pim").path


def test_the_sample_network_travels_with_its_money_documents_and_assessments(
    context: AppContext, colleague: AppContext, settled_sample: Path, tmp_path: Path
) -> None:
    manifest = json.loads(read_package(settled_sample)["manifest.json"])
    activities = context.network_activities.activities()
    assert manifest["contents"]["kinds"][KIND_ACTIVITIES] == len(activities) >= 5
    assert manifest["contents"]["kinds"][KIND_CAPACITY] == len(
        context.capacity.overview().assessments
    )
    preview = colleague.packages.preview(settled_sample)
    assert [(p.kind, p.outcome) for p in preview.kinds][-2:] == [
        (KIND_ACTIVITIES, KindOutcome.NEW),
        (KIND_CAPACITY, KindOutcome.NEW),
    ]
    colleague.packages.import_package(settled_sample)
    assert money_data(colleague) == money_data(context)
    theirs = colleague.network_activities.activities()
    assert sum(a.planned for a in theirs) == sum(a.planned for a in activities)
    assert sum(a.spent or 0 for a in theirs) == sum(a.spent or 0 for a in activities)
    # The invoice itself travelled: same bytes, same checksum, kept under it.
    [invoice] = [d for d in theirs[0].documents if d.file_name == INVOICE]
    copy = colleague.network_activities.export_document(invoice.sha256, tmp_path / "u niej")
    assert copy.read_bytes() == (tmp_path / INVOICE).read_bytes()
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == invoice.sha256
    again = colleague.packages.export_all(tmp_path / "z powrotem.pim")
    assert read_package(again.path)["data.json"] == read_package(settled_sample)["data.json"]
    repeat = colleague.packages.import_package(settled_sample)
    assert set(repeat.kinds.values()) == {KindStep.SKIP}


def test_a_changed_activity_clashes_and_the_officer_keeps_or_replaces(
    context: AppContext, colleague: AppContext, settled_sample: Path, tmp_path: Path
) -> None:
    colleague.packages.import_package(settled_sample)
    activity = context.network_activities.activities()[0]
    line = dataclasses.replace(activity.costs[0], spent=(activity.costs[0].spent or 0) + 1)
    context.network_activities.save(
        dataclasses.replace(activity, costs=(line, *activity.costs[1:]))
    )
    city = context.network.network().cities[0].id or 0
    [assessment] = [a for a in context.capacity.overview().assessments if a.city_id == city][:1]
    scores = {**assessment.scores, CapacityArea.USE_OF_DATA: AreaScore(5, "Nowe dane GUS.")}
    context.capacity.save_assessment(dataclasses.replace(assessment, scores=scores))
    changed = context.packages.export_all(tmp_path / "zmienione.pim").path
    preview = colleague.packages.preview(changed)
    outcomes = {p.kind: p.outcome for p in preview.kinds}
    assert outcomes[KIND_NETWORK] is KindOutcome.SAME
    assert outcomes[KIND_ACTIVITIES] is outcomes[KIND_CAPACITY] is KindOutcome.CLASH
    before = money_data(colleague)
    kept = colleague.packages.import_package(changed, ClashChoice.KEEP_BOTH)
    assert kept.kinds[KIND_ACTIVITIES] is kept.kinds[KIND_CAPACITY] is KindStep.KEEP
    assert money_data(colleague) == before != money_data(context)
    replaced = colleague.packages.import_package(changed, ClashChoice.REPLACE)
    assert replaced.kinds[KIND_ACTIVITIES] is replaced.kinds[KIND_CAPACITY] is KindStep.REPLACE
    assert money_data(colleague) == money_data(context)


def test_a_file_without_activities_and_assessments_still_imports(
    colleague: AppContext, settled_sample: Path, tmp_path: Path
) -> None:
    def older(document: dict[str, Any]) -> None:
        del document[KIND_ACTIVITIES], document[KIND_CAPACITY]

    def older_counts(manifest: dict[str, Any]) -> None:
        del manifest["contents"]["kinds"][KIND_ACTIVITIES]
        del manifest["contents"]["kinds"][KIND_CAPACITY]

    old = rewrite_package(
        settled_sample,
        tmp_path / "starszy.pim",
        data=edit_data(older),
        manifest=older_counts,
        rehash=True,
    )
    result = colleague.packages.import_package(old)
    assert KIND_ACTIVITIES not in result.kinds and result.kinds[KIND_NETWORK] is KindStep.ADD
    assert colleague.network_activities.activities() == []
    assert colleague.network.network().cities


def _activity(document: dict[str, Any], n: int = 0) -> dict[str, Any]:
    found: dict[str, Any] = document[KIND_ACTIVITIES][n]
    return found


def _hosted(document: dict[str, Any]) -> dict[str, Any]:
    return next(a for a in document[KIND_ACTIVITIES] if "host_city_id" in a)


def _with_participants(document: dict[str, Any]) -> dict[str, Any]:
    return next(a for a in document[KIND_ACTIVITIES] if a.get("participants"))


def _with_documents(document: dict[str, Any]) -> dict[str, Any]:
    return next(a for a in document[KIND_ACTIVITIES] if a.get("documents"))


BROKEN: dict[str, tuple[Any, str]] = {
    "a host city not in the file": (
        lambda d: _hosted(d).update(host_city_id=99),
        ".host_city_id”",
    ),
    "a participant city not in the file": (
        lambda d: _with_participants(d)["participants"][0].update(city_id=99),
        ".participants[0].city_id”",
    ),
    "a city listed twice among the participants": (
        lambda d: _with_participants(d).update(
            participants=[_with_participants(d)["participants"][0]] * 2
        ),
        ".participants”",
    ),
    "a meeting not in the file": (
        lambda d: _activity(d).update(meeting_id=999),
        "„network_activities[0].meeting_id”",
    ),
    "an activity without a title": (
        lambda d: _activity(d).update(title=" "),
        "„network_activities[0].title”: Podaj nazwę działania",
    ),
    "an unknown key": (
        lambda d: _activity(d, 1).update(budget="100"),
        "„network_activities[1].budget”",
    ),
    "money as text": (
        lambda d: _activity(d)["costs"][0].update(planned="1000.00"),
        "„network_activities[0].costs[0].planned”",
    ),
    "a negative amount": (
        lambda d: _activity(d)["costs"][0].update(planned=-1),
        "Kwota nie może być ujemna",
    ),
    "an unknown status": (
        lambda d: _activity(d).update(status="paid"),
        "„network_activities[0].status”",
    ),
    "a document whose checksum is not one": (
        lambda d: _with_documents(d)["documents"][0].update(sha256="abc"),
        ".documents[0].sha256”",
    ),
    "a score out of range": (
        lambda d: d[KIND_CAPACITY][0]["scores"]["use_of_data"].update(score=7),
        "„capacity[0].scores.use_of_data”: Ocena musi być liczbą od 1 do 5",
    ),
    "an area the program does not know": (
        lambda d: d[KIND_CAPACITY][0]["scores"].update(mood={"score": 3}),
        "„capacity[0].scores.mood”",
    ),
    "one city's round twice": (
        lambda d: d[KIND_CAPACITY].append(d[KIND_CAPACITY][0]),
        ".round”",
    ),
    "an assessment of a city not in the file": (
        lambda d: d[KIND_CAPACITY][0].update(city_id=99),
        "„capacity[0].city_id”",
    ),
    "assessments that are not a list": (
        lambda d: d.update({KIND_CAPACITY: {"0": d[KIND_CAPACITY][0]}}),
        "„capacity”",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_activities_and_assessments_are_refused_naming_the_place(
    colleague: AppContext, settled_sample: Path, tmp_path: Path, case: str
) -> None:
    change, expected = BROKEN[case]

    def counts_follow(manifest: dict[str, Any]) -> None:
        if case == "one city's round twice":
            manifest["contents"]["kinds"][KIND_CAPACITY] += 1

    broken = rewrite_package(
        settled_sample,
        tmp_path / "zepsuty.pim",
        data=edit_data(change),
        manifest=counts_follow,
        rehash=True,
    )
    assert expected in refused(colleague, broken)

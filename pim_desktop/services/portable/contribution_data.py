"""What a contribution file's ``data.json`` holds, both ways: from the partner city's own data to
the document, and from a received document to checked, typed values (refusing wrong types)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pim_desktop.domain.action_plan import PLAN_STATUS_LABELS, Action, ActionPlan, Level, PlanPart
from pim_desktop.domain.action_plan_figures import compute_totals
from pim_desktop.domain.capacity import (
    AREAS,
    MAX_SCORE,
    MIN_SCORE,
    ROUNDS,
    AreaScore,
    AssessmentRound,
    CapacityArea,
    SelfAssessment,
)
from pim_desktop.domain.city import Voivodeship
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.improvement_plan import Recommendation, RecommendationType
from pim_desktop.services.portable.contribution_file import ContributionError

MAX_TEXT = 20_000
MAX_NAME = 500
MAX_ITEMS = 300


@dataclass(frozen=True)
class ContributedRecommendation:
    title: str
    barrier: str
    evidence: str
    evidence_cities: tuple[str, ...]
    recommendation: str
    rec_type: RecommendationType
    addressee: str
    priority: Level
    supporting_cities: tuple[str, ...]


@dataclass(frozen=True)
class ContributedMid:
    title: str = ""
    status: str = ""
    summary: str = ""
    actions: int = 0
    total_cost: int = 0
    secured: int = 0


@dataclass(frozen=True)
class ContributedAssessment:
    """The partner city's own capacity self-assessment in one round."""

    round: AssessmentRound
    scores: Mapping[CapacityArea, AreaScore]


@dataclass(frozen=True)
class ContributionContent:
    city_name: str
    voivodeship: Voivodeship | None
    mid: ContributedMid
    recommendations: tuple[ContributedRecommendation, ...]
    capacity: tuple[ContributedAssessment, ...] = ()


def contribution_document(
    city_name: str,
    voivodeship: Voivodeship | None,
    plan: ActionPlan,
    actions: Sequence[Action],
    *,
    recommendations: Sequence[Recommendation],
    city_names: Mapping[int, str],
    capacity: Sequence[SelfAssessment] = (),
) -> dict[str, Any]:
    """The partner's contribution as the canonical data document; ``capacity`` (the city's own
    self-assessments) is written only when there is one, so older readers see the same file."""
    totals = compute_totals(actions)
    document: dict[str, Any] = {
        "canonical_format": 1,
        "kind": "network-contribution",
        "city": {"name": city_name, "voivodeship": voivodeship.value if voivodeship else None},
        "mid": {
            "title": plan.title,
            "status": PLAN_STATUS_LABELS[plan.status],
            "summary": plan.part(PlanPart.SUMMARY),
            "actions": len(actions),
            "total_cost_grosze": totals.total_cost,
            "secured_grosze": totals.secured,
        },
        "recommendations": [
            {
                "title": r.title,
                "barrier": r.barrier,
                "evidence": r.evidence,
                "evidence_cities": [city_names[i] for i in r.evidence_city_ids if i in city_names],
                "recommendation": r.recommendation,
                "type": r.rec_type.value,
                "addressee": r.addressee,
                "priority": r.priority.value,
                "supporting_cities": [
                    city_names[i] for i in r.supporting_city_ids if i in city_names
                ],
            }
            for r in recommendations
        ],
    }
    if capacity:
        document["capacity"] = [_assessment_document(a) for a in capacity]
    return document


def _assessment_document(assessment: SelfAssessment) -> dict[str, Any]:
    scores = {
        area.value: {"score": entry.score, "comment": entry.comment}
        for area, entry in assessment.scores.items()
    }
    return {"round": assessment.round.value, "scores": scores}


def read_content(data: Mapping[str, Any]) -> ContributionContent:
    """Typed values from a received document; wrong types and sizes are refused by name."""
    if data.get("kind") != "network-contribution":
        _bad("kind")
    city = _mapping(data.get("city"), "city")
    name = _text(city.get("name"), "city.name", MAX_NAME)
    if not name.strip():
        _bad("city.name")
    code = city.get("voivodeship")
    voivodeship = None
    if code is not None:
        if code not in {v.value for v in Voivodeship}:
            _bad("city.voivodeship")
        voivodeship = Voivodeship(code)
    mid = _mapping(data.get("mid", {}), "mid")
    items = data.get("recommendations", [])
    if not isinstance(items, list) or len(items) > MAX_ITEMS:
        _bad("recommendations")
    return ContributionContent(
        city_name=name.strip(),
        voivodeship=voivodeship,
        mid=ContributedMid(
            title=_text(mid.get("title"), "mid.title", MAX_NAME),
            status=_text(mid.get("status"), "mid.status", 40),
            summary=_text(mid.get("summary"), "mid.summary", MAX_TEXT),
            actions=_count(mid.get("actions"), "mid.actions"),
            total_cost=_count(mid.get("total_cost_grosze"), "mid.total_cost_grosze"),
            secured=_count(mid.get("secured_grosze"), "mid.secured_grosze"),
        ),
        recommendations=tuple(_recommendation(item, n) for n, item in enumerate(items, 1)),
        capacity=_capacity(data.get("capacity", [])),
    )


def _capacity(items: object) -> tuple[ContributedAssessment, ...]:
    if not isinstance(items, list) or len(items) > len(ROUNDS):
        _bad("capacity")
    assert isinstance(items, list)
    found = []
    for number, item in enumerate(items, 1):
        where = f"capacity[{number}]"
        value = _mapping(item, where)
        round_ = value.get("round")
        if round_ not in {r.value for r in ROUNDS}:
            _bad(f"{where}.round")
        scores = {}
        for area, entry in _mapping(value.get("scores", {}), f"{where}.scores").items():
            if area not in {a.value for a in AREAS}:
                _bad(f"{where}.scores")
            fields = _mapping(entry, f"{where}.scores.{area}")
            score = _count(fields.get("score"), f"{where}.scores.{area}.score")
            if not MIN_SCORE <= score <= MAX_SCORE:
                _bad(f"{where}.scores.{area}.score")
            comment = _text(fields.get("comment"), f"{where}.scores.{area}.comment", MAX_TEXT)
            scores[CapacityArea(area)] = AreaScore(score, comment)
        found.append(ContributedAssessment(AssessmentRound(str(round_)), scores))
    return tuple(found)


def _recommendation(item: object, number: int) -> ContributedRecommendation:
    where = f"recommendations[{number}]"
    value = _mapping(item, where)
    title = _text(value.get("title"), f"{where}.title", MAX_NAME)
    if not title.strip():
        _bad(f"{where}.title")
    kind = value.get("type", RecommendationType.OTHER.value)
    priority = value.get("priority", Level.MEDIUM.value)
    if kind not in {t.value for t in RecommendationType}:
        _bad(f"{where}.type")
    if priority not in {p.value for p in Level}:
        _bad(f"{where}.priority")
    return ContributedRecommendation(
        title=title,
        barrier=_text(value.get("barrier"), f"{where}.barrier", MAX_TEXT),
        evidence=_text(value.get("evidence"), f"{where}.evidence", MAX_TEXT),
        evidence_cities=_names(value.get("evidence_cities"), f"{where}.evidence_cities"),
        recommendation=_text(value.get("recommendation"), f"{where}.recommendation", MAX_TEXT),
        rec_type=RecommendationType(kind),
        addressee=_text(value.get("addressee"), f"{where}.addressee", MAX_NAME),
        priority=Level(priority),
        supporting_cities=_names(value.get("supporting_cities"), f"{where}.supporting_cities"),
    )


def _bad(field: str) -> None:
    raise ContributionError(
        QT_TRANSLATE_NOOP(
            "domain", "Plik wkładu ma błędne dane w polu „{field}”; nic nie zaimportowano."
        ),
        field=field,
    )


def _mapping(value: object, field: str) -> Mapping[str, Any]:
    if not isinstance(value, dict):
        _bad(field)
    assert isinstance(value, dict)
    return value


def _text(value: object, field: str, limit: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str) or len(value) > limit:
        _bad(field)
    assert isinstance(value, str)
    return value


def _count(value: object, field: str) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        _bad(field)
    assert isinstance(value, int)
    return value


def _names(value: object, field: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if not isinstance(value, list) or len(value) > MAX_ITEMS:
        _bad(field)
    assert isinstance(value, list)
    return tuple(_text(item, field, MAX_NAME) for item in value)

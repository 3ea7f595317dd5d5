"""Plan Ulepszeń: the network's recommendations; its PDF; the partner city's contribution file
written on the partner's side and taken in, after a preview, all or nothing, on the Leader's."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy.orm import Session, sessionmaker

from pim_desktop import __version__
from pim_desktop.domain.action_plan import LEVEL_LABELS
from pim_desktop.domain.city import VOIVODESHIP_NAMES
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.improvement_plan import (
    RECOMMENDATION_TYPE_LABELS,
    Recommendation,
    check_recommendation,
    count_by_type,
)
from pim_desktop.domain.network import (
    CITY_ROLE_LABELS,
    LETTER_STATUS_LABELS,
    ContributionSummary,
    Network,
    NetworkCity,
    find_city,
    network_rule_warnings,
)
from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.pdf.improvement_plan_pdf import (
    ImprovementPlanDocument,
    RecommendationEntry,
    build_improvement_plan,
)
from pim_desktop.persistence.action_plan_repository import ActionPlanRepository
from pim_desktop.persistence.city_profile_repository import CityProfileRepository
from pim_desktop.persistence.network_repository import NetworkRepository
from pim_desktop.services.errors import storage_errors
from pim_desktop.services.portable.contributed_capacity import own_assessments, take_assessments
from pim_desktop.services.portable.contribution_data import (
    ContributedRecommendation,
    ContributionContent,
    contribution_document,
    read_content,
)
from pim_desktop.services.portable.contribution_file import (
    ContributionError,
    read_contribution,
    write_contribution,
)

NONE = "—"


@dataclass(frozen=True)
class ContributionPreview:
    """What importing a file would do; nothing is written until ``import_contribution``."""

    file_name: str
    sha256: str
    content: ContributionContent
    created_at: str
    program_version: str
    existing_city: NetworkCity | None
    replaced: int  # recommendations an earlier file from the same city brought
    unknown_cities: tuple[str, ...]


class ImprovementPlanService:
    def __init__(
        self,
        session_factory: sessionmaker[Session],
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self._session_factory = session_factory
        self._now = now

    def recommendations(self) -> list[Recommendation]:
        with storage_errors(), self._session_factory() as session:
            return NetworkRepository(session).recommendations()

    def save_recommendation(self, recommendation: Recommendation) -> Recommendation:
        problems = check_recommendation(recommendation)
        if problems:
            raise ValidationFailed(problems)
        with storage_errors(), self._session_factory.begin() as session:
            return NetworkRepository(session).save_recommendation(recommendation)

    def delete_recommendation(self, recommendation_id: int) -> None:
        with storage_errors(), self._session_factory.begin() as session:
            NetworkRepository(session).delete_recommendation(recommendation_id)

    def print_pdf(self, target: Path, created: dt.datetime | None = None) -> int:
        """Write the Improvement Plan as a PDF; return its page count."""
        with storage_errors(), self._session_factory() as session:
            network = NetworkRepository(session).load()
            recommendations = NetworkRepository(session).recommendations()
            city = CityProfileRepository(session).load()
        document = improvement_plan_document(network, recommendations, city.official_name)
        return build_improvement_plan(target, replace(document, created=created))

    # --- the contribution file --------------------------------------------------------------

    def export_contribution(self, target: Path) -> str:
        """Write this city's recommendations and MID summary; return the file's SHA-256."""
        with storage_errors(), self._session_factory() as session:
            city = CityProfileRepository(session).load()
            plans = ActionPlanRepository(session)
            plan, actions = plans.load(), plans.actions()
            network = NetworkRepository(session)
            own = [r for r in network.recommendations() if r.source_city_id is None]
            names = {c.id: c.name for c in network.load().cities if c.id is not None}
            capacity = own_assessments(session, network.load(), city.official_name)
        if not city.official_name.strip():
            raise ContributionError(
                QT_TRANSLATE_NOOP(
                    "domain",
                    "Najpierw wpisz oficjalną nazwę miasta w „Dane miasta”: plik wkładu ją podaje.",
                )
            )
        document = contribution_document(
            city.official_name,
            city.voivodeship,
            plan,
            actions,
            recommendations=own,
            city_names=names,
            capacity=capacity,
        )
        return write_contribution(target, document, __version__, self._now())

    def preview_contribution(self, source: Path) -> ContributionPreview:
        """Read and check a partner city's file against the network; nothing is written."""
        received = read_contribution(source)
        content = read_content(received.data)
        with storage_errors(), self._session_factory() as session:
            network = NetworkRepository(session).load()
            existing = find_city(network.cities, content.city_name)
            recommendations = NetworkRepository(session).recommendations()
        replaced = 0
        if existing is not None:
            replaced = sum(1 for r in recommendations if r.source_city_id == existing.id)
        named = {
            n for r in content.recommendations for n in (*r.evidence_cities, *r.supporting_cities)
        }
        unknown = sorted(
            n for n in named if find_city(network.cities, n) is None and n != content.city_name
        )
        return ContributionPreview(
            file_name=received.file_name,
            sha256=received.sha256,
            content=content,
            created_at=str(received.manifest.get("created_at", "")),
            program_version=str(received.manifest.get("program_version", "")),
            existing_city=existing,
            replaced=replaced,
            unknown_cities=tuple(unknown),
        )

    def import_contribution(self, preview: ContributionPreview) -> NetworkCity:
        """Take the contribution in, all or nothing; an earlier one from the city is replaced."""
        content = preview.content
        with storage_errors(), self._session_factory.begin() as session:
            repository = NetworkRepository(session)
            network = repository.load()
            city = find_city(network.cities, content.city_name) or NetworkCity(
                name=content.city_name, voivodeship=content.voivodeship
            )
            summary = ContributionSummary(
                mid_title=content.mid.title,
                mid_status=content.mid.status,
                mid_summary=content.mid.summary,
                actions=content.mid.actions,
                total_cost=content.mid.total_cost,
                secured=content.mid.secured,
                received_at=self._now(),
                sha256=preview.sha256,
            )
            city = repository.save_city(
                replace(
                    city,
                    voivodeship=city.voivodeship or content.voivodeship,
                    contribution=summary,
                )
            )
            assert city.id is not None
            repository.delete_recommendations_from(city.id)
            cities = repository.load().cities
            for item in content.recommendations:
                repository.save_recommendation(_recommendation(item, city, cities))
            take_assessments(session, city.id, content.capacity)
            return city


def _recommendation(
    item: ContributedRecommendation, source: NetworkCity, cities: tuple[NetworkCity, ...]
) -> Recommendation:
    def ids(names: tuple[str, ...]) -> tuple[int, ...]:
        found = (find_city(cities, name) for name in names)
        return tuple(c.id for c in found if c is not None and c.id is not None)

    unknown = [n for n in item.evidence_cities if find_city(cities, n) is None]
    evidence = item.evidence
    if unknown:
        evidence = f"{evidence}\n\nDotyczy także: {', '.join(unknown)}.".strip()
    supporting = tuple(dict.fromkeys((*ids(item.supporting_cities), source.id or 0)))
    return Recommendation(
        title=item.title,
        barrier=item.barrier,
        evidence=evidence,
        evidence_city_ids=ids(item.evidence_cities),
        recommendation=item.recommendation,
        rec_type=item.rec_type,
        addressee=item.addressee,
        priority=item.priority,
        supporting_city_ids=supporting,
        source_city_id=source.id,
    )


def improvement_plan_document(
    network: Network, recommendations: list[Recommendation], city_name: str
) -> ImprovementPlanDocument:
    leader = network.leader
    facts = (
        ("Temat sieci", network.theme or NONE),
        ("Edycja", network.edition or NONE),
        ("Miasto Lider", leader.name if leader else NONE),
        ("Ekspert tematyczny", _person(network.expert_name, network.expert_contact)),
        ("Opiekun z Sekretariatu PIM", _person(network.tutor_name, network.tutor_contact)),
    )
    cities = tuple(
        (
            c.name,
            VOIVODESHIP_NAMES[c.voivodeship] if c.voivodeship else NONE,
            CITY_ROLE_LABELS[c.role],
            LETTER_STATUS_LABELS[c.letter_status],
        )
        for c in network.cities
    )
    counts = count_by_type(recommendations)
    return ImprovementPlanDocument(
        network_name=network.name,
        facts=facts,
        cities=cities,
        rule_warnings=tuple(p.text() for p in network_rule_warnings(network)),
        counts_by_type=tuple(
            (RECOMMENDATION_TYPE_LABELS[kind], str(count)) for kind, count in counts.items()
        ),
        recommendations=tuple(
            RecommendationEntry(
                number=n,
                title=r.title,
                type_label=RECOMMENDATION_TYPE_LABELS[r.rec_type],
                priority_label=LEVEL_LABELS[r.priority],
                addressee=r.addressee,
                barrier=r.barrier,
                evidence=r.evidence,
                evidence_cities=", ".join(network.city_names(r.evidence_city_ids)),
                recommendation=r.recommendation,
                supporting_cities=", ".join(network.city_names(r.supporting_city_ids)),
                source_city=(network.city(r.source_city_id) or NetworkCity("")).name,
            )
            for n, r in enumerate(recommendations, start=1)
        ),
        prepared_by=city_name,
    )


def _person(name: str, contact: str) -> str:
    return ", ".join(part for part in (name.strip(), contact.strip()) if part) or NONE

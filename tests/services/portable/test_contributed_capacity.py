"""A partner's capacity self-assessment travels in its contribution file to the Leader, and a
file without one reads as before."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pim_desktop.app import open_database
from pim_desktop.context import AppContext
from pim_desktop.domain.capacity import AreaScore, AssessmentRound, CapacityArea, SelfAssessment
from pim_desktop.domain.city import CityProfile, Voivodeship
from pim_desktop.domain.network import CityRole, NetworkCity
from pim_desktop.paths import AppPaths
from pim_desktop.services.portable.contribution_data import read_content
from pim_desktop.services.portable.contribution_file import ContributionError, read_contribution


@pytest.fixture
def partner(tmp_path: Path) -> Iterator[AppContext]:
    context = open_database(AppPaths.under(tmp_path / "partner").ensure(), read_only=False)
    context.city_profile.save(
        CityProfile(official_name="Miasto Próbnik", voivodeship=Voivodeship.WIELKOPOLSKIE)
    )
    yield context
    context.close()


def test_the_partners_self_assessment_reaches_the_leader(
    partner: AppContext, context: AppContext, tmp_path: Path
) -> None:
    own = partner.network.save_city(NetworkCity("Miasto Próbnik", Voivodeship.WIELKOPOLSKIE))
    scores = {
        CapacityArea.PARTICIPATION: AreaScore(2, "Konsultacje tylko online."),
        CapacityArea.USE_OF_DATA: AreaScore(4),
    }
    partner.capacity.save_assessment(SelfAssessment(own.id or 0, AssessmentRound.MIDWAY, scores))
    file = tmp_path / "wkład.pim-wklad"
    partner.improvement_plan.export_contribution(file)

    context.network.save_city(
        NetworkCity("Gmina Miasto Przykładowo", Voivodeship.MAZOWIECKIE, CityRole.LEADER)
    )
    preview = context.improvement_plan.preview_contribution(file)
    city = context.improvement_plan.import_contribution(preview)
    [received] = context.capacity.overview().assessments
    assert received.city_id == city.id and received.round is AssessmentRound.MIDWAY
    assert received.scores == scores and received.source == "contribution"


def test_a_file_without_capacity_and_a_wrong_score(partner: AppContext, tmp_path: Path) -> None:
    file = tmp_path / "wkład.pim-wklad"
    partner.improvement_plan.export_contribution(file)
    data = dict(read_contribution(file).data)
    assert "capacity" not in data and read_content(data).capacity == ()
    data["capacity"] = [{"round": "start", "scores": {"use_of_data": {"score": 6}}}]
    with pytest.raises(ContributionError) as refused:
        read_content(data)
    assert refused.value.params["field"] == "capacity[1].scores.use_of_data.score"

"""The cities' self-assessment: scores in range, and the network's spread per area and round."""

from __future__ import annotations

from pim_desktop.domain.capacity import (
    AreaScore,
    AssessmentRound,
    CapacityArea,
    SelfAssessment,
    by_city,
    check_assessment,
    spreads,
)

A = CapacityArea
R = AssessmentRound


def assessment(city: int, round_: R, score: int) -> SelfAssessment:
    return SelfAssessment(city, round_, {A.USE_OF_DATA: AreaScore(score, "")})


def test_spread_is_the_gap_between_strongest_and_weakest_city() -> None:
    answers = [
        assessment(1, R.END, 4),
        assessment(1, R.START, 4),
        assessment(2, R.START, 1),
        assessment(3, R.START, 2),
        assessment(2, R.END, 3),
    ]
    result = spreads(answers)
    assert [(s.round, s.area, s.lowest, s.highest, s.gap, s.cities) for s in result] == [
        (R.START, A.USE_OF_DATA, 1, 4, 3, 3),
        (R.END, A.USE_OF_DATA, 3, 4, 1, 2),
    ]
    assert [a.round for a in by_city(answers)[1]] == [R.START, R.END]


def test_scores_must_be_one_to_five() -> None:
    assert check_assessment(assessment(1, R.START, 5)) == []
    assert [p.code for p in check_assessment(assessment(1, R.START, 0))] == ["score_range"]
    assert [p.code for p in check_assessment(assessment(1, R.START, 6))] == ["score_range"]

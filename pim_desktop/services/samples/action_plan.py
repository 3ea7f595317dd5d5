"""The sample city's MID "Zwarte i zielone Śródmieście": a compact-city plan with 12 actions,
partners taken from the sample Local Partnership and some actions tied to its meetings.

Dates are set around the day the sample is made: the plan began ten months earlier and runs four
years, so some actions are finished, some under way and some still planned. One action's funding
deliberately falls short of its cost, to show the warning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from pim_desktop.domain.action_plan import (
    Action,
    ActionPlan,
    ActionStatus,
    ActionType,
    FundingKind,
    FundingSource,
    FundingStatus,
    Indicator,
    IndicatorKind,
    Level,
    Objective,
    ObjectiveKind,
    PlanPart,
    PlanStatus,
    Risk,
    add_months,
    month_start,
)
from pim_desktop.persistence.action_plan_repository import ActionPlanRepository

T = ActionType
F = FundingKind
S = FundingStatus
FEM = "Fundusze Europejskie dla Mazowsza 2021–2027"
FENIKS = "FEnIKS 2021–2027"
HORIZON_MONTHS = 48
ELAPSED_MONTHS = 10

PARTS = {
    PlanPart.SUMMARY: (
        "Śródmieście Przykładowa traci mieszkańców: w ciągu dekady ubyło ich 14%, a co piąty "
        "lokal przy głównych ulicach stoi pusty. Miejska Inicjatywa Działań, przygotowana z "
        "Lokalnym Partnerstwem w sieci „Miasto kompaktowe”, ma odwrócić ten trend: zamiast "
        "rozlewać miasto na przedmieścia, chcemy zagęścić i ożywić centrum.\n\n"
        "Plan obejmuje 12 działań: od zagospodarowania pustostanów i rewitalizacji kwartału "
        "przy ul. Źródlanej, przez zieleń i małą retencję, po mieszkania na wynajem nad lokalami "
        "usługowymi w formule partnerstwa publiczno-prywatnego."
    ),
    PlanPart.CONTEXT: (
        "Przykładowo liczy 48 tys. mieszkańców. Zabudowa jednorodzinna na obrzeżach rośnie "
        "szybciej niż liczba ludności, co zwiększa koszty infrastruktury i ruch samochodowy. "
        "Diagnoza Lokalnego Partnerstwa wskazała trzy przyczyny: brak oferty mieszkaniowej w "
        "centrum, mało zieleni i miejsc spotkań oraz przestrzeń zdominowaną przez samochody.\n\n"
        "Dane: 212 pustostanów w Śródmieściu (inwentaryzacja 2025), 4,1 m² zieleni urządzonej "
        "na mieszkańca centrum wobec 11,8 m² średnio w mieście, 62% podróży samochodem."
    ),
    PlanPart.STAKEHOLDERS: (
        "Lokalne Partnerstwo liczy 26 członków: wydziały urzędu i spółki miejskie, urząd "
        "marszałkowski, sąsiednie gminy, organizacje pozarządowe, przedsiębiorców, uczelnię, "
        "szkoły, media i mieszkańców. Partnerstwo spotykało się co kwartał, prowadziło warsztat "
        "drzewa problemów i konsultacje, a macierz interesariuszy wskazała partnerów kluczowych "
        "dla każdego działania."
    ),
    PlanPart.VISION: (
        "W 2030 roku Śródmieście Przykładowa jest zwarte, zielone i żywe: ludzie mieszkają nad "
        "sklepami, dzieci idą do szkoły pieszo, a deszczówka zostaje w mieście."
    ),
    PlanPart.LESSONS: (
        "Z wizyt studyjnych w miastach sieci przejęliśmy model konkursu na zielone podwórka "
        "i standard małej retencji. Rozmowy z ekspertem tematycznym pokazały, że PPP w "
        "mieszkalnictwie wymaga wcześniejszego przygotowania gruntów i analizy ryzyk."
    ),
}

OBJECTIVES = (
    (ObjectiveKind.GENERAL, "C1", "Zwarte i żywe Śródmieście, do którego mieszkańcy wracają"),
    (ObjectiveKind.SPECIFIC, "C1.1", "Zagospodarować pustostany i zaniedbane kwartały"),
    (ObjectiveKind.SPECIFIC, "C1.2", "Więcej zieleni i wody w przestrzeni publicznej"),
    (ObjectiveKind.SPECIFIC, "C1.3", "Pierwszeństwo ruchu pieszego i rowerowego"),
    (ObjectiveKind.SPECIFIC, "C1.4", "Mieszkańcy i przedsiębiorcy współdecydują o centrum"),
)


@dataclass(frozen=True)
class _Row:
    code: str
    title: str
    kind: ActionType
    unit: str
    objective: str
    partners: tuple[int, ...]
    first: int
    months: int
    cost: int
    funding: tuple[tuple[FundingKind, str, int, FundingStatus], ...]
    priority: Level
    meetings: tuple[int, ...]
    status: ActionStatus | None


# fmt: off
# code, title, type, unit, objective, partners (sample members), first month, months,
# cost in zł, funding (kind, programme, zł, status), priority, meetings (oldest first), status
ACTIONS: tuple[_Row, ...] = (
    _Row("D1", "Program zagospodarowania pustostanów w Śródmieściu", T.SOFT,
     "Wydział Gospodarki Komunalnej", "C1.1", (1, 13, 21), 0, 12, 180_000,
     ((F.CITY_BUDGET, "", 180_000, S.SECURED),), Level.HIGH, (0, 1), None),
    _Row("D2", "Rewitalizacja kwartału przy ul. Źródlanej", T.INVESTMENT,
     "Wydział Rozwoju i Funduszy Zewnętrznych", "C1.1", (0, 4, 16, 21), 6, 30, 12_400_000,
     ((F.EU_PROGRAMME, FENIKS, 8_680_000, S.APPLIED), (F.CITY_BUDGET, "", 3_720_000, S.SECURED)),
     Level.HIGH, (4, 5), None),
    _Row("D3", "Park kieszonkowy przy ul. Łąkowej", T.INVESTMENT, "Miejski Zarząd Dróg i Zieleni",
     "C1.2", (4, 10, 18), 3, 12, 1_250_000,
     ((F.EU_PROGRAMME, FEM, 850_000, S.SECURED), (F.CITY_BUDGET, "", 400_000, S.SECURED)),
     Level.MEDIUM, (2,), None),
    _Row("D4", "Miejski standard małej retencji", T.REGULATORY, "Wydział Gospodarki Komunalnej",
     "C1.2", (3, 16), 0, 9, 95_000, ((F.CITY_BUDGET, "", 95_000, S.SECURED),), Level.MEDIUM,
     (1,), None),
    _Row("D5", "Punkt konsultacyjny „Śródmieście dla mieszkańców”", T.SOFT,
     "Biuro Strategii Miasta", "C1.4", (11, 21, 12), 2, 46, 360_000,
     ((F.CITY_BUDGET, "", 240_000, S.SECURED),
      (F.NATIONAL_PROGRAMME, "Program NOWEFIO", 120_000, S.PLANNED)), Level.MEDIUM, (2, 5), None),
    _Row("D6", "Pilotaż strefy Tempo 30 i woonerfu na ul. Rynkowej", T.PILOT,
     "Miejski Zarząd Dróg i Zieleni", "C1.3", (4, 9, 19), 9, 12, 640_000,
     ((F.NATIONAL_PROGRAMME, "Rządowy Fundusz Rozwoju Dróg", 320_000, S.APPLIED),
      (F.CITY_BUDGET, "", 320_000, S.PLANNED)), Level.HIGH, (), None),
    _Row("D7", "Aktualizacja Gminnego Programu Rewitalizacji", T.REGULATORY,
     "Biuro Strategii Miasta", "C1", (0, 5, 6, 22), 0, 6, 140_000,
     ((F.CITY_BUDGET, "", 140_000, S.SECURED),), Level.HIGH, (0,), None),
    _Row("D8", "Mieszkania na wynajem nad lokalami usługowymi (PPP)", T.INVESTMENT,
     "Wydział Rozwoju i Funduszy Zewnętrznych", "C1.1", (13, 14, 0), 18, 30, 9_800_000,
     ((F.PRIVATE_PPP, "", 6_200_000, S.PLANNED),
      (F.NATIONAL_PROGRAMME, "Rządowy program budownictwa społecznego", 2_800_000, S.PLANNED),
      (F.CITY_BUDGET, "", 600_000, S.PLANNED)), Level.HIGH, (5,), None),
    _Row("D9", "Zielone podwórka – konkurs dla wspólnot mieszkaniowych", T.SOFT,
     "Miejski Zarząd Dróg i Zieleni", "C1.2", (10, 21, 22), 12, 24, 450_000,
     ((F.CITY_BUDGET, "", 300_000, S.PLANNED), (F.OTHER, "WFOŚiGW", 150_000, S.APPLIED)),
     Level.MEDIUM, (), None),
    _Row("D10", "Bezpieczne dojścia do szkół", T.PILOT, "Miejski Zarząd Dróg i Zieleni", "C1.3",
     (17, 18, 4), 15, 12, 280_000, ((F.CITY_BUDGET, "", 280_000, S.PLANNED),), Level.LOW, (),
     None),
    _Row("D11", "Akademia przedsiębiorcy ze Śródmieścia", T.SOFT, "Wydział Rozwoju i Funduszy "
     "Zewnętrznych", "C1.4", (13, 14, 15), 6, 12, 75_000,
     ((F.EU_PROGRAMME, FEM, 63_750, S.SECURED), (F.CITY_BUDGET, "", 11_250, S.SECURED)),
     Level.LOW, (), None),
    _Row("D12", "Przebudowa targowiska miejskiego", T.INVESTMENT, "Wydział Gospodarki Komunalnej",
     "C1.1", (1, 13), 24, 12, 3_200_000, ((F.CITY_BUDGET, "", 3_200_000, S.PLANNED),),
     Level.LOW, (), ActionStatus.ABANDONED),
)
INDICATORS = {
    "D1": (Indicator(IndicatorKind.OUTPUT, "Lokale przekazane nowym najemcom", "szt.",
                     Decimal(0), 2025, Decimal(40), 2027, "Wydział Gospodarki Komunalnej"),
           Indicator(IndicatorKind.RESULT, "Udział pustych lokali w Śródmieściu", "%",
                     Decimal("19.5"), 2025, Decimal(10), 2029, "inwentaryzacja lokali")),
    "D2": (Indicator(IndicatorKind.OUTPUT, "Powierzchnia zrewitalizowanych podwórek", "m²",
                     Decimal(0), 2025, Decimal(8600), 2029, "protokoły odbioru"),),
    "D3": (Indicator(IndicatorKind.OUTPUT, "Nowa zieleń urządzona", "m²", Decimal(0), 2025,
                     Decimal(2400), 2027, "Miejski Zarząd Dróg i Zieleni"),
           Indicator(IndicatorKind.RESULT, "Zieleń urządzona na mieszkańca centrum", "m²",
                     Decimal("4.1"), 2025, Decimal("5.3"), 2028, "GUS, dane miasta")),
    "D6": (Indicator(IndicatorKind.RESULT, "Udział podróży pieszych i rowerowych w centrum",
                     "%", Decimal(38), 2025, Decimal(50), 2029, "badanie ruchu"),),
}
RISKS = {
    "D2": (Risk("Wniosek o dofinansowanie z FEnIKS nie zostanie przyjęty", Level.MEDIUM,
                Level.HIGH, "Przygotować wariant etapowy finansowany z budżetu i kredytu",
                "Wydział Rozwoju"),),
    "D8": (Risk("Brak zainteresowania partnera prywatnego", Level.HIGH, Level.HIGH,
                "Dialog techniczny z rynkiem przed ogłoszeniem postępowania",
                "Przykładowska Izba Gospodarcza"),
           Risk("Wzrost kosztów budowy", Level.MEDIUM, Level.MEDIUM,
                "Rezerwa 10% i waloryzacja w umowie", "Wydział Rozwoju")),
    "D6": (Risk("Sprzeciw części kierowców i handlowców", Level.MEDIUM, Level.MEDIUM,
                "Pilotaż na 12 miesięcy z badaniem opinii", "Rada Osiedla Śródmieście"),),
}
DESCRIPTIONS = {
    "D1": "Inwentaryzacja pustych lokali, preferencyjne stawki czynszu dla usług lokalnych "
    "i organizacji pozarządowych, giełda lokali prowadzona z Izbą Gospodarczą.",
    "D2": "Przebudowa podwórek, elewacji i sieci w kwartale ul. Źródlanej, Nadrzecznej i "
    "Rynkowej; nowe lokale mieszkalne w budynkach komunalnych.",
    "D3": "Zamiana nieużytku przy ul. Łąkowej w park kieszonkowy z ogrodem deszczowym, "
    "zaprojektowany z mieszkańcami i uczniami Szkoły Podstawowej nr 5.",
    "D5": "Stały punkt informacji i konsultacji w lokalu przy Rynku: dyżury urzędników, "
    "spacery badawcze, budżet obywatelski dla Śródmieścia.",
    "D8": "Budynki z usługami w parterze i mieszkaniami na wynajem na działkach miejskich "
    "przy ul. Rynkowej, realizowane w formule partnerstwa publiczno-prywatnego.",
    "D12": "Zaniechane: funkcje targowiska przejmą parter i plac nowej zabudowy z działania D8.",
}
# fmt: on


def _status(first: int, months: int) -> ActionStatus:
    if first + months <= ELAPSED_MONTHS:
        return ActionStatus.DONE
    if first <= ELAPSED_MONTHS:
        return ActionStatus.IN_PROGRESS
    return ActionStatus.PLANNED


def add_sample_action_plan(
    session: Session, today: dt.date, member_ids: list[int], meeting_ids: list[int]
) -> None:
    """Write the sample MID; ``member_ids`` and ``meeting_ids`` in the sample's own order."""
    start = add_months(month_start(today), -ELAPSED_MONTHS)
    end = add_months(start, HORIZON_MONTHS - 1)
    repository = ActionPlanRepository(session)
    repository.save(
        ActionPlan(
            title=f"Zwarte i zielone Śródmieście {start.year}–{end.year}",
            version="1.2",
            status=PlanStatus.CONSULTED,
            horizon_start=start,
            horizon_end=end,
            parts=dict(PARTS),
        )
    )
    plan = repository.save_objectives(Objective(k, c, t) for k, c, t in OBJECTIVES)
    objectives = {o.code: o.id for o in plan.objectives}
    for row in ACTIONS:
        repository.add(_action(row, start, objectives, member_ids, meeting_ids))


def _action(
    row: _Row,
    start: dt.date,
    objectives: dict[str, int | None],
    member_ids: list[int],
    meeting_ids: list[int],
) -> Action:
    return Action(
        code=row.code,
        title=row.title,
        action_type=row.kind,
        responsible_unit=row.unit,
        objective_id=objectives.get(row.objective),
        partner_ids=tuple(member_ids[i] for i in row.partners if i < len(member_ids)),
        start_month=add_months(start, row.first),
        end_month=add_months(start, row.first + row.months - 1),
        cost=row.cost * 100,
        funding=tuple(FundingSource(k, zl * 100, s, p) for k, p, zl, s in row.funding),
        indicators=INDICATORS.get(row.code, ()),
        risks=RISKS.get(row.code, ()),
        priority=row.priority,
        status=row.status or _status(row.first, row.months),
        meeting_ids=tuple(meeting_ids[i] for i in row.meetings if i < len(meeting_ids)),
        description=DESCRIPTIONS.get(row.code, ""),
    )

"""The sample network "Miasto kompaktowe": Przykładowo as the Leader with seven made-up partner
cities in six voivodeships, three network meetings and ten recommendations for the Improvement
Plan (three of them as if brought by partners' contribution files)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from pim_desktop.domain.action_plan import Level
from pim_desktop.domain.city import Voivodeship
from pim_desktop.domain.improvement_plan import Recommendation, RecommendationType
from pim_desktop.domain.meeting import MeetingDetails, MeetingType
from pim_desktop.domain.network import CityRole, LetterStatus, Network, NetworkCity
from pim_desktop.persistence.meeting_repository import MeetingRepository
from pim_desktop.persistence.network_repository import NetworkRepository

V = Voivodeship
R = RecommendationType
SIGNED = LetterStatus.SIGNED
# fmt: off
CITIES: tuple[tuple[str, V, str, str, LetterStatus], ...] = (
    ("Gmina Miasto Przykładowo", V.MAZOWIECKIE, "Łukasz Wiśniewski",
     "l.wisniewski@przykladowo.example.pl", SIGNED),
    ("Gmina Miejska Wzorowo", V.LODZKIE, "Katarzyna Żelazowska", "k.zelazowska@wzorowo.example",
     SIGNED),
    ("Miasto Próbnik", V.WIELKOPOLSKIE, "Tadeusz Kowalczyk", "t.kowalczyk@probnik.example",
     SIGNED),
    ("Gmina Miasto Testowice", V.SLASKIE, "Ewa Ślęzak", "e.slezak@testowice.example", SIGNED),
    ("Miasto Zmyślin", V.LUBELSKIE, "Jan Pióro", "j.pioro@zmyslin.example", SIGNED),
    ("Gmina Miejska Nowe Przykłady", V.POMORSKIE, "Marta Gdańska-Nowak",
     "m.nowak@noweprzyklady.example", SIGNED),
    ("Miasto Modelowo", V.LODZKIE, "Oskar Bąkowski", "o.bakowski@modelowo.example", SIGNED),
    ("Gmina Miasto Fikcyjów", V.DOLNOSLASKIE, "Alicja Wrocławska",
     "a.wroclawska@fikcyjow.example", LetterStatus.REQUESTED),
)
MEETINGS: tuple[tuple[int, MeetingType, str, str, tuple[int, ...]], ...] = (
    (300, MeetingType.NETWORK_MEETING, "Seminarium otwierające sieci „Miasto kompaktowe”",
     "Urząd Miasta Przykładowo, ul. Źródlana 12", (0, 1, 2, 3, 4, 5, 6, 7)),
    (160, MeetingType.STUDY_VISIT, "Wizyta studyjna: kwartały odnowione w Wzorowie",
     "Wzorowo, Stare Miasto", (0, 1, 2, 4, 6)),
    (45, MeetingType.NETWORK_MEETING, "Spotkanie sieci: finansowanie MID i Plan Ulepszeń",
     "spotkanie online", (0, 1, 2, 3, 5, 6, 7)),
)
MINISTRY = "Ministerstwo Funduszy i Polityki Regionalnej"
# title, type, priority, addressee, evidence cities, supporting cities, source city or None,
# barrier, evidence, recommendation
RECOMMENDATIONS: tuple[tuple[str, R, Level, str, tuple[int, ...], tuple[int, ...], int | None,
                             str, str, str], ...] = (
    ("Pierwszeństwo dla inwestycji w centrach miast", R.FINANCIAL, Level.HIGH, MINISTRY,
     (0, 1, 3), (0, 1, 2, 3, 4, 5, 6), None,
     "Kryteria wyboru projektów nie premiują inwestycji na terenach już zabudowanych.",
     "W trzech miastach sieci projekty w centrach przegrały z projektami na obrzeżach.",
     "Wprowadzić kryterium premiujące lokalizację w granicach obszaru rewitalizacji."),
    ("Prostsze PPP w budownictwie na wynajem", R.LEGAL, Level.HIGH, "Ministerstwo Rozwoju i "
     "Technologii", (0, 2), (0, 2, 5), None,
     "Procedury PPP są zbyt kosztowne dla małych przedsięwzięć mieszkaniowych.",
     "Przykładowo i Próbnik wydały po ok. 300 tys. zł na doradztwo bez zawarcia umowy.",
     "Przygotować wzorcową dokumentację PPP dla projektów do 20 mln zł."),
    ("Dane o pustostanach w statystyce publicznej", R.ORGANISATIONAL, Level.MEDIUM,
     "Główny Urząd Statystyczny", (0, 4, 6), (0, 4, 6, 7), None,
     "Miasta nie mają porównywalnych danych o pustych lokalach.",
     "Każde z pięciu miast sieci liczy pustostany inną metodą.",
     "Dodać do badań GUS wskaźnik pustostanów w podziale na obszary miasta."),
    ("Zachęty podatkowe do zabudowy plomb", R.LEGAL, Level.MEDIUM, "Ministerstwo Finansów",
     (1, 3), (1, 3, 6), 1,
     "Właściciele niezabudowanych działek w centrach nie mają powodu, by je zabudować.",
     "W Wzorowie 46 działek w centrum stoi pustych od ponad 10 lat.",
     "Pozwolić gminom na wyższą stawkę podatku od nieruchomości dla niezabudowanych działek "
     "w centrach."),
    ("Fundusz na przygotowanie terenów pod zabudowę", R.FINANCIAL, Level.HIGH, MINISTRY,
     (0, 1, 2), (0, 1, 2, 3), None,
     "Koszt przygotowania terenów poprzemysłowych przekracza możliwości budżetów miast.",
     "Średni koszt oczyszczenia hektara w miastach sieci to 2,3 mln zł.",
     "Utworzyć krajowy instrument pożyczkowy na przygotowanie terenów w centrach miast."),
    ("Szkolenia z urbanistyki zwartej dla urzędników", R.ORGANISATIONAL, Level.LOW,
     "Sekretariat PIM", (4, 5), (4, 5, 7), 4,
     "Małe miasta nie mają urbanistów znających narzędzia miasta zwartego.",
     "W dwóch miastach sieci nie ma etatu urbanisty.",
     "Włączyć do programu szkoleń PIM moduł o planowaniu zwartej zabudowy."),
    ("Standard małej retencji w warunkach technicznych", R.LEGAL, Level.MEDIUM,
     "Ministerstwo Rozwoju i Technologii", (0, 3), (0, 3, 6), None,
     "Przepisy nie wymagają zatrzymania deszczówki na działkach w centrach.",
     "Podtopienia w centrach Przykładowa i Testowic w latach 2023–2025.",
     "Wprowadzić do warunków technicznych wymóg retencji wód opadowych na działce."),
    ("Wspólne zamówienia miast sieci", R.ORGANISATIONAL, Level.LOW, "Sekretariat PIM",
     (2, 6), (2, 6), 6,
     "Małe miasta płacą więcej za ekspertyzy zamawiane osobno.",
     "Trzy miasta sieci zamówiły niemal identyczne analizy ruchu.",
     "Umożliwić sieciom PIM wspólne zamówienia ekspertyz z budżetu programu."),
    ("Elastyczność funduszy na działania miękkie", R.FINANCIAL, Level.MEDIUM, MINISTRY,
     (0, 5), (0, 5, 7), None,
     "Działania miękkie (konsultacje, animacja) trudno sfinansować z programów inwestycyjnych.",
     "W MID miast sieci 70% działań miękkich ma tylko finansowanie z budżetu miasta.",
     "Dopuścić finansowanie działań miękkich jako części projektów rewitalizacyjnych."),
    ("Monitorowanie MID w jednym formacie", R.OTHER, Level.LOW, "Sekretariat PIM",
     (0, 1, 2, 3, 4, 5, 6), (0, 1, 2, 3, 4, 5, 6, 7), None,
     "Miasta sprawozdają postęp MID w różnych formatach.",
     "Sekretariat otrzymał sprawozdania w ośmiu różnych układach.",
     "Przyjąć wspólny wzór tabeli działań i wskaźników dla wszystkich sieci."),
)
# fmt: on


def add_sample_network(session: Session, today: dt.date) -> None:
    """Write the sample network, its meetings and its Improvement Plan."""
    network = NetworkRepository(session)
    network.save_header(
        Network(
            name="Miasto kompaktowe",
            theme="Miasto kompaktowe: zwarta zabudowa, ożywienie centrów, krótkie dystanse",
            edition="PIM 3 (2024–2026)",
            expert_name="dr inż. arch. Helena Zawadzka",
            expert_contact="h.zawadzka@ekspert.example",
            tutor_name="Marcin Opiekuński",
            tutor_contact="sekretariat.pim@ministerstwo.example",
        )
    )
    ids: list[int] = []
    for number, (name, voivodeship, contact, email, letter) in enumerate(CITIES):
        role = CityRole.LEADER if number == 0 else CityRole.PARTNER
        city = network.save_city(
            NetworkCity(name, voivodeship, role, contact, email, "", letter_status=letter)
        )
        ids.append(city.id or 0)
    meetings = MeetingRepository(session)
    for days_ago, kind, title, place, came in MEETINGS:
        starts = dt.datetime.combine(today - dt.timedelta(days=days_ago), dt.time(10, 0))
        details = MeetingDetails(
            kind, title, starts.astimezone(), starts.astimezone() + dt.timedelta(hours=5), place
        )
        meeting = meetings.add(details, [])
        network.set_meeting_cities(meeting.id, [ids[i] for i in came])
    for row in RECOMMENDATIONS:
        title, rec_type, priority, addressee, evidence_ids, support, source = row[:7]
        barrier, evidence, proposal = row[7:]
        network.save_recommendation(
            Recommendation(
                title=title,
                barrier=barrier,
                evidence=evidence,
                evidence_city_ids=tuple(ids[i] for i in evidence_ids),
                recommendation=proposal,
                rec_type=rec_type,
                addressee=addressee,
                priority=priority,
                supporting_city_ids=tuple(ids[i] for i in support),
                source_city_id=None if source is None else ids[source],
            )
        )

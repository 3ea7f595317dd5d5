"""The names officers read for the fields of members, meetings, attendance, plan actions and the
city profile, when two edits of one field meet and in the history of changes.

A dotted field id is named by its parts (``representative.email`` → "przedstawiciel – e-mail",
see ``record_fields.field_label``), so each list holds the parts once.
"""

from __future__ import annotations

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP

MEMBER = "member"
MEETING = "meeting"
ATTENDANCE = "attendance"
ACTION = "action"
CITY_PROFILE = "city_profile"

RECORD_KIND_LABELS = {
    MEMBER: QT_TRANSLATE_NOOP("domain", "członek Partnerstwa"),
    MEETING: QT_TRANSLATE_NOOP("domain", "spotkanie"),
    ATTENDANCE: QT_TRANSLATE_NOOP("domain", "obecność"),
    ACTION: QT_TRANSLATE_NOOP("domain", "działanie planu"),
    CITY_PROFILE: QT_TRANSLATE_NOOP("domain", "dane miasta"),
}

MEMBER_FIELD_LABELS = {
    "kind": QT_TRANSLATE_NOOP("domain", "rodzaj członka"),
    "organisation_name": QT_TRANSLATE_NOOP("domain", "nazwa"),
    "sector": QT_TRANSLATE_NOOP("domain", "sektor"),
    "address": QT_TRANSLATE_NOOP("domain", "adres"),
    "role": QT_TRANSLATE_NOOP("domain", "rola"),
    "joined_on": QT_TRANSLATE_NOOP("domain", "data przystąpienia"),
    "left_on": QT_TRANSLATE_NOOP("domain", "data wystąpienia"),
    "importance": QT_TRANSLATE_NOOP("domain", "ważność"),
    "influence": QT_TRANSLATE_NOOP("domain", "wpływ"),
    "letter_of_intent": QT_TRANSLATE_NOOP("domain", "list intencyjny"),
    "notes": QT_TRANSLATE_NOOP("domain", "uwagi"),
    "representative": QT_TRANSLATE_NOOP("domain", "przedstawiciel"),
    "substitute": QT_TRANSLATE_NOOP("domain", "zastępca"),
    "name": QT_TRANSLATE_NOOP("domain", "imię i nazwisko"),
    "position": QT_TRANSLATE_NOOP("domain", "stanowisko"),
    "email": QT_TRANSLATE_NOOP("domain", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("domain", "telefon"),
    "consent": QT_TRANSLATE_NOOP("domain", "zgoda"),
    "basis": QT_TRANSLATE_NOOP("domain", "podstawa przetwarzania"),
    "given_on": QT_TRANSLATE_NOOP("domain", "data zgody"),
    "contact": QT_TRANSLATE_NOOP("domain", "kontakt"),
    "publication": QT_TRANSLATE_NOOP("domain", "publikacja"),
    "photos": QT_TRANSLATE_NOOP("domain", "zdjęcia"),
    "erased": QT_TRANSLATE_NOOP("domain", "dane usunięte"),
}

MEETING_FIELD_LABELS = {
    "details": "",  # the dialog's fields are named on their own
    "meeting_type": QT_TRANSLATE_NOOP("domain", "rodzaj spotkania"),
    "title": QT_TRANSLATE_NOOP("domain", "tytuł"),
    "starts_at": QT_TRANSLATE_NOOP("domain", "początek"),
    "ends_at": QT_TRANSLATE_NOOP("domain", "koniec"),
    "place": QT_TRANSLATE_NOOP("domain", "miejsce"),
    "online_link": QT_TRANSLATE_NOOP("domain", "link do spotkania online"),
    "agenda": QT_TRANSLATE_NOOP("domain", "porządek spotkania"),
    "invited": QT_TRANSLATE_NOOP("domain", "zaproszeni"),
    "guests": QT_TRANSLATE_NOOP("domain", "goście"),
    "minutes": QT_TRANSLATE_NOOP("domain", "protokół"),
    "decisions": QT_TRANSLATE_NOOP("domain", "ustalenia"),
    "tasks": QT_TRANSLATE_NOOP("domain", "zadania"),
    "status": QT_TRANSLATE_NOOP("domain", "obecność"),
    "substitute_name": QT_TRANSLATE_NOOP("domain", "w zastępstwie"),
}

ACTION_FIELD_LABELS = {
    "code": QT_TRANSLATE_NOOP("domain", "kod"),
    "title": QT_TRANSLATE_NOOP("domain", "tytuł"),
    "start_month": QT_TRANSLATE_NOOP("domain", "początek"),
    "end_month": QT_TRANSLATE_NOOP("domain", "koniec"),
    "description": QT_TRANSLATE_NOOP("domain", "opis"),
    "objective_id": QT_TRANSLATE_NOOP("domain", "cel"),
    "action_type": QT_TRANSLATE_NOOP("domain", "rodzaj działania"),
    "responsible_unit": QT_TRANSLATE_NOOP("domain", "odpowiedzialna jednostka"),
    "partner_ids": QT_TRANSLATE_NOOP("domain", "partnerzy"),
    "cost": QT_TRANSLATE_NOOP("domain", "koszt"),
    "funding": QT_TRANSLATE_NOOP("domain", "źródła finansowania"),
    "indicators": QT_TRANSLATE_NOOP("domain", "wskaźniki"),
    "risks": QT_TRANSLATE_NOOP("domain", "ryzyka"),
    "priority": QT_TRANSLATE_NOOP("domain", "priorytet"),
    "status": QT_TRANSLATE_NOOP("domain", "stan"),
    "meeting_ids": QT_TRANSLATE_NOOP("domain", "spotkania"),
}

CITY_PROFILE_FIELD_LABELS = {
    "official_name": QT_TRANSLATE_NOOP("domain", "oficjalna nazwa"),
    "unit_type": QT_TRANSLATE_NOOP("domain", "rodzaj jednostki"),
    "voivodeship": QT_TRANSLATE_NOOP("domain", "województwo"),
    "powiat": QT_TRANSLATE_NOOP("domain", "powiat"),
    "teryt": QT_TRANSLATE_NOOP("domain", "kod TERYT gminy"),
    "regon": QT_TRANSLATE_NOOP("domain", "REGON"),
    "nip": QT_TRANSLATE_NOOP("domain", "NIP"),
    "street": QT_TRANSLATE_NOOP("domain", "ulica i numer"),
    "postal_code": QT_TRANSLATE_NOOP("domain", "kod pocztowy"),
    "post_town": QT_TRANSLATE_NOOP("domain", "miejscowość"),
    "epuap_address": QT_TRANSLATE_NOOP("domain", "adres skrzynki ePUAP"),
    "edoreczenia_address": QT_TRANSLATE_NOOP("domain", "adres do e-Doręczeń"),
    "population": QT_TRANSLATE_NOOP("domain", "liczba mieszkańców"),
    "population_year": QT_TRANSLATE_NOOP("domain", "rok danych o liczbie mieszkańców"),
    "signatory_name": QT_TRANSLATE_NOOP("domain", "osoba podpisująca wnioski"),
    "signatory_function": QT_TRANSLATE_NOOP("domain", "funkcja osoby podpisującej"),
    "coordinator": QT_TRANSLATE_NOOP("domain", "koordynator PIM"),
    "deputy_coordinator": QT_TRANSLATE_NOOP("domain", "zastępca koordynatora PIM"),
    "name": QT_TRANSLATE_NOOP("domain", "imię i nazwisko"),
    "position": QT_TRANSLATE_NOOP("domain", "stanowisko"),
    "department": QT_TRANSLATE_NOOP("domain", "wydział / komórka"),
    "phone": QT_TRANSLATE_NOOP("domain", "telefon"),
    "email": QT_TRANSLATE_NOOP("domain", "e-mail"),
}

FIELD_LABELS = {
    MEMBER: MEMBER_FIELD_LABELS,
    MEETING: MEETING_FIELD_LABELS,
    ATTENDANCE: MEETING_FIELD_LABELS,
    ACTION: ACTION_FIELD_LABELS,
    CITY_PROFILE: CITY_PROFILE_FIELD_LABELS,
}

DELETED_BY_OTHER = {
    MEMBER: QT_TRANSLATE_NOOP(
        "domain",
        "Ten członek został usunięty przez {officer}. To, co wpisano, nie zostało zapisane; "
        "dodaj członka ponownie, jeśli jest potrzebny.",
    ),
    MEETING: QT_TRANSLATE_NOOP(
        "domain",
        "To spotkanie zostało usunięte przez {officer}. To, co wpisano, nie zostało zapisane.",
    ),
    ATTENDANCE: QT_TRANSLATE_NOOP(
        "domain",
        "Ta osoba nie jest już zaproszona na spotkanie (zmiana: {officer}). Obecności nie "
        "zapisano.",
    ),
    ACTION: QT_TRANSLATE_NOOP(
        "domain",
        "To działanie zostało usunięte przez {officer}. To, co wpisano, nie zostało zapisane; "
        "dodaj je ponownie, jeśli jest potrzebne.",
    ),
}
SOMEONE = QT_TRANSLATE_NOOP("domain", "inną osobę")

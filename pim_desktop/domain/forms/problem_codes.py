"""The problems the form check reports: their codes, their Polish wording, and their place.

Every sentence is a Polish template marked with ``QT_TRANSLATE_NOOP``; the interface translates it
and fills it with the problem's parameters.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.problems import Problem


class ProblemCode(StrEnum):
    """The ``Problem.code`` values this checker produces."""

    REQUIRED = "required"
    TOO_LONG = "too_long"
    BAD_DATE = "bad_date"
    BAD_NUMBER = "bad_number"
    OUT_OF_RANGE = "out_of_range"
    BAD_CHOICE = "bad_choice"
    TOO_MANY_CHOICES = "too_many_choices"
    DECLARATION_NOT_ACCEPTED = "declaration_not_accepted"
    TOO_FEW_ROWS = "too_few_rows"
    TOO_MANY_ROWS = "too_many_rows"
    BAD_EMAIL = "bad_email"
    BAD_PHONE = "bad_phone"
    BAD_NIP = "bad_nip"
    BAD_REGON = "bad_regon"
    BAD_TERYT = "bad_teryt"
    BAD_EPUAP_ADDRESS = "bad_epuap_address"
    BAD_EDORECZENIA_ADDRESS = "bad_edoreczenia_address"
    BAD_ATTACHMENT = "bad_attachment"
    BAD_FILE_TYPE = "bad_file_type"
    BAD_VALUE = "bad_value"
    DATE_ORDER = "date_order"
    IN_FUTURE = "in_future"


# Phrased so that no number needs a Polish plural ending ("3 znaki" but "5 znaków").
M_REQUIRED = QT_TRANSLATE_NOOP("domain", "To pole jest wymagane.")
M_TOO_LONG = QT_TRANSLATE_NOOP(
    "domain", "Tekst jest za długi – liczba znaków ze spacjami: {count}, limit: {limit}."
)
M_BAD_DATE = QT_TRANSLATE_NOOP(
    "domain", "Nieprawidłowa data „{value}” – oczekiwano daty w postaci RRRR-MM-DD."
)
M_BAD_NUMBER = QT_TRANSLATE_NOOP(
    "domain",
    "Nieprawidłowy zapis liczby „{value}” – oczekiwano samych cyfr, z kropką oddzielającą "
    "część ułamkową, bez spacji.",
)
M_NOT_INTEGER = QT_TRANSLATE_NOOP("domain", "Wartość musi być liczbą całkowitą.")
M_TOO_MANY_DECIMALS = QT_TRANSLATE_NOOP(
    "domain", "Za dużo cyfr po przecinku – dozwolona liczba cyfr: {decimals}."
)
M_MONEY_DECIMALS = QT_TRANSLATE_NOOP(
    "domain", "Kwotę podaje się z dokładnością do grosza – najwyżej dwie cyfry po przecinku."
)
M_BELOW_MIN = QT_TRANSLATE_NOOP("domain", "Wartość nie może być mniejsza niż {min}.")
M_ABOVE_MAX = QT_TRANSLATE_NOOP("domain", "Wartość nie może być większa niż {max}.")
M_DATE_BEFORE_MIN = QT_TRANSLATE_NOOP("domain", "Data nie może być wcześniejsza niż {min}.")
M_DATE_AFTER_MAX = QT_TRANSLATE_NOOP("domain", "Data nie może być późniejsza niż {max}.")
M_BAD_CHOICE = QT_TRANSLATE_NOOP(
    "domain", "Wartość „{value}” nie należy do listy dostępnych odpowiedzi."
)
M_TOO_MANY_CHOICES = QT_TRANSLATE_NOOP(
    "domain", "Zaznaczonych odpowiedzi: {count}, dozwolone najwyżej: {max}."
)
M_DECLARATION = QT_TRANSLATE_NOOP(
    "domain", "Zaznacz to oświadczenie – bez niego zgłoszenia nie można złożyć."
)
M_TOO_FEW_ROWS = QT_TRANSLATE_NOOP(
    "domain", "Wypełnionych wierszy: {count}, wymagane co najmniej: {min}."
)
M_TOO_MANY_ROWS = QT_TRANSLATE_NOOP(
    "domain", "Wypełnionych wierszy: {count}, dozwolone najwyżej: {max}."
)
M_BAD_EMAIL = QT_TRANSLATE_NOOP("domain", "Nieprawidłowy adres e-mail „{value}”.")
M_BAD_PHONE = QT_TRANSLATE_NOOP(
    "domain",
    "Nieprawidłowy numer telefonu „{value}” – podaj co najmniej 9 cyfr, np. +48 22 123 45 67.",
)
M_BAD_NIP = QT_TRANSLATE_NOOP(
    "domain", "Nieprawidłowy NIP „{value}” – numer ma 10 cyfr, z których ostatnia jest kontrolna."
)
M_BAD_REGON = QT_TRANSLATE_NOOP(
    "domain",
    "Nieprawidłowy REGON „{value}” – numer ma 9 albo 14 cyfr, z których ostatnia jest kontrolna.",
)
M_BAD_TERYT = QT_TRANSLATE_NOOP(
    "domain", "Nieprawidłowy kod TERYT „{value}” – identyfikator gminy ma 7 cyfr, np. 1465011."
)
M_BAD_EPUAP = QT_TRANSLATE_NOOP(
    "domain",
    "Nieprawidłowy adres skrytki ePUAP „{value}” – oczekiwano postaci /nazwa-urzedu/skrytka, "
    "np. /UMPrzykladowo/SkrytkaESP.",
)
M_BAD_EDORECZENIA = QT_TRANSLATE_NOOP(
    "domain",
    "Nieprawidłowy adres do doręczeń elektronicznych „{value}” – oczekiwano postaci "
    "AE:PL-00000-00000-ABCDE-00.",
)
M_BAD_ATTACHMENT = QT_TRANSLATE_NOOP(
    "domain", "Dane załącznika są niekompletne – dodaj plik ponownie."
)
M_BAD_FILE_TYPE = QT_TRANSLATE_NOOP(
    "domain", "Plik „{file_name}” ma niedozwolony rodzaj – dozwolone: {accept}."
)
M_BAD_VALUE = QT_TRANSLATE_NOOP(
    "domain", "Zapisana wartość pola ma nieprawidłową postać – wprowadź ją ponownie."
)
M_DATE_ORDER = QT_TRANSLATE_NOOP(
    "domain", "Data nie może być wcześniejsza niż data w polu „{start_label}” ({start})."
)
M_DATE_ORDER_STRICT = QT_TRANSLATE_NOOP(
    "domain", "Data musi być późniejsza niż data w polu „{start_label}” ({start})."
)
M_DATE_IN_FUTURE = QT_TRANSLATE_NOOP(
    "domain", "Data nie może być późniejsza niż dzisiejsza ({today})."
)
M_YEAR_IN_FUTURE = QT_TRANSLATE_NOOP("domain", "Rok nie może być późniejszy niż bieżący ({year}).")


@dataclass(frozen=True)
class Place:
    """The address a problem is reported at, and the section it counts against."""

    address: str
    section_id: str

    def problem(self, code: ProblemCode, message: str, **params: object) -> Problem:
        return Problem(self.address, code.value, message, params, self.section_id)

    def part(self, name: str) -> Place:
        return Place(f"{self.address}.{name}", self.section_id)

    def item(self, index: int) -> Place:
        return Place(f"{self.address}[{index}]", self.section_id)

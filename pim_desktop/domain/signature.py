"""Electronic signatures as the officer meets them: certificates, checks, verification reports.

Pure data and rules. The ``pdf`` layer reads certificates and signed files and fills these
dataclasses; the interface and the command line turn them into words. Every sentence here is a
Polish template marked with ``QT_TRANSLATE_NOOP`` and filled with ``str.format``.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from pim_desktop.domain.dates import local_day_text, moment_text
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP

SIGNATURE_REASON = "Wniosek o udział w Partnerskiej Inicjatywie Miast"
EXPIRY_WARNING_DAYS = 30


def format_moment(moment: dt.datetime) -> str:
    """A moment as Polish documents write it, in the computer's zone: ``01.03.2025 12:30``."""
    return moment_text(moment)


def format_day(moment: dt.datetime) -> str:
    return local_day_text(moment)


# --- certificates ----------------------------------------------------------------------------


class CertificateValidity(StrEnum):
    VALID = "valid"
    EXPIRES_SOON = "expires_soon"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"


@dataclass(frozen=True)
class CertificateSummary:
    """What a person needs to recognise a certificate: whose it is, who issued it, until when."""

    subject: str
    issuer: str
    not_before: dt.datetime
    not_after: dt.datetime
    serial: str = ""
    fingerprint: str = ""  # SHA-256 of the certificate, upper-case hex
    given_name: str = ""
    surname: str = ""
    organisation: str = ""
    non_repudiation: bool = False
    qualified: bool = False  # the certificate declares itself qualified (QcCompliance)
    is_ca: bool = False

    def validity(self, now: dt.datetime) -> CertificateValidity:
        if now < self.not_before:
            return CertificateValidity.NOT_YET_VALID
        if now > self.not_after:
            return CertificateValidity.EXPIRED
        if self.not_after - now <= dt.timedelta(days=EXPIRY_WARNING_DAYS):
            return CertificateValidity.EXPIRES_SOON
        return CertificateValidity.VALID

    def days_left(self, now: dt.datetime) -> int:
        return (self.not_after - now).days

    @property
    def person_name(self) -> str:
        """The owner as a person: given name and surname when the certificate has them."""
        joined = " ".join(part for part in (self.given_name, self.surname) if part)
        return joined or self.subject

    def validity_text(self) -> str:
        return f"{format_day(self.not_before)} – {format_day(self.not_after)}"


@dataclass(frozen=True)
class CertificateNote:
    """A finding about a certificate chosen for signing; ``blocking`` ones forbid signing."""

    code: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)
    blocking: bool = False

    def text(self) -> str:
        return self.message.format(**self.params)


def _words(name: str) -> list[str]:
    normalised = unicodedata.normalize("NFC", name).casefold()
    return sorted(word for word in normalised.replace(",", " ").split() if word)


def same_person(certificate_name: str, signatory_name: str) -> bool:
    """Whether two names are the same person's: the same words in any order and any case.

    "ŻÓŁKIEWSKA Małgorzata" on a certificate is "Małgorzata Żółkiewska" in the application; a
    missing or different letter is a different name, because that is what a reviewer will see.
    """
    return bool(_words(signatory_name)) and _words(certificate_name) == _words(signatory_name)


def certificate_notes(
    certificate: CertificateSummary, now: dt.datetime, signatory_name: str = ""
) -> list[CertificateNote]:
    """Check a certificate before it signs: validity, purpose, and whose name it carries."""
    notes: list[CertificateNote] = []
    name = certificate.person_name
    validity = certificate.validity(now)
    if validity is CertificateValidity.EXPIRED:
        notes.append(
            CertificateNote(
                "expired",
                ERRORS["certificate_expired"],
                {"name": name, "date": format_day(certificate.not_after)},
                blocking=True,
            )
        )
    elif validity is CertificateValidity.NOT_YET_VALID:
        notes.append(
            CertificateNote(
                "not_yet_valid",
                ERRORS["certificate_not_yet_valid"],
                {"name": name, "date": format_moment(certificate.not_before)},
                blocking=True,
            )
        )
    elif validity is CertificateValidity.EXPIRES_SOON:
        notes.append(
            CertificateNote(
                "expires_soon",
                QT_TRANSLATE_NOOP(
                    "domain",
                    "Certyfikat wygasa {date} (za {days} dni). Podpis złożony teraz będzie "
                    "ważny, ale zamów już nowy certyfikat.",
                ),
                {
                    "date": format_day(certificate.not_after),
                    "days": max(certificate.days_left(now), 0),
                },
            )
        )
    if not certificate.non_repudiation:
        notes.append(
            CertificateNote(
                "not_for_signing",
                ERRORS["certificate_not_for_signing"],
                {"name": name},
                blocking=True,
            )
        )
    signatory = signatory_name.strip()
    if signatory and not (
        same_person(name, signatory) or same_person(certificate.subject, signatory)
    ):
        notes.append(
            CertificateNote(
                "name_mismatch",
                QT_TRANSLATE_NOOP(
                    "domain",
                    "Certyfikat należy do osoby „{certificate_name}”, a we wniosku jako "
                    "podpisującego wpisano „{signatory}”. Jeśli podpisuje osoba upoważniona, "
                    "dołącz pełnomocnictwo lub upoważnienie (część G wniosku) albo popraw "
                    "dane podpisującego w nowej wersji wniosku.",
                ),
                {"certificate_name": name, "signatory": signatory},
            )
        )
    return notes


# --- errors ----------------------------------------------------------------------------------

ERRORS: dict[str, str] = {
    "not_pdf": QT_TRANSLATE_NOOP(
        "domain", "Plik „{file}” nie jest plikiem PDF albo jest uszkodzony."
    ),
    "pdf_encrypted": QT_TRANSLATE_NOOP(
        "domain",
        "Plik „{file}” jest zabezpieczony hasłem. Podpisać można tylko plik bez hasła.",
    ),
    "file_unreadable": QT_TRANSLATE_NOOP("domain", "Nie można odczytać pliku „{file}”: {reason}"),
    "write_failed": QT_TRANSLATE_NOOP("domain", "Nie można zapisać pliku „{file}”: {reason}"),
    "same_file": QT_TRANSLATE_NOOP(
        "domain",
        "Podpisany plik zapisuje się jako nowy plik. Wybierz inną nazwę niż plik podpisywany: "
        "pliku z podpisem nigdy się nie nadpisuje.",
    ),
    "would_rewrite": QT_TRANSLATE_NOOP(
        "domain",
        "Plik „{file}” jest już podpisany, a jego budowa jest uszkodzona: dodanie podpisu "
        "wymagałoby przepisania pliku, co unieważniłoby podpis, który już w nim jest. "
        "Podpisz ponownie wyeksportowany wniosek.",
    ),
    "changes_forbidden": QT_TRANSLATE_NOOP(
        "domain",
        "Pierwszy podpis w tym pliku nie pozwala na żadne zmiany, także na dodanie kolejnego "
        "podpisu.",
    ),
    "wrong_password": QT_TRANSLATE_NOOP(
        "domain",
        "Nieprawidłowe hasło do pliku certyfikatu. Sprawdź wielkość liter i układ klawiatury, "
        "a potem wpisz hasło ponownie.",
    ),
    "not_pkcs12": QT_TRANSLATE_NOOP(
        "domain",
        "Plik „{file}” nie jest plikiem certyfikatu z kluczem prywatnym (.p12 lub .pfx).",
    ),
    "no_key_in_file": QT_TRANSLATE_NOOP(
        "domain",
        "Plik „{file}” zawiera certyfikat, ale nie zawiera klucza prywatnego, więc nie można "
        "nim podpisać.",
    ),
    "certificate_expired": QT_TRANSLATE_NOOP(
        "domain",
        "Certyfikat osoby „{name}” wygasł {date}. Nie można nim podpisać: użyj aktualnego "
        "certyfikatu.",
    ),
    "certificate_not_yet_valid": QT_TRANSLATE_NOOP(
        "domain",
        "Certyfikat osoby „{name}” jest ważny dopiero od {date}. Sprawdź datę i godzinę "
        "w komputerze albo poczekaj do tego dnia.",
    ),
    "certificate_not_for_signing": QT_TRANSLATE_NOOP(
        "domain",
        "Certyfikat osoby „{name}” nie służy do składania podpisu (nie ma w nim użycia klucza "
        "„niezaprzeczalność”). Na karcie jest zwykle osobny certyfikat do podpisu: wybierz go.",
    ),
    "library_missing": QT_TRANSLATE_NOOP(
        "domain",
        "Nie ma pliku biblioteki karty „{library}”. Zainstaluj oprogramowanie dostawcy podpisu "
        "albo wskaż właściwy plik biblioteki.",
    ),
    "library_bitness": QT_TRANSLATE_NOOP(
        "domain",
        "Biblioteki karty „{library}” nie można użyć: jest przeznaczona dla programów "
        "{library_bits}-bitowych, a PIM Desktop jest programem {program_bits}-bitowym (w Windows "
        "to błąd 193). Wskaż {program_bits}-bitową wersję biblioteki: dostawcy instalują ją "
        "zwykle w folderze C:\\Windows\\System32, a wersję 32-bitową w C:\\Windows\\SysWOW64.",
    ),
    "library_failed": QT_TRANSLATE_NOOP(
        "domain",
        "Nie udało się uruchomić biblioteki karty „{library}”. Sprawdź, czy to biblioteka "
        "PKCS#11 dostawcy podpisu. Szczegóły: {reason}",
    ),
    "no_token": QT_TRANSLATE_NOOP(
        "domain",
        "Nie znaleziono karty ani tokenu. Włóż kartę do czytnika (przy SimplySign: uruchom "
        "aplikację SimplySign Desktop i zaloguj się), poczekaj chwilę i odśwież listę.",
    ),
    "token_not_found": QT_TRANSLATE_NOOP(
        "domain",
        "Nie znaleziono karty „{token}”. Sprawdź, czy jest w czytniku, i odśwież listę.",
    ),
    "token_ambiguous": QT_TRANSLATE_NOOP(
        "domain",
        "Biblioteka widzi kilka kart ({tokens}). Wskaż, której użyć.",
    ),
    "pin_incorrect": QT_TRANSLATE_NOOP(
        "domain",
        "Nieprawidłowy PIN. Wpisz go ponownie; po kilku błędnych próbach karta zablokuje PIN.",
    ),
    "pin_final_try": QT_TRANSLATE_NOOP(
        "domain",
        "Nieprawidłowy PIN. Uwaga: została ostatnia próba, po następnej pomyłce karta zablokuje "
        "PIN.",
    ),
    "pin_locked": QT_TRANSLATE_NOOP(
        "domain",
        "PIN karty jest zablokowany po zbyt wielu błędnych próbach. Odblokuj go kodem PUK "
        "w aplikacji dostawcy karty (np. proCertum CardManager, CryptoCard Suite) i spróbuj "
        "ponownie.",
    ),
    "pin_expired": QT_TRANSLATE_NOOP(
        "domain",
        "PIN karty trzeba zmienić, zanim się go użyje. Zmień go w aplikacji dostawcy karty.",
    ),
    "pin_empty": QT_TRANSLATE_NOOP("domain", "Wpisz PIN karty."),
    "card_removed": QT_TRANSLATE_NOOP(
        "domain", "Karta została wyjęta z czytnika. Włóż ją ponownie i spróbuj jeszcze raz."
    ),
    "no_certificate_on_token": QT_TRANSLATE_NOOP(
        "domain",
        "Na karcie „{token}” nie ma certyfikatu z kluczem do podpisu.",
    ),
    "certificate_ambiguous": QT_TRANSLATE_NOOP(
        "domain",
        "Na karcie jest kilka certyfikatów do podpisu ({certificates}). Wskaż jeden "
        "(identyfikator w nawiasie).",
    ),
    "token_error": QT_TRANSLATE_NOOP("domain", "Karta zgłosiła błąd: {reason}"),
    "timestamp_failed": QT_TRANSLATE_NOOP(
        "domain",
        "Nie udało się pobrać znacznika czasu z serwera {url}. Sprawdź połączenie z internetem "
        "i adres serwera w Ustawieniach albo usuń adres, aby podpisać bez znacznika czasu "
        "(PAdES B-B). Szczegóły: {reason}",
    ),
    "timestamp_url_invalid": QT_TRANSLATE_NOOP(
        "domain",
        "Adres serwera znaczników czasu musi zaczynać się od http:// lub https://.",
    ),
    "signing_failed": QT_TRANSLATE_NOOP(
        "domain", "Nie udało się złożyć podpisu. Szczegóły: {reason}"
    ),
    "not_certificate": QT_TRANSLATE_NOOP(
        "domain",
        "Plik „{file}” nie zawiera certyfikatu (oczekiwany plik .cer, .crt, .der lub .pem).",
    ),
    "not_signed": QT_TRANSLATE_NOOP("domain", "Plik „{file}” nie zawiera podpisu elektronicznego."),
    "no_final_pdf": QT_TRANSLATE_NOOP(
        "domain",
        "Program nie zna jeszcze gotowego pliku PDF tego wniosku. Wskaż go najpierw.",
    ),
    "application_draft": QT_TRANSLATE_NOOP(
        "domain",
        "Wniosek jest roboczy. Najpierw sprawdź go i oznacz jako gotowy, a potem podpisz.",
    ),
    "application_sent": QT_TRANSLATE_NOOP(
        "domain",
        "Wniosek został już wysłany; do wysłanej wersji nie dodaje się podpisów.",
    ),
    "not_latest_version": QT_TRANSLATE_NOOP(
        "domain",
        "Wniosek jest już podpisany: kolejny podpis dodaje się do ostatniego podpisanego pliku "
        "({file}), a nie do innego pliku.",
    ),
    "secret_missing": QT_TRANSLATE_NOOP(
        "domain",
        "Brak hasła lub PIN-u: ustaw zmienną środowiskową {variable}. Hasła nie podaje się "
        "w wierszu poleceń, bo zostałoby w historii poleceń.",
    ),
    "export_mismatch": QT_TRANSLATE_NOOP(
        "domain",
        "Podpisany plik nie jest wyeksportowaną wersją wniosku, więc nie zapisano go przy wniosku.",
    ),
    "signature_invalid": QT_TRANSLATE_NOOP(
        "domain",
        "Podpis w pliku jest nieprawidłowy albo nie obejmuje całego pliku, więc nie zapisano "
        "go przy wniosku.",
    ),
}


class SignatureError(Exception):
    """Signing or verifying could not be done; ``text()`` says why in Polish.

    ``code`` names the situation (a key of ``ERRORS``); ``detail`` is technical text for the log.
    """

    def __init__(self, code: str, detail: str = "", **params: Any) -> None:
        self.code = code
        self.message = ERRORS[code]
        self.params: dict[str, Any] = {"reason": detail, **params}
        self.detail = detail
        super().__init__(f"{code}: {detail}" if detail else code)

    def text(self) -> str:
        return self.message.format(**self.params)


# --- verification reports ----------------------------------------------------------------------


class PadesLevel(StrEnum):
    NOT_PADES = "none"
    B_B = "B-B"
    B_T = "B-T"
    B_LT = "B-LT"
    B_LTA = "B-LTA"


class Coverage(StrEnum):
    WHOLE_FILE = "whole_file"
    # The signature covers its revision; later revisions only add signatures or validation data.
    SIGNATURES_ADDED = "signatures_added"
    # Later revisions change more than signatures: the content may differ from what was signed.
    CHANGED_AFTER = "changed_after"
    PARTIAL = "partial"


class TimeSource(StrEnum):
    TIMESTAMP = "timestamp"
    SIGNER = "signer"  # the signer's computer clock, as the signature claims
    NONE = "none"


class TrustProblem(StrEnum):
    NONE = ""
    NO_TRUSTED_ROOT = "no_trusted_root"
    EXPIRED = "expired"
    NOT_YET_VALID = "not_yet_valid"
    REVOKED = "revoked"
    KEY_USAGE = "key_usage"
    OTHER = "other"


@dataclass(frozen=True)
class SignatureReport:
    """Everything the verification says about one signature in a PDF."""

    field_name: str
    signer: CertificateSummary
    intact: bool
    coverage: Coverage
    pades_level: PadesLevel
    trusted: bool
    signing_time: dt.datetime | None = None
    time_source: TimeSource = TimeSource.NONE
    timestamp_trusted: bool = False
    timestamp_authority: str = ""
    trust_problem: TrustProblem = TrustProblem.NONE
    revocation_checked: bool = False
    reason: str = ""
    location: str = ""
    signed_length: int = 0  # bytes of the file this signature covers, from its start
    error: str = ""  # technical detail when the signature could not be read at all

    @property
    def covers_file(self) -> bool:
        return self.coverage in (Coverage.WHOLE_FILE, Coverage.SIGNATURES_ADDED)

    @property
    def ok(self) -> bool:
        return self.intact and self.covers_file


@dataclass(frozen=True)
class DocumentReport:
    file_name: str
    size: int
    sha256: str
    signatures: tuple[SignatureReport, ...] = ()

    @property
    def signed(self) -> bool:
        return bool(self.signatures)

    @property
    def all_ok(self) -> bool:
        """Every signature is intact and covers the file (and there is at least one)."""
        return self.signed and all(signature.ok for signature in self.signatures)


@dataclass(frozen=True)
class Statement:
    """One line of a report: a label, a value (both templates) and whether it is good news."""

    label: str
    value: str
    params: Mapping[str, Any] = field(default_factory=dict)
    good: bool | None = None

    def text(self) -> tuple[str, str]:
        return self.label, self.value.format(**self.params)


YES = QT_TRANSLATE_NOOP("domain", "tak")
NO = QT_TRANSLATE_NOOP("domain", "nie")

_COVERAGE_TEXT = {
    Coverage.WHOLE_FILE: QT_TRANSLATE_NOOP("domain", "tak, cały plik"),
    Coverage.SIGNATURES_ADDED: QT_TRANSLATE_NOOP(
        "domain", "tak; po podpisaniu dodano tylko kolejne podpisy"
    ),
    Coverage.CHANGED_AFTER: QT_TRANSLATE_NOOP(
        "domain",
        "nie: po podpisaniu plik zmieniono w inny sposób niż przez dodanie podpisu",
    ),
    Coverage.PARTIAL: QT_TRANSLATE_NOOP("domain", "nie: podpis obejmuje tylko część pliku"),
}

_TRUST_TEXT = {
    TrustProblem.NONE: QT_TRANSLATE_NOOP("domain", "tak"),
    TrustProblem.NO_TRUSTED_ROOT: QT_TRANSLATE_NOOP(
        "domain",
        "nie: certyfikat nie prowadzi do zaufanego certyfikatu głównego. Jeśli ufasz wystawcy, "
        "dodaj jego certyfikat główny w Ustawieniach.",
    ),
    TrustProblem.EXPIRED: QT_TRANSLATE_NOOP(
        "domain", "nie: certyfikat (lub certyfikat wystawcy) wygasł"
    ),
    TrustProblem.NOT_YET_VALID: QT_TRANSLATE_NOOP(
        "domain", "nie: certyfikat nie był jeszcze ważny w chwili podpisu"
    ),
    TrustProblem.REVOKED: QT_TRANSLATE_NOOP("domain", "nie: certyfikat unieważniono"),
    TrustProblem.KEY_USAGE: QT_TRANSLATE_NOOP(
        "domain", "nie: certyfikat nie jest przeznaczony do podpisu"
    ),
    TrustProblem.OTHER: QT_TRANSLATE_NOOP("domain", "nie: nie udało się potwierdzić zaufania"),
}

_LEVEL_TEXT = {
    PadesLevel.NOT_PADES: QT_TRANSLATE_NOOP(
        "domain", "podpis PDF, który nie spełnia PAdES (np. adbe.pkcs7.detached)"
    ),
    PadesLevel.B_B: QT_TRANSLATE_NOOP("domain", "PAdES B-B (podstawowy)"),
    PadesLevel.B_T: QT_TRANSLATE_NOOP("domain", "PAdES B-T (ze znacznikiem czasu)"),
    PadesLevel.B_LT: QT_TRANSLATE_NOOP("domain", "PAdES B-LT (z danymi do weryfikacji)"),
    PadesLevel.B_LTA: QT_TRANSLATE_NOOP("domain", "PAdES B-LTA (archiwalny)"),
}

REVOCATION_NOT_CHECKED = QT_TRANSLATE_NOOP(
    "domain",
    "Nie sprawdzono, czy certyfikat nie został unieważniony: program działa bez internetu "
    "i nie pyta list CRL ani usług OCSP. Pełną weryfikację kwalifikowanego podpisu da "
    "np. usługa weryfikacji dostawcy podpisu.",
)


def signature_statements(report: SignatureReport) -> list[Statement]:
    """The report of one signature as labelled lines, in the order a reviewer reads them."""
    signer = report.signer
    lines = [
        Statement(QT_TRANSLATE_NOOP("domain", "Podpisujący"), "{name}", {"name": signer.subject}),
        Statement(
            QT_TRANSLATE_NOOP("domain", "Wystawca certyfikatu"),
            "{issuer}",
            {"issuer": signer.issuer},
        ),
        Statement(
            QT_TRANSLATE_NOOP("domain", "Ważność certyfikatu"),
            "{validity}",
            {"validity": signer.validity_text()},
        ),
        _time_statement(report),
        Statement(
            QT_TRANSLATE_NOOP("domain", "Plik nienaruszony od podpisania"),
            YES if report.intact else NO,
            good=report.intact,
        ),
        Statement(
            QT_TRANSLATE_NOOP("domain", "Podpis obejmuje cały plik"),
            _COVERAGE_TEXT[report.coverage],
            good=report.covers_file,
        ),
        Statement(QT_TRANSLATE_NOOP("domain", "Poziom podpisu"), _LEVEL_TEXT[report.pades_level]),
        Statement(
            QT_TRANSLATE_NOOP("domain", "Certyfikat z zaufanego źródła"),
            _TRUST_TEXT[_trust_key(report)],
            good=report.trusted,
        ),
    ]
    if signer.qualified:
        lines.append(
            Statement(
                QT_TRANSLATE_NOOP("domain", "Certyfikat kwalifikowany"),
                QT_TRANSLATE_NOOP("domain", "tak (według deklaracji w certyfikacie)"),
            )
        )
    if report.reason:
        lines.append(
            Statement(QT_TRANSLATE_NOOP("domain", "Powód"), "{reason}", {"reason": report.reason})
        )
    if report.location:
        lines.append(
            Statement(
                QT_TRANSLATE_NOOP("domain", "Miejsce"), "{location}", {"location": report.location}
            )
        )
    if not report.revocation_checked:
        lines.append(
            Statement(
                QT_TRANSLATE_NOOP("domain", "Unieważnienie certyfikatu"),
                QT_TRANSLATE_NOOP("domain", "nie sprawdzono (praca bez internetu)"),
                good=None,
            )
        )
    return lines


def _trust_key(report: SignatureReport) -> TrustProblem:
    if report.trusted:
        return TrustProblem.NONE
    return report.trust_problem or TrustProblem.OTHER


def _time_statement(report: SignatureReport) -> Statement:
    label = QT_TRANSLATE_NOOP("domain", "Czas podpisu")
    if report.signing_time is None:
        return Statement(label, QT_TRANSLATE_NOOP("domain", "nieznany"))
    moment = format_moment(report.signing_time)
    if report.time_source is TimeSource.TIMESTAMP:
        if report.timestamp_trusted:
            value = QT_TRANSLATE_NOOP("domain", "{moment} – ze znacznika czasu ({authority})")
        else:
            value = QT_TRANSLATE_NOOP(
                "domain",
                "{moment} – ze znacznika czasu ({authority}), którego wystawca nie jest zaufany",
            )
        return Statement(
            label,
            value,
            {"moment": moment, "authority": report.timestamp_authority},
            good=report.timestamp_trusted,
        )
    return Statement(
        label,
        QT_TRANSLATE_NOOP(
            "domain", "{moment} – według zegara komputera podpisującego (bez znacznika czasu)"
        ),
        {"moment": moment},
    )


def verdict(report: DocumentReport) -> str:
    """One sentence on the whole file."""
    if not report.signed:
        return QT_TRANSLATE_NOOP("domain", "Plik nie zawiera podpisu elektronicznego.")
    if report.all_ok:
        return QT_TRANSLATE_NOOP(
            "domain",
            "Każdy podpis jest nienaruszony i obejmuje cały plik.",
        )
    return QT_TRANSLATE_NOOP(
        "domain",
        "Uwaga: co najmniej jeden podpis jest naruszony albo nie obejmuje całego pliku.",
    )


# --- the exported file and the signed one ----------------------------------------------------


@dataclass(frozen=True)
class ExportComparison:
    """Whether the first signature in a file signed exactly the exported bytes."""

    exported_size: int
    signed_size: int  # bytes the first signature covers
    first_difference: int | None  # offset of the first differing byte, None when a prefix

    @property
    def matches(self) -> bool:
        return self.first_difference is None and self.signed_size >= self.exported_size

    def statement(self) -> Statement:
        if self.matches:
            return Statement(
                QT_TRANSLATE_NOOP("domain", "Zgodność z wyeksportowanym plikiem"),
                QT_TRANSLATE_NOOP(
                    "domain",
                    "tak: podpisano dokładnie wyeksportowaną wersję wniosku (podpisana część "
                    "pliku zaczyna się od wszystkich {exported} bajtów eksportu).",
                ),
                {"exported": self.exported_size},
                good=True,
            )
        if self.first_difference is not None:
            return Statement(
                QT_TRANSLATE_NOOP("domain", "Zgodność z wyeksportowanym plikiem"),
                QT_TRANSLATE_NOOP(
                    "domain",
                    "nie: podpisany plik różni się od wyeksportowanego od bajtu {offset} "
                    "(z {exported}). Podpisano inny plik albo narzędzie do podpisu zapisało "
                    "plik od nowa zamiast dopisać podpis. Zapisz wniosek do podpisu ponownie "
                    "i podpisz dokładnie ten plik.",
                ),
                {"offset": self.first_difference, "exported": self.exported_size},
                good=False,
            )
        return Statement(
            QT_TRANSLATE_NOOP("domain", "Zgodność z wyeksportowanym plikiem"),
            QT_TRANSLATE_NOOP(
                "domain",
                "nie: podpis obejmuje {signed} bajtów, a wyeksportowany plik ma ich {exported}. "
                "Podpisano inny, krótszy plik.",
            ),
            {"signed": self.signed_size, "exported": self.exported_size},
            good=False,
        )


def compare_with_export(exported: bytes, signed_revision: bytes) -> ExportComparison:
    """Compare the exported file with the bytes the first signature covers."""
    common = min(len(exported), len(signed_revision))
    first_difference = None
    if exported[:common] != signed_revision[:common]:
        first_difference = next(
            index for index in range(common) if exported[index] != signed_revision[index]
        )
    return ExportComparison(len(exported), len(signed_revision), first_difference)

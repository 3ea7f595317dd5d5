"""A verification report in Polish words: labelled lines for one signature, a verdict on a file.

Every sentence is a Polish template marked with ``QT_TRANSLATE_NOOP``; the interface and the
command line translate the lines and fill them with ``str.format``.
"""

from __future__ import annotations

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.signature.certificates import format_moment
from pim_desktop.domain.signature.reports import (
    Coverage,
    DocumentReport,
    PadesLevel,
    SignatureReport,
    Statement,
    TimeSource,
    TrustProblem,
)

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
    return lines + _optional_statements(report)


def _optional_statements(report: SignatureReport) -> list[Statement]:
    """The lines a report carries only when the signature has something to say there."""
    lines: list[Statement] = []
    if report.signer.qualified:
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

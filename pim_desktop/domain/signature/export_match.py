"""Whether the first signature in a file signed exactly the bytes the program exported.

A signing tool that rewrites the file instead of appending its signature signs something else
than the exported application; the comparison says where the two part.
"""

from __future__ import annotations

from dataclasses import dataclass

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.signature.reports import Statement

_MATCH_LABEL = QT_TRANSLATE_NOOP("domain", "Zgodność z wyeksportowanym plikiem")


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
                _MATCH_LABEL,
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
                _MATCH_LABEL,
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
            _MATCH_LABEL,
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

"""The five steps an application goes through — fill in, check, final PDF, sign, send — and
which of them are done, read from its status, its problems and its recorded final PDF."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from pim_desktop.domain.application import ApplicationStatus
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP


class Step(StrEnum):
    FILL = "fill"
    CHECK = "check"
    FINAL_PDF = "final_pdf"
    SIGN = "sign"
    SEND = "send"


STEP_LABELS: dict[Step, str] = {
    Step.FILL: QT_TRANSLATE_NOOP("domain", "Wypełnij"),
    Step.CHECK: QT_TRANSLATE_NOOP("domain", "Sprawdź"),
    Step.FINAL_PDF: QT_TRANSLATE_NOOP("domain", "PDF ostateczny"),
    Step.SIGN: QT_TRANSLATE_NOOP("domain", "Podpisz"),
    Step.SEND: QT_TRANSLATE_NOOP("domain", "Wyślij"),
}

_PAST_CHECK = frozenset({ApplicationStatus.READY, ApplicationStatus.SIGNED, ApplicationStatus.SENT})
_SIGNED = frozenset({ApplicationStatus.SIGNED, ApplicationStatus.SENT})


@dataclass(frozen=True)
class ApplicationProgress:
    """Where one application stands.

    ``final_pdf_recorded`` says a final PDF or print was recorded for it; it counts only while
    the application is still as checked (a change sends a ready application back to draft).
    """

    status: ApplicationStatus
    problem_count: int
    final_pdf_recorded: bool = False

    def is_done(self, step: Step) -> bool:
        if step is Step.FILL:
            return self.problem_count == 0 or self.status in _PAST_CHECK
        if step is Step.CHECK:
            return self.status in _PAST_CHECK
        if step is Step.FINAL_PDF:
            return self.status in _SIGNED or (
                self.status is ApplicationStatus.READY and self.final_pdf_recorded
            )
        if step is Step.SIGN:
            return self.status in _SIGNED
        return self.status is ApplicationStatus.SENT

    def next_step(self) -> Step | None:
        """The first step not done yet; None once the application is sent."""
        return next((step for step in Step if not self.is_done(step)), None)

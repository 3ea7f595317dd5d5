"""Which of an application's five steps are done, read from its status and its final PDF."""

from __future__ import annotations

import pytest

from pim_desktop.domain.application import ApplicationStatus
from pim_desktop.domain.application_steps import ApplicationProgress, Step


@pytest.mark.parametrize(
    ("status", "problems", "final_pdf", "next_step"),
    [
        (ApplicationStatus.DRAFT, 3, False, Step.FILL),
        (ApplicationStatus.DRAFT, 0, False, Step.CHECK),
        (ApplicationStatus.READY, 0, False, Step.FINAL_PDF),
        (ApplicationStatus.READY, 0, True, Step.SIGN),
        (ApplicationStatus.SIGNED, 0, False, Step.SEND),
        (ApplicationStatus.SENT, 0, False, None),
    ],
)
def test_the_next_step_follows_the_status(
    status: ApplicationStatus, problems: int, final_pdf: bool, next_step: Step | None
) -> None:
    assert ApplicationProgress(status, problems, final_pdf).next_step() is next_step


def test_a_final_pdf_counts_only_while_the_application_is_as_checked() -> None:
    ready = ApplicationProgress(ApplicationStatus.READY, 0, final_pdf_recorded=True)
    assert ready.next_step() is Step.SIGN
    edited = ApplicationProgress(ApplicationStatus.DRAFT, 0, final_pdf_recorded=True)
    assert edited.next_step() is Step.CHECK and not edited.is_done(Step.FINAL_PDF)
    assert ApplicationProgress(ApplicationStatus.SENT, 0).next_step() is None

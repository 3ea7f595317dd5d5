"""The starting point of most signing tests: the window, and a checked application with its
final PDF, selected on the applications page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from ui.signing.wizard_steps import leader_ready

from pim_desktop.context import AppContext
from pim_desktop.ui.main_window import MainWindow


@dataclass(frozen=True)
class ReadyToSign:
    window: MainWindow
    application_id: int


@pytest.fixture
def ready(
    context: AppContext, make_window: Callable[[AppContext], MainWindow], final_pdf: Path
) -> ReadyToSign:
    window = make_window(context)
    application_id = leader_ready(context, window)
    context.signing.record_final_pdf(application_id, final_pdf)
    return ReadyToSign(window, application_id)

"""Puts domain words (enum labels, problem messages) through Qt's translation on the screen."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from pim_desktop.domain.i18n import DOMAIN_CONTEXT, Label
from pim_desktop.domain.problems import Problem, Refused


def domain_text(text: str) -> str:
    """A string the domain marked with ``QT_TRANSLATE_NOOP("domain", …)``, translated."""
    return QCoreApplication.translate(DOMAIN_CONTEXT, text)


def problem_text(problem: Problem) -> str:
    params = {
        name: domain_text(value) if isinstance(value, Label) else value
        for name, value in problem.params.items()
    }
    return domain_text(problem.message).format(**params)


def problems_text(problems: Iterable[Problem]) -> str:
    """Several problems as one paragraph, in their order."""
    return " ".join(problem_text(problem) for problem in problems)


def refusal_text(error: Refused) -> str:
    return domain_text(error.message).format(**error.params)


def grouped(number: int) -> str:
    """A count with thousands apart, as the counters show it: ``1 234`` (no-break space).

    Qt's Polish locale leaves four-digit numbers ungrouped; the counters group every thousand
    so that "1 234 / 2 000 znaków" reads at a glance.
    """
    return f"{number:,}".replace(",", "\u00a0")

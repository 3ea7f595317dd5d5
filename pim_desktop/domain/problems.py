"""A problem found by a check: which field, what is wrong, in words the officer understands."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Problem:
    """One fault in the data.

    ``message`` is a Polish source template marked with ``QT_TRANSLATE_NOOP`` (context
    ``"domain"``); ``params`` fill its ``{name}`` placeholders. ``field_id`` names the field the
    problem belongs to, so the interface can jump to it.
    """

    field_id: str
    code: str
    message: str
    params: Mapping[str, Any] = field(default_factory=dict)
    section_id: str = ""

    def text(self) -> str:
        """The message in Polish with its parameters filled in."""
        return self.message.format(**self.params)


class ValidationFailed(Exception):
    """Raised by a service when the data it was asked to store breaks the rules."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("; ".join(p.text() for p in problems))
        self.problems = problems


class Refused(Exception):
    """An operation refused for a reason the officer can act on.

    ``message`` is a Polish template marked with ``QT_TRANSLATE_NOOP`` (context ``"domain"``);
    ``params`` fill its placeholders. Nothing was changed when this is raised.
    """

    def __init__(self, message: str, **params: Any) -> None:
        super().__init__(message.format(**params))
        self.message = message
        self.params = params

    def text(self) -> str:
        """The message in Polish with its parameters filled in."""
        return self.message.format(**self.params)

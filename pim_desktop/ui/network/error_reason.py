"""Why a network page's action failed, in the officer's language: rule problems, a refused
contribution file, storage and file errors."""

from __future__ import annotations

from pim_desktop.domain.problems import ValidationFailed
from pim_desktop.services.errors import StorageError
from pim_desktop.services.portable.contribution_file import ContributionError
from pim_desktop.ui.labels import domain_text, problem_text


def reason_text(error: Exception) -> str:
    if isinstance(error, ValidationFailed):
        return " ".join(problem_text(p) for p in error.problems)
    if isinstance(error, ContributionError):
        return domain_text(error.message).format(**error.params)
    if isinstance(error, StorageError):
        return domain_text(error.message)
    if isinstance(error, OSError):
        return str(error.strerror or error)
    return str(error)

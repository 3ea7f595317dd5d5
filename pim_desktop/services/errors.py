"""Turns database faults into one error the interface can explain in plain Polish."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DBAPIError

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)


class StorageError(Exception):
    """Data could not be read or written; ``message`` is a Polish template for the officer."""

    def __init__(self, message: str, detail: str = "") -> None:
        super().__init__(detail or message)
        self.message = message
        self.detail = detail


@contextmanager
def storage_errors() -> Iterator[None]:
    """Wrap a unit of work: a driver error becomes a ``StorageError`` with a clear reason."""
    try:
        yield
    except DBAPIError as error:
        detail = str(error.orig) if error.orig is not None else str(error)
        log.error("Storage failed: %s", detail)
        raise StorageError(_explain(detail.lower()), detail) from error


def _explain(detail: str) -> str:
    if "full" in detail:
        return QT_TRANSLATE_NOOP(
            "domain",
            "Nie udało się zapisać: na dysku zabrakło miejsca. Zwolnij miejsce, a zapis "
            "zostanie ponowiony; to, co wpisano, zostaje w oknie.",
        )
    if "readonly" in detail or "read-only" in detail:
        return QT_TRANSLATE_NOOP(
            "domain",
            "Nie udało się zapisać: dane są otwarte tylko do odczytu albo folder danych nie "
            "pozwala na zapis. To, co wpisano, zostaje w oknie; zapis zostanie ponowiony.",
        )
    if "disk i/o error" in detail or "unable to open" in detail:
        return QT_TRANSLATE_NOOP(
            "domain",
            "Nie udało się zapisać: system nie pozwolił na zapis w folderze danych (brak "
            "uprawnień, odłączony dysk sieciowy lub wymienny). To, co wpisano, zostaje w oknie; "
            "zapis zostanie ponowiony.",
        )
    if "locked" in detail or "busy" in detail:
        return QT_TRANSLATE_NOOP(
            "domain",
            "Nie udało się zapisać: baza danych jest zajęta przez inny program. Spróbuj za chwilę.",
        )
    return QT_TRANSLATE_NOOP(
        "domain",
        "Nie udało się odczytać lub zapisać danych. Szczegóły zapisano w dzienniku programu.",
    )

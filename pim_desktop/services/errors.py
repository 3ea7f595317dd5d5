"""Turns database faults into one error the interface can explain in plain Polish.

A fault is recognised by the database's own code, never by the wording of its message (which
changes between versions and languages): SQLite's result code (its extended code's low byte) and
PostgreSQL's SQLSTATE, read from the driver's exception under SQLAlchemy's wrapper.
"""

from __future__ import annotations

import enum
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


class Fault(enum.Enum):
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    NO_ACCESS = "no_access"
    BUSY = "busy"
    UNREACHABLE = "unreachable"
    OTHER = "other"


# SQLite's primary result codes (https://sqlite.org/rescode.html); an extended code carries its
# primary code in the low byte (SQLITE_READONLY_DBMOVED = 1032 -> 8).
_SQLITE_FAULTS = {
    13: Fault.DISK_FULL,  # SQLITE_FULL
    8: Fault.READ_ONLY,  # SQLITE_READONLY
    10: Fault.NO_ACCESS,  # SQLITE_IOERR
    14: Fault.NO_ACCESS,  # SQLITE_CANTOPEN
    23: Fault.NO_ACCESS,  # SQLITE_AUTH
    3: Fault.NO_ACCESS,  # SQLITE_PERM
    5: Fault.BUSY,  # SQLITE_BUSY
    6: Fault.BUSY,  # SQLITE_LOCKED
}
# PostgreSQL's SQLSTATE: exact codes first, then their class (the first two characters).
_SQLSTATE_FAULTS = {
    "53100": Fault.DISK_FULL,  # disk_full
    "25006": Fault.READ_ONLY,  # read_only_sql_transaction
    "42501": Fault.NO_ACCESS,  # insufficient_privilege
    "40001": Fault.BUSY,  # serialization_failure
    "40P01": Fault.BUSY,  # deadlock_detected
    "55P03": Fault.BUSY,  # lock_not_available
    "57014": Fault.BUSY,  # query_canceled (a statement or lock timeout)
}
_SQLSTATE_CLASS_FAULTS = {
    "08": Fault.UNREACHABLE,  # connection_exception
    "57": Fault.UNREACHABLE,  # operator_intervention: the server is shutting down
    "28": Fault.NO_ACCESS,  # invalid_authorization_specification
    "53": Fault.DISK_FULL,  # insufficient_resources
}


@contextmanager
def storage_errors() -> Iterator[None]:
    """Wrap a unit of work: a driver error becomes a ``StorageError`` with a clear reason."""
    try:
        yield
    except DBAPIError as error:
        detail = str(error.orig) if error.orig is not None else str(error)
        log.error("Storage failed: %s", detail)
        raise StorageError(explain(classify(error)), detail) from error


def classify(error: DBAPIError) -> Fault:
    """Which fault a driver error is, from the database's code."""
    original = error.orig
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _SQLITE_FAULTS.get(code & 0xFF, Fault.OTHER)
    sqlstate = getattr(original, "sqlstate", None)
    if isinstance(sqlstate, str):
        return _SQLSTATE_FAULTS.get(sqlstate) or _SQLSTATE_CLASS_FAULTS.get(
            sqlstate[:2], Fault.OTHER
        )
    if error.connection_invalidated or _is_lost_connection(original):
        return Fault.UNREACHABLE
    return Fault.OTHER


def _is_lost_connection(original: BaseException | None) -> bool:
    # psycopg raises OperationalError without a SQLSTATE when the server cannot be reached at all.
    return type(original).__name__ == "OperationalError" and type(original).__module__.startswith(
        "psycopg"
    )


def explain(fault: Fault) -> str:
    return _MESSAGES[fault]


_MESSAGES = {
    Fault.DISK_FULL: QT_TRANSLATE_NOOP(
        "domain",
        "Nie udało się zapisać: na dysku zabrakło miejsca. Zwolnij miejsce, a zapis "
        "zostanie ponowiony; to, co wpisano, zostaje w oknie.",
    ),
    Fault.READ_ONLY: QT_TRANSLATE_NOOP(
        "domain",
        "Nie udało się zapisać: dane są otwarte tylko do odczytu albo folder danych nie "
        "pozwala na zapis. To, co wpisano, zostaje w oknie; zapis zostanie ponowiony.",
    ),
    Fault.NO_ACCESS: QT_TRANSLATE_NOOP(
        "domain",
        "Nie udało się zapisać: system nie pozwolił na zapis w folderze danych (brak "
        "uprawnień, odłączony dysk sieciowy lub wymienny). To, co wpisano, zostaje w oknie; "
        "zapis zostanie ponowiony.",
    ),
    Fault.BUSY: QT_TRANSLATE_NOOP(
        "domain",
        "Nie udało się zapisać: baza danych jest zajęta przez inny program. Spróbuj za chwilę.",
    ),
    Fault.UNREACHABLE: QT_TRANSLATE_NOOP(
        "domain",
        "Nie udało się połączyć z bazą zespołu: serwer nie odpowiada albo połączenie zostało "
        "przerwane. To, co wpisano, zostaje w oknie; spróbuj ponownie za chwilę.",
    ),
    Fault.OTHER: QT_TRANSLATE_NOOP(
        "domain",
        "Nie udało się odczytać lub zapisać danych. Szczegóły zapisano w dzienniku programu.",
    ),
}

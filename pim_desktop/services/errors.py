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
from typing import TYPE_CHECKING

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.exc import DBAPIError

log = logging.getLogger(__name__)


class StorageError(Exception):
    """Data could not be read or written; ``message`` is a Polish template for the officer.
    ``unreachable`` says that the team database's server could not be reached (the edit may
    wait in the local journal)."""

    def __init__(self, message: str, detail: str = "", *, unreachable: bool = False) -> None:
        super().__init__(detail or message)
        self.message = message
        self.detail = detail
        self.unreachable = unreachable


class Fault(enum.Enum):
    DISK_FULL = "disk_full"
    READ_ONLY = "read_only"
    NO_ACCESS = "no_access"
    BUSY = "busy"
    UNREACHABLE = "unreachable"
    LOGIN_REFUSED = "login_refused"
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
    "3D000": Fault.LOGIN_REFUSED,  # invalid_catalog_name: no database of that name
}
# A lost connection (class 08, the shutdowns of class 57) is told by ``is_unreachable``.
_SQLSTATE_CLASS_FAULTS = {
    "28": Fault.LOGIN_REFUSED,  # invalid_authorization_specification, a wrong password
    "53": Fault.DISK_FULL,  # insufficient_resources
}


@contextmanager
def storage_errors() -> Iterator[None]:
    """Wrap a unit of work: a driver error becomes a ``StorageError`` with a clear reason."""
    # Imported here: the window imports this module (for StorageError) before the data layer.
    from sqlalchemy.exc import DBAPIError

    try:
        yield
    except DBAPIError as error:
        detail = str(error.orig) if error.orig is not None else str(error)
        log.error("Storage failed: %s", detail)
        fault = classify(error)
        raise StorageError(
            explain(fault), detail, unreachable=fault is Fault.UNREACHABLE
        ) from error


def classify(error: DBAPIError) -> Fault:
    """Which fault a driver error is, from the database's code."""
    # Imported here: the window's first paint imports this module and must not load SQLAlchemy.
    from pim_desktop.persistence.engine import is_unreachable

    original = error.orig
    code = getattr(original, "sqlite_errorcode", None)
    if isinstance(code, int):
        return _SQLITE_FAULTS.get(code & 0xFF, Fault.OTHER)
    if is_unreachable(error):
        return Fault.UNREACHABLE
    sqlstate = getattr(original, "sqlstate", None)
    if isinstance(sqlstate, str):
        return _SQLSTATE_FAULTS.get(sqlstate) or _SQLSTATE_CLASS_FAULTS.get(
            sqlstate[:2], Fault.OTHER
        )
    if _is_psycopg_failure(original):
        # Before login there is no SQLSTATE; a server that asked for a password and refused
        # it answered, so it is no lost connection (``is_unreachable`` said so above).
        return Fault.LOGIN_REFUSED
    return Fault.OTHER


def _is_psycopg_failure(original: BaseException | None) -> bool:
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
    Fault.LOGIN_REFUSED: QT_TRANSLATE_NOOP(
        "domain",
        "Serwer bazy zespołu nie przyjął użytkownika, hasła albo nazwy bazy danych. Sprawdź je "
        "w Ustawieniach (Baza zespołu) albo zapytaj administratora serwera.",
    ),
    Fault.OTHER: QT_TRANSLATE_NOOP(
        "domain",
        "Nie udało się odczytać lub zapisać danych. Szczegóły zapisano w dzienniku programu.",
    ),
}

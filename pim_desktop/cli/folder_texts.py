"""What the command line says about a damaged, unsafe or missing data folder.

Kept apart from the verbs, so that start-up can say it without importing any service.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from pim_desktop.platform_checks import DriveKind

if TYPE_CHECKING:
    from pim_desktop.services.backup_service import Backup
    from pim_desktop.services.data_folder_service import DataFolderState


def damaged_text(database_file: Path, detail: str, newest: Backup | None) -> str:
    text = (
        f"Plik danych {database_file} jest uszkodzony ({detail}).\n"
        "Program nie otworzył go do zapisu, żeby nie pogłębić szkód.\n"
    )
    if newest is None:
        return text + (
            "Nie ma dobrej kopii zapasowej. Uruchom program w oknie, aby zacząć od pustych "
            "danych; uszkodzony plik zostanie wtedy odłożony obok.\n"
        )
    return text + (
        f"Najnowsza dobra kopia zapasowa: {newest.path} z {newest.taken_at:%Y-%m-%d %H:%M}.\n"
        f'Aby ją przywrócić: pim-desktop restore "{newest.path}"\n'
        "(uszkodzony plik zostanie odłożony obok jako …-uszkodzona-<data>.sqlite3).\n"
    )


def folder_warning(state: DataFolderState) -> str:
    if state.kind is DriveKind.NETWORK:
        where = "na dysku sieciowym"
    elif state.kind is DriveKind.REMOVABLE:
        where = "na dysku wymiennym"
    else:
        return ""
    return (
        f"Uwaga: folder danych {state.folder} leży {where}. Baza SQLite nie jest tam bezpieczna; "
        "przenieś dane na dysk tego komputera (Ustawienia → Folder danych).\n"
    )


def unavailable_folder_text(folder: Path) -> str:
    return (
        f"Folder danych {folder} (wybrany w Ustawieniach) jest niedostępny albo nie zawiera "
        "danych. Podłącz dysk, na którym leży, i spróbuj ponownie.\n"
    )

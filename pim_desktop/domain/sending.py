"""What sending an application by one channel needs: its files, their sizes against the channel's
limit, a short checklist and the address to copy.

The program never sends: it prepares a folder for the officer, who sends it in ePUAP,
e-Doręczenia or on paper. Limits differ between offices, so they are settings; the defaults are
the largest limits public descriptions give (ePUAP 150 MB in total, e-Doręczenia 50 MB).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import PurePath

from pim_desktop.domain.application import SubmissionChannel
from pim_desktop.domain.file_names import ascii_name_part
from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP

MEGABYTE = 1024 * 1024

# None: no limit (a paper application goes by post or to the office's desk).
DEFAULT_LIMITS_MB: dict[SubmissionChannel, int | None] = {
    SubmissionChannel.EPUAP: 150,
    SubmissionChannel.EDORECZENIA: 50,
    SubmissionChannel.PAPER: None,
}

# The ministry's addresses as public sources give them; the call's notice is the authority and the
# checklist says so. The e-Doręczenia address is left for the officer to copy from the notice.
DEFAULT_ADDRESSES: dict[SubmissionChannel, str] = {
    SubmissionChannel.EPUAP: "/MFiPR/SkrytkaESP",
    SubmissionChannel.EDORECZENIA: "",
    SubmissionChannel.PAPER: (
        "Ministerstwo Funduszy i Polityki Regionalnej, ul. Wspólna 2/4, 00-926 Warszawa"
    ),
}
ADDRESS_FROM_NOTICE = QT_TRANSLATE_NOOP(
    "domain", "przepisz adres z ogłoszenia naboru (można go też zapisać w Ustawieniach)"
)


@dataclass(frozen=True)
class SendingFile:
    """One file to send: the stored file (by SHA-256) and its name in the folder."""

    sha256: str
    original_name: str
    name: str
    size: int
    is_application: bool = False


@dataclass(frozen=True)
class SendingPlan:
    channel: SubmissionChannel
    files: tuple[SendingFile, ...]
    limit_mb: int | None
    address: str
    subject: str
    checklist: tuple[str, ...]

    @property
    def total(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def over_limit(self) -> bool:
        return self.limit_mb is not None and self.total > self.limit_mb * MEGABYTE


def safe_file_name(original: str, taken: set[str]) -> str:
    """A plain-ASCII name keeping the extension, made unique among ``taken`` (case-insensitive)."""
    path = PurePath(original)
    stem = ascii_name_part(path.stem)[:80] or "plik"
    suffix = "." + ascii_name_part(path.suffix.lstrip(".")).lower() if path.suffix else ""
    name, number = f"{stem}{suffix}", 2
    while name.lower() in taken:
        name, number = f"{stem}_{number}{suffix}", number + 1
    taken.add(name.lower())
    return name


def subject_line(call_name: str, city: str) -> str:
    return QT_TRANSLATE_NOOP("domain", "Wniosek – {call} – {city}").format(
        call=call_name, city=city
    )


CHECKLISTS: dict[SubmissionChannel, tuple[str, ...]] = {
    SubmissionChannel.EPUAP: (
        QT_TRANSLATE_NOOP(
            "domain",
            "W ePUAP wybierz „Pismo ogólne do podmiotu publicznego” i jako adresata "
            "Ministerstwo Funduszy i Polityki Regionalnej; porównaj adres skrytki z ogłoszeniem "
            "naboru.",
        ),
        QT_TRANSLATE_NOOP("domain", "Jako tytuł pisma wpisz temat podany niżej."),
        QT_TRANSLATE_NOOP(
            "domain",
            "Dołącz podpisany plik wniosku i każdy załącznik z tego folderu. Podpis pisma "
            "w ePUAP nie podpisuje załączników: plik wniosku musi mieć własny podpis "
            "kwalifikowany.",
        ),
        QT_TRANSLATE_NOOP(
            "domain",
            "Po wysłaniu pobierz z folderu „Wysłane” wysłany dokument (XML) i Urzędowe "
            "Poświadczenie Przedłożenia (UPP) i wczytaj je przyciskiem „Dowód złożenia…”.",
        ),
    ),
    SubmissionChannel.EDORECZENIA: (
        QT_TRANSLATE_NOOP(
            "domain",
            "W skrzynce e-Doręczeń wpisz adres do doręczeń elektronicznych ministerstwa podany "
            "niżej; porównaj go z ogłoszeniem naboru.",
        ),
        QT_TRANSLATE_NOOP("domain", "Jako tytuł wiadomości wpisz temat podany niżej."),
        QT_TRANSLATE_NOOP(
            "domain", "Dołącz podpisany plik wniosku i każdy załącznik z tego folderu."
        ),
        QT_TRANSLATE_NOOP(
            "domain",
            "Po wysłaniu pobierz dowód wysłania (UPN/UPO) i wysłaną wiadomość i wczytaj je "
            "przyciskiem „Dowód złożenia…”.",
        ),
    ),
    SubmissionChannel.PAPER: (
        QT_TRANSLATE_NOOP(
            "domain",
            "Wydrukuj wniosek w wersji ostatecznej, podpisz go odręcznie i dołącz wydruki "
            "załączników z tego folderu.",
        ),
        QT_TRANSLATE_NOOP("domain", "Na kopercie lub piśmie przewodnim napisz temat podany niżej."),
        QT_TRANSLATE_NOOP(
            "domain",
            "Zachowaj potwierdzenie nadania lub złożenia w kancelarii; liczy się data, którą "
            "podaje ogłoszenie naboru.",
        ),
    ),
}


def plan_sending(
    channel: SubmissionChannel,
    application_file: tuple[str, str, int],
    attachments: Sequence[tuple[str, str, int]],
    *,
    subject: str,
    limits_mb: Mapping[SubmissionChannel, int | None] | None = None,
    addresses: Mapping[SubmissionChannel, str] | None = None,
) -> SendingPlan:
    """Files are (sha256, original name, size); the application's file comes first."""
    taken: set[str] = set()
    sha, name, size = application_file
    files = [SendingFile(sha, name, safe_file_name(name, taken), size, is_application=True)]
    for sha, name, size in attachments:
        if sha != application_file[0]:
            files.append(SendingFile(sha, name, safe_file_name(name, taken), size))
    limits = {**DEFAULT_LIMITS_MB, **(limits_mb or {})}
    address = (addresses or {}).get(channel) or DEFAULT_ADDRESSES[channel]
    # An empty address is shown as "copy it from the call's notice" by the screen.
    return SendingPlan(
        channel, tuple(files), limits[channel], address, subject, CHECKLISTS[channel]
    )

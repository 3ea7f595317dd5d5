"""The command line's grammar: every verb, its arguments and its help, and which verbs write.

It imports nothing but ``argparse``, so ``--help``, ``--version`` and a mistyped verb answer at
once; a verb's own module (and the services it needs) is imported only when that verb runs.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TypeAlias

from pim_desktop import APP_ID, APP_NAME

# Only for annotations: argparse's class cannot be subscripted at run time on Python 3.11.
Verbs: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"

DEFAULT_SECRET_VARIABLE = "PIM_DESKTOP_SECRET"
# The values of ``ClashChoice`` (a test keeps them equal), the first one the default.
CLASH_CHOICES = ["keep-both", "replace"]
RECEIPT_CHANNELS = ["epuap", "edoreczenia"]
# export-pdf records every final print on the application; export-package its export.
WRITING_COMMANDS = frozenset(
    {
        "sample-data",
        "export-pdf",
        "members import",
        "contribution import",
        "backup",
        "restore",
        "export-package",
        "import-package",
        "receipt import",
        "copy-data",
    }
)


def build_parser(*, with_verbs: bool = True, verb: str | None = None) -> argparse.ArgumentParser:
    """The whole grammar; without the verbs, only the options that open the window; with
    ``verb``, the verbs of its group alone (a command reads its own verb's grammar, not all)."""
    parser = argparse.ArgumentParser(
        prog=APP_ID,
        description=f"{APP_NAME}: wnioski PIM, Lokalne Partnerstwo i plan działań miasta.",
    )
    parser.add_argument("--version", action="store_true", help="pokaż wersję programu i zakończ")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="uruchom cały program bez ekranu na próbnych danych, otwórz każdą stronę i zakończ",
    )
    parser.add_argument(
        "--open",
        type=Path,
        metavar="PLIK",
        help="otwórz okno z plikiem: .pim — podgląd importu, .pdf — sprawdzenie podpisu",
    )
    add_database_option(parser)
    add_officer_option(parser)
    verbs = parser.add_subparsers(dest="command", metavar="POLECENIE")
    if not with_verbs:
        return parser
    groups = VERB_GROUPS.values() if verb not in VERB_GROUPS else [VERB_GROUPS[verb]]
    for add_verbs in dict.fromkeys(groups):
        add_verbs(verbs)
    add_database_option_to_verbs(verbs)
    return parser


def named_verb(arguments: list[str]) -> str | None:
    """The verb of a command line whose options before it are only ``--database`` and
    ``--officer`` with their values; ``None`` for any other line (it gets the whole grammar)."""
    index = 0
    while index < len(arguments):
        argument = arguments[index]
        if argument in _OPTIONS_WITH_VALUE:
            index += 2
        elif argument.startswith(tuple(f"{option}=" for option in _OPTIONS_WITH_VALUE)):
            index += 1
        elif argument.startswith("-"):
            return None
        else:
            return argument
    return None


def add_sample_verb(verbs: Verbs) -> None:
    verbs.add_parser(
        "sample-data",
        help="wypełnij pusty folder danych przykładowym miastem (Gmina Miasto Przykładowo)",
    )


def command_writes(args: argparse.Namespace) -> bool:
    """Whether the verb changes the data folder (and so needs the single-writer lock)."""
    if args.command == "export-pdf" and args.draft:
        return False  # a draft print is not recorded, so it may run beside an open window
    action = getattr(args, "action", None)
    return (
        args.command in WRITING_COMMANDS
        or f"{args.command} {action}" in WRITING_COMMANDS
        or (args.command == "sign" and getattr(args, "application", None) is not None)
    )


def add_application_verbs(verbs: Verbs) -> None:
    """``list``, ``check``, ``export-pdf`` and ``match-pdf``."""
    listing = verbs.add_parser("list", help="wypisz wnioski miasta")
    listing.add_argument("--json", action="store_true", help="jako JSON (tablica obiektów)")
    check = verbs.add_parser("check", help="sprawdź wniosek (kod wyjścia 1, gdy ma problemy)")
    check.add_argument("application_id", type=int, metavar="APPLICATION_ID")
    check.add_argument("--json", action="store_true", help="jako JSON")
    export = verbs.add_parser(
        "export-pdf",
        help="zapisz wniosek jako PDF; wersja ostateczna tylko dla wniosku bez problemów "
        "(kod wyjścia 1 i lista problemów)",
    )
    export.add_argument("application_id", type=int, metavar="APPLICATION_ID")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.pdf", help="plik PDF")
    export.add_argument(
        "--draft",
        action="store_true",
        help="wersja robocza ze znakiem wodnym „WERSJA ROBOCZA” (zawsze dozwolona)",
    )
    match = verbs.add_parser(
        "match-pdf",
        help="sprawdź, do którego wniosku i wersji należy wydruk (kod wyjścia 1, gdy do żadnego)",
    )
    match.add_argument(
        "source", metavar="FILE.pdf", help="plik PDF wydruku albo przepisana z niego suma kontrolna"
    )


def add_signature_verbs(verbs: Verbs) -> None:
    sign = verbs.add_parser(
        "sign",
        help="podpisz plik PDF (PAdES) certyfikatem z pliku .p12/.pfx albo z karty",
        description="Podpisuje FILE do nowego pliku --out. Hasło lub PIN czyta ze zmiennej "
        f"środowiskowej (domyślnie {DEFAULT_SECRET_VARIABLE}), nigdy z wiersza poleceń.",
    )
    sign.add_argument("file", type=Path, metavar="FILE.pdf")
    sign.add_argument("--out", type=Path, required=True, metavar="SIGNED.pdf")
    source = sign.add_mutually_exclusive_group(required=True)
    source.add_argument("--pkcs12", type=Path, metavar="FILE.p12", help="plik certyfikatu")
    source.add_argument("--pkcs11-lib", type=Path, metavar="LIB", help="biblioteka PKCS#11 karty")
    source.add_argument(
        "--windows-store",
        metavar="THUMBPRINT",
        help="certyfikat z magazynu certyfikatów Windows (Osobisty), wskazany odciskiem; "
        "PIN karty Windows pyta we własnym oknie",
    )
    sign.add_argument("--token", metavar="LABEL", help="etykieta karty (gdy jest ich kilka)")
    sign.add_argument("--cert-id", metavar="HEX", help="identyfikator certyfikatu na karcie")
    sign.add_argument(
        "--secret-env",
        default=DEFAULT_SECRET_VARIABLE,
        metavar="NAME",
        help=f"zmienna środowiskowa z hasłem lub PIN-em (domyślnie {DEFAULT_SECRET_VARIABLE})",
    )
    sign.add_argument("--location", help="miejsce podpisu (domyślnie miejscowość z danych miasta)")
    stamp_time = sign.add_mutually_exclusive_group()
    stamp_time.add_argument("--timestamp-url", help="serwer znaczników czasu (PAdES B-T)")
    stamp_time.add_argument(
        "--no-timestamp", action="store_true", help="bez znacznika czasu (PAdES B-B)"
    )
    sign.add_argument(
        "--application",
        type=int,
        metavar="ID",
        help="zapisz podpisany plik przy wniosku ID i oznacz wniosek jako podpisany",
    )
    verify = verbs.add_parser(
        "verify",
        help="sprawdź podpisy w pliku PDF (kod wyjścia 0 tylko, gdy każdy jest nienaruszony "
        "i obejmuje cały plik)",
    )
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.add_argument("--json", action="store_true", help="jako JSON")


def add_partnership_verbs(verbs: Verbs) -> None:
    meetings = verbs.add_parser("meetings", help="spotkania Lokalnego Partnerstwa")
    meeting_actions = meetings.add_subparsers(dest="action", metavar="CZYNNOŚĆ", required=True)
    listing = meeting_actions.add_parser("list", help="wypisz spotkania, od najnowszego")
    listing.add_argument(
        "--json",
        action="store_true",
        help="jako tablica JSON obiektów z kluczami id, date (RRRR-MM-DD), type (kod rodzaju), "
        "title",
    )
    for verb, what in (("attendance-sheet", "listę obecności"), ("minutes", "protokół")):
        document = verbs.add_parser(verb, help=f"zapisz {what} spotkania jako PDF")
        document.add_argument("meeting_id", type=int, metavar="ID_SPOTKANIA")
        document.add_argument("--out", type=Path, required=True, metavar="PLIK.pdf")
    members = verbs.add_parser("members", help="członkowie Lokalnego Partnerstwa (CSV)")
    member_actions = members.add_subparsers(dest="action", metavar="CZYNNOŚĆ", required=True)
    export = member_actions.add_parser(
        "export", help="zapisz członków do pliku CSV (średniki, UTF-8 dla Excela)"
    )
    export.add_argument("file", type=Path, metavar="PLIK.csv")
    load = member_actions.add_parser(
        "import",
        help="dopisz członków z pliku CSV (UTF-8 lub Windows-1250); wiersze z błędami są "
        "pomijane i wypisane z powodem",
    )
    load.add_argument("file", type=Path, metavar="PLIK.csv")


def add_action_plan_verbs(verbs: Verbs) -> None:
    for verb, what in (
        ("mid-pdf", "Miejską Inicjatywę Działań (plan działań miasta)"),
        ("improvement-plan-pdf", "Plan Ulepszeń sieci"),
    ):
        document = verbs.add_parser(verb, help=f"zapisz {what} jako PDF")
        document.add_argument("--out", type=Path, required=True, metavar="PLIK.pdf")
    table = verbs.add_parser(
        "mid-csv", help="zapisz tabelę działań MID do pliku CSV (średniki, UTF-8 dla Excela)"
    )
    table.add_argument("--out", type=Path, required=True, metavar="PLIK.csv")
    contribution = verbs.add_parser(
        "contribution", help="wkład miasta partnerskiego do sieci (plik .pim-wklad)"
    )
    actions = contribution.add_subparsers(dest="action", metavar="CZYNNOŚĆ", required=True)
    export = actions.add_parser(
        "export", help="zapisz rekomendacje i streszczenie MID tego miasta dla Miasta Lidera"
    )
    export.add_argument("--out", type=Path, required=True, metavar="PLIK.pim-wklad")
    load = actions.add_parser(
        "import",
        help="dołącz wkład miasta partnerskiego do sieci (w całości; wcześniejszy wkład tego "
        "miasta zostaje zastąpiony)",
    )
    load.add_argument("file", type=Path, metavar="PLIK.pim-wklad")
    load.add_argument("--dry-run", action="store_true", help="tylko pokaż, co zostałoby dołączone")


def add_safety_verbs(verbs: Verbs) -> None:
    backup = verbs.add_parser(
        "backup", help="utwórz sprawdzoną kopię zapasową bazy danych (w folderze kopii)"
    )
    backup.add_argument(
        "--out", metavar="PLIK", help="zapisz kopię w tym pliku (istniejący nie jest nadpisywany)"
    )
    restore = verbs.add_parser(
        "restore",
        help="przywróć dane z kopii zapasowej (najpierw zapisuje kopię obecnego stanu; "
        "uszkodzoną bazę odkłada obok)",
    )
    restore.add_argument("file", metavar="PLIK", help="plik kopii zapasowej (.sqlite3)")
    export = verbs.add_parser(
        "export-package",
        help="zapisz wniosek (ze wszystkimi wersjami) albo wszystkie dane w pliku .pim",
    )
    export.add_argument(
        "application_id", type=int, nargs="?", metavar="APPLICATION_ID", help="numer wniosku"
    )
    export.add_argument("--all", action="store_true", help="wszystkie dane miasta")
    export.add_argument("--out", required=True, metavar="PLIK.pim", help="plik do zapisania")
    imported = verbs.add_parser("import-package", help="wczytaj plik .pim (wszystko albo nic)")
    imported.add_argument("file", metavar="PLIK.pim")
    imported.add_argument(
        "--on-clash",
        choices=CLASH_CHOICES,
        default=CLASH_CHOICES[0],
        help="gdy wniosek lub dane miasta już są, a różnią się: keep-both zachowuje oba "
        "wnioski (i dane miasta z tego komputera), replace zastępuje je danymi z pliku "
        "(domyślnie keep-both)",
    )
    imported.add_argument(
        "--dry-run", action="store_true", help="tylko sprawdź plik i pokaż, co zostałoby dodane"
    )


def add_receipt_verbs(verbs: Verbs) -> None:
    receipt = verbs.add_parser(
        "receipt", help="dowód złożenia wniosku: poświadczenie ePUAP (UPP) i wysłany dokument"
    )
    actions = receipt.add_subparsers(dest="action", metavar="CZYNNOŚĆ", required=True)
    load = actions.add_parser(
        "import",
        help="wczytaj UPP i wysłany dokument XML, sprawdź je i zapisz przy wniosku "
        "(wniosek staje się wysłany; kod 1, gdy coś jest niezgodne)",
    )
    load.add_argument("application_id", type=int, metavar="ID")
    load.add_argument("--upp", required=True, type=Path, metavar="FILE.xml")
    load.add_argument("--sent", required=True, type=Path, metavar="FILE.xml")
    # The values of ``SubmissionChannel`` that carry an electronic receipt (a test keeps them).
    load.add_argument("--channel", choices=RECEIPT_CHANNELS, default=RECEIPT_CHANNELS[0])
    check = actions.add_parser(
        "check",
        help="sprawdź ponownie dowód zapisany przy wniosku (kod 0 tylko, gdy poświadczenie "
        "jest prawidłowe i obejmuje podpisany plik wniosku)",
    )
    check.add_argument("application_id", type=int, metavar="ID")
    check.add_argument("--json", action="store_true", help="jako JSON")
    page = actions.add_parser("pdf", help="zapisz stronę „Dowód złożenia” jako PDF")
    page.add_argument("application_id", type=int, metavar="ID")
    page.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")


DATABASE_HELP = (
    "pracuj na bazie zespołu PostgreSQL zamiast na pliku tego komputera, np. "
    "postgresql+psycopg://uzytkownik:haslo@serwer:5432/pim (także zmienna "
    "PIM_DESKTOP_DATABASE_URL)"
)


def add_database_option(parser: argparse.ArgumentParser, *, after_verb: bool = False) -> None:
    """``--database URL`` before the verb, and (``after_verb``) after it too."""
    # After the verb, an absent option must not hide one given before it.
    default = argparse.SUPPRESS if after_verb else None
    parser.add_argument("--database", metavar="URL", default=default, help=DATABASE_HELP)


OFFICER_HELP = (
    "imię i nazwisko zapisywane przy zmianach tego polecenia (także zmienna "
    "PIM_DESKTOP_OFFICER; bez niej: nazwa z Ustawień albo login systemu)"
)


def add_officer_option(parser: argparse.ArgumentParser, *, after_verb: bool = False) -> None:
    """``--officer NAME`` before the verb, and (``after_verb``) after it too."""
    default = argparse.SUPPRESS if after_verb else None
    parser.add_argument("--officer", metavar="NAME", default=default, help=OFFICER_HELP)


def add_database_option_to_verbs(verbs: Verbs) -> None:
    for parser in set(verbs.choices.values()):
        add_database_option(parser, after_verb=True)
        add_officer_option(parser, after_verb=True)
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                add_database_option_to_verbs(action)


def add_team_verbs(verbs: Verbs) -> None:
    copy = verbs.add_parser(
        "copy-data",
        help="skopiuj dane tego komputera do pustej bazy zespołu (--to) albo bazę zespołu "
        "do pustego folderu danych tego komputera (--from) i porównaj, co dotarło",
    )
    where = copy.add_mutually_exclusive_group(required=True)
    where.add_argument("--to", metavar="URL", help="pusta baza zespołu, do której kopiować")
    where.add_argument("--from", dest="source", metavar="URL", help="baza zespołu do skopiowania")


def add_network_verbs(verbs: Verbs) -> None:
    network = verbs.add_parser("network", help="działania sieci prowadzonej przez Miasto Lider")
    actions = network.add_subparsers(dest="action", metavar="CZYNNOŚĆ", required=True)
    listing = actions.add_parser("activities", help="pokaż działania sieci z kwotami i statusem")
    listing.add_argument("--json", action="store_true", help="wypisz listę jako JSON")
    listing.add_argument("--year", type=int, metavar="RRRR", help="tylko działania z tego roku")
    report = verbs.add_parser(
        "network-report",
        help="zapisz sprawozdanie sieci dla Sekretariatu PIM jako PDF (albo z --csv tabelę "
        "działań dla Excela: średniki, UTF-8)",
    )
    report.add_argument("--out", type=Path, required=True, metavar="PLIK")
    report.add_argument("--year", type=int, metavar="RRRR", help="tylko działania z tego roku")
    report.add_argument("--csv", action="store_true", help="zapisz tabelę działań jako CSV")
    capacity = verbs.add_parser(
        "capacity-pdf", help="zapisz samoocenę potencjału miast sieci i jej rozpiętość jako PDF"
    )
    capacity.add_argument("--out", type=Path, required=True, metavar="PLIK.pdf")


# Options before the verb that take a value (the only ones a verb's own grammar is read after).
_OPTIONS_WITH_VALUE = ("--database", "--officer")
# Each verb and the function that adds its group, in the order ``--help`` lists them.
VERB_GROUPS: dict[str, Callable[[Verbs], None]] = {
    "sample-data": add_sample_verb,
    **dict.fromkeys(("list", "check", "export-pdf", "match-pdf"), add_application_verbs),
    **dict.fromkeys(("sign", "verify"), add_signature_verbs),
    **dict.fromkeys(("meetings", "attendance-sheet", "minutes", "members"), add_partnership_verbs),
    **dict.fromkeys(
        ("mid-pdf", "improvement-plan-pdf", "mid-csv", "contribution"), add_action_plan_verbs
    ),
    **dict.fromkeys(("backup", "restore", "export-package", "import-package"), add_safety_verbs),
    "receipt": add_receipt_verbs,
    **dict.fromkeys(("network", "network-report", "capacity-pdf"), add_network_verbs),
    "copy-data": add_team_verbs,
}

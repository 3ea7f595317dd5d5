"""The Polish wording of every signature error code and certificate note code.

Every sentence is a Polish template marked with ``QT_TRANSLATE_NOOP``; the interface translates
it and fills it with ``str.format``. A test checks that every code has its wording.
"""

from __future__ import annotations

from pim_desktop.domain.i18n import QT_TRANSLATE_NOOP
from pim_desktop.domain.signature.codes import (
    BLOCKING_NOTES,
    CertificateNoteCode,
    SignatureErrorCode,
)

ERROR_TEXT: dict[SignatureErrorCode, str] = {
    SignatureErrorCode.NOT_PDF: QT_TRANSLATE_NOOP(
        "domain", "Plik „{file}” nie jest plikiem PDF albo jest uszkodzony."
    ),
    SignatureErrorCode.PDF_ENCRYPTED: QT_TRANSLATE_NOOP(
        "domain",
        "Plik „{file}” jest zabezpieczony hasłem. Podpisać można tylko plik bez hasła.",
    ),
    SignatureErrorCode.FILE_UNREADABLE: QT_TRANSLATE_NOOP(
        "domain", "Nie można odczytać pliku „{file}”: {reason}"
    ),
    SignatureErrorCode.WRITE_FAILED: QT_TRANSLATE_NOOP(
        "domain", "Nie można zapisać pliku „{file}”: {reason}"
    ),
    SignatureErrorCode.SAME_FILE: QT_TRANSLATE_NOOP(
        "domain",
        "Podpisany plik zapisuje się jako nowy plik. Wybierz inną nazwę niż plik podpisywany: "
        "pliku z podpisem nigdy się nie nadpisuje.",
    ),
    SignatureErrorCode.WOULD_REWRITE: QT_TRANSLATE_NOOP(
        "domain",
        "Plik „{file}” jest już podpisany, a jego budowa jest uszkodzona: dodanie podpisu "
        "wymagałoby przepisania pliku, co unieważniłoby podpis, który już w nim jest. "
        "Podpisz ponownie wyeksportowany wniosek.",
    ),
    SignatureErrorCode.CHANGES_FORBIDDEN: QT_TRANSLATE_NOOP(
        "domain",
        "Pierwszy podpis w tym pliku nie pozwala na żadne zmiany, także na dodanie kolejnego "
        "podpisu.",
    ),
    SignatureErrorCode.WRONG_PASSWORD: QT_TRANSLATE_NOOP(
        "domain",
        "Nieprawidłowe hasło do pliku certyfikatu. Sprawdź wielkość liter i układ klawiatury, "
        "a potem wpisz hasło ponownie.",
    ),
    SignatureErrorCode.NOT_PKCS12: QT_TRANSLATE_NOOP(
        "domain",
        "Plik „{file}” nie jest plikiem certyfikatu z kluczem prywatnym (.p12 lub .pfx).",
    ),
    SignatureErrorCode.NO_KEY_IN_FILE: QT_TRANSLATE_NOOP(
        "domain",
        "Plik „{file}” zawiera certyfikat, ale nie zawiera klucza prywatnego, więc nie można "
        "nim podpisać.",
    ),
    SignatureErrorCode.CERTIFICATE_EXPIRED: QT_TRANSLATE_NOOP(
        "domain",
        "Certyfikat osoby „{name}” wygasł {date}. Nie można nim podpisać: użyj aktualnego "
        "certyfikatu.",
    ),
    SignatureErrorCode.CERTIFICATE_NOT_YET_VALID: QT_TRANSLATE_NOOP(
        "domain",
        "Certyfikat osoby „{name}” jest ważny dopiero od {date}. Sprawdź datę i godzinę "
        "w komputerze albo poczekaj do tego dnia.",
    ),
    SignatureErrorCode.CERTIFICATE_NOT_FOR_SIGNING: QT_TRANSLATE_NOOP(
        "domain",
        "Certyfikat osoby „{name}” nie służy do składania podpisu (nie ma w nim użycia klucza "
        "„niezaprzeczalność”). Na karcie jest zwykle osobny certyfikat do podpisu: wybierz go.",
    ),
    SignatureErrorCode.LIBRARY_MISSING: QT_TRANSLATE_NOOP(
        "domain",
        "Nie ma pliku biblioteki karty „{library}”. Zainstaluj oprogramowanie dostawcy podpisu "
        "albo wskaż właściwy plik biblioteki.",
    ),
    SignatureErrorCode.LIBRARY_BITNESS: QT_TRANSLATE_NOOP(
        "domain",
        "Biblioteki karty „{library}” nie można użyć: jest przeznaczona dla programów "
        "{library_bits}-bitowych, a PIM Desktop jest programem {program_bits}-bitowym (w Windows "
        "to błąd 193). Wskaż {program_bits}-bitową wersję biblioteki: dostawcy instalują ją "
        "zwykle w folderze C:\\Windows\\System32, a wersję 32-bitową w C:\\Windows\\SysWOW64.",
    ),
    SignatureErrorCode.LIBRARY_FAILED: QT_TRANSLATE_NOOP(
        "domain",
        "Nie udało się uruchomić biblioteki karty „{library}”. Sprawdź, czy to biblioteka "
        "PKCS#11 dostawcy podpisu. Szczegóły: {reason}",
    ),
    SignatureErrorCode.NO_TOKEN: QT_TRANSLATE_NOOP(
        "domain",
        "Nie znaleziono karty ani tokenu. Włóż kartę do czytnika (przy SimplySign: uruchom "
        "aplikację SimplySign Desktop i zaloguj się), poczekaj chwilę i odśwież listę.",
    ),
    SignatureErrorCode.TOKEN_NOT_FOUND: QT_TRANSLATE_NOOP(
        "domain",
        "Nie znaleziono karty „{token}”. Sprawdź, czy jest w czytniku, i odśwież listę.",
    ),
    SignatureErrorCode.TOKEN_AMBIGUOUS: QT_TRANSLATE_NOOP(
        "domain",
        "Biblioteka widzi kilka kart ({tokens}). Wskaż, której użyć.",
    ),
    SignatureErrorCode.PIN_INCORRECT: QT_TRANSLATE_NOOP(
        "domain",
        "Nieprawidłowy PIN. Wpisz go ponownie; po kilku błędnych próbach karta zablokuje PIN.",
    ),
    SignatureErrorCode.PIN_FINAL_TRY: QT_TRANSLATE_NOOP(
        "domain",
        "Nieprawidłowy PIN. Uwaga: została ostatnia próba, po następnej pomyłce karta zablokuje "
        "PIN.",
    ),
    SignatureErrorCode.PIN_LOCKED: QT_TRANSLATE_NOOP(
        "domain",
        "PIN karty jest zablokowany po zbyt wielu błędnych próbach. Odblokuj go kodem PUK "
        "w aplikacji dostawcy karty (np. proCertum CardManager, CryptoCard Suite) i spróbuj "
        "ponownie.",
    ),
    SignatureErrorCode.PIN_EXPIRED: QT_TRANSLATE_NOOP(
        "domain",
        "PIN karty trzeba zmienić, zanim się go użyje. Zmień go w aplikacji dostawcy karty.",
    ),
    SignatureErrorCode.PIN_EMPTY: QT_TRANSLATE_NOOP("domain", "Wpisz PIN karty."),
    SignatureErrorCode.CARD_REMOVED: QT_TRANSLATE_NOOP(
        "domain", "Karta została wyjęta z czytnika. Włóż ją ponownie i spróbuj jeszcze raz."
    ),
    SignatureErrorCode.NO_CERTIFICATE_ON_TOKEN: QT_TRANSLATE_NOOP(
        "domain",
        "Na karcie „{token}” nie ma certyfikatu z kluczem do podpisu.",
    ),
    SignatureErrorCode.CERTIFICATE_AMBIGUOUS: QT_TRANSLATE_NOOP(
        "domain",
        "Na karcie jest kilka certyfikatów do podpisu ({certificates}). Wskaż jeden "
        "(identyfikator w nawiasie).",
    ),
    SignatureErrorCode.TOKEN_ERROR: QT_TRANSLATE_NOOP("domain", "Karta zgłosiła błąd: {reason}"),
    SignatureErrorCode.STORE_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "domain",
        "Magazyn certyfikatów Windows jest dostępny tylko w Windows. Użyj pliku .p12/.pfx albo "
        "biblioteki PKCS#11 karty.",
    ),
    SignatureErrorCode.STORE_CERTIFICATE_MISSING: QT_TRANSLATE_NOOP(
        "domain",
        "W magazynie certyfikatów Windows (Osobisty) nie ma certyfikatu do podpisu z kluczem "
        "prywatnym o odcisku {thumbprint}. Sprawdź odcisk w menedżerze certyfikatów "
        "(certmgr.msc) i czy karta jest w czytniku.",
    ),
    SignatureErrorCode.STORE_NO_KEY: QT_TRANSLATE_NOOP(
        "domain",
        "Nie można sięgnąć do klucza prywatnego tego certyfikatu. Włóż kartę do czytnika "
        "(albo uruchom aplikację dostawcy podpisu) i spróbuj ponownie. Szczegóły: {reason}",
    ),
    SignatureErrorCode.STORE_CANCELLED: QT_TRANSLATE_NOOP(
        "domain", "Podpisywanie przerwano w oknie PIN-u karty. Niczego nie podpisano."
    ),
    SignatureErrorCode.STORE_KEY_UNSUPPORTED: QT_TRANSLATE_NOOP(
        "domain",
        "Klucz tego certyfikatu ({algorithm}) nie nadaje się do podpisu w tym programie; "
        "obsługiwane są klucze RSA i ECDSA.",
    ),
    SignatureErrorCode.STORE_ERROR: QT_TRANSLATE_NOOP(
        "domain", "Magazyn certyfikatów Windows zgłosił błąd: {reason}"
    ),
    SignatureErrorCode.TIMESTAMP_FAILED: QT_TRANSLATE_NOOP(
        "domain",
        "Nie udało się pobrać znacznika czasu z serwera {url}. Sprawdź połączenie z internetem "
        "i adres serwera w Ustawieniach albo usuń adres, aby podpisać bez znacznika czasu "
        "(PAdES B-B). Szczegóły: {reason}",
    ),
    SignatureErrorCode.TIMESTAMP_URL_INVALID: QT_TRANSLATE_NOOP(
        "domain",
        "Adres serwera znaczników czasu musi zaczynać się od http:// lub https://.",
    ),
    SignatureErrorCode.SIGNING_FAILED: QT_TRANSLATE_NOOP(
        "domain", "Nie udało się złożyć podpisu. Szczegóły: {reason}"
    ),
    SignatureErrorCode.NOT_CERTIFICATE: QT_TRANSLATE_NOOP(
        "domain",
        "Plik „{file}” nie zawiera certyfikatu (oczekiwany plik .cer, .crt, .der lub .pem).",
    ),
    SignatureErrorCode.NOT_SIGNED: QT_TRANSLATE_NOOP(
        "domain", "Plik „{file}” nie zawiera podpisu elektronicznego."
    ),
    SignatureErrorCode.NO_FINAL_PDF: QT_TRANSLATE_NOOP(
        "domain",
        "Program nie zna jeszcze gotowego pliku PDF tego wniosku. Wskaż go najpierw.",
    ),
    SignatureErrorCode.APPLICATION_DRAFT: QT_TRANSLATE_NOOP(
        "domain",
        "Wniosek jest roboczy. Najpierw sprawdź go i oznacz jako gotowy, a potem podpisz.",
    ),
    SignatureErrorCode.APPLICATION_SENT: QT_TRANSLATE_NOOP(
        "domain",
        "Wniosek został już wysłany; do wysłanej wersji nie dodaje się podpisów.",
    ),
    SignatureErrorCode.NOT_LATEST_VERSION: QT_TRANSLATE_NOOP(
        "domain",
        "Wniosek jest już podpisany: kolejny podpis dodaje się do ostatniego podpisanego pliku "
        "({file}), a nie do innego pliku.",
    ),
    SignatureErrorCode.SECRET_MISSING: QT_TRANSLATE_NOOP(
        "domain",
        "Brak hasła lub PIN-u: ustaw zmienną środowiskową {variable}. Hasła nie podaje się "
        "w wierszu poleceń, bo zostałoby w historii poleceń.",
    ),
    SignatureErrorCode.EXPORT_MISMATCH: QT_TRANSLATE_NOOP(
        "domain",
        "Podpisany plik nie jest wyeksportowaną wersją wniosku, więc nie zapisano go przy wniosku.",
    ),
    SignatureErrorCode.SIGNATURE_INVALID: QT_TRANSLATE_NOOP(
        "domain",
        "Podpis w pliku jest nieprawidłowy albo nie obejmuje całego pliku, więc nie zapisano "
        "go przy wniosku.",
    ),
}

NOTE_TEXT: dict[CertificateNoteCode, str] = {
    **{note: ERROR_TEXT[error] for note, error in BLOCKING_NOTES.items()},
    CertificateNoteCode.EXPIRES_SOON: QT_TRANSLATE_NOOP(
        "domain",
        "Certyfikat wygasa {date} (za {days} dni). Podpis złożony teraz będzie "
        "ważny, ale zamów już nowy certyfikat.",
    ),
    CertificateNoteCode.NAME_MISMATCH: QT_TRANSLATE_NOOP(
        "domain",
        "Certyfikat należy do osoby „{certificate_name}”, a we wniosku jako "
        "podpisującego wpisano „{signatory}”. Jeśli podpisuje osoba upoważniona, "
        "dołącz pełnomocnictwo lub upoważnienie (część G wniosku) albo popraw "
        "dane podpisującego w nowej wersji wniosku.",
    ),
}

"""Suggested file names are plain ASCII, transliterated the same way every time."""

from __future__ import annotations

import unicodedata

from pim_desktop.domain.file_names import ascii_name_part, edition_name_part


def test_polish_letters_are_transliterated_consistently() -> None:
    assert ascii_name_part("Gmina Miasto Przykładowo") == "Gmina_Miasto_Przykladowo"
    assert ascii_name_part("ĄĆĘŁŃÓŚŹŻ ąćęłńóśźż") == "ACELNOSZZ_acelnoszz"
    assert ascii_name_part(unicodedata.normalize("NFD", "Łódź")) == "Lodz"
    assert ascii_name_part("Miasto „Żółte” / Kędzierzyn-Koźle") == "Miasto_Zolte_Kedzierzyn_Kozle"
    assert ascii_name_part("Gemeinde Müller, Café") == "Gemeinde_Muller_Cafe"


def test_edition_keeps_its_number_with_its_name() -> None:
    assert edition_name_part("PIM 3") == "PIM3"
    assert edition_name_part("Pilotaż „Miasta uczące się”") == "Pilotaz_Miasta_uczace_sie"

"""Polish alphabetical order without Qt: Ł after L, Ś after S, Ż last."""

from __future__ import annotations

from pim_desktop.domain.collation import fold_for_search, polish_sort_key, surname_first_key


def test_polish_letters_follow_their_base_letters() -> None:
    words = ["Żak", "Zając", "Źródło", "Łukasz", "Lucyna", "Śliwa", "Sowa", "Ćma", "Cezary", "Ola"]
    assert sorted(words, key=polish_sort_key) == [
        "Cezary",
        "Ćma",
        "Lucyna",
        "Łukasz",
        "Ola",
        "Sowa",
        "Śliwa",
        "Zając",
        "Źródło",
        "Żak",
    ]


def test_case_does_not_change_the_order_and_ties_are_stable() -> None:
    assert sorted(["łódź", "Łódź", "lody"], key=polish_sort_key) == ["lody", "Łódź", "łódź"]
    assert polish_sort_key("ó") > polish_sort_key("oz")
    assert polish_sort_key("Ż") > polish_sort_key("Źz")


def test_digits_before_letters_and_foreign_accents_with_their_base() -> None:
    assert sorted(["b", "2", "a"], key=polish_sort_key) == ["2", "a", "b"]
    assert sorted(["Éva", "Ewa", "Dorota", "Filip"], key=polish_sort_key)[1:3] == ["Éva", "Ewa"]


def test_people_sort_by_surname() -> None:
    names = ["Anna Żak", "Jan Kowalski", "Łucja Łoś", "Piotr Lis"]
    assert sorted(names, key=surname_first_key) == [
        "Jan Kowalski",
        "Piotr Lis",
        "Łucja Łoś",
        "Anna Żak",
    ]


def test_search_folding_ignores_case_and_diacritics() -> None:
    assert fold_for_search("Łódź Śródmieście") == "lodz srodmiescie"
    assert "zolk" in fold_for_search("ŻÓŁKIEWSKA")

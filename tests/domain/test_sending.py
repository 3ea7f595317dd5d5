"""Planning the files of a sending: safe names, the total against the channel's limit."""

from __future__ import annotations

from pim_desktop.domain.application import SubmissionChannel
from pim_desktop.domain.sending import MEGABYTE, plan_sending, safe_file_name


def test_names_are_plain_unique_and_keep_their_extension() -> None:
    taken: set[str] = set()
    assert safe_file_name("Wniosek – Łódź (podpisany).PDF", taken) == "Wniosek_Lodz_podpisany.pdf"
    assert safe_file_name("wniosek lodz podpisany.pdf", taken) == "wniosek_lodz_podpisany_2.pdf"
    assert safe_file_name("ąę.pdf", taken) == "ae.pdf"
    assert safe_file_name("???", taken) == "plik"


def test_the_total_is_held_against_the_channel_limit_and_the_application_comes_first() -> None:
    signed = ("a" * 64, "Wniosek podpisany.pdf", 2 * MEGABYTE)
    letters = [("b" * 64, "List intencyjny.pdf", MEGABYTE), signed]
    plan = plan_sending(SubmissionChannel.EPUAP, signed, letters, subject="Wniosek – PIM 3")
    assert [f.name for f in plan.files] == ["Wniosek_podpisany.pdf", "List_intencyjny.pdf"]
    assert plan.files[0].is_application and plan.total == 3 * MEGABYTE
    assert plan.limit_mb == 150 and not plan.over_limit
    assert plan.address == "/MFiPR/SkrytkaESP"

    strict = plan_sending(
        SubmissionChannel.EPUAP,
        signed,
        letters,
        subject="Wniosek – PIM 3",
        limits_mb={SubmissionChannel.EPUAP: 2},
        addresses={SubmissionChannel.EPUAP: "/UrzadX/SkrytkaESP"},
    )
    assert strict.over_limit and strict.address == "/UrzadX/SkrytkaESP"
    paper = plan_sending(SubmissionChannel.PAPER, signed, [], subject="Wniosek")
    assert paper.limit_mb is None and not paper.over_limit
    assert plan_sending(SubmissionChannel.EDORECZENIA, signed, [], subject="").address == ""

"""The checksum depends on the data and on nothing else."""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import replace

from pim_desktop.domain.application import Application, ApplicationStatus
from pim_desktop.domain.canonical import (
    application_checksum,
    canonical_bytes,
    grouped,
    ungrouped,
)


def make(values: dict[str, object], **changes: object) -> Application:
    application = Application(
        id=1,
        form_id="pim2021",
        form_version="1.0",
        role="lider",
        network_id="miasto_zielone",
        status=ApplicationStatus.DRAFT,
        version_number=1,
        lineage_id=1,
        values=values,
        updated_at=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    )
    return replace(application, **changes)  # type: ignore[arg-type]


def test_same_data_same_checksum_whatever_the_record_around_it() -> None:
    values = {"motivation": "Zażółć gęślą jaźń", "amount": "1234.56", "team": [{"name": "Ala"}]}
    first = application_checksum(make(values))
    assert first == application_checksum(make(dict(reversed(values.items())), id=7))
    assert first == application_checksum(
        make(values, status=ApplicationStatus.SENT, version_number=3, updated_at=None)
    )
    assert len(first) == 64 and first == first.upper()


def test_any_change_of_data_changes_it() -> None:
    base = application_checksum(make({"amount": "1234.56"}))
    assert base != application_checksum(make({"amount": "1234.57"}))
    assert base != application_checksum(make({"amount": "1234.56"}, network_id="miasto_cyfrowe"))
    assert base != application_checksum(make({"amount": "1234.56"}, form_version="1.1"))


def test_nfd_and_empty_fields_do_not_count() -> None:
    text = "Łódź i Gdańsk"
    nfd = unicodedata.normalize("NFD", text)
    assert application_checksum(make({"a": text})) == application_checksum(
        make({"a": nfd, "b": "", "c": [], "d": None})
    )
    assert application_checksum(make({"decl": False})) != application_checksum(make({}))


def test_bytes_are_compact_sorted_utf8() -> None:
    assert canonical_bytes({"b": "ż", "a": [1, 2]}) == '{"a":[1,2],"b":"ż"}'.encode()


def test_grouping_round_trip() -> None:
    digest = "3f9a" * 16
    shown = grouped(digest)
    assert shown.startswith("3F9A-3F9A-") and len(shown) == 64 + 15
    assert ungrouped(shown.lower().replace("-", " ")) == digest.upper()


def test_one_rule_for_empty_entries_at_every_depth() -> None:
    """Blank texts and containers of nothing but empty items are left out, in the checksum's
    serialisation as in the portable file's and the contribution's; ``False`` and ``0`` stay."""
    document = {
        "text": " \n",
        "rows": [{"name": "", "note": None}],
        "nested": {"inner": {"empty": []}},
        "zero": 0,
        "no": False,
        "blank_list": [""],
    }
    assert canonical_bytes(document) == b'{"no":false,"zero":0}'
    # Inside a list every item keeps its place.
    assert canonical_bytes({"list": ["", None, "x"]}) == b'{"list":["",null,"x"]}'

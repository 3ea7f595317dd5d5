"""The manifest's own rules: program versions compared as numbers, JSON read strictly."""

from __future__ import annotations

import pytest

from pim_desktop.domain.portable.manifest import is_newer, load_json, version_tuple
from pim_desktop.domain.problems import Refused


def test_versions_compare_as_numbers() -> None:
    assert version_tuple("1.10.2") == (1, 10, 2)
    assert version_tuple("2.0rc1") == (2, 0)
    assert is_newer("1.10", "1.9") and not is_newer("0.1.0", "0.1.0")


@pytest.mark.parametrize(
    "raw", [b'{"a": 1, "a": 2}', b'{"a": NaN}', b"\xff\xfe", b"[" * 100_000, b'{"a": 1']
)
def test_json_is_read_strictly(raw: bytes) -> None:
    with pytest.raises(Refused):
        load_json(raw, "data.json")

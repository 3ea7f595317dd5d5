"""Entry names of a package that could point outside the data folder are recognised."""

from __future__ import annotations

import pytest

from pim_desktop.persistence.zip_archive import unsafe_name


@pytest.mark.parametrize(
    ("name", "unsafe"),
    [
        ("data.json", False),
        ("attachments/" + "a" * 64, False),
        ("../data.json", True),
        ("attachments/../../x", True),
        ("/etc/passwd", True),
        ("C:/Windows/x", True),
        ("D:x", True),
        ("attachments\\x", True),
        ("attachments//x", True),
        ("", True),
    ],
)
def test_names_that_could_leave_the_folder(name: str, unsafe: bool) -> None:
    assert unsafe_name(name) is unsafe

"""The Qt binding itself must not lose references: PySide6 6.12.0 dropped one reference to None
on every call of a method that returns nothing, and on Python 3.11 the program then aborted
("deallocating None") after a few thousand calls, in the middle of the officer's typing."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QWidget


class _Field(QWidget):
    pass


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_calls_returning_nothing_keep_the_reference_count_of_none(qapp: QApplication) -> None:
    field, label = _Field(), QLabel()
    before = sys.getrefcount(None)
    for number in range(3000):
        field.setVisible(number % 2 == 0)
        label.setText(str(number))
    assert abs(sys.getrefcount(None) - before) < 100

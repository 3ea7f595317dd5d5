"""The window opens maximised on a small screen and as a window on a large one."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QScreen

from pim_desktop.context import AppContext
from pim_desktop.ui.main_window import MainWindow


@pytest.mark.parametrize(
    ("available", "maximised"),
    [
        (QRect(0, 0, 1366, 728), True),  # a 1366×768 laptop less its taskbar
        (QRect(0, 0, 1280, 680), True),  # 1920×1080 at 150 %
        (QRect(0, 0, 1920, 1040), False),
    ],
)
def test_the_window_opens_maximised_on_a_small_screen(
    monkeypatch: pytest.MonkeyPatch,
    context: AppContext,
    make_window: Callable[[AppContext], MainWindow],
    available: QRect,
    maximised: bool,
) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: available)
    window = make_window(context)
    assert bool(window.windowState() & Qt.WindowState.WindowMaximized) is maximised
    assert window.width() <= available.width()

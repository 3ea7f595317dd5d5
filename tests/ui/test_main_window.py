"""The main window as a person meets it: navigation, pages, keyboard, the About dialog."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from pim_desktop import __version__
from pim_desktop.domain.forms.definition import Role
from pim_desktop.paths import AppPaths
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.self_test import walk_pages

EXPECTED_PAGES = [
    "Pulpit",
    "Dane miasta",
    "Wnioski",
    "Lokalne Partnerstwo",
    "Spotkania",
    "Plan działań (MID)",
    "Sieć",
    "Ustawienia",
]


def test_navigation_lists_the_pages_in_polish(window: MainWindow) -> None:
    names = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert names == EXPECTED_PAGES
    # A first start, with no city yet, opens on the city's data.
    assert window.current_page() is window.city_profile


def test_clicking_each_navigation_item_shows_its_page(qtbot: QtBot, window: MainWindow) -> None:
    for row, name in enumerate(EXPECTED_PAGES):
        item = window.navigation.item(row)
        rect = window.navigation.visualItemRect(item)
        qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        page = window.current_page()
        assert window.pages.currentIndex() == row
        assert page.isVisible()
        assert page.accessibleName() == name


def test_pages_are_reached_from_the_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    window.navigation.setCurrentRow(0)
    window.navigation.setFocus()
    qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
    assert window.current_page() is window.city_profile
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().accessibleName() == "Sieć"
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().accessibleName() == "Ustawienia"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.dashboard


def test_every_input_control_has_an_accessible_name(window: MainWindow) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QSpinBox

    unnamed = [
        f"{type(w).__name__} {w.objectName()}"
        for w in window.findChildren(QWidget)
        if isinstance(w, QLineEdit | QComboBox | QSpinBox | QAbstractButton)
        and not w.accessibleName()
        and not (isinstance(w, QAbstractButton) and w.text())
        # Qt's own parts (the spin box's editor, the menu bar's overflow) name themselves.
        and not w.objectName().startswith("qt_")
    ]
    assert unnamed == []


def test_self_test_walk_finds_no_fault(qapp: QApplication, window: MainWindow) -> None:
    assert walk_pages(qapp, window) == []


def test_about_dialog_shows_version_and_folders(window: MainWindow, paths: AppPaths) -> None:
    dialog = window.make_about_dialog()
    values = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert values["version"] == __version__
    assert values["data_dir"] == str(paths.data_dir)
    assert values["database_file"] == str(paths.database_file)
    assert values["log_dir"] == str(paths.log_dir)


def test_dashboard_invites_to_fill_the_city_profile(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtWidgets import QPushButton

    button = window.dashboard.findChild(QPushButton, "edit_profile")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_page() is window.city_profile


def test_read_only_window_shows_data_but_offers_no_editing(
    qtbot: QtBot, make_window: object, paths: AppPaths
) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton

    from pim_desktop.app import open_database
    from pim_desktop.services.samples.sample_data_service import SAMPLE_CITY

    writer = open_database(paths, read_only=False)
    writer.city_profile.save(SAMPLE_CITY)
    definition = writer.applications.catalog.latest("pim2021")
    application = writer.applications.create(definition, Role.LEADER, "miasto_zielone")
    writer.close()
    viewer = open_database(paths, read_only=True)
    try:
        window = make_window(viewer)  # type: ignore[operator]
        assert "tylko do odczytu" in window.windowTitle()
        name = window.city_profile.findChild(QLineEdit, "official_name")
        assert name.text() == SAMPLE_CITY.official_name and not name.isEnabled()
        new = window.applications.findChild(QPushButton, "new_application")
        assert not new.isEnabled() and "tylko do odczytu" in new.toolTip()
        window.applications.select_application(application.id)
        assert window.applications.findChild(QPushButton, "open_application").isEnabled()
    finally:
        viewer.close()


def test_the_window_fits_a_laptop_screen_at_150_percent(window: MainWindow) -> None:
    """1366 × 768 at 150 % leaves about 910 × 512 points; the taskbar takes some of the height."""
    needed = window.minimumSizeHint()
    assert needed.width() <= 900 and needed.height() <= 470
    view = window.navigation.viewport().width()
    metrics = window.navigation.fontMetrics()
    for row in range(window.navigation.count()):
        assert metrics.horizontalAdvance(window.navigation.item(row).text()) < view


def test_no_page_builds_a_task_runner_of_its_own(window: MainWindow) -> None:
    # One runner, given by the composition root, keeps slow work to one task at a time.
    assert window.findChildren(TaskRunner) == []
    assert window.runner.parent() is None


class Drawings(QObject):
    """Notes in ``happened`` each time the widget it watches is drawn."""

    def __init__(self, happened: list[str]) -> None:
        super().__init__()
        self.happened = happened

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.happened.append("drawn")
        return False


def test_the_signing_libraries_load_once_the_applications_page_is_drawn(
    qtbot: QtBot, window: MainWindow
) -> None:
    happened: list[str] = []
    window.runner.busy_changed.connect(lambda busy, what: happened.append(what) if busy else None)
    drawings = Drawings(happened)
    window.page("applications").installEventFilter(drawings)
    window.show_page_key("applications")
    qtbot.waitUntil(lambda: "Przygotowanie podpisu" in happened)
    # The page's first drawing did not share the processor and the GIL with the import.
    assert "drawn" in happened[: happened.index("Przygotowanie podpisu")]
    qtbot.waitUntil(lambda: not window.runner.is_busy(), timeout=60000)

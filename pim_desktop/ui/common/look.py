"""The program's look: Fusion (``program_style``) with a light or dark palette following the
system's colour scheme (the system's own colours when it asks for high contrast), one accent
colour, a visible focus mark on every control, and the red frame of a field with problems."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QListWidget,
    QWidget,
)

from pim_desktop.ui.common.program_style import program_style

INVALID_PROPERTY = "invalid"


@dataclass(frozen=True)
class Colours:
    window: str
    base: str
    alternate: str
    text: str
    muted: str
    accent: str
    accent_text: str
    problem: str
    disabled: str


LIGHT = Colours(
    window="#f4f5f7",
    base="#ffffff",
    alternate="#f0f2f5",
    text="#1d2430",
    muted="#5a6270",
    accent="#1f5fa8",
    accent_text="#ffffff",
    problem="#a4000f",
    disabled="#8b919a",
)
DARK = Colours(
    window="#202329",
    base="#16181d",
    alternate="#262a31",
    text="#e8eaed",
    muted="#aab1bc",
    accent="#6ea8f0",
    accent_text="#0d1420",
    problem="#ff8a80",
    disabled="#767d88",
)

# No style sheet for the whole application: Qt would then draw every widget through its slower
# style-sheet style. Only the widgets that need a rule get their own small sheet.
NAVIGATION_SHEET = """
QListWidget {{ border: 2px solid transparent; background: {alternate}; padding: 6px 4px; }}
QListWidget::item {{ padding: 7px 8px; border-radius: 6px; margin: 1px 0; }}
QListWidget::item:selected {{ background: {accent}; color: {accent_text}; }}
QListWidget:focus {{ border: 2px solid {accent}; }}
"""
FOCUS_RULE = "QAbstractItemView:focus {{ border: 2px solid {accent}; }}"
INVALID_RULE = '*[invalid="true"] {{ border: 2px solid {problem}; }}'
PROBLEM_TEXT_RULE = "color: {problem}; font-weight: bold;"
SECONDARY_TEXT_RULE = "color: {muted};"
PROBLEM_TEXT_PROPERTY = "pim_problem_text"
SECONDARY_TEXT_PROPERTY = "pim_secondary_text"
NAVIGATION_PROPERTY = "pim_navigation"
OWN_SHEET_PROPERTY = "pim_own_sheet"


def is_high_contrast() -> bool:
    hints = QGuiApplication.styleHints().accessibility()
    return hints.contrastPreference() == Qt.ContrastPreference.HighContrast


class _SystemFollower(QObject):
    """Re-applies the colours when the system's scheme or contrast changes.

    It also holds the style hints' and accessibility hints' Python wrappers for the application's
    life: PySide 6.11 deletes the accessibility hints when the style hints' wrapper goes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self._hints = app.styleHints()
        self._accessibility = self._hints.accessibility()
        self._hints.colorSchemeChanged.connect(self._on_system_changed)
        self._accessibility.contrastPreferenceChanged.connect(self._on_system_changed)

    def _on_system_changed(self, value: object) -> None:
        # The signal's argument may run ahead of colorScheme() on some platforms: ask again, but
        # believe the signal when it names a scheme.
        scheme = value if isinstance(value, Qt.ColorScheme) else self._hints.colorScheme()
        _apply_colours(self._app, scheme)
        for widget in self._app.allWidgets():
            if isinstance(widget, QAbstractItemView) or widget.property(OWN_SHEET_PROPERTY):
                restyle(widget)


def polish_look(widget: QWidget) -> None:
    """The style's hook, run on every widget as it is polished: every list and table gets a
    focus mark, and dialog buttons lose the platform's pictures."""
    if isinstance(widget, QAbstractItemView):
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            restyle(widget)
    elif isinstance(widget, QDialogButtonBox):
        # The platform's own pictures (a floppy disk, a green tick, a red cross) would mix
        # with the program's line icons: dialog buttons speak in words alone.
        for button in widget.buttons():
            button.setIcon(QIcon())


def current_colours() -> Colours:
    """The colours that suit the palette in use (a dark high-contrast palette counts as dark)."""
    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return DARK if window.lightness() < 128 else LIGHT


def palette_for(colours: Colours) -> QPalette:
    palette = QPalette()
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, colours.window),
        (roles.Base, colours.base),
        (roles.AlternateBase, colours.alternate),
        (roles.Button, colours.window),
        (roles.ToolTipBase, colours.base),
        (roles.WindowText, colours.text),
        (roles.Text, colours.text),
        (roles.ButtonText, colours.text),
        (roles.ToolTipText, colours.text),
        (roles.PlaceholderText, colours.muted),
        (roles.Highlight, colours.accent),
        (roles.HighlightedText, colours.accent_text),
        (roles.Link, colours.accent),
        (roles.Accent, colours.accent),
    ):
        palette.setColor(role, QColor(value))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours.disabled))
    return palette


def apply_look(app: QApplication) -> None:
    """Style, palette and style sheet for the system's current settings; again when they change."""
    if not app.findChildren(_SystemFollower):
        _SystemFollower(app)
    program_style(app).add_polish_hook(polish_look)
    _apply_colours(app, app.styleHints().colorScheme())


def _apply_colours(app: QApplication, scheme: Qt.ColorScheme) -> None:
    colours = DARK if scheme == Qt.ColorScheme.Dark else LIGHT
    # The system's high-contrast colours are the officer's choice: they are kept as they are.
    # (An empty palette stands for the platform's own.)
    palette = QPalette() if is_high_contrast() else palette_for(colours)
    if palette != app.palette():
        app.setPalette(palette)


def problem_colour() -> str:
    """The colour of a problem's words, readable on the current background."""
    return current_colours().problem


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    """Frame a field with problems in red: only the field itself, never the check boxes inside it
    (the problem is said in words beside it)."""
    if bool(widget.property(INVALID_PROPERTY)) == invalid:
        return
    widget.setProperty(INVALID_PROPERTY, invalid)
    restyle(widget)


def mark_problem_text(label: QWidget, problem: bool = True) -> None:
    """Words about a problem: bold, in the look's problem colour (readable light or dark)."""
    label.setProperty(PROBLEM_TEXT_PROPERTY, problem)
    restyle(label)


def mark_secondary_text(label: QWidget) -> None:
    """Help and hints beside a field: the look's quieter text colour."""
    label.setProperty(SECONDARY_TEXT_PROPERTY, True)
    restyle(label)


def mark_navigation(widget: QListWidget) -> None:
    """The look of the page list: roomy rows, the accent on the page shown, a focus mark."""
    widget.setProperty(NAVIGATION_PROPERTY, True)
    restyle(widget)


def restyle(widget: QWidget) -> None:
    """The widget's own small sheet, from what it is and the current colours."""
    colours = current_colours().__dict__
    rules = []
    if widget.property(NAVIGATION_PROPERTY):
        rules.append(NAVIGATION_SHEET.format(**colours))
    elif isinstance(widget, QAbstractItemView):
        rules.append(FOCUS_RULE.format(**colours))
    if widget.property(INVALID_PROPERTY):
        rules.append(INVALID_RULE.format(**colours))
    if widget.property(PROBLEM_TEXT_PROPERTY):
        rules.append(PROBLEM_TEXT_RULE.format(**colours))
    elif widget.property(SECONDARY_TEXT_PROPERTY):
        rules.append(SECONDARY_TEXT_RULE.format(**colours))
    sheet = "\n".join(rules)
    if widget.styleSheet() and not widget.property(OWN_SHEET_PROPERTY):
        return  # a sheet the widget's page gave it: not ours to replace
    if sheet != widget.styleSheet():
        widget.setProperty(OWN_SHEET_PROPERTY, True)
        widget.setStyleSheet(sheet)

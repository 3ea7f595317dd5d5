"""Keeps the mouse wheel from changing a value the officer is not editing: a spin box, combo box
or date field takes the wheel only while it has the focus; otherwise the wheel scrolls the page.

One application-wide event filter does it, so every such widget, old or new, gets it for free."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollBar, QWidget

# Widgets whose value the wheel would change (scroll bars only move the view).
_GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def is_guarded(widget: QObject) -> bool:
    return isinstance(widget, _GUARDED) and not isinstance(widget, QScrollBar)


class WheelGuard(QObject):
    """Installed once on the application object by ``qt_application``."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and is_guarded(watched):
            assert isinstance(watched, QWidget)
            # The wheel must not hand these widgets the focus (Qt's default WheelFocus does).
            if watched.focusPolicy() != Qt.FocusPolicy.NoFocus:
                watched.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and is_guarded(watched):
            assert isinstance(watched, QWidget)
            if not watched.hasFocus():
                assert isinstance(event, QWheelEvent)
                pass_to_parents(watched, event)
                return True
        return super().eventFilter(watched, event)


def pass_to_parents(widget: QWidget, event: QWheelEvent) -> None:
    """Offer the wheel to the widget's parents, nearest first, until one takes it (the page's
    scroll area does): what Qt does with a wheel a widget ignores, here done for every wheel."""
    parent = widget.parentWidget()
    while parent is not None:
        moved = QWheelEvent(
            parent.mapFromGlobal(event.globalPosition()),
            event.globalPosition(),
            event.pixelDelta(),
            event.angleDelta(),
            event.buttons(),
            event.modifiers(),
            event.phase(),
            event.inverted(),
        )
        QCoreApplication.sendEvent(parent, moved)
        if moved.isAccepted() or parent.isWindow():
            break
        parent = parent.parentWidget()
    # Taken care of: Qt must neither give it to the widget nor pass it on a second time.
    event.accept()

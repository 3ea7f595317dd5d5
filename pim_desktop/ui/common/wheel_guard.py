"""Keeps the mouse wheel from changing a value the officer is not editing: a spin box, combo box
or date field takes the wheel only while it has the focus; otherwise the wheel scrolls the page.

The program's style hands every such widget, old or new, to the guard as it is polished; the
guard then watches that widget's events alone."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QComboBox, QScrollBar, QWidget

# Widgets whose value the wheel would change (scroll bars only move the view).
_GUARDED = (QAbstractSpinBox, QComboBox, QAbstractSlider)


def is_guarded(widget: QObject) -> bool:
    return isinstance(widget, _GUARDED) and not isinstance(widget, QScrollBar)


class WheelGuard(QObject):
    """One per application (made by ``qt_application``), the event filter of every guarded
    widget."""

    def polish(self, widget: QWidget) -> None:
        """The style's hook: take a guarded widget under watch (once, however often polished)."""
        if not is_guarded(widget):
            return
        # The wheel must not hand these widgets the focus (Qt's default WheelFocus does).
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(self)  # Qt keeps one entry per filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Wheel and is_guarded(watched):
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

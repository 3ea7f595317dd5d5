"""One undoable change of one form field; a burst of typing in a field is one step."""

from __future__ import annotations

import time
from typing import Protocol

from PySide6.QtGui import QUndoCommand

MERGE_WINDOW_S = 1.5
FIELD_EDIT_ID = 4711


class ValueSink(Protocol):
    def apply_value(self, field_id: str, value: object) -> None: ...


class FieldEditCommand(QUndoCommand):
    def __init__(
        self, sink: ValueSink, field_id: str, old: object, new: object, label: str
    ) -> None:
        super().__init__(label)
        self._sink = sink
        self.field_id = field_id
        self.old = old
        self.new = new
        self._done_once = False
        self._last_edit = time.monotonic()
        self._sealed = False

    def seal(self) -> None:
        """Let no later edit merge into this one (it was a step of its own, not typing)."""
        self._sealed = True

    def id(self) -> int:
        return FIELD_EDIT_ID

    def redo(self) -> None:
        # The first time, the value is already in the widget: the officer has just typed it.
        if self._done_once:
            self._sink.apply_value(self.field_id, self.new)
        self._done_once = True

    def undo(self) -> None:
        self._sink.apply_value(self.field_id, self.old)

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, FieldEditCommand) or other.field_id != self.field_id:
            return False
        if self._sealed or other._sealed:
            return False
        if other._last_edit - self._last_edit > MERGE_WINDOW_S:
            return False
        self.new = other.new
        self._last_edit = other._last_edit
        return True

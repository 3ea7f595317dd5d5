"""Tables the form fills from the Local Partnership's register: a button over such a table
opens the choice of present members, and the rows chosen are added as one step of undo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from pim_desktop.domain.forms.definition import RowSource
from pim_desktop.domain.forms.register_rows import candidates, room_left
from pim_desktop.domain.partnership import Member
from pim_desktop.services.errors import StorageError
from pim_desktop.ui.applications.form_fields.compound_fields import TableField
from pim_desktop.ui.applications.register_pick_dialog import RegisterPickDialog
from pim_desktop.ui.labels import domain_text


class RegisterOffer(QObject):
    """``register`` lists the members; ``say`` puts a line in the editor's status;
    ``seal_edit`` ends the undo step being typed, so the rows taken are a step of their own."""

    def __init__(
        self,
        register: Callable[[], list[Member]],
        say: Callable[[str], None],
        seal_edit: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._register = register
        self._say = say
        self._seal_edit = seal_edit
        self._window = parent

    def offer(self, table: TableField) -> None:
        if table.field.rows_from is RowSource.PARTNERSHIP_REGISTER:
            table.offer_register()
            table.rows_requested.connect(lambda: self.take(table))

    def make_dialog(self, table: TableField) -> RegisterPickDialog | None:
        """The choice of members for ``table``; None (and a note why) when there is none."""
        try:
            members = self._register()
        except StorageError as error:
            self._say("⚠ " + domain_text(error.message))
            return None
        rows = table.value()
        found = candidates(table.field, members, rows, dt.date.today())
        if not found:
            self._say(
                "⚠ "
                + self.tr(
                    "Rejestr Lokalnego Partnerstwa nie ma obecnych członków; dodaj ich na "
                    "stronie Lokalne Partnerstwo."
                )
            )
            return None
        return RegisterPickDialog(found, room_left(table.field, rows), self._window)

    def take(self, table: TableField) -> None:
        dialog = self.make_dialog(table)
        if dialog is None or not dialog.exec():
            return
        chosen = [candidate.row for candidate in dialog.chosen()]
        self._seal_edit()
        left_out = table.append_rows(chosen)
        self._seal_edit()
        added = len(chosen) - left_out
        text = self.tr("Dodano z rejestru wierszy: {added}.").format(added=added)
        if left_out:
            text += " " + self.tr("Nie zmieściło się (limit tabeli): {count}.").format(
                count=left_out
            )
        self._say(text)
        table.table.setFocus()

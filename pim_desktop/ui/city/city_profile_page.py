"""Dane miasta: the city profile, saved by itself a moment after each edit.

A field breaking a rule (a NIP with a wrong check digit) keeps the typed text and the reason on
screen; the database keeps its last good value. Colleagues' edits made meanwhile are merged field
by field, and a save the team server cannot take waits in the journal (``profile_saves.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.city import (
    SIGNATORY_FUNCTION_LABELS,
    UNIT_TYPE_LABELS,
    VOIVODESHIP_NAMES,
    CityProfile,
    SignatoryFunction,
    UnitType,
    Voivodeship,
)
from pim_desktop.domain.problems import Problem
from pim_desktop.domain.record_fields import flat_fields, with_fields
from pim_desktop.services.city_profile_service import CityProfileService
from pim_desktop.services.errors import StorageError
from pim_desktop.ui.app_events import AppEvents
from pim_desktop.ui.city.first_steps_note import FirstStepsNote
from pim_desktop.ui.city.profile_saves import ProfileSaves, taken_text
from pim_desktop.ui.common.autosave import Autosave, SaveState, SaveStatus, saved_time, status_text
from pim_desktop.ui.common.last_change_row import LastChangeRow
from pim_desktop.ui.common.look import mark_invalid, mark_problem_text
from pim_desktop.ui.labels import domain_text, problem_text

PERSON_ATTRIBUTES = ("name", "position", "department", "phone", "email")


@dataclass(frozen=True)
class FieldSpec:
    field_id: str
    label: str
    kind: str = "text"  # text | choice | number | year
    choices: tuple[tuple[str, str], ...] = ()


class CityProfilePage(QWidget):
    # It scrolls inside itself; the window does not put it in a second scroll area.
    scrolls_itself = True

    saved = Signal()

    def __init__(
        self,
        profiles: CityProfileService,
        events: AppEvents,
        *,
        read_only: bool = False,
        has_applications: Callable[[], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """``has_applications`` tells whether the city has begun an application yet (none: the
        page does not lead on to the first one)."""
        super().__init__(parent)
        self._profiles = profiles
        self._has_applications = has_applications
        self._events = events
        self._read_only = read_only
        self._problems: list[Problem] = []
        self._editors: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._labels: dict[str, str] = {}
        self.saves = ProfileSaves(profiles)
        self._merged_note = ""
        self._announcing = False
        self.setAccessibleName(self.tr("Dane miasta"))

        self.autosave = Autosave(self._store, self, read_only=read_only)
        self.autosave.status_changed.connect(self._on_autosave_status_changed)

        outer = QVBoxLayout(self)
        heading = QLabel("<h1>{}</h1>".format(self.tr("Dane miasta (wnioskodawcy)")))
        outer.addWidget(heading)
        self._status = QLabel()
        self._status.setObjectName("save_status")
        self._status.setWordWrap(True)
        self._status.setAccessibleName(self.tr("Stan zapisu"))
        outer.addWidget(self._status)
        self.first_steps = FirstStepsNote()
        self.first_steps.setEnabled(not read_only)
        outer.addWidget(self.first_steps)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        for title, specs in self._groups():
            content_layout.addWidget(self._build_group(title, specs))
        content_layout.addStretch(1)
        scroll.setWidget(content)
        outer.addWidget(scroll, 1)
        # Below the fields: the first Tab still reaches the first field.
        self.change_row = LastChangeRow(
            self.tr("Dane miasta"), profiles.history, self.tr("Historia zmian danych miasta")
        )
        outer.addWidget(self.change_row)

        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.flush)
        events.data_replaced.connect(self._on_data_replaced)
        events.application_saved.connect(self._on_application_saved)
        events.city_profile_saved.connect(self._on_city_profile_saved)
        self.reload()

    # --- building -------------------------------------------------------------------------

    def _groups(self) -> list[tuple[str, list[FieldSpec]]]:
        unit_types = tuple((t.value, domain_text(UNIT_TYPE_LABELS[t])) for t in UnitType)
        voivodeships = tuple((v.value, VOIVODESHIP_NAMES[v]) for v in Voivodeship)
        functions = tuple(
            (f.value, domain_text(SIGNATORY_FUNCTION_LABELS[f])) for f in SignatoryFunction
        )
        return [
            (
                self.tr("Jednostka"),
                [
                    FieldSpec("official_name", self.tr("Oficjalna nazwa")),
                    FieldSpec("unit_type", self.tr("Rodzaj jednostki"), "choice", unit_types),
                    FieldSpec("voivodeship", self.tr("Województwo"), "choice", voivodeships),
                    FieldSpec("powiat", self.tr("Powiat")),
                    FieldSpec("teryt", self.tr("Kod TERYT gminy")),
                    FieldSpec("regon", self.tr("REGON")),
                    FieldSpec("nip", self.tr("NIP")),
                ],
            ),
            (
                self.tr("Adres i skrzynki elektroniczne"),
                [
                    FieldSpec("street", self.tr("Ulica i numer")),
                    FieldSpec("postal_code", self.tr("Kod pocztowy")),
                    FieldSpec("post_town", self.tr("Miejscowość")),
                    FieldSpec("epuap_address", self.tr("Adres skrzynki ePUAP")),
                    FieldSpec("edoreczenia_address", self.tr("Adres do e-Doręczeń")),
                ],
            ),
            (
                self.tr("Liczba mieszkańców"),
                [
                    FieldSpec("population", self.tr("Liczba mieszkańców"), "number"),
                    FieldSpec("population_year", self.tr("Według stanu na rok"), "year"),
                ],
            ),
            (
                self.tr("Osoba podpisująca wnioski"),
                [
                    FieldSpec("signatory_name", self.tr("Imię i nazwisko")),
                    FieldSpec("signatory_function", self.tr("Funkcja"), "choice", functions),
                ],
            ),
            (self.tr("Koordynator PIM"), self._person_specs("coordinator")),
            (self.tr("Zastępca koordynatora PIM"), self._person_specs("deputy_coordinator")),
        ]

    def _person_specs(self, prefix: str) -> list[FieldSpec]:
        labels = (
            self.tr("Imię i nazwisko"),
            self.tr("Stanowisko"),
            self.tr("Wydział / komórka"),
            self.tr("Telefon"),
            self.tr("E-mail"),
        )
        return [
            FieldSpec(f"{prefix}.{attribute}", label)
            for attribute, label in zip(PERSON_ATTRIBUTES, labels, strict=True)
        ]

    def _build_group(self, title: str, specs: list[FieldSpec]) -> QGroupBox:
        box = QGroupBox(title)
        box.setAccessibleName(title)
        form = QFormLayout(box)
        for spec in specs:
            editor = self._make_editor(spec)
            editor.setObjectName(spec.field_id)
            editor.setAccessibleName(f"{spec.label} ({title})")
            editor.setEnabled(not self._read_only)
            error = QLabel()
            error.setObjectName(f"{spec.field_id}__error")
            error.setWordWrap(True)
            mark_problem_text(error)
            error.hide()
            cell = QVBoxLayout()
            cell.addWidget(editor)
            cell.addWidget(error)
            label = QLabel(spec.label + ":")
            label.setBuddy(editor)
            form.addRow(label, cell)
            self._editors[spec.field_id] = editor
            self._errors[spec.field_id] = error
            self._labels[spec.field_id] = spec.label
        return box

    def _make_editor(self, spec: FieldSpec) -> QWidget:
        if spec.kind == "choice":
            combo = QComboBox()
            combo.addItem(self.tr("— nie wybrano —"), None)
            for value, text in spec.choices:
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(partial(self._on_field_edited, spec.field_id))
            return combo
        if spec.kind in ("number", "year"):
            spin = QSpinBox()
            spin.setSpecialValueText(self.tr("nie podano"))
            spin.setRange(0, 2100 if spec.kind == "year" else 50_000_000)
            spin.setGroupSeparatorShown(spec.kind == "number")
            spin.valueChanged.connect(partial(self._on_field_edited, spec.field_id))
            return spin
        line = QLineEdit()
        line.textEdited.connect(partial(self._on_field_edited, spec.field_id))
        return line

    def _on_field_edited(self, field_id: str, *_: object) -> None:
        if self._read_only:
            return
        self.saves.mark_edited(field_id)
        self.autosave.edited()

    # --- values ---------------------------------------------------------------------------

    def _value(self, field_id: str) -> str | int | None:
        editor = self._editors[field_id]
        if isinstance(editor, QComboBox):
            data = editor.currentData()
            return str(data) if data else None
        if isinstance(editor, QSpinBox):
            return editor.value() or None
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    def _set_value(self, field_id: str, value: object) -> None:
        editor = self._editors[field_id]
        with QSignalBlocker(editor):  # a value put in by the page is no edit of the officer's
            if isinstance(editor, QComboBox):
                editor.setCurrentIndex(max(editor.findData(value), 0))
            elif isinstance(editor, QSpinBox):
                editor.setValue(int(value) if isinstance(value, int) else 0)
            elif isinstance(editor, QLineEdit):
                editor.setText(str(value or ""))

    def collect(self) -> CityProfile:
        """The profile as it stands in the window."""
        return with_fields(CityProfile(), {fid: self._value(fid) for fid in self._editors})

    def reload(self) -> None:
        """Show what is stored, discarding nothing unsaved (call after a save)."""
        profile = self._profiles.load()
        with self.autosave.filling():
            self._show_values(flat_fields(profile))
        self.saves.take(profile)
        self.change_row.show_stamp(profile.stamp)
        self._show_problems([])
        self._update_first_steps()

    def _on_application_saved(self) -> None:
        # Only while the note still leads somewhere: editing later asks nothing.
        if self.first_steps.isVisibleTo(self):
            self._update_first_steps()

    def city_named(self) -> bool:
        return bool(self._value("official_name"))

    def _update_first_steps(self) -> None:
        if self._has_applications is None:
            return
        self.first_steps.show_for(
            city_named=self.city_named(),
            has_applications=self._has_applications(),
        )

    # --- saving ---------------------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.autosave.has_unsaved_changes()

    def flush(self) -> bool:
        """Store the edits; ``False`` when they could not be written (they stay on screen)."""
        return self.autosave.flush()

    def _store(self) -> None:
        done = self.saves.save(self, self.autosave, self.collect())
        result = done.result
        self._show_values(done.to_show)
        self._merged_note = done.note(self._taken_text(result.others_by, done.to_show, saved=True))
        self.change_row.show_stamp(result.stored.stamp)
        self._problems = list(result.problems)
        self._show_problems(self._problems)
        self._update_first_steps()
        self._announcing = True
        try:
            if not done.kept:  # kept on this computer: nothing new for other pages to read
                self._events.city_profile_saved.emit()
        finally:
            self._announcing = False
        self.saved.emit()

    def _on_city_profile_saved(self) -> None:
        """A colleague (or an import) saved the profile: the fields the officer is not editing
        show the stored values; those being edited keep the officer's, merged when saved."""
        if self._announcing:
            return
        try:
            stored = self._profiles.load()
        except StorageError:
            return  # the next save or notice reads it again
        focused = self.focusWidget()
        busy = {
            field_id
            for field_id, editor in self._editors.items()
            if focused is not None and (focused is editor or editor.isAncestorOf(focused))
        }
        taken = self.saves.colleagues_values(stored, self.collect(), busy)
        self._show_values(taken)
        self.change_row.show_stamp(stored.stamp)
        if taken:
            self._status.setText(self._taken_text(stored.stamp.changed_by, taken, saved=False))
            self._update_first_steps()  # a colleague may have named the city

    def _show_values(self, values: dict[str, Any]) -> None:
        for field_id, value in values.items():
            if field_id in self._editors:
                self._set_value(field_id, value)

    def _taken_text(self, who: str, taken: dict[str, Any], *, saved: bool) -> str:
        names = [self._labels[field_id] for field_id in taken if field_id in self._labels]
        return taken_text(who, names, saved=saved)

    def _on_autosave_status_changed(self, status: SaveStatus) -> None:
        self._status.setText(status_text(status, self._saved_text(status), self._clean_text()))

    def _saved_text(self, status: SaveStatus) -> str | None:
        if status.state is not SaveState.SAVED:
            return None
        time = saved_time(status)
        if self._merged_note:
            note, self._merged_note = self._merged_note, ""
            return note
        if self._problems:
            names = ", ".join(sorted({self._labels[p.field_id] for p in self._problems}))
            return "⚠ " + self.tr("Zapisano o {time}, z wyjątkiem pól z błędami: {fields}.").format(
                time=time, fields=names
            )
        return "✓ " + self.tr("Wszystkie zmiany zapisane o {time}.").format(time=time)

    def _clean_text(self) -> str:
        if self._read_only:
            return self.tr("Tryb tylko do odczytu: zmiany nie są zapisywane.")
        return self.tr("Zmiany zapisują się same chwilę po wpisaniu.")

    def _show_problems(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        for problem in problems:
            by_field.setdefault(problem.field_id, []).append(problem_text(problem))
        for field_id, label in self._errors.items():
            messages = by_field.get(field_id)
            editor = self._editors[field_id]
            mark_invalid(editor, bool(messages))
            if messages:
                label.setText("⚠ " + " ".join(messages))
                label.show()
                editor.setAccessibleDescription(" ".join(messages))
            else:
                label.hide()
                editor.setAccessibleDescription("")

    def _on_data_replaced(self) -> None:
        self.reload_unless_edited()

    def reload_unless_edited(self) -> None:
        """Show the stored profile, unless the officer's edits still wait to be saved."""
        if not self.has_unsaved_changes():
            self.reload()

    def field_error(self, field_id: str) -> str:
        label = self._errors[field_id]
        return label.text() if not label.isHidden() else ""

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush()
        super().hideEvent(event)

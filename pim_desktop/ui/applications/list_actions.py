"""The actions of the applications list, grouped by the step they belong to, and enabled only
when they make sense for the selected application; a disabled action's tooltip says why."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QPushButton, QWidget

from pim_desktop.domain.application import STATUS_LABELS, ApplicationStatus
from pim_desktop.services.application_service import ApplicationSummary
from pim_desktop.ui.common.flow_layout import flow_row
from pim_desktop.ui.labels import domain_text

# Usable with nothing selected: they start something new or check a file.
WITHOUT_SELECTION = frozenset(
    {"new_application", "import_package", "match_printout", "check_signature"}
)
# Change the data, so not offered when the data are open read-only.
WRITING = frozenset(
    {
        "new_application",
        "new_version",
        "mark_ready",
        "final_pdf",
        "mark_sent",
        "import_package",
        "sign",
        "load_signed",
        "submission_proof",
    }
)
SIGNING = frozenset({"sign", "save_for_signing", "load_signed"})
PAST_SIGNING = frozenset({ApplicationStatus.SIGNED, ApplicationStatus.SENT})
GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("fill", ("new_application", "open_application", "new_version")),
    ("check", ("mark_ready",)),
    ("final_pdf", ("final_pdf", "match_printout")),
    ("sign", ("sign", "save_for_signing", "load_signed", "check_signature")),
    ("send", ("send_application", "mark_sent", "submission_proof")),
    ("transfer", ("export_application", "import_package")),
)


class ListActions(QObject):
    """Lays the list's buttons out by step and keeps their state true to the selection."""

    def __init__(
        self, buttons: Mapping[str, QPushButton], *, read_only: bool, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.buttons = dict(buttons)
        self._read_only = read_only
        self._tooltips = {name: button.toolTip() for name, button in self.buttons.items()}
        self.groups: dict[str, QGroupBox] = {}

    def build(self) -> QWidget:
        """The groups in a row that wraps on a narrow window, in the order of the steps."""
        titles = {
            "fill": self.tr("1. Wypełnij"),
            "check": self.tr("2. Sprawdź"),
            "final_pdf": self.tr("3. PDF ostateczny"),
            "sign": self.tr("4. Podpisz"),
            "send": self.tr("5. Wyślij"),
            "transfer": self.tr("Plik .pim"),
        }
        for key, names in GROUPS:
            present = [self.buttons[name] for name in names if name in self.buttons]
            if not present:
                continue
            box = QGroupBox(titles[key])
            box.setObjectName(f"actions_{key}")
            box.setFlat(True)
            row = QHBoxLayout(box)
            row.setContentsMargins(2, 2, 8, 2)
            for button in present:
                row.addWidget(button)
            self.groups[key] = box
        return flow_row(list(self.groups.values()))

    def update(self, selected: ApplicationSummary | None) -> None:
        for name, button in self.buttons.items():
            reason = self.refusal(name, selected)
            button.setEnabled(reason is None)
            button.setToolTip(self._tooltips[name] if reason is None else reason)

    def refusal(self, name: str, selected: ApplicationSummary | None) -> str | None:
        """Why ``name`` cannot be used now, or None when it can."""
        if self._read_only and name in WRITING:
            return self.tr("Dane są otwarte tylko do odczytu.")
        if name in WITHOUT_SELECTION:
            return None
        if selected is None:
            return self.tr("Najpierw wybierz wniosek na liście.")
        return self._refusal_for_status(name, selected)

    def _refusal_for_status(self, name: str, selected: ApplicationSummary) -> str | None:
        status = selected.application.status
        shown = domain_text(STATUS_LABELS[status])
        if name == "mark_ready" and status is not ApplicationStatus.DRAFT:
            return self.tr("Wniosek jest już sprawdzony (stan: {status}).").format(status=shown)
        if name == "new_version" and status not in PAST_SIGNING:
            return self.tr(
                "Wniosek roboczy lub gotowy poprawia się wprost w edytorze; nową wersję tworzy "
                "się z wniosku podpisanego lub wysłanego."
            )
        if name == "final_pdf":
            return self._final_pdf_refusal(selected, shown)
        if name in SIGNING and status is ApplicationStatus.SENT:
            return self.tr("Wniosek jest już wysłany, więc nie podpisuje się go ponownie.")
        return self._sending_refusal(name, status, shown)

    def _final_pdf_refusal(self, selected: ApplicationSummary, shown: str) -> str | None:
        if selected.application.status in PAST_SIGNING:
            return self.tr(
                "Wniosek jest {status}: jego wersja ostateczna już powstała. Zmiany wymagają "
                "nowej wersji."
            ).format(status=shown)
        if selected.problem_count:
            return self.tr(
                "Wniosek ma problemy do poprawienia ({count}). Otwórz go, popraw je i sprawdź."
            ).format(count=selected.problem_count)
        return None

    def _sending_refusal(self, name: str, status: ApplicationStatus, shown: str) -> str | None:
        if name == "send_application" and status not in PAST_SIGNING:
            return self.tr("Najpierw podpisz wniosek: wysyła się podpisany plik.")
        if name == "mark_sent" and status is ApplicationStatus.DRAFT:
            return self.tr("Najpierw sprawdź wniosek i oznacz go jako gotowy.")
        if name == "mark_sent" and status is ApplicationStatus.SENT:
            return self.tr("Wniosek jest już oznaczony jako wysłany.")
        if name == "submission_proof" and status not in PAST_SIGNING:
            return self.tr(
                "Dowód złożenia dotyczy wniosku podpisanego i wysłanego (stan teraz: {status})."
            ).format(status=shown)
        return None

"""The strip of an application's five steps above the list's actions: each step says in a mark
and in words whether it is done, next, or still to come (never by colour alone)."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pim_desktop.domain.application_steps import STEP_LABELS, ApplicationProgress, Step
from pim_desktop.ui.labels import domain_text

DONE_MARK = "✓"
NEXT_MARK = "➜"
LATER_MARK = "○"


class StepStrip(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("step_strip")
        self.setAccessibleName(self.tr("Kroki wniosku"))
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        self.heading = QLabel()
        self.heading.setObjectName("step_heading")
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        self.labels: dict[Step, QLabel] = {}
        for step in Step:
            label = QLabel()
            label.setObjectName(f"step_{step.value}")
            label.setFrameShape(QFrame.Shape.StyledPanel)
            label.setMargin(4)
            self.labels[step] = label
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for label in self.labels.values():
            # On a narrow window a step's words wrap inside its box; the five stay in a row.
            label.setWordWrap(True)
            row.addWidget(label, 1)
        column.addLayout(row)
        self.show_progress(None)

    def show_empty(self) -> None:
        """No application yet: the first step is to make one."""
        self.show_progress(None)
        self.heading.setText(
            self.tr("Nie ma jeszcze wniosków. Zacznij od przycisku „Nowy wniosek…” w kroku 1.")
        )

    def show_progress(self, progress: ApplicationProgress | None, title: str = "") -> None:
        """The steps of the selected application; with none selected, an invitation to choose."""
        for label in self.labels.values():
            label.setVisible(progress is not None)
        if progress is None:
            self.heading.setText(
                self.tr("Wybierz wniosek na liście, aby zobaczyć, co z nim zrobić dalej.")
            )
            return
        upcoming = progress.next_step()
        if upcoming is None:
            self.heading.setText(
                self.tr("{title}: wszystkie kroki zrobione, wniosek wysłany.").format(title=title)
            )
        else:
            self.heading.setText(
                self.tr("{title}: następny krok — {step}.").format(
                    title=title, step=domain_text(STEP_LABELS[upcoming])
                )
            )
        for number, step in enumerate(Step, start=1):
            self._show_step(self.labels[step], number, step, progress, upcoming)

    def _show_step(
        self,
        label: QLabel,
        number: int,
        step: Step,
        progress: ApplicationProgress,
        upcoming: Step | None,
    ) -> None:
        name = domain_text(STEP_LABELS[step])
        if progress.is_done(step):
            mark, state = DONE_MARK, self.tr("zrobione")
        elif step is upcoming:
            mark, state = NEXT_MARK, self.tr("teraz")
        else:
            mark, state = LATER_MARK, self.tr("później")
        text = f"{mark} {number}. {name} — {state}"
        label.setText(f"<b>{text}</b>" if step is upcoming else text)
        label.setAccessibleName(f"{number}. {name}: {state}")

"""How a wizard page that opens the signing key moves on once the key is open.

Next starts opening the key on the worker and the page stays; when the key opens, the wizard
keeps it and moves on by itself, unless the officer has meanwhile left the page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QWizardPage

from pim_desktop.services.signing_keys import KeyHandle
from pim_desktop.ui.signing.wizard_tasks import Failed, WizardTasks


class KeyStep(QObject):
    def __init__(self, page: QWizardPage, tasks: WizardTasks, message: QLabel) -> None:
        super().__init__(page)
        self._page = page
        self._tasks = tasks
        self._message = message
        self._opened = False

    def leaving(self) -> bool:
        """True once, as the wizard moves on after the key opened (``validatePage`` asks first)."""
        opened, self._opened = self._opened, False
        return opened

    def open(
        self,
        work: Callable[[], KeyHandle],
        saying: str,
        on_failed: Failed,
        on_settled: Callable[[], None] | None = None,
    ) -> None:
        """Open the key on the worker, saying what happens; ``on_settled`` runs once it is open."""
        self._message.setText(saying)

        def opened(key: KeyHandle) -> None:
            self._tasks.keep_key(key)
            if on_settled is not None:
                on_settled()
            self._message.setText(
                "✓ " + self.tr("Klucz otwarty: {name}.").format(name=key.summary.subject)
            )
            wizard = self._page.wizard()
            if wizard is not None and wizard.currentPage() is self._page:
                self._opened = True
                wizard.next()

        self._tasks.run(
            work, opened, on_failed, description=self.tr("Otwieranie klucza do podpisu")
        )

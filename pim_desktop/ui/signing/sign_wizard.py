"""Podpisz elektronicznie: four steps from where the certificate is to the signature.

Where the certificate is (a card, a file, or on Windows its certificate store); which card and
certificate, which file, or which of the store's certificates; the PIN or password (not for
the store: Windows asks for the card's PIN itself); a summary with the checks, then the
signature. Every slow call (listing cards,
logging in, signing with its timestamp) goes through the program's task runner, so the window
never freezes. The wizard keeps no PIN or password, and closes the key when it closes.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QWidget, QWizard

from pim_desktop.services.signing_service import SigningPlan, SigningService
from pim_desktop.services.token_discovery import FoundLibrary, discover
from pim_desktop.ui.common.task_runner import TaskRunner
from pim_desktop.ui.signing.pkcs12_page import Pkcs12Page
from pim_desktop.ui.signing.secret_page import Opener, SecretPage
from pim_desktop.ui.signing.signing_page import SigningPage
from pim_desktop.ui.signing.source_page import SourcePage
from pim_desktop.ui.signing.steps import (
    PKCS12_PAGE,
    SECRET_PAGE,
    SIGNING_PAGE,
    SOURCE_PAGE,
    STORE_PAGE,
    TOKEN_PAGE,
)
from pim_desktop.ui.signing.store_page import StorePage
from pim_desktop.ui.signing.token_page import TokenPage
from pim_desktop.ui.signing.wizard_tasks import WizardTasks


class SignWizard(QWizard):
    def __init__(
        self,
        plan: SigningPlan,
        signing: SigningService,
        runner: TaskRunner,
        parent: QWidget | None = None,
        libraries: list[FoundLibrary] | None = None,
    ) -> None:
        super().__init__(parent)
        self.plan = plan
        self._signing = signing
        self.tasks = WizardTasks(runner, self)
        self.setObjectName("sign_wizard")
        self.setWindowTitle(self.tr("Podpisz elektronicznie"))
        self.setAccessibleName(self.tr("Podpisz elektronicznie"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Dalej >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Wstecz"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Podpisz"))
        self._show_cancel_as(signing_now=False)
        self.source_page = SourcePage(signing.store_available())
        self.token_page = TokenPage(
            signing, self.tasks, libraries if libraries is not None else discover()
        )
        self.pkcs12_page = Pkcs12Page()
        self.secret_page = SecretPage(self.tasks, self.uses_card, self._opener)
        self.store_page = StorePage(signing, self.tasks)
        self.signing_page = SigningPage(plan, signing, self.tasks, self.source_page.uses_store)
        for number, page in (
            (SOURCE_PAGE, self.source_page),
            (TOKEN_PAGE, self.token_page),
            (PKCS12_PAGE, self.pkcs12_page),
            (SECRET_PAGE, self.secret_page),
            (STORE_PAGE, self.store_page),
            (SIGNING_PAGE, self.signing_page),
        ):
            self.setPage(number, page)
        self.setStartId(SOURCE_PAGE)
        self.tasks.busy_changed.connect(self._on_tasks_busy_changed)
        self.signing_page.signing_changed.connect(self._show_cancel_as)

    @property
    def record(self) -> object:
        """The signed file recorded with the application, once signed."""
        return self.signing_page.record

    def uses_card(self) -> bool:
        return self.source_page.uses_card()

    def _opener(self) -> Opener:
        if not self.uses_card():
            return partial(self._signing.open_pkcs12, self.pkcs12_page.path())
        token = self.token_page.selected_token()
        certificate = self.token_page.selected_certificate()
        assert token is not None and certificate is not None, "the card page is complete"
        return partial(
            self._signing.open_token_key, self.token_page.library(), token, certificate.object_id
        )

    def _on_tasks_busy_changed(self, busy: bool) -> None:
        # Going back while a card answers would leave the answer to a page no longer shown.
        self.button(QWizard.WizardButton.BackButton).setEnabled(not busy)

    def _show_cancel_as(self, signing_now: bool) -> None:
        self.setButtonText(
            QWizard.WizardButton.CancelButton,
            self.tr("P&rzerwij podpisywanie") if signing_now else self.tr("Anuluj"),
        )

    def reject(self) -> None:
        """Cancel: while signing, stop the signature and stay to say how it ended."""
        if self.signing_page.is_signing():
            self.signing_page.cancel()
            return
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        if not self.isVisible():
            self.tasks.close()

"""Step 3 of signing: the PIN or password, typed each time and used for one call only.

Logging in to a card (or opening a file) runs in the background; the page says so meanwhile.
The typed secret leaves the field at once and is held only by the one call that opens the
key, which lets go of it as soon as it has run: nothing on the wizard keeps it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWizardPage

from pim_desktop.services.signing_keys import KeyHandle
from pim_desktop.ui.signing.key_step import KeyStep
from pim_desktop.ui.signing.steps import SIGNING_PAGE
from pim_desktop.ui.signing.wizard_tasks import WizardTasks
from pim_desktop.ui.signing.wording import failure_text, info_label

Opener = Callable[[str], KeyHandle]


class OneCall:
    """Opens the key with the secret once, then forgets the secret."""

    def __init__(self, opener: Opener, secret: str) -> None:
        self._opener = opener
        self._secret = secret

    def __call__(self) -> KeyHandle:
        secret, self._secret = self._secret, ""
        return self._opener(secret)


class SecretPage(QWizardPage):
    def __init__(
        self,
        tasks: WizardTasks,
        uses_card: Callable[[], bool],
        opener: Callable[[], Opener],
    ) -> None:
        """``opener()`` gives the call that opens the chosen card's or file's key."""
        super().__init__()
        self._tasks = tasks
        self._uses_card = uses_card
        self._opener = opener
        self._opening = False
        self.setTitle(self.tr("Krok 3 z 4: PIN lub hasło"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.secret = QLineEdit()
        self.secret.setObjectName("secret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("PIN lub hasło"))
        self.secret_label = QLabel()
        self.secret_label.setBuddy(self.secret)
        form.addRow(self.secret_label, self.secret)
        layout.addLayout(form)
        layout.addWidget(
            info_label(
                self.tr("Program nie zapamiętuje PIN-u ani hasła i nie zapisuje ich nigdzie.")
            )
        )
        self.message = info_label(name="secret_message")
        layout.addWidget(self.message)
        self._key_step = KeyStep(self, tasks, self.message)
        layout.addStretch(1)
        tasks.busy_changed.connect(lambda _busy: self.completeChanged.emit())

    def initializePage(self) -> None:
        card = self._uses_card()
        self.secret_label.setText(self.tr("&PIN karty:") if card else self.tr("&Hasło do pliku:"))
        self.secret.clear()
        self.message.clear()
        self.secret.setFocus()

    def is_opening(self) -> bool:
        return self._opening

    def isComplete(self) -> bool:
        return not self._tasks.is_busy()

    def validatePage(self) -> bool:
        """Next starts opening the key and stays; the page moves on once the key is open."""
        if self._key_step.leaving():
            return True
        if self._tasks.is_busy():
            return False
        call = OneCall(self._opener(), self.secret.text())
        self.secret.clear()
        self._opening = True
        self.secret.setEnabled(False)
        self._key_step.open(
            call,
            self.tr("Logowanie do karty…")
            if self._uses_card()
            else self.tr("Otwieranie pliku certyfikatu…"),
            self._on_failed,
            self._on_opened,
        )
        return False

    def _on_opened(self) -> None:
        self._opening = False
        self.secret.setEnabled(True)

    def _on_failed(self, error: BaseException) -> None:
        self._opening = False
        self.secret.setEnabled(True)
        self.message.setText(failure_text(error))
        self.secret.setFocus()

    def nextId(self) -> int:
        return SIGNING_PAGE

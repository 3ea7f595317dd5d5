"""The signing wizard through the Windows certificate store, on Linux with an emulated store.

The emulated store holds real keys and answers as Windows does (CNG and CryptoAPI byte shapes),
so the wizard lists its certificates, opens a key on the task runner's worker and signs a real
PDF that pyHanko and poppler then check. Off Windows, without such a store, the choice is hidden.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from certificate_store_emulation import EmulatedStore
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QWizard
from pytestqt.qtbot import QtBot
from signing_pki import SIGNER_NAME, Identity, SigningPki
from ui.signing.conftest import ReadyToSign
from ui.signing.wizard_steps import (
    SLOW_MS,
    open_wizard,
    pdfsig_says_valid,
    press,
    sign_to,
    signing_message,
    title,
)

from pim_desktop.context import AppContext
from pim_desktop.domain.application import ApplicationStatus
from pim_desktop.domain.signature import SignatureError, SignatureErrorCode
from pim_desktop.paths import AppPaths
from pim_desktop.signing.store_signer import KeyFlavour, thumbprint_of
from pim_desktop.ui.main_window import MainWindow
from pim_desktop.ui.signing.sign_wizard import SignWizard
from pim_desktop.ui.signing.steps import PKCS12_PAGE, SIGNING_PAGE, STORE_PAGE, TOKEN_PAGE

NEXT = QWizard.WizardButton.NextButton
FINISH = QWizard.WizardButton.FinishButton
CANCEL = QWizard.WizardButton.CancelButton
QUALIFIED_NAME = "Anna Nowak"


@dataclass
class StoreOpenings:
    """Every store the program opened, with the window its PIN dialog was to sit over."""

    keys: list[tuple[Identity, KeyFlavour]]
    chain_der: list[bytes]
    refusal: SignatureError | None = None
    fault: SignatureError | None = None  # what Windows says instead of opening the store
    opened: list[tuple[int, EmulatedStore]] = field(default_factory=list)

    def __call__(self, window_handle: int) -> EmulatedStore:
        if self.fault is not None:
            raise self.fault
        store = EmulatedStore(list(self.keys), self.chain_der, refusal=self.refusal)
        self.opened.append((window_handle, store))
        return store


@pytest.fixture
def store(pki: SigningPki) -> StoreOpenings:
    qualified = pki.issue(
        "magazyn-kwalifikowany", QUALIFIED_NAME, days_before=1, days_after=30, qualified=True
    )
    return StoreOpenings(
        [(pki.signer, KeyFlavour.CNG), (qualified, KeyFlavour.CRYPTOAPI)], [pki.ca_der]
    )


@pytest.fixture
def store_context(
    context: AppContext, paths: AppPaths, store: StoreOpenings
) -> Iterator[AppContext]:
    """The program's services over the migrated data folder, with the emulated store."""
    with_store = AppContext(paths, certificate_store=store)
    yield with_store
    with_store.close()


def to_store_page(
    qtbot: QtBot, context: AppContext, window: MainWindow, application_id: int
) -> SignWizard:
    """From the first step to the store's page, which reads the store in the background."""
    wizard = open_wizard(context, window, application_id)
    choice = wizard.source_page.store
    assert choice.isVisible() and choice.isEnabled()
    choice.setChecked(True)
    assert title(wizard) == "Krok 1 z 3: gdzie jest certyfikat?"
    press(qtbot, wizard, NEXT)
    assert wizard.currentId() == STORE_PAGE
    assert title(wizard) == "Krok 2 z 3: certyfikat z magazynu Windows"
    qtbot.waitUntil(lambda: not wizard.tasks.is_busy(), timeout=SLOW_MS)
    return wizard


def open_store_wizard(
    qtbot: QtBot, context: AppContext, window: MainWindow, application_id: int
) -> SignWizard:
    wizard = to_store_page(qtbot, context, window, application_id)
    assert wizard.store_page.certificates.count() == 2
    return wizard


def choose_and_open(qtbot: QtBot, wizard: SignWizard, holder: str) -> None:
    listing = wizard.store_page.certificates
    row = next(r for r in range(listing.count()) if listing.item(r).text().startswith(holder))
    listing.setCurrentRow(row)
    press(qtbot, wizard, NEXT)
    qtbot.waitUntil(lambda: wizard.currentId() == SIGNING_PAGE, timeout=SLOW_MS)
    assert title(wizard) == "Krok 3 z 3: sprawdź i podpisz"


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="pdfsig is missing")
def test_certificate_store_signs_an_application_from_the_wizard(
    qtbot: QtBot,
    store_context: AppContext,
    ready: ReadyToSign,
    store: StoreOpenings,
    *,
    pki: SigningPki,
    tmp_path: Path,
) -> None:
    context, application_id = store_context, ready.application_id
    window = ready.window
    wizard = open_store_wizard(qtbot, context, window, application_id)
    listing = wizard.store_page.certificates
    first, second = listing.item(0).text(), listing.item(1).text()
    assert first.startswith(f"{QUALIFIED_NAME} (kwalifikowany) — wystawca:"), first
    assert second.startswith(SIGNER_NAME) and "kwalifikowany" not in second
    assert "Testowe CA Główne" in second and "ważny do" in second

    choose_and_open(qtbot, wizard, SIGNER_NAME)
    page = wizard.signing_page
    assert SIGNER_NAME in page.findChild(QLabel, "summary_signer").text()
    assert page.findChild(QLabel, "summary_notes").text() == ""
    key = wizard.tasks.key
    assert key is not None and key.summary.subject == SIGNER_NAME
    handle, key_store = store.opened[-1]
    assert handle == int(wizard.winId()), "the PIN dialog of Windows sits over the wizard"

    target = tmp_path / "z magazynu Windows.pdf"
    sign_to(qtbot, wizard, target)
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=SLOW_MS)
    assert wizard.result() == QWizard.DialogCode.Accepted
    qtbot.waitUntil(lambda: key_store.closed, timeout=SLOW_MS)
    assert len(key_store.signed_digests) == 1, "the store's key made the signature"
    assert all(opened.closed for _handle, opened in store.opened)
    assert context.applications.load(application_id).status is ApplicationStatus.SIGNED
    report = context.signing.verify(target)
    assert report.all_ok and report.signatures[0].signer.subject == SIGNER_NAME
    assert thumbprint_of(pki.signer.der) == wizard.store_page.selected().thumbprint
    assert pdfsig_says_valid(target)


def test_certificate_store_another_persons_certificate_and_cancel(
    qtbot: QtBot, store_context: AppContext, ready: ReadyToSign, store: StoreOpenings
) -> None:
    wizard = open_store_wizard(qtbot, store_context, ready.window, ready.application_id)
    choose_and_open(qtbot, wizard, QUALIFIED_NAME)
    page = wizard.signing_page
    notes = page.findChild(QLabel, "summary_notes").text()
    assert QUALIFIED_NAME in notes and SIGNER_NAME in notes
    confirm = page.findChild(QCheckBox, "confirm_name")
    assert confirm.isVisible() and not wizard.button(FINISH).isEnabled()
    confirm.click()
    assert wizard.button(FINISH).isEnabled()
    _handle, key_store = store.opened[-1]
    assert not key_store.closed, "the key stays open while the wizard is"

    press(qtbot, wizard, CANCEL)
    assert not wizard.isVisible()
    qtbot.waitUntil(lambda: key_store.closed, timeout=SLOW_MS)
    assert key_store.signed_digests == []
    status = store_context.applications.load(ready.application_id).status
    assert status is ApplicationStatus.READY


def test_certificate_store_refused_pin_is_said_and_nothing_is_signed(
    qtbot: QtBot,
    store_context: AppContext,
    ready: ReadyToSign,
    store: StoreOpenings,
    tmp_path: Path,
) -> None:
    store.refusal = SignatureError(SignatureErrorCode.PIN_INCORRECT)
    wizard = open_store_wizard(qtbot, store_context, ready.window, ready.application_id)
    choose_and_open(qtbot, wizard, SIGNER_NAME)
    target = tmp_path / "nie powstanie.pdf"
    sign_to(qtbot, wizard, target)
    qtbot.waitUntil(lambda: signing_message(wizard).startswith("⚠"), timeout=SLOW_MS)
    assert "PIN" in signing_message(wizard)
    assert wizard.isVisible() and wizard.button(FINISH).isEnabled(), "the officer may try again"
    assert not target.exists()
    status = store_context.applications.load(ready.application_id).status
    assert status is ApplicationStatus.READY
    press(qtbot, wizard, CANCEL)


def test_certificate_store_fault_is_said_and_refresh_reads_it_again(
    qtbot: QtBot, store_context: AppContext, ready: ReadyToSign, store: StoreOpenings
) -> None:
    store.fault = SignatureError(SignatureErrorCode.STORE_ERROR, "0x80090016")
    wizard = to_store_page(qtbot, store_context, ready.window, ready.application_id)
    message = wizard.store_page.findChild(QLabel, "store_message").text()
    assert message == "⚠ Magazyn certyfikatów Windows zgłosił błąd: 0x80090016"
    assert wizard.store_page.certificates.count() == 0
    assert not wizard.button(NEXT).isEnabled()

    store.fault = None
    qtbot.mouseClick(
        wizard.store_page.findChild(QPushButton, "refresh_store"), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: wizard.store_page.certificates.count() == 2, timeout=SLOW_MS)
    assert wizard.store_page.findChild(QLabel, "store_message").text() == ""
    assert wizard.button(NEXT).isEnabled()
    press(qtbot, wizard, CANCEL)


@pytest.mark.skipif(sys.platform == "win32", reason="Windows has a certificate store to offer")
def test_certificate_store_is_not_offered_off_windows(
    qtbot: QtBot, context: AppContext, ready: ReadyToSign
) -> None:
    assert not context.signing.store_available(), "this test runs off Windows"
    wizard = open_wizard(context, ready.window, ready.application_id)
    choice = wizard.source_page.store
    assert not choice.isVisible() and not choice.isEnabled()
    assert title(wizard) == "Krok 1 z 4: gdzie jest certyfikat?"
    assert wizard.source_page.nextId() == TOKEN_PAGE
    wizard.source_page.file.setChecked(True)
    assert wizard.source_page.nextId() == PKCS12_PAGE
    press(qtbot, wizard, CANCEL)

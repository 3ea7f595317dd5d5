"""The fields of one person of a member: contact data and the RODO consent with its scope."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pim_desktop.domain.partnership import (
    BASIS_LABELS,
    ERASED_NAME,
    Consent,
    Person,
    ProcessingBasis,
)
from pim_desktop.ui.common.optional_date_edit import OptionalDateEdit
from pim_desktop.ui.labels import domain_text


class PersonEditor(QWidget):
    def __init__(self, who: str, object_prefix: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._erased = False
        self._who = who
        layout = QVBoxLayout(self)
        self.erased_note = QLabel(
            self.tr("Dane tej osoby usunięto na jej żądanie; zostały tylko liczby obecności.")
        )
        self.erased_note.setWordWrap(True)
        self.erased_note.hide()
        layout.addWidget(self.erased_note)

        contact = QFormLayout()
        self.name = self._line(contact, self.tr("&Imię i nazwisko:"), f"{object_prefix}.name")
        self.position = self._line(contact, self.tr("&Stanowisko:"), f"{object_prefix}.position")
        self.email = self._line(contact, self.tr("&E-mail:"), f"{object_prefix}.email")
        self.phone = self._line(contact, self.tr("&Telefon:"), f"{object_prefix}.phone")
        layout.addLayout(contact)

        consent_box = QGroupBox(self.tr("Dane osobowe (RODO)"))
        form = QFormLayout(consent_box)
        self.basis = QComboBox()
        self.basis.setObjectName(f"{object_prefix}.basis")
        self.basis.setAccessibleName(self.tr("Podstawa przetwarzania danych") + f" ({who})")
        self.basis.addItem(self.tr("— nie podano —"), None)
        for basis in ProcessingBasis:
            self.basis.addItem(domain_text(BASIS_LABELS[basis]), basis.value)
        basis_label = QLabel(self.tr("Podsta&wa przetwarzania:"))
        basis_label.setBuddy(self.basis)
        form.addRow(basis_label, self.basis)
        self.consent_on = OptionalDateEdit(self.tr("podano"), self.tr("Data zgody") + f" ({who})")
        self.consent_on.setObjectName(f"{object_prefix}.consent_on")
        form.addRow(self.tr("Data zgody:"), self.consent_on)
        self.contact = self._check(form, self.tr("zgoda na &kontakt (e-mail, telefon)"))
        self.publication = self._check(
            form, self.tr("zgoda na pu&blikację imienia i nazwiska w dokumentach")
        )
        self.photos = self._check(form, self.tr("zgoda na zd&jęcia"))
        layout.addWidget(consent_box)
        layout.addStretch(1)

    def _line(self, form: QFormLayout, label: str, object_name: str) -> QLineEdit:
        line = QLineEdit()
        line.setObjectName(object_name)
        line.setAccessibleName(label.replace("&", "").rstrip(":") + f" ({self._who})")
        caption = QLabel(label)
        caption.setBuddy(line)
        form.addRow(caption, line)
        return line

    def _check(self, form: QFormLayout, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.setAccessibleName(text.replace("&", "") + f" ({self._who})")
        form.addRow(box)
        return box

    def set_value(self, person: Person) -> None:
        self._erased = person.erased
        self.erased_note.setVisible(person.erased)
        self.name.setText(ERASED_NAME if person.erased else person.name)
        self.position.setText(person.position)
        self.email.setText(person.email)
        self.phone.setText(person.phone)
        consent = person.consent
        self.basis.setCurrentIndex(
            max(self.basis.findData(consent.basis and consent.basis.value), 0)
        )
        self.consent_on.set_value(consent.given_on)
        self.contact.setChecked(consent.contact)
        self.publication.setChecked(consent.publication)
        self.photos.setChecked(consent.photos)
        for widget in self.findChildren(QWidget):
            if widget is not self.erased_note:
                widget.setEnabled(not person.erased)
        if not person.erased:
            self.consent_on.date.setEnabled(self.consent_on.check.isChecked())

    def value(self) -> Person:
        if self._erased:
            return Person(name=ERASED_NAME, erased=True)
        basis = self.basis.currentData()
        return Person(
            name=self.name.text().strip(),
            position=self.position.text().strip(),
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            consent=Consent(
                basis=ProcessingBasis(basis) if basis else None,
                given_on=self.consent_on.value(),
                contact=self.contact.isChecked(),
                publication=self.publication.isChecked(),
                photos=self.photos.isChecked(),
            ),
        )

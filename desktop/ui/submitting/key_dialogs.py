"""The organisation key in the window: its details, a new key, an imported one, its passphrase.

The key signs the final report and package. ``KeyDialog`` shows who it names
and its fingerprint (which the receiver is told by other means);
``NewKeyDialog`` asks the passphrase of a new key twice; ``PassphraseDialog``
asks the passphrase of an existing one and stays open to say so when it is
wrong. ``KeyRequest`` opens a key file, asking the passphrase only when the
file has one; the slow part (600 000 rounds of PBKDF2) runs off the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFontDatabase, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.signing.fingerprints import fingerprint_lines
from desktop.survey.formatting import format_date
from desktop.ui import dialogs
from desktop.ui.tasks import Task, run_task
from desktop.ui.translations import fill

if TYPE_CHECKING:
    from desktop.signing.keys import OrganisationKey

log = logging.getLogger(__name__)

WARNING_COLOUR = QColor("#8a4b00")
ERROR_COLOUR = QColor("#b3261e")

Opener = Callable[[str | None], "OrganisationKey"]


def _tinted(label: QLabel, colour: QColor) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    label.setPalette(palette)


def _wrapping(text: str = "", parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class PassphraseDialog(QDialog):
    """Asks a passphrase; stays open while it is tried, and asks again when it was wrong."""

    entered = Signal(str)

    def __init__(self, prompt: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("passphraseDialog")
        self.setWindowTitle(self.tr("Tunnuslause"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.prompt = _wrapping(prompt, self)
        self.field = QLineEdit(self)
        self.field.setObjectName("passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setAccessibleName(prompt)
        self.prompt.setBuddy(self.field)
        self.message = _wrapping("", self)
        self.message.setObjectName("passphraseMessage")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Avaa"))
        self.ok.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.field.textChanged.connect(lambda text: self.ok.setEnabled(bool(text)))
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.checking = False

    def accept(self) -> None:
        """OK tries the passphrase; the dialog closes only once it has opened the key."""
        text = self.field.text()
        if not text or self.checking:
            return
        self.checking = True
        self.field.setEnabled(False)
        self.ok.setEnabled(False)
        self.message.setText(self.tr("Avataan avainta…"))
        _tinted(self.message, self.palette().color(QPalette.ColorRole.WindowText))
        self.message.show()
        self.adjustSize()
        self.entered.emit(text)

    def refuse(self, message: str) -> None:
        """The passphrase did not open the key: say so and let the user type it again."""
        self.checking = False
        self.field.setEnabled(True)
        self.field.clear()
        self.message.setText(message)
        _tinted(self.message, ERROR_COLOUR)
        self.message.show()
        self.adjustSize()
        self.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def opened(self) -> None:
        self.checking = False
        self.field.clear()
        super().accept()


class KeyRequest(QObject):
    """Opens a key with ``opener(passphrase)``: first without one, then asking until it opens.

    Exactly one of ``on_opened(key)``, ``on_cancelled()`` and ``on_failed(error)``
    is called, on the UI thread.
    """

    def __init__(
        self,
        parent: QWidget,
        opener: Opener,
        prompt: str,
        on_opened: Callable[[OrganisationKey], None],
        on_cancelled: Callable[[], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self.widget = parent
        self.opener = opener
        self.prompt = prompt
        self.on_opened = on_opened
        self.on_cancelled = on_cancelled
        self.on_failed = on_failed
        self.dialog: PassphraseDialog | None = None
        self.task: Task | None = None
        self.finished = False

    def start(self) -> KeyRequest:
        opener = self.opener
        self.task = run_task(
            lambda _report: opener(None), self._opened, self._first_try_failed, parent=self
        )
        return self

    def _finish(self) -> None:
        self.finished = True
        self.deleteLater()

    def _opened(self, key: object) -> None:
        if self.finished:
            return
        if self.dialog is not None:
            self.dialog.opened()
        self._finish()
        self.on_opened(key)  # type: ignore[arg-type]

    def _first_try_failed(self, error: BaseException) -> None:
        from desktop.signing.keys import KeyStoreError

        if isinstance(error, KeyStoreError) and error.key == "signing.key.passphrase_required":
            self._ask()
        else:
            self._failed(error)

    def _failed(self, error: BaseException) -> None:
        if self.finished:
            return
        if self.dialog is not None:
            self.dialog.checking = False
            self.dialog.reject()
        self._finish()
        self.on_failed(error)

    def _ask(self) -> None:
        dialog = PassphraseDialog(self.prompt, self.widget)
        dialog.entered.connect(self._try)
        dialog.rejected.connect(self._cancelled)
        self.dialog = dialog
        dialogs.present(dialog)

    def _cancelled(self) -> None:
        if self.finished:
            return
        self._finish()
        self.on_cancelled()

    def _try(self, passphrase: str) -> None:
        opener = self.opener
        self.task = run_task(
            lambda _report: opener(passphrase), self._opened, self._retry_failed, parent=self
        )

    def _retry_failed(self, error: BaseException) -> None:
        from desktop.signing.keys import KeyStoreError

        if self.finished or self.dialog is None:
            return
        if isinstance(error, KeyStoreError) and error.key == "signing.key.wrong_passphrase":
            self.dialog.refuse(self.tr("Tunnuslause oli väärä. Kirjoita se uudelleen."))
        else:
            self._failed(error)


class NewKeyDialog(QDialog):
    """A new key's passphrase, typed twice; an empty one is allowed after a warning."""

    def __init__(self, organisation: str, business_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("newKeyDialog")
        self.setWindowTitle(self.tr("Uusi organisaatioavain"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        intro = fill(self.tr("Avain nimetään kunnan mukaan: %1."), organisation)
        if business_id:
            intro += " " + fill(self.tr("Y-tunnus: %1."), business_id)
        self.intro = _wrapping(intro, self)
        self.first = QLineEdit(self)
        self.first.setObjectName("newPassphrase")
        self.second = QLineEdit(self)
        self.second.setObjectName("newPassphraseAgain")
        form = QFormLayout()
        for field, text in (
            (self.first, self.tr("&Tunnuslause")),
            (self.second, self.tr("Tunnuslause &uudelleen")),
        ):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            label = QLabel(text, self)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
        self.hint = _wrapping("", self)
        self.hint.setObjectName("newKeyHint")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Luo avain"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self.first.textChanged.connect(self._check)
        self.second.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        first, second = self.first.text(), self.second.text()
        if first != second:
            text, colour = self.tr("Tunnuslauseet eivät ole samat."), ERROR_COLOUR
        elif not first:
            text = self.tr(
                "Ilman tunnuslausetta avainta suojaavat vain tiedoston käyttöoikeudet: kuka "
                "tahansa, joka pääsee tiedostoon käsiksi, voi allekirjoittaa kunnan nimissä."
            )
            colour = WARNING_COLOUR
        else:
            text = self.tr(
                "Tunnuslause kysytään aina, kun lähetys allekirjoitetaan. Sitä ei voi palauttaa, "
                "jos se unohtuu."
            )
            colour = self.palette().color(QPalette.ColorRole.WindowText)
        self.hint.setText(text)
        _tinted(self.hint, colour)
        self.ok.setEnabled(first == second)

    def accept(self) -> None:
        if self.first.text() == self.second.text():
            super().accept()

    def passphrase(self) -> str | None:
        return self.first.text() or None


class KeyDialog(QDialog):
    """The organisation key: missing, locked by a passphrase, or its details."""

    create_requested = Signal()
    import_requested = Signal()
    unlock_requested = Signal()

    def __init__(
        self, path: Path, parent: QWidget | None = None, *, shown_as: Mapping[str, str] = {}
    ) -> None:
        super().__init__(parent)
        self.path = path
        # The name a certificate gives → as the user reads it (Parainen → Pargas in Swedish).
        self.shown_as = dict(shown_as)
        self.setObjectName("keyDialog")
        self.setWindowTitle(self.tr("Organisaatioavain"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.intro = _wrapping(
            self.tr(
                "Lopullinen lähetys allekirjoitetaan organisaation avaimella. Vastaanottaja "
                "tunnistaa avaimen sen sormenjäljestä, joka kerrotaan hänelle muuta kautta "
                "(esimerkiksi puhelimitse)."
            ),
            self,
        )
        self.state = _wrapping("", self)
        self.state.setObjectName("keyState")
        self.details = QWidget(self)
        form = QFormLayout(self.details)
        form.setContentsMargins(0, 0, 0, 0)
        self.name = QLabel(self.details)
        self.valid = QLabel(self.details)
        self.fingerprint = QLabel(self.details)
        self.fingerprint.setObjectName("keyFingerprint")
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.file = _wrapping(str(path), self.details)
        for label in (self.name, self.valid, self.fingerprint, self.file):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Nimi:"), self.name)
        form.addRow(self.tr("Voimassa:"), self.valid)
        form.addRow(self.tr("Sormenjälki:"), self.fingerprint)
        form.addRow(self.tr("Tiedosto:"), self.file)
        self.details.hide()
        self.unlock_button = QPushButton(self.tr("&Näytä tiedot…"), self)
        self.create_button = QPushButton(self.tr("&Luo uusi avain…"), self)
        self.create_button.setObjectName("createKey")
        self.import_button = QPushButton(self.tr("&Tuo PKCS#12-tiedosto…"), self)
        self.import_button.setObjectName("importKey")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.addButton(self.unlock_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.unlock_button.clicked.connect(self.unlock_requested)
        self.create_button.clicked.connect(self.create_requested)
        self.import_button.clicked.connect(self.import_requested)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.state)
        layout.addWidget(self.details)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self.show_missing()

    def _buttons(self, *, exists: bool, locked: bool, import_first: bool = False) -> None:
        # Import comes first when the key of the earlier submissions is to be brought here.
        order = (
            (self.import_button, self.create_button)
            if import_first
            else (self.create_button, self.import_button)
        )
        for button in order:
            self.buttons.removeButton(button)
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.setVisible(not exists)
        self.import_button.setVisible(not exists)
        self.unlock_button.setVisible(locked)
        # Enter presses the default button, never a hidden one: a button hidden while it had
        # the focus (create, once the key is made) would still take Enter when the dialog is
        # active again, and ask to make another key.
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        default = self.unlock_button if locked else close if exists else order[0]
        for button in (self.unlock_button, self.create_button, self.import_button, close):
            shown = button is close or not button.isHidden()
            button.setAutoDefault(shown)
            button.setDefault(button is default)
        default.setFocus(Qt.FocusReason.OtherFocusReason)
        # The details come and go: the dialog grows to show them whole.
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.resize(max(self.width(), self.sizeHint().width()), self.sizeHint().height())

    def show_reading(self) -> None:
        self.state.setText(self.tr("Luetaan avainta…"))
        self.details.hide()
        self._buttons(exists=True, locked=False)

    def show_error(self, message: str) -> None:
        """The key file exists but cannot be used (damaged, unreadable)."""
        self.state.setText(message)
        self.details.hide()
        self._buttons(exists=True, locked=False)

    def show_missing(self, earlier: str | None = None) -> None:
        """No key in the data folder; ``earlier`` is the fingerprint of the key the data
        folder's submissions were signed with (a restore on a new computer): that key is to
        be brought here, so importing comes first."""
        if earlier is None:
            self.state.setText(
                self.tr(
                    "Avainta ei ole vielä luotu. Luo uusi avain tai tuo kunnan olemassa oleva "
                    "PKCS#12-tiedosto (.p12 tai .pfx)."
                )
            )
        else:
            self.state.setText(
                fill(
                    self.tr(
                        "Tässä tietokansiossa ei ole organisaatioavainta, mutta sen aiemmat "
                        "lähetykset on allekirjoitettu avaimella, jonka sormenjälki on:\n\n%1"
                        "\n\nKopioi tiedosto %2 vanhalta tietokoneelta tai tuo se (Tuo "
                        "PKCS#12-tiedosto…). Jos luot uuden avaimen, vastaanottaja hylkää sillä "
                        "allekirjoitetut lähetykset, kunnes se on rekisteröinyt uuden sormenjäljen."
                    ),
                    "\n".join(fingerprint_lines(earlier)),
                    self.path.name,
                )
            )
        self.details.hide()
        self._buttons(exists=False, locked=False, import_first=earlier is not None)

    def show_locked(self) -> None:
        self.state.setText(
            fill(
                self.tr("Avain on tiedostossa %1. Se on suojattu tunnuslauseella."),
                self.path,
            )
        )
        self.details.hide()
        self._buttons(exists=True, locked=True)

    def show_key(self, key: OrganisationKey) -> None:
        from cryptography.x509.oid import NameOID

        subject = key.certificate.subject
        names = [str(a.value) for a in subject.get_attributes_for_oid(NameOID.COMMON_NAME)]
        name = names[0] if names else key.subject
        name = self.shown_as.get(name, name)
        ids = [
            str(a.value).removeprefix("NTRFI-")
            for a in subject.get_attributes_for_oid(NameOID.ORGANIZATION_IDENTIFIER)
        ]
        if ids:
            name += " " + fill(self.tr("(Y-tunnus %1)"), ids[0])
        cert = key.certificate
        self.name.setText(name)
        self.valid.setText(
            f"{format_date(cert.not_valid_before_utc)}–{format_date(cert.not_valid_after_utc)}"
        )
        self.fingerprint.setText("\n".join(fingerprint_lines(key.fingerprint)))
        self.state.setText(
            self.tr(
                "Avain on käytössä. Vain yksi avain on kerrallaan käytössä; sitä ei korvata "
                "tästä ikkunasta."
            )
        )
        self.details.show()
        self._buttons(exists=True, locked=False)

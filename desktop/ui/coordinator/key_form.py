"""The form that registers one municipality's key, as ``tilannekuva trust add`` does.

A key added is checked the same way (a code of the register, a fingerprint
of 64 hexadecimal digits) and refused with the same message; a key
registered for more than one municipality is warned of (``SharedKeys``).
Opened from the trust register's Add…, or filled in from a received file
signed by a key not registered (``confirm``): then the fingerprint is shown
to be read out group by group, and registered only once the coordinator
confirms it is the one the municipality told.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.collect import trust
from desktop.errors import UserError
from desktop.i18n import Lang, in_lang
from desktop.ui import dialogs
from desktop.ui.translations import fill
from desktop.ui.window_size import resize_within_screen
from desktop.untrusted import escape

if TYPE_CHECKING:
    from desktop.collect.desk import Desk


class SharedKeys(QObject):
    """The warning for a key registered for more than one municipality (registered all the
    same: a joint service may sign for several), as ``trust add`` and ``trust import`` give."""

    def warn(self, desk: Desk, fingerprints: set[str], parent: QWidget, lang: Lang) -> bool:
        """A warning for each key of ``fingerprints`` held by several; whether one was shown."""
        with desk.records() as records:
            shared = trust.shared_keys(records, desk.register, fingerprints)
        if not shared:
            return False
        lines = [
            fill(
                self.tr(
                    "Avain %1 on rekisteröity useammalle kuin yhdelle kunnalle: %2. Kukin "
                    "niistä voi allekirjoittaa toisten puolesta. Varmista kunnilta, että avain "
                    "on todella yhteinen, tai poista väärä."
                ),
                fingerprint,
                in_lang(held, lang),
            )
            for fingerprint, held in shared
        ]
        dialogs.warning(parent, self.tr("Sama avain usealla kunnalla"), "\n\n".join(lines))
        return True


class AddKeyDialog(QDialog):
    """A municipality code and its key's fingerprint, registered as ``trust add`` does.

    ``confirm``: the fingerprint comes from a received file, not from the municipality;
    the coordinator must say it matches what the municipality told before it is added.
    """

    added = Signal(str, str)  # code, fingerprint, as registered

    def __init__(
        self,
        desk: Desk,
        lang: Lang,
        parent: QWidget | None = None,
        *,
        code: str = "",
        fingerprint: str = "",
        confirm: bool = False,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.lang = lang
        self.setObjectName("addTrustedKey")
        self.setWindowTitle(self.tr("Lisää luotettu avain"))
        self.code = QLineEdit(code, self)
        self.code.setObjectName("trustCode")
        self.code.setMaxLength(20)
        self.code.setPlaceholderText(self.tr("esim. 091"))
        self.fingerprint = QLineEdit(fingerprint, self)
        self.fingerprint.setObjectName("trustFingerprint")
        self.fingerprint.setMaxLength(200)
        self.fingerprint.setMinimumWidth(self.fontMetrics().horizontalAdvance("0000 " * 17))
        self.fingerprint.setPlaceholderText(self.tr("64 merkkiä 0–9 ja A–F, välilyönnit sallittu"))
        self.named = QLabel(self)
        self.named.setObjectName("trustNamed")
        self.named.setTextFormat(Qt.TextFormat.PlainText)
        intro = QLabel(
            self.tr(
                "Kirjoita kunnan numero ja sen avaimen sormenjälki sellaisena kuin kunta sen "
                "kertoi puhelimitse tai kirjeellä."
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        code_label = QLabel(self.tr("&Kuntanumero:"), self)
        code_label.setBuddy(self.code)
        fingerprint_label = QLabel(self.tr("&Sormenjälki:"), self)
        fingerprint_label.setBuddy(self.fingerprint)
        form.addRow(code_label, self.code)
        form.addRow("", self.named)
        form.addRow(fingerprint_label, self.fingerprint)
        self.confirmed: QCheckBox | None = None
        self.readout = QLabel(self)
        self.readout.setObjectName("trustReadout")
        self.readout.setTextFormat(Qt.TextFormat.PlainText)
        self.readout.setWordWrap(True)
        self.readout.hide()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), self.font().pointSizeF()) * 1.2)
        self.readout.setFont(font)
        if confirm:
            intro.setText(
                self.tr(
                    "Tämä sormenjälki on vastaanotetusta tiedostosta. Rekisteröi se vain, jos "
                    "se on sama kuin kunnan puhelimitse tai kirjeellä kertoma: lue se ääneen "
                    "ryhmä kerrallaan ja vertaa."
                )
            )
            self.readout.show()
            self.confirmed = QCheckBox(
                self.tr("&Vahvistan: sormenjälki on sama kuin kunnan kertoma"),
                self,
            )
            self.confirmed.setObjectName("trustConfirmed")
        self.error = QLabel(self)
        self.error.setObjectName("trustError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b3261e")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Rekisteröi"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Peruuta"))
        self.buttons.accepted.connect(self.register)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.readout)
        if self.confirmed is not None:
            layout.addWidget(self.confirmed)
            self.confirmed.toggled.connect(lambda _on: self._changed())
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.code.textChanged.connect(lambda _text: self._changed())
        self.fingerprint.textChanged.connect(lambda _text: self._changed())
        self._changed()
        focus: QWidget = self.confirmed or (self.fingerprint if code else self.code)
        focus.setFocus()
        resize_within_screen(self, 640, 320)

    def _changed(self) -> None:
        from desktop.municipalities import UnknownMunicipality

        self.error.hide()
        code = self.code.text().strip()
        try:
            self.named.setText(self.desk.register.get(code).display_name(self.lang))
        except UnknownMunicipality:
            self.named.setText("")
        shown = " ".join(self.fingerprint.text().split())
        # To be read out group by group: eight groups of four to a line.
        groups = escape(shown).split()
        lines = [" ".join(groups[at : at + 8]) for at in range(0, len(groups), 8)]
        self.readout.setText(fill(self.tr("Luettavaksi: %1"), "\n".join(["", *lines])))
        confirmed = self.confirmed is None or self.confirmed.isChecked()
        self.ok.setEnabled(bool(code and shown) and confirmed)

    def register(self) -> None:
        """Register the key as ``trust add`` does, or say why not and leave the form open."""
        if not self.ok.isEnabled():
            return
        try:
            with self.desk.records() as records:
                code, fingerprint = trust.add(
                    records, self.code.text(), self.fingerprint.text(), self.desk.register
                )
        except UserError as error:
            self.error.setText(error.message(self.lang))
            self.error.show()
            return
        self.accept()
        self.added.emit(code, fingerprint)
        SharedKeys(self).warn(self.desk, {fingerprint}, self.parentWidget() or self, self.lang)

"""The seal of a submitted round, in its lock banner: who signed, when, with which key, and
whether the stored files still pass every check.

Everything here that the package controls (the signer's name, the reason a
check failed) is shown as plain text.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from desktop.i18n import Lang
from desktop.signing.fingerprints import fingerprint_lines
from desktop.survey.formatting import local_stamp
from desktop.ui.translations import fill

if TYPE_CHECKING:
    from desktop.storage import Submission
    from desktop.submission.sealed import Sealed

BROKEN_COLOUR = "#a50e0e"


def _label(parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class SealPanel(QWidget):
    """Hidden unless a submitted round is shown from its stored package."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sealPanel")
        self.lang: Lang = "fi"
        self.submission: Submission | None = None
        self.seal: Sealed | None = None
        self.checked_at: datetime | None = None
        self.signer = _label(self, "sealSigner")
        self.fingerprint = _label(self, "sealFingerprint")
        self.fingerprint.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.status = _label(self, "sealStatus")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        for label in (self.signer, self.fingerprint, self.status):
            layout.addWidget(label)
        self.hide()

    def show_checking(self, submission: Submission) -> None:
        """The stored files of ``submission`` are being checked again."""
        self.submission, self.seal, self.checked_at = submission, None, None
        self.retranslate()

    def show_seal(self, seal: Sealed, at: datetime) -> None:
        """The stored files were checked ``at``: ``seal`` says how it went."""
        self.submission, self.seal, self.checked_at = seal.submission, seal, at
        self.retranslate()

    def clear(self) -> None:
        self.submission, self.seal, self.checked_at = None, None, None
        self.hide()

    def set_lang(self, lang: Lang) -> None:
        self.lang = lang
        self.retranslate()

    @property
    def text(self) -> str:
        """What the panel says, line by line (for the screen reader and the tests)."""
        shown = (self.signer, self.fingerprint, self.status)
        return "\n".join(label.text() for label in shown if not label.isHidden())

    def retranslate(self) -> None:
        submission = self.submission
        if submission is None:
            self.hide()
            return
        seal = self.seal
        signer = None if seal is None else seal.signer
        signed_at = None if seal is None else seal.signed_at
        if signed_at is not None:
            # The signature's own time, not when it was recorded (or exported elsewhere).
            day, time = local_stamp(signed_at)
            if signer is not None:
                said = fill(
                    self.tr(
                        "Lähetys %1: allekirjoittanut %2, %3 klo %4 (allekirjoituksen oma aika). "
                        "Avaimen sormenjälki:"
                    ),
                    submission.number,
                    f"{signer.name(self.lang)} ({signer.code})",
                    day,
                    time,
                )
            else:
                said = fill(
                    self.tr(
                        "Lähetys %1: allekirjoitettu %2 klo %3 (allekirjoituksen oma aika). "
                        "Avaimen sormenjälki:"
                    ),
                    submission.number,
                    day,
                    time,
                )
        else:
            # Files not (yet) found intact, or a signature that tells no time: the record's.
            day, time = (
                local_stamp(submission.submitted_at) if submission.submitted_at else ("?", "?")
            )
            if signer is not None:
                said = fill(
                    self.tr(
                        "Lähetys %1: allekirjoittanut %2; kirjattu %3 klo %4 (allekirjoitus ei "
                        "kerro aikaansa). Avaimen sormenjälki:"
                    ),
                    submission.number,
                    f"{signer.name(self.lang)} ({signer.code})",
                    day,
                    time,
                )
            else:
                said = fill(
                    self.tr("Lähetys %1: kirjattu %2 klo %3. Avaimen sormenjälki:"),
                    submission.number,
                    day,
                    time,
                )
        self.signer.setText(said)
        fingerprint = seal.fingerprint if seal is not None else submission.signer_fingerprint
        self.fingerprint.setText("\n".join(fingerprint_lines(fingerprint)))
        self.status.setText(self._status())
        broken = seal is not None and not seal.intact
        self.status.setStyleSheet(f"color: {BROKEN_COLOUR}; font-weight: bold;" if broken else "")
        self.setAccessibleDescription(self.text)
        self.show()

    def _status(self) -> str:
        seal = self.seal
        if seal is None:
            return self.tr("Tallessa olevaa pakettia tarkistetaan…")
        checked = local_stamp(self.checked_at or datetime.now(UTC))[1]
        if seal.intact:
            return fill(
                self.tr(
                    "Tallessa olevat tiedostot tarkistettiin klo %1: ne ovat ehjät. Vastaukset "
                    "näytetään allekirjoitetusta paketista."
                ),
                checked,
            )
        failure = seal.verdict.failure
        reason = failure.message(self.lang) if failure is not None else ""
        return fill(
            self.tr(
                "Tallessa olevat tiedostot EIVÄT läpäise tarkistusta (klo %1): %2 Paketin "
                "vastauksia ei näytetä, koska ei voi varmistaa, että ne ovat lähetetyt."
            ),
            checked,
            reason,
        )

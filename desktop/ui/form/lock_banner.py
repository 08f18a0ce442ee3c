"""The band above the questions that tells a round has been submitted (or is being corrected)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import Lang
from desktop.storage import Submission
from desktop.survey.formatting import local_stamp
from desktop.ui.translations import fill

if TYPE_CHECKING:
    from desktop.ui.form.seal_panel import SealPanel

LOCKED_COLOUR = QColor("#e8f0fe")
CORRECTING_COLOUR = QColor("#fff4e5")
BROKEN_COLOUR = QColor("#fce8e6")  # the stored files of the submission do not pass the check


class LockBanner(QFrame):
    """Hidden while a round has never been submitted."""

    correction_requested = Signal()
    cancel_requested = Signal()  # "Peru korjaus", while a correction is under way

    # Made with the first submitted round shown (``seal``): most starts show none.
    icon: QLabel
    text: QLabel
    button: QPushButton
    cancel_button: QPushButton

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.lang: Lang = "fi"
        self._seal: SealPanel | None = None
        self.locked = False
        self.last: Submission | None = None
        self.next_number = 1
        self.hide()

    @property
    def seal(self) -> SealPanel:
        """The seal of the submission shown: who signed, when, the key, and whether it holds."""
        if self._seal is None:
            self._seal = self._make_parts()
        return self._seal

    def _make_parts(self) -> SealPanel:
        from desktop.ui.form.seal_panel import SealPanel

        self.icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.icon.setPixmap(
            self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation).pixmap(size)
        )
        self.text = QLabel(self)
        self.text.setObjectName("lockBannerText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self)
        self.button.setObjectName("startCorrection")
        self.button.clicked.connect(self.correction_requested)
        # A correction started shows "Peru korjaus" in its place: the band keeps its height.
        self.cancel_button = QPushButton(self)
        self.cancel_button.setObjectName("cancelCorrection")
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.hide()
        seal = SealPanel(self)
        seal.lang = self.lang
        texts = QVBoxLayout()
        texts.setContentsMargins(0, 0, 0, 0)
        texts.setSpacing(0)
        texts.addWidget(self.text)
        texts.addWidget(seal)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return seal

    def set_lang(self, lang: Lang) -> None:
        self.lang = lang
        if self._seal is not None:
            self._seal.set_lang(lang)

    def clear_seal(self) -> None:
        """No seal shown (a round shown from its saved answers)."""
        if self._seal is not None:
            self._seal.clear()

    def show_state(self, locked: bool, last: Submission | None, next_number: int) -> None:
        """The round's state: submitted and locked, reopened for a correction, or neither.

        ``next_number`` is the number the correction will be sent as.
        """
        self.locked = locked
        self.last = last
        self.next_number = next_number
        self.retranslate()

    def retranslate(self) -> None:
        last = self.last
        if last is None:
            if self._seal is not None:
                self._seal.retranslate()
            self.hide()
            return
        self.seal.retranslate()
        day, time = local_stamp(last.submitted_at) if last.submitted_at else ("?", "?")
        if self.locked:
            text = fill(
                self.tr("Lähetetty %1 klo %2 (lähetys %3); aloita korjaus muuttaaksesi vastauksia"),
                day,
                time,
                last.number,
            )
            seal = self.seal.seal
            colour = BROKEN_COLOUR if seal is not None and not seal.intact else LOCKED_COLOUR
        else:
            text = fill(
                self.tr(
                    "Korjaus käynnissä: lähetys %1 tehtiin %2 klo %3. Kun lähetät korjatut "
                    "vastaukset, niistä tulee lähetys %4."
                ),
                last.number,
                day,
                time,
                self.next_number,
            )
            colour = CORRECTING_COLOUR
        self.text.setText(text)
        self.button.setText(self.tr("&Aloita korjaus"))
        self.button.setAccessibleName(self.tr("Aloita korjaus"))
        self.button.setVisible(self.locked)
        # While a correction is under way, it can be cancelled: back to the last submission.
        self.cancel_button.setText(self.tr("&Peru korjaus"))
        self.cancel_button.setAccessibleName(self.tr("Peru korjaus"))
        self.cancel_button.setAccessibleDescription(
            fill(
                self.tr("Palauttaa kierroksen lähetyksen %1 mukaiseksi ja lukitsee sen"),
                last.number,
            )
        )
        self.cancel_button.setVisible(not self.locked)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, colour)
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f1f1f"))
        self.setPalette(palette)
        self.show()

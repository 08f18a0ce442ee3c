"""The band above the questions that tells the rounds the window cannot offer.

A round added from a package is kept in the database, and verified again as the
database is read (``desktop.rounds.library.catalog_for``): one whose package no
longer verifies (changed bytes, a signer no longer trusted) is left out of the
round list. The command line tells it (``tilannekuva rounds``); the window tells
it here, each round with why, in the user's language, until the user puts the band
away for this session. The round id and the reason come from the database and the
package: shown as plain text, their control characters escaped. Made only when
there is something to tell (start-up time).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QStyle, QWidget

from desktop.i18n import Lang
from desktop.untrusted import escape_lines

if TYPE_CHECKING:
    from desktop.rounds.library import Unavailable
    from desktop.survey import Catalog

WARNING_COLOUR = QColor("#fce8e6")


def unavailable_in(catalog: Catalog) -> list[Unavailable]:
    """The added rounds of ``catalog`` not offered because their package does not verify."""
    if not catalog.problems:
        return []
    from desktop.rounds.library import Unavailable

    return [p for p in catalog.problems if isinstance(p, Unavailable)]


class UnavailableRounds(QFrame):
    """Shown while there is a round to tell and the user has not put it away."""

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unavailableRounds")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.lang: Lang = lang
        self.problems: list[Unavailable] = []
        self._put_away: list[str] = []  # what the band said when the user hid it
        icon = QLabel(self)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        icon.setPixmap(warning.pixmap(size))
        self.text = QLabel(self)
        self.text.setObjectName("unavailableRoundsText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # a package's text, shown as it is
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self)
        self.button.setObjectName("hideUnavailableRounds")
        self.button.clicked.connect(self.put_away)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, WARNING_COLOUR)
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#1f1f1f"))
        self.setPalette(palette)
        self.hide()

    def _ids(self) -> list[str]:
        return [p.round_id for p in self.problems]

    def show_problems(self, problems: Sequence[Unavailable]) -> None:
        """The rounds to tell now (the catalog was read again); shown again unless the user
        put away these very ones."""
        self.problems = list(problems)
        self.retranslate()

    def put_away(self) -> None:
        self._put_away = self._ids()
        self.hide()

    def set_lang(self, lang: Lang) -> None:
        self.lang = lang
        self.retranslate()

    def retranslate(self) -> None:
        lang = self.lang
        said = "\n".join(escape_lines(p.message(lang)) for p in self.problems)
        self.text.setText(said)
        # Reached by the keyboard on its button: a screen reader reads what it hides.
        self.button.setAccessibleDescription(said)
        self.button.setText(self.tr("Piilota"))
        self.button.setToolTip(
            self.tr("Piilottaa ilmoituksen ohjelman seuraavaan käynnistykseen asti")
        )
        self.setVisible(bool(self.problems) and self._ids() != self._put_away)

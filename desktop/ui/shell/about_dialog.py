"""The About box: version, data folder, and the licence of every part of the program."""

from __future__ import annotations

import html
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop import APP_NAME, __version__
from desktop.licences import FONTS, REGISTER, Licence, is_qt, libraries
from desktop.ui.translations import fill

QT_SOURCE = "https://download.qt.io/official_releases/qt/"
PYSIDE_SOURCE = "https://download.qt.io/official_releases/QtForPython/"
LGPL_TEXT = "https://www.gnu.org/licenses/lgpl-3.0.html"
EUPL_TEXT = "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12"


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _link(url: str) -> str:
    return f'<a href="{_e(url)}">{_e(url)}</a>' if url else ""


class AboutDialog(QDialog):
    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("Tietoja ohjelmasta"))
        self.resize(640, 560)
        self.text = QTextBrowser(self)
        self.text.setObjectName("aboutText")
        self.text.setAccessibleName(self.tr("Tietoja ohjelmasta"))
        self.text.setOpenExternalLinks(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.text.setHtml(self.page(data_folder, libraries()))
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def page(self, data_folder: Path, parts: list[Licence]) -> str:
        qt_folder = Path(PySide6.__file__).resolve().parent
        heading = f"<h2>{_e(APP_NAME)} {_e(__version__)}</h2>"
        about = self.tr("Sote-uudistuksen tilannekuvakyselyjen vastaaminen ilman verkkoyhteyttä.")
        folder = fill(_e(self.tr("Tietokansio: %1")), _e(data_folder))
        own = fill(
            _e(self.tr("Ohjelman lisenssi: %1 (Euroopan unionin yleinen lisenssi).")),
            f"EUPL-1.2 {_link(EUPL_TEXT)}",
        )
        qt = fill(
            _e(
                self.tr(
                    "Ohjelma käyttää Qt:ta (versio %1) ja PySide6:ta LGPL-3.0-lisenssillä. Ne ovat "
                    "ohjelman kansiossa erillisinä jaettuina kirjastoina (%2), ja ne saa korvata "
                    "omalla, muokatulla versiollaan. Lähdekoodi: %3 ja %4. Lisenssin teksti: %5."
                )
            ),
            _e(qVersion()),
            _e(qt_folder),
            _link(QT_SOURCE),
            _link(PYSIDE_SOURCE),
            _link(LGPL_TEXT),
        )
        fonts = fill(
            _e(self.tr("Raportin fontti %1 %2: %3.")),
            _e(FONTS.name),
            _e(FONTS.version),
            _e(FONTS.licence),
        )
        register = fill(
            _e(
                self.tr(
                    "Kuntarekisteri: Tilastokeskuksen luokitukset 2022, lisenssi CC BY 4.0. "
                    "Lähde: Tilastokeskus. %1"
                )
            ),
            _link(REGISTER.source),
        )
        rows = "".join(
            f"<tr><td>{_e(p.name)}</td><td>{_e(p.version)}</td><td>{_e(p.licence)}</td>"
            f"<td>{_link(p.source)}</td></tr>"
            for p in parts
            if not is_qt(p)
        )
        table_heading = self.tr("Mukana olevat kirjastot")
        columns = (self.tr("Nimi"), self.tr("Versio"), self.tr("Lisenssi"), self.tr("Lähde"))
        header = "".join(f"<th align='left'>{_e(c)}</th>" for c in columns)
        return (
            f"{heading}<p>{_e(about)}</p><p>{folder}</p>"
            f"<p>{own}</p><p>{qt}</p><p>{fonts}</p><p>{register}</p>"
            f"<h3>{_e(table_heading)}</h3><table cellspacing='4'><tr>{header}</tr>{rows}</table>"
        )

"""The band above the questions while answers wait to be saved again (``SaveStatus``), or
while the window shows a data folder it may only read. It takes no focus and no keys."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from desktop.errors import UserError
from desktop.i18n import Lang
from desktop.ui.translations import fill

# Joins the characters on either side: no line may break there (Unicode's WORD JOINER).
_JOINED = "\u2060"


def unbroken(path: str) -> str:
    """``path`` as rich text that no line breaks inside: Qt breaks a line after a slash or a
    backslash ("(/" and "tmp/…" on two lines), and ``white-space: nowrap`` does not stop it."""
    from html import escape  # at the first failure, not at start-up

    joined = escape(_JOINED.join(path))
    return f'<span style="white-space:nowrap">{joined}</span>'


def whole_paths(message: str, error: UserError) -> str:
    """``message`` as rich text in which no line breaks inside a folder or file it names."""
    from html import escape

    shown = escape(message)
    for value in error.values.values():
        if isinstance(value, str) and ("/" in value or "\\" in value):
            shown = shown.replace(escape(value), unbroken(value))
    return shown.replace("\n", "<br>")


class SaveFailureBanner(QFrame):
    """The band above the questions while answers wait to be saved again; it takes no focus."""

    def __init__(self, parent: QWidget, retry: Callable[[], None]) -> None:
        super().__init__(parent)
        self.setObjectName("saveFailureBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("#saveFailureBanner { background: #fce8e6; }")
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.text = QLabel(self)
        self.text.setObjectName("saveFailureText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.retry = QPushButton(self)
        self.retry.setObjectName("retrySaving")
        # Reached with Tab, but a click leaves the focus where the user was typing.
        self.retry.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.retry.clicked.connect(retry)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def tell(self, error: UserError, lang: Lang) -> None:
        from html import escape

        if error.key == "storage.database.disk_full":
            kept = self.tr(
                "Vastaukset pysyvät ikkunassa, ja ne tallennetaan, kun levyllä on taas tilaa; "
                "tallentamista yritetään uudelleen muutaman sekunnin välein."
            )
        elif error.key == "storage.database.read_only":
            # Closing the window now would lose them: said here, before the question on closing.
            kept = self.tr(
                "Vastaukset pysyvät ikkunassa, ja ne tallennetaan, kun kansioon voi taas "
                "kirjoittaa; sitä yritetään uudelleen muutaman sekunnin välein. Jos suljet "
                "ohjelman ennen sitä, tallentamattomat vastaukset menetetään."
            )
        else:
            kept = self.tr(
                "Vastaukset pysyvät ikkunassa, ja ne tallennetaan, kun tallentaminen taas "
                "onnistuu; sitä yritetään uudelleen muutaman sekunnin välein."
            )
        self.text.setText(f"{whole_paths(error.message(lang), error)}<br>{escape(kept)}")
        self.retry.setText(self.tr("&Yritä nyt"))
        self.retry.show()
        self.show()

    def tell_read_only(self, error: UserError) -> None:
        """The answers were opened read-only: the folder may not be written to."""
        from html import escape

        folder = str(error.values.get("path", ""))
        if error.key in ("storage.database.disk_full_open", "storage.database.disk_full_reading"):
            told = self.tr(
                "Levy on täynnä, joten tietokansion %1 vastaukset avattiin vain luettaviksi: "
                "mitään ei voi tallentaa, ennen kuin levyltä vapautetaan tilaa. Tyhjennä "
                "roskakori tai poista suuria tiedostoja; aiemmin tallennetut vastaukset ovat "
                "tallessa."
            )
        else:
            told = self.tr(
                "Tietokansioon %1 ei voi kirjoittaa, joten vastaukset avattiin vain "
                "luettaviksi: mitään ei tallenneta, ennen kuin kansioon voi kirjoittaa. Pyydä "
                "kansioon kirjoitusoikeus, tai avaa ohjelma kansiossa, johon voit kirjoittaa."
            )
        why = fill(told, folder)
        self.text.setText(escape(why).replace(escape(folder), unbroken(folder), 1))
        self.retry.hide()
        self.show()

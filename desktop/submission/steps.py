"""The steps of an export, listed once, with the words shown while each runs."""

from __future__ import annotations

from enum import StrEnum

from desktop.i18n import Lang, Texts, message


class Step(StrEnum):
    """The steps of an export, in order, reported to a progress callback as they start."""

    REPORT = "report"
    SIGN = "sign"
    PACKAGE = "package"
    CHECK = "check"
    SAVE = "save"

    @property
    def position(self) -> int:
        return list(Step).index(self)

    def text(self, lang: Lang) -> str:
        """What the command line and the window show while the step runs."""
        return message(_TEXTS, self.value, lang)


_TEXTS: dict[str, Texts] = {
    "report": {"fi": "Tehdään raporttia…", "sv": "Rapporten görs…", "en": "Making the report…"},
    "sign": {"fi": "Allekirjoitetaan…", "sv": "Signeras…", "en": "Signing…"},
    "package": {
        "fi": "Kootaan pakettia…",
        "sv": "Paketet sätts ihop…",
        "en": "Putting the package together…",
    },
    "check": {
        "fi": "Tarkistetaan pakettia…",
        "sv": "Paketet kontrolleras…",
        "en": "Checking the package…",
    },
    "save": {"fi": "Tallennetaan tiedostoja…", "sv": "Filerna sparas…", "en": "Saving the files…"},
}

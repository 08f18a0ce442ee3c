"""The steps of an export, listed once, with the words shown while each runs."""

from __future__ import annotations

from enum import StrEnum

from desktop.i18n import Lang, text


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
        return text(f"submission.step.{self.value}", lang)

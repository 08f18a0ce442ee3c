"""Before a final export, what goes with the answers: the round's readiness summary.

The core's lists (``desktop.submission.readiness``), as ``tilannekuva export``
prints them: confirmed warnings with their explanations, unusual changes,
optional questions left empty; and, for a correction, the answers changed
since the last submission (``desktop.review.compare.changed_since_sent``).
The user goes on to choose the folder, or back to the form.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QWidget

from desktop.i18n import Lang
from desktop.submission.readiness import Readiness
from desktop.ui import dialogs
from desktop.ui.translations import fill
from desktop.untrusted import escape

if TYPE_CHECKING:
    from desktop.review.compare import SinceSent


class ReadinessSummary(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.parent_widget = parent

    def ask(
        self,
        ready: Readiness,
        lang: Lang,
        answered: Callable[[bool], None],
        since: SinceSent | None = None,
    ) -> None:
        """The summary in a question; ``answered(True)`` when the user goes on."""

        def done(yes: bool) -> None:
            self.deleteLater()
            answered(yes)

        box = dialogs.question(
            self.parent_widget,
            self.tr("Tarkista ennen lähettämistä"),
            self.text(ready, lang, since),
            done,
            yes=self.tr("&Jatka lähettämistä"),
            no=self.tr("&Palaa takaisin"),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # explanations are the user's own text

    def text(self, ready: Readiness, lang: Lang, since: SinceSent | None = None) -> str:
        """What goes with the answers: confirmed warnings with their explanations, unusual
        changes, the optional questions left empty (the core's lists, as the command line's);
        with ``since``, the questions whose answers changed since the last submission."""
        shown = 10
        parts = [fill(self.tr("Kierros %1 on valmis lähetettäväksi."), ready.round.id)]
        if since is not None and since.changed:
            heading = fill(
                self.tr("Muutettu lähetyksen %1 jälkeen (%2):"),
                str(since.number),
                str(len(since.changed)),
            )
            lines = [heading]
            lines.extend(f"• {d.question.title(lang)}" for d in since.changed[:shown])
            if len(since.changed) > shown:
                lines.append(fill(self.tr("… ja %1 muuta"), len(since.changed) - shown))
            parts.append("\n".join(lines))
        elif since is not None and ready.unchanged_since is None:
            # The same answers, and the correction may go: explanations are what changed.
            said = self.tr(
                "Vastauksia ei ole muutettu lähetyksen %1 jälkeen; huomautusten selityksiä on "
                "muutettu."
            )
            parts.append(fill(said, str(since.number)))
        elif since is not None:
            parts.append(
                fill(
                    self.tr("Vastauksia ei ole muutettu lähetyksen %1 jälkeen."),
                    str(since.number),
                )
            )
        lists = (
            (self.tr("Vahvistetut huomautukset (%1):"), ready.confirmed_warnings),
            (
                self.tr("Poikkeukselliset muutokset edelliseen kierrokseen, vahvistettu (%1):"),
                ready.unusual_changes,
            ),
        )
        for heading, problems in lists:
            if not problems:
                continue
            lines = [fill(heading, len(problems))]
            for problem in problems[:shown]:
                lines.append(f"• {problem.message(lang)}")
                if problem.explanation is not None:
                    lines.append("   " + fill(self.tr("Selitys: %1"), escape(problem.explanation)))
            if len(problems) > shown:
                lines.append(fill(self.tr("… ja %1 muuta"), len(problems) - shown))
            parts.append("\n".join(lines))
        optional = ready.unanswered_optional
        if optional:
            heading = self.tr("Vapaaehtoiset kysymykset, joihin ei ole vastattu (%1):")
            lines = [fill(heading, len(optional))]
            lines.extend(f"• {question.title(lang)}" for _, question in optional[:shown])
            if len(optional) > shown:
                lines.append(fill(self.tr("… ja %1 muuta"), len(optional) - shown))
            parts.append("\n".join(lines))
        if not (ready.confirmed_warnings or ready.unusual_changes or optional):
            parts.append(self.tr("Kaikkiin kysymyksiin on vastattu, eikä huomautuksia ole."))
        parts.append(
            self.tr(
                "Jatka lähettämistä, niin seuraavaksi valitaan kansio ja vastaukset "
                "allekirjoitetaan. Palaa takaisin, jos haluat vielä muuttaa vastauksia."
            )
        )
        return "\n\n".join(parts)

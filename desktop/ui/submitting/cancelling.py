"""Cancelling a correction from the window: "Peru korjaus" on the banner and the Lähetys menu.

It does what ``tilannekuva correct ROUND --cancel`` does: the edits still
waiting are saved first, so that what the question tells is what the form
shows; then the submission service says what cancelling would discard
(``desktop.submission.cancelling``). A correction with nothing changed is
cancelled at once; otherwise the official is told which answers, sections and
explanations go, and asked, keeping the correction the default. A kept
package that cannot be read or no longer passes the check refuses it, and
the correction stays as it was. Once cancelled, the round is shown locked
from the kept package of its last submission.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from desktop.errors import UserError
from desktop.i18n import pick
from desktop.submission.service import Submissions
from desktop.ui import dialogs
from desktop.ui.translations import fill
from desktop.untrusted import escape

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from desktop.submission.cancelling import Discarded
    from desktop.ui.submitting.host import SubmittingWindow


class CorrectionCancelling(QObject):
    """The question before a correction is cancelled, and the cancelling."""

    def __init__(
        self,
        window: SubmittingWindow,
        message: Callable[[BaseException], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.window = window
        self.message = message  # a refusal as the window tells it

    def ask(self) -> QMessageBox | None:
        """Cancel the correction of the round shown, asking first when it changed anything;
        the dialog shown (the question, or why it cannot be cancelled), None when none is."""
        window = self.window
        session = window.session
        if session is None or window.workbook.is_locked(session.round_id):
            return None
        round_id = session.round_id
        window.flush()
        try:
            found = Submissions(window.workbook).correction_discarded(round_id)
        except UserError as exc:
            return self._refused(exc)
        if found is None:
            return None
        unsaved = len(session.unsaved) + len(session.typed_errors)
        if found.nothing and not unsaved:
            return self._cancel(round_id)

        def answered(yes: bool) -> None:
            if yes:
                self._cancel(round_id)

        box = dialogs.question(
            window,
            self.tr("Peru korjaus"),
            self._question(found, unsaved),
            answered,
            yes=self.tr("&Peru korjaus ja hylkää muutokset"),
            no=self.tr("&Jatka korjausta"),
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the sections' names are only shown
        return box

    def _question(self, found: Discarded, unsaved: int) -> str:
        lang = self.window.lang
        title = escape(pick(self.window.workbook.round(found.round_id).title, lang))
        lines = [
            fill(
                self.tr(
                    "Perutaanko kierroksen ”%1” korjaus? Kierros palautetaan lähetyksen %2 "
                    "mukaiseksi ja lukitaan, ja korjauksessa tehdyt muutokset hylätään:"
                ),
                title,
                found.number,
            ),
            "",
        ]
        if found.answers:
            sections = ", ".join(escape(pick(s.title, lang)) for s in found.sections)
            lines.append(
                fill(self.tr("• muutettuja vastauksia: %1 (%2)"), len(found.answers), sections)
            )
        if found.explanations:
            lines.append(
                fill(self.tr("• muutettuja huomautusten selityksiä: %1"), found.explanations)
            )
        if unsaved:
            lines.append(fill(self.tr("• tallentamattomia muutoksia: %1"), unsaved))
        return "\n".join(lines)

    def _refused(self, error: UserError) -> QMessageBox:
        return dialogs.error(self.window, self.tr("Korjausta ei peruttu"), self.message(error))

    def _cancel(self, round_id: str) -> QMessageBox | None:
        window = self.window
        try:
            done = Submissions(window.workbook).cancel_correction(round_id)
        except UserError as exc:
            return self._refused(exc)
        session = window.session
        if session is not None and session.round_id == round_id:
            # Edits of the correction that could not be saved, or typed and refused: gone.
            session.discard_unsaved()
        window.refresh_lock()
        if done is not None:
            window.statusBar().showMessage(
                fill(
                    self.tr("Korjaus peruttu: kierros on lukittu, ja sen vastaus on lähetys %1."),
                    done.number,
                ),
                10000,
            )
        return None

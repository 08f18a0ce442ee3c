"""What the window tells about saving.

The status bar says whether every answer is saved ("Tallennettu 14:02:31"),
is being saved, or waits to be saved again. A failed save or read is told
once, in a message box, until saving (or checking) works again; the answers
that wait are counted in the status bar meanwhile. Closing the window while
answers wait asks first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop.errors import UserError
from desktop.i18n import Lang
from desktop.jsonvalue import JSONValue
from desktop.storage import StorageError
from desktop.survey.formatting import local_clock
from desktop.ui import dialogs
from desktop.ui.form.session import FormSession
from desktop.ui.translations import fill
from desktop.workbook import Workbook

log = logging.getLogger(__name__)


class SaveStatus(QObject):
    """The status bar's word on saving, and the messages when saving fails."""

    saved = Signal(str)  # the status text, once every edit so far is committed

    def __init__(
        self,
        window: QMainWindow,
        workbook: Workbook,
        sessions: Mapping[str, FormSession],
        lang: Lang,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workbook = workbook
        self.sessions = sessions
        self.lang: Lang = lang
        self.label = QLabel(window)
        self.label.setObjectName("saveStatus")
        window.statusBar().addPermanentWidget(self.label)
        self._saved_at: str | None = None  # local time of this window's last commit
        self._failure_told = False  # saving fails, and the user has been told so
        self._unreadable_told = False  # reading the answers fails, and the user knows

    def watch(self, session: FormSession) -> None:
        session.committed.connect(self.committed)
        session.pending_changed.connect(self._pending)
        session.failed.connect(self._save_failed)
        session.unreadable.connect(self._read_failed)
        session.unsaved_changed.connect(self._unsaved_changed)
        session.checked.connect(self._checked)

    def unsaved_count(self) -> int:
        """Edits shown in the form that could not be committed yet (they are tried again)."""
        return sum(len(s.unsaved) for s in self.sessions.values())

    def show(self) -> str:
        """Put the current state in the status bar (and return the text)."""
        unsaved = self.unsaved_count()
        refused = sum(len(s.typed_errors) for s in self.sessions.values())
        if unsaved:
            text = fill(
                self.tr("Tallentamatta olevia vastauksia: %1 (yritetään uudelleen)"), str(unsaved)
            )
        elif refused:
            # Typed text that is no answer stays on the form, unsaved, until corrected.
            text = fill(
                self.tr("Tallentamatta, koska ei kelpaa: %1 (katso Korjattavaa)"), str(refused)
            )
        elif self._saved_at is None:
            text = self.tr("Kaikki vastaukset tallessa")
        else:
            text = fill(self.tr("Tallennettu %1"), self._saved_at)
        self.label.setText(text)
        return text

    def committed(self, _pointer: str = "", _value: JSONValue = None) -> None:
        self._saved_at = local_clock(self.workbook.last_commit)
        if not self._any_pending():
            self.saved.emit(self.show())

    def _any_pending(self) -> bool:
        return any(s.has_pending for s in self.sessions.values())

    def _pending(self, pending: bool) -> None:
        if pending:
            self.label.setText(self.tr("Tallennetaan…"))
        elif not self._any_pending():
            self.show()  # a refused text ends the wait without a commit

    def _save_failed(self, error: UserError) -> None:
        self.show()
        title = self.tr("Vastausta ei tallennettu")
        if not (isinstance(error, StorageError) and error.may_pass):
            # Refused for what it is (or where): trying again would not help, so nothing waits.
            dialogs.error(self.window, title, error.message(self.lang))
            return
        if self._failure_told:
            return  # told once; until saving works again the status bar keeps count
        self._failure_told = True
        dialogs.error(
            self.window,
            title,
            error.message(self.lang)
            + "\n\n"
            + self.tr(
                "Vastaus näkyy lomakkeella, ja sen tallentamista yritetään uudelleen "
                "muutaman sekunnin välein."
            ),
        )

    def _read_failed(self, error: UserError) -> None:
        if self._unreadable_told:
            return  # until a check goes through again
        self._unreadable_told = True
        dialogs.error(self.window, self.tr("Vastauksia ei voitu lukea"), error.message(self.lang))

    def _checked(self) -> None:
        self._unreadable_told = False

    def _unsaved_changed(self, _count: int) -> None:
        if not self.unsaved_count():
            self._failure_told = False  # saving works again: a new failure is news
        if not self._any_pending():
            self.show()

    def refused_count(self) -> int:
        """Texts shown in the form that were refused as typed, so not saved (a saved answer,
        if any, stays stored in their place)."""
        return sum(len(s.typed_errors) for s in self.sessions.values())

    def ask_before_closing(self, close_anyway: Callable[[], None]) -> bool:
        """True when every answer the form shows is saved; otherwise asks, and calls
        ``close_anyway`` if the user chooses to close without what is not saved (edits that
        wait to be saved again, and texts refused as typed)."""
        unsaved = self.unsaved_count()
        refused = self.refused_count()
        if not unsaved and not refused:
            return True
        reasons = [s.last_failure for s in self.sessions.values() if s.last_failure is not None]
        told = [reasons[0].message(self.lang)] if unsaved and reasons else []
        if refused:
            told.append(
                self.tr(
                    "%n vastausta ei kelpaa sellaisenaan, joten niitä ei ole tallennettu "
                    "(ne on lueteltu kohdassa Korjattavaa).",
                    "",
                    refused,
                )
            )
        text = fill(
            self.tr(
                "Tallentamatta olevia vastauksia: %1. %2\n\n"
                "Jos suljet ikkunan nyt, nämä vastaukset menetetään. Muut vastaukset ovat "
                "tallessa. Suljetaanko silti?"
            ),
            str(unsaved + refused),
            " ".join(told),
        )

        def answered(yes: bool) -> None:
            if yes:
                log.warning("closed with %d unsaved edits, %d refused texts", unsaved, refused)
                close_anyway()

        dialogs.question(
            self.window,
            self.tr("Vastauksia tallentamatta"),
            text,
            answered,
            yes=self.tr("Sulje tallentamatta"),
            no=self.tr("Palaa lomakkeelle"),
        )
        return False

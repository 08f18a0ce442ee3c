"""What the window tells about saving.

The status bar says whether every answer is saved ("Tallennettu 14:02:31"),
is being saved, or waits to be saved again. A save that fails for a reason
that may pass (a full disk, a folder turned read-only, another program
holding the file) is told in a band above the questions (``SaveFailureBanner``),
not in a box: it fails in a pause of the typing, and a box would take the
keys typed next. The band takes no focus, says the answers stay in the window
and are saved once it works again, offers to try now, and goes when nothing
waits. A save refused for good and a failed read are told in a box, once.
Closing the window while answers wait asks first.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from desktop.errors import UserError
from desktop.i18n import Lang
from desktop.jsonvalue import JSONValue
from desktop.storage import StorageError
from desktop.survey.formatting import local_clock
from desktop.ui import dialogs
from desktop.ui.announce import announce
from desktop.ui.form.session import FormSession
from desktop.ui.translations import fill
from desktop.workbook import Workbook

if TYPE_CHECKING:
    from desktop.ui.form.save_band import SaveFailureBanner

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
        # A gap before it: a long message in the status line is cut short of it, not run on.
        gap = self.label.fontMetrics().averageCharWidth() * 2
        self.label.setContentsMargins(gap, 0, 0, 0)
        window.statusBar().addPermanentWidget(self.label)
        self._saved_at: str | None = None  # local time of this window's last commit
        self._failure_told = False  # saving fails, and the user has been told so
        self._unreadable_told = False  # reading the answers fails, and the user knows
        self._banner: SaveFailureBanner | None = None  # made at the first failure
        self._read_only: UserError | None = None  # the folder may only be read: why
        self._told: tuple[int, int, bool] | None = None  # the state a screen reader was told

    @property
    def banner(self) -> SaveFailureBanner:
        """Above the questions (over the band of a submitted round), made when first needed."""
        if self._banner is None:
            # Made at the first failure: its classes are not built at every start.
            from PySide6.QtWidgets import QBoxLayout

            from desktop.ui.form.save_band import SaveFailureBanner

            self._banner = SaveFailureBanner(self.window, self.retry_now)
            above = self.window.findChild(QWidget, "lockBanner")
            column = above.parentWidget() if above is not None else None
            layout = column.layout() if column is not None else None
            if isinstance(layout, QBoxLayout) and above is not None:
                self._banner.setParent(column)
                layout.insertWidget(layout.indexOf(above), self._banner)
            else:  # no form column: the status bar still tells
                self.window.statusBar().addWidget(self._banner, 1)
        return self._banner

    def tell_read_only(self, error: UserError) -> None:
        """The window shows a folder it may only read: the band says so for as long as it is
        open (a save tried anyway is told there too, and kept in the window)."""
        self._read_only = error
        self.banner.tell_read_only(error)

    def retry_now(self) -> None:
        """The user asked: save what waits now (what is typed meanwhile too)."""
        for session in self.sessions.values():
            session.flush()
        self.show()

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
        self._tell((unsaved, refused, self._saved_at is None), text, assertive=bool(unsaved))
        return text

    def _tell(self, state: tuple[int, int, bool], text: str, *, assertive: bool) -> None:
        """A screen reader is told when the state changes (saved at last, refused, failing),
        not at every save of a steady typing, nor of the state the window opens in."""
        told, self._told = self._told, state
        if told is not None and state != told:
            announce(self.label, text, assertive=assertive)

    def committed(self, _pointer: str = "", _value: JSONValue = None) -> None:
        self._writable_again()
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
            return  # told once; until saving works again the band and the status bar stay
        self._failure_told = True
        # A band, not a box: this comes in a pause of the typing, and a box would take the
        # keys typed next (and a space would close it unread).
        self.banner.tell(error, self.lang)

    def _read_failed(self, error: UserError) -> None:
        if self._unreadable_told:
            return  # until a check goes through again
        self._unreadable_told = True
        dialogs.error(self.window, self.tr("Vastauksia ei voitu lukea"), error.message(self.lang))

    def _checked(self) -> None:
        self._unreadable_told = False

    def _writable_again(self) -> None:
        """The folder may be written again, and the answers were opened for writing (by a
        save): the band's word that nothing can be saved no longer holds."""
        if self._read_only is not None and not self.workbook.folder_read_only:
            self._read_only = None
            if self._banner is not None and not self.unsaved_count():
                self._banner.hide()

    def _unsaved_changed(self, _count: int) -> None:
        self._writable_again()
        if not self.unsaved_count():
            self._failure_told = False  # saving works again: a new failure is news
            if self._read_only is not None:
                self.banner.tell_read_only(self._read_only)  # still nothing can be saved
            elif self._banner is not None:
                self._banner.hide()
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
        # Each count is said once, in its own sentence, with the plural form it needs.
        told: list[str] = []
        if unsaved:
            told.append(self.tr("%n vastausta ei voitu tallentaa.", "", unsaved))
            if reasons:
                told.append(reasons[0].message(self.lang))
        if refused:
            told.append(
                self.tr(
                    "%n vastausta ei kelpaa sellaisenaan, joten niitä ei ole tallennettu "
                    "(ne on lueteltu kohdassa Korjattavaa).",
                    "",
                    refused,
                )
            )
        closing = self.tr(
            "Jos suljet ikkunan nyt, nämä vastaukset menetetään. Muut vastaukset ovat "
            "tallessa. Suljetaanko silti?",
            "",
            unsaved + refused,
        )
        text = " ".join(told) + "\n\n" + closing

        def answered(yes: bool) -> None:
            if yes:
                log.warning("closed with %d unsaved edits, %d refused texts", unsaved, refused)
                close_anyway()

        dialogs.question(
            self.window,
            self.tr("Vastauksia tallentamatta"),
            text,
            answered,
            yes=self.tr("&Sulje tallentamatta"),
            no=self.tr("&Palaa lomakkeelle"),
        )
        return False

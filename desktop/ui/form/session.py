"""Saving a round's answers from the form, and checking them after every save.

The page reads each input once, as the user changes it, and hands the
session what it read: the value, or the ``AnswerError`` saying why the text
does not fit the question. Typing is saved per question after a short pause
(``DEBOUNCE_MS``), or, while the typing goes on without one, at the latest
``MAX_WAIT_MS`` after the first key not saved; and at once when focus moves,
the round changes or the window closes. What waits is the latest value handed
on for each pointer.
Every save is one durable commit through the ``Workbook`` (type-checked and
written to the audit log). After the saves of one turn of the event loop the
round is validated after a short pause, and ``checked`` tells the views to
show the new problems and progress. Text that does not fit is kept as a
typing problem (``typed_errors``), set and cleared by ``set_typed_error``
alone.

An edit whose commit fails (a full disk, a folder turned read-only, another
program holding the database) is not dropped: its value stays in ``unsaved``
and is committed again, quietly, every ``RETRY_MS`` and whenever the edits
are flushed, until it goes through or the user closes the window knowingly.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, TypeAlias

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.errors import UserError
from desktop.i18n import Lang
from desktop.jsonvalue import JSONValue, split_pointer
from desktop.storage import StorageError
from desktop.survey import Kind, Round
from desktop.survey.values import AnswerError, answer_text
from desktop.ui.translations import fill
from desktop.untrusted import escape_lines
from desktop.workbook import Workbook

if TYPE_CHECKING:
    from desktop.submission.sealed import Sealed
    from desktop.survey.validation import Problem

log = logging.getLogger(__name__)

DEBOUNCE_MS = 400
# Steady typing never pauses for DEBOUNCE_MS: what it typed is saved at the latest this long
# after the first key not saved, so a crash loses at most the last second or so.
MAX_WAIT_MS = 1_200
# Checking waits for a short pause too: a big table takes milliseconds to validate,
# and a burst of commits (a flush, rows removed) is checked once.
CHECK_MS = 120
# How often an edit that could not be saved is tried again.
RETRY_MS = 5_000
# How long such a try waits for another program's lock: it must not freeze the window.
RETRY_WAIT_MS = 100

# What the page read from an input: the value to store (None removes the answer),
# or why the text typed there does not fit the question.
Edit: TypeAlias = "JSONValue | AnswerError"


def _patched(whole: JSONValue, parts: list[str], value: JSONValue) -> JSONValue:
    """``whole`` (a table's rows, or a row) with ``value`` stored at ``parts`` below it
    (``None`` removes); a place that is not there leaves it as it is."""
    if not parts:
        return value
    head, rest = parts[0], parts[1:]
    if isinstance(whole, list) and head.isdigit():
        rows, index = list(whole), int(head)
        if rest:
            if index < len(rows):
                rows[index] = _patched(rows[index], rest, value)
        elif value is None:
            if index < len(rows):
                del rows[index]
        elif index < len(rows):
            rows[index] = value
        elif index == len(rows):
            rows.append(value)
        return rows
    if isinstance(whole, dict):
        row = dict(whole)
        if rest:
            row[head] = _patched(row.get(head), rest, value)
        elif value is None:
            row.pop(head, None)
        else:
            row[head] = value
        return row
    return whole


def _question(pointer: str) -> str:
    """The pointer of the question ``pointer`` is in (a table's, for one of its cells)."""
    return "/".join(pointer.split("/")[:3])


def _escaped(value: JSONValue) -> JSONValue:
    """A package's answers with every string escaped as by ``escape_lines``: shown in the
    form, a long answer keeps its lines."""
    if isinstance(value, str):
        return escape_lines(value)
    if isinstance(value, list):
        return [_escaped(item) for item in value]
    if isinstance(value, dict):
        return {key: _escaped(item) for key, item in value.items()}
    return value


class FormSession(QObject):
    """The round being answered: pending edits, commits, problems and progress."""

    committed = Signal(str, object)  # pointer, the value now stored (None: removed)
    pending_changed = Signal(bool)  # True while an edit waits for its commit
    checked = Signal()  # problems, typed errors and progress are up to date
    failed = Signal(object)  # a UserError from saving: shown to the user
    unreadable = Signal(object)  # a UserError from reading the answers to check them
    unsaved_changed = Signal(int)  # how many edits wait to be committed again

    def __init__(
        self, workbook: Workbook, round_id: str, lang: Lang, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.workbook = workbook
        self.round_id = round_id
        self.lang: Lang = lang
        self.problems: list[Problem] = []
        self.progress: dict[str, tuple[int, int]] = {}
        # pointer → why the text typed there is not stored (letters in a number...)
        self._typed_errors: dict[str, str] = {}
        # pointer → the timer of its pause and the latest edit handed on for it
        self._pending: dict[str, tuple[QTimer, Edit]] = {}
        # pointer → when (time.monotonic) the first edit still waiting there was handed on
        self._waiting_since: dict[str, float] = {}
        # pointer → the value to commit again, for edits whose commit failed
        self.unsaved: dict[str, JSONValue] = {}
        self.last_failure: UserError | None = None
        self._retry_timer = QTimer(self)
        self._retry_timer.setInterval(RETRY_MS)
        self._retry_timer.timeout.connect(self.retry_quietly)
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_MS)
        self._check_timer.timeout.connect(self.check)
        # The first check of a window just opened: on the event loop's first turn.
        self._first_check = QTimer(self)
        self._first_check.setSingleShot(True)
        self._first_check.setInterval(0)
        self._first_check.timeout.connect(self.check)
        # A submitted round is shown from its stored package once its files were checked
        # again (``sealing`` while they are being checked: it lists no problems meanwhile).
        self.seal: Sealed | None = None
        self.sealing = False
        self.closing = False  # the window is closing: nothing more is read from the store
        # Before the user begins a section, its questions not answered yet are counted, not
        # told as mistakes: the sections where an answer of the user's is stored, the
        # questions (pointers) the user has left, and whether the user asked to see it all.
        self._begun: set[str] = set()
        self._left: set[str] = set()
        self.all_shown = False
        self.shown: list[Problem] = []  # the problems told now (``problems`` less the quiet)
        self.not_yet_answered = 0  # the required questions not answered, told quietly

    @property
    def from_package(self) -> bool:
        return self.seal is not None or self.sealing

    @property
    def round(self) -> Round:
        seal = self.seal
        if seal is not None and seal.intact:
            return seal.round  # with the schemas it was answered on
        return self.workbook.round(self.round_id)

    def answers(self) -> dict[str, dict[str, JSONValue]]:
        seal = self.seal
        if seal is not None:
            # Files that do not pass the check show nothing as if it were what was sent; the
            # answers of files that do are shown with their control and bidi characters escaped.
            if not seal.intact:
                return {}
            return {
                section: escaped
                for section, answers in seal.answers.items()
                if isinstance(escaped := _escaped(answers), dict)
            }
        return self.workbook.answers(self.round_id)

    def show_package(self, seal: Sealed | None, *, sealing: bool = False) -> None:
        """Show the round as its stored package says (its files checked again: ``seal``;
        ``sealing`` while they are being checked), or, with neither, as its answers are saved."""
        self.seal = seal
        self.sealing = sealing and seal is None
        self.check()

    @property
    def typed_errors(self) -> Mapping[str, str]:
        """Pointer → why the text typed there is not stored; changed by ``set_typed_error``."""
        return MappingProxyType(self._typed_errors)

    # -- debounced saving ----------------------------------------------------

    def schedule(self, pointer: str, edit: Edit) -> None:
        """Save ``edit`` at ``pointer`` after a pause in typing (a later one replaces it), or
        while the typing goes on, ``MAX_WAIT_MS`` after the first edit waiting there."""
        entry = self._pending.get(pointer)
        now = time.monotonic()
        if entry is None:
            self._waiting_since[pointer] = now
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.setInterval(DEBOUNCE_MS)
            timer.timeout.connect(lambda p=pointer: self._commit_pending(p))
            was_idle = not self._pending
            self._pending[pointer] = (timer, edit)
            if was_idle:
                self.pending_changed.emit(True)
        else:
            timer = entry[0]
            self._pending[pointer] = (timer, edit)
        waited_ms = (now - self._waiting_since.get(pointer, now)) * 1000
        timer.start(max(0, min(DEBOUNCE_MS, round(MAX_WAIT_MS - waited_ms))))

    def save_now(self, pointer: str, edit: Edit) -> None:
        """Save at once (a click is a finished answer), in place of anything pending there."""
        self.schedule(pointer, edit)
        self._commit_pending(pointer)

    def forget(self, pointer: str) -> None:
        """Drop what waits for ``pointer``: the caller has stored it otherwise."""
        entry = self._pending.pop(pointer, None)
        self._waiting_since.pop(pointer, None)
        if entry is None:
            return
        entry[0].stop()
        entry[0].deleteLater()
        if not self._pending:
            self.pending_changed.emit(False)

    @property
    def has_pending(self) -> bool:
        return bool(self._pending)

    def flush(self) -> None:
        """Save every waiting edit now (focus moved, round changed, window closing).

        Edits that failed before are tried again too, without a new message."""
        for pointer in list(self._pending):
            self._commit_pending(pointer)
        self.retry_quietly()

    def _commit_pending(self, pointer: str) -> None:
        entry = self._pending.pop(pointer, None)
        self._waiting_since.pop(pointer, None)
        if entry is None:
            return
        timer, edit = entry
        timer.stop()
        timer.deleteLater()
        if isinstance(edit, AnswerError):
            self.set_typed_error(pointer, edit)
            # What was kept to save there is no longer what the form shows: it is
            # saved like any edit once the text is corrected.
            if self.unsaved.pop(pointer, None) is not None:
                self._unsaved_changed()
        else:
            self.set_typed_error(pointer, None)
            self.store(pointer, edit)
        if not self._pending:
            self.pending_changed.emit(False)

    # -- immediate saving ----------------------------------------------------

    def store(
        self,
        pointer: str,
        value: JSONValue,
        *,
        again: tuple[str, JSONValue] | None = None,
        cancels: bool = False,
    ) -> bool:
        """Store ``value`` (``None`` removes the answer) now; False when it could not be.
        ``cancels``: ``value`` is what was there before an edit the user took back (Escape),
        which the history then leaves out.

        If the storage fails (the disk, the folder, another program),
        ``again`` (a pointer and what the form shows there, such as a whole
        table for one of its cells; by default ``pointer`` and ``value``) is
        kept to be committed again. An answer refused for what it is would
        only be refused again: not kept.
        """
        failure = self._write(pointer, value, cancels=cancels)
        if failure is None:
            return True
        if isinstance(failure, StorageError) and failure.may_pass:
            where, shown = again if again is not None else (pointer, value)
            self._keep_unsaved(where, shown)
        self.failed.emit(failure)
        return False

    def add_row(self, table_pointer: str, row: int, table: JSONValue) -> bool:
        """Store a new empty row; ``table`` is the table as the form shows it."""
        return self.store(f"{table_pointer}/{row}", {}, again=(table_pointer, table))

    def remove_rows(self, table_pointer: str, rows: list[int], table: JSONValue) -> bool:
        """Remove rows, highest first so the numbers of the others hold.

        If a removal fails, the rows stay in the form, and ``table`` (the
        table as the form shows it) is what gets committed again."""
        for row in sorted(rows, reverse=True):
            for pointer in [p for p in self._typed_errors if p.startswith(f"{table_pointer}/")]:
                del self._typed_errors[pointer]
            if not self.store(f"{table_pointer}/{row}", None, again=(table_pointer, table)):
                return False
        return True

    def _write(self, pointer: str, value: JSONValue, *, cancels: bool = False) -> UserError | None:
        """Commit one edit; the reason when it could not be (kept in ``last_failure``)."""
        try:
            if value is None:
                self.workbook.remove(self.round_id, pointer, self.lang, cancels=cancels)
            else:
                self.workbook.set_json(self.round_id, pointer, value, self.lang, cancels=cancels)
        except UserError as exc:
            log.warning("not saved %s: %s", pointer, exc.message("en"))
            self.last_failure = exc
            return exc
        if self.unsaved.pop(pointer, None) is not None:
            self._unsaved_changed()
        self._follow_in_unsaved(pointer, value)
        self.committed.emit(pointer, value)
        self._request_check()
        return None

    # -- edits that could not be saved ---------------------------------------

    def _keep_unsaved(self, pointer: str, value: JSONValue) -> None:
        self.unsaved.pop(pointer, None)
        self.unsaved[pointer] = value  # the newest last: they are tried in the order made
        self._unsaved_changed()

    def _follow_in_unsaved(self, pointer: str, value: JSONValue) -> None:
        """A part of a table kept unsaved was saved on its own (a cell, a row): the table
        kept to be saved again holds it too, so that saving it does not undo it."""
        for kept in list(self.unsaved):
            if pointer.startswith(f"{kept}/"):
                below = split_pointer(pointer)[len(split_pointer(kept)) :]
                self.unsaved[kept] = _patched(self.unsaved[kept], below, value)

    def _unsaved_changed(self) -> None:
        if self.unsaved and not self._retry_timer.isActive():
            self._retry_timer.start()
        elif not self.unsaved:
            self._retry_timer.stop()
            self.last_failure = None
        self.unsaved_changed.emit(len(self.unsaved))

    def retry_quietly(self) -> bool:
        """Commit again what could not be saved, in order, stopping at the first failure;
        True when nothing is left unsaved. A failure here shows no new message."""
        if not self.unsaved:
            return True
        with self.workbook.waiting_at_most(RETRY_WAIT_MS):
            for pointer in list(self.unsaved):
                # Read afresh: an earlier one saved may have changed a table kept here.
                if pointer not in self.unsaved:
                    continue
                if self._write(pointer, self.unsaved[pointer]) is not None:
                    return False
        return True

    def discard_unsaved(self) -> None:
        """Drop the edits waiting and the typing problems: the answers were replaced as a
        whole (a restored backup), and edits of the replaced state must not be saved over it."""
        self.unsaved.clear()
        self._typed_errors.clear()
        self._unsaved_changed()

    # -- typing problems -----------------------------------------------------

    def set_typed_error(self, pointer: str, error: AnswerError | str | None) -> None:
        """Text typed at ``pointer`` that does not fit (the reason: an ``AnswerError``, or a
        table cell's message), or ``None`` once what is typed there is stored."""
        if error is None:
            if self._typed_errors.pop(pointer, None) is not None:
                self._request_check()
            return
        message = self._refused(pointer, error) if isinstance(error, AnswerError) else error
        if self._typed_errors.get(pointer) != message:
            self._typed_errors[pointer] = message
            self._request_check()

    def _refused(self, pointer: str, error: AnswerError) -> str:
        """Why text typed at ``pointer`` is not stored, and what is stored there instead:
        the field shows the refused text, so the answer kept must be told."""
        message = error.message(self.lang)
        try:
            question = self.workbook.resolve(self.round_id, pointer, self.lang).question
            stored = self.workbook.stored(self.round_id, pointer)
        except UserError:
            return message
        if stored is None or isinstance(stored, dict | list):
            return message
        kept = fill(self.tr("Tallennettuna on yhä %1."), answer_text(question, stored, self.lang))
        return f"{message} {kept}"

    # -- checking ------------------------------------------------------------

    def _request_check(self) -> None:
        self._check_timer.start()

    def check_soon(self) -> None:
        """Count the answers now and check them on the event loop's next turn.

        The window opens with the progress of each section; the problems fill
        in just after the first paint (building the validators takes a moment).
        """
        try:
            answers = self.answers()
        except UserError:
            answers = {}  # check() tells the user, once the window is up
        self._count(answers)
        self._first_check.start()

    def stop_checking(self) -> None:
        """The window is closing: no validation or retry is due any more (the store may close next)."""
        self.closing = True
        self._check_timer.stop()
        self._first_check.stop()
        self._retry_timer.stop()

    def _count(self, answers: Mapping[str, Mapping[str, JSONValue]]) -> None:
        rnd = self.round
        self.progress = {s.id: s.progress(answers.get(s.id, {})) for s in rnd.sections}
        self._begun = set()
        for section in rnd.sections:
            for key in answers.get(section.id, {}):
                question = section.field(key)
                # The municipality comes from the profile: the program's answer, not the user's.
                if question is None or not (
                    question.read_only or question.kind is Kind.MUNICIPALITY
                ):
                    self._begun.add(section.id)
                    break

    # -- what is told before the user begins -----------------------------------

    def _quiet(self, problem: Problem) -> bool:
        """A question not answered yet in a section the user has not begun, nor left."""
        if self.all_shown or self.from_package or not problem.kind.startswith("required"):
            return False
        if problem.section_id in self._begun:
            return False
        return _question(problem.pointer) not in self._left

    def _sort_quiet(self) -> None:
        self.shown = [p for p in self.problems if not self._quiet(p)]
        self.not_yet_answered = len(self.problems) - len(self.shown)

    def left(self, pointer: str) -> None:
        """The user left the question at ``pointer``: what it lacks is told from now on."""
        if pointer in self._left:
            return
        quiet = [p for p in self.problems if _question(p.pointer) == pointer and self._quiet(p)]
        self._left.add(pointer)
        if quiet:
            self._sort_quiet()
            self.checked.emit()

    def show_all(self) -> None:
        """The user asked for the check (the list of what to fix, a submission): all is told."""
        if self.all_shown:
            return
        self.all_shown = True
        if self.not_yet_answered:
            self._sort_quiet()
            self.checked.emit()

    def check(self) -> None:
        self._check_timer.stop()
        self._first_check.stop()
        if self.from_package:
            # What was sent passed every check then; the seal tells whether it still does,
            # and the warnings it was sent with are told with their explanations (none
            # while the files are being checked).
            self.problems = []
            if self.seal is not None:
                from desktop.submission.sealed import explained

                self.problems = explained(self.workbook, self.seal)
            self._count(self.answers())
            self._sort_quiet()
            self.checked.emit()
            return
        rnd = self.workbook.round(self.round_id)
        try:
            answers = self.workbook.answers(self.round_id)
        except UserError as exc:
            self.unreadable.emit(exc)
            return
        # Each warning with the explanation the user confirmed it with, if any.
        from desktop.survey.explanations import apply  # once the window is up

        self.problems = apply(
            self.workbook.check(rnd.id, answers), self.workbook.explanations(rnd.id)
        )
        self._count(answers)
        self._sort_quiet()
        self.checked.emit()

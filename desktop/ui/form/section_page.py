"""One section of a round as a scrolling page of questions, generated from its schema.

Each question is a ``FieldRow`` (``field_row``): its label, help, input and
the problem to fix. The page keeps its own copy of the section's answers so a follow-up question appears
the moment its trigger is answered, before the answer is even saved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.errors import UserError
from desktop.i18n import Lang, pick
from desktop.jsonvalue import JSONObject, JSONValue, split_pointer
from desktop.survey import Section
from desktop.survey.values import AnswerError
from desktop.ui import dialogs
from desktop.ui.form.field_row import FieldRow, RowLook
from desktop.ui.form.fields import FieldEditor, is_table
from desktop.ui.form.fields.lines import DateEditor
from desktop.ui.form.session import Edit, FormSession
from desktop.ui.translations import fill

if TYPE_CHECKING:
    from desktop.municipalities import Register
    from desktop.survey.validation import Problem
    from desktop.ui.form.fields.table import TableEditor

FIRST_SCREEN = 30  # questions laid out before the page is shown
BATCH = 40  # and then per turn of the event loop


def _read(value: Callable[[], JSONValue]) -> Edit:
    """What an input holds: its value, or the ``AnswerError`` saying why its text does not fit."""
    try:
        return value()
    except AnswerError as error:
        return error


class SectionPage(QScrollArea):
    """The questions of one section; edits go to the session, problems come back from it."""

    # For what other rooms add to a page (the previous round's answers under the questions).
    answer_changed = Signal(str)  # a question's answer, as the page holds it, changed
    answers_shown = Signal()  # every answer shown anew, or in another language
    revealing = Signal(list)  # the keys of questions about to be laid out, in order
    explain_requested = Signal(str)  # the pointer of a warning the user wants to confirm

    def _register(self) -> Register:
        """The workbook's municipality register (read when a municipality is first named)."""
        return self.session.workbook.register

    def __init__(self, section: Section, session: FormSession, parent: QWidget | None = None):
        super().__init__(parent)
        self.section = section
        self.session = session
        self.lang: Lang = session.lang
        self.answers: JSONObject = {}
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the questions take the focus, not the page
        self.setObjectName(f"page_{section.id}")
        content = QWidget(self)
        content.setObjectName("pageContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 16, 24, 24)
        layout.setSpacing(4)
        self.title = QLabel(content)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setWeight(QFont.Weight.Bold)
        self.title.setFont(font)
        self.description = QLabel(content)
        self.description.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        self.rows: dict[str, FieldRow] = {}
        self._triggers = {t for c in section.conditions for t in c.trigger_fields}
        self._visible = section.visible_keys({})
        # Every input exists at once (answers, focus, tab order need them), but a long
        # section lays out its questions a screenful at a time: measuring wrapped text
        # is what makes 500 questions slow, and only the first screen is seen at once.
        self._revealed = 0
        self._reveal_timer = QTimer(self)
        self._reveal_timer.setSingleShot(True)
        self._reveal_timer.timeout.connect(self._reveal_batch)
        self.setWidget(content)
        look = RowLook.of(content)
        opens = session.round.opens
        for field in section.fields:
            beside = tuple(c for c in section.computed if c.beside == field.key)
            row = FieldRow(field, self.lang, look, content, beside, self._register)
            row.setObjectName(f"row_{field.key}")
            row.setHidden(True)
            layout.addWidget(row)
            self.rows[field.key] = row
            self._connect(row.editor)
            if row.none_box is not None:
                row.none_box.clicked.connect(lambda on, k=field.key: self._none_chosen(k, on))
            row.explain_requested.connect(lambda k=field.key: self._explain(k))
            if isinstance(row.editor, DateEditor):
                row.editor.period_start = opens
        layout.addStretch(1)
        self._order = list(self.rows)
        self._messages: dict[str, tuple[str | None, bool]] = {}  # and whether it is settled
        self._warnings: dict[str, str] = {}  # question → the pointer of its warning
        # Table cells whose value is not counted in the figures: refused, or out of bounds.
        self._uncounted: dict[str, set[tuple[int, str]]] = {}
        self._texts()
        self.reveal(FIRST_SCREEN)
        # The question gone to keeps on the screen while what is above it is still laid out
        # (its messages and previous answers), until the user scrolls or leaves it.
        self._kept: FieldEditor | None = None
        bar = self.verticalScrollBar()
        bar.rangeChanged.connect(lambda *_range: QTimer.singleShot(0, self._keep_shown))
        bar.actionTriggered.connect(lambda _action: self._forget_kept())

    # -- wiring --------------------------------------------------------------

    def pointer(self, key: str) -> str:
        return f"/{self.section.id}/{key}"

    def _connect(self, editor: FieldEditor) -> None:
        key = editor.field.key
        if is_table(editor):
            editor.cell_edited.connect(
                lambda row, column, e=editor: self._cell_edited(e, row, column)
            )
            editor.cell_typing.connect(
                lambda row, column, e=editor: self._cell_typing(e, row, column)
            )
            editor.cell_reverted.connect(
                lambda row, column, e=editor: self._cell_reverted(e, row, column)
            )
            editor.row_added.connect(lambda row, e=editor: self._row_added(e, row))
            editor.about_to_paste.connect(self.session.flush)
            editor.pasted.connect(lambda e=editor: self._pasted(e))
            editor.remove_requested.connect(lambda rows, e=editor: self._confirm_remove(e, rows))
            editor.model.dataChanged.connect(lambda *_args, e=editor: self._typed_cells(e))
            editor.model.stored = lambda row, column, e=editor: self._stored_cell(e, row, column)
            # A refused cell counts as what is stored there (totals under the table).
            editor.model.cell_refused.connect(
                lambda _row, _column, e=editor: self._remember(e.field.key, e.value())
            )
            return
        editor.changed.connect(lambda k=key, e=editor: self._edited(k, e))

    def _edited(self, key: str, editor: FieldEditor) -> None:
        # The input is read here, once: the session is handed the value, or why the text
        # does not fit the question, and keeps the latest until it is saved.
        edit = _read(editor.value)
        self._remember(key, self.answers.get(key) if isinstance(edit, AnswerError) else edit)
        if editor.typing:
            self.session.schedule(self.pointer(key), edit)
        else:
            self.session.save_now(self.pointer(key), edit)

    def _remember(self, key: str, value: JSONValue) -> None:
        if value is None:
            self.answers.pop(key, None)
        else:
            self.answers[key] = value
        if key in self._triggers:
            self.update_visibility()
        row = self.rows[key]
        row.show_none(value)
        self._show_figures()
        self.answer_changed.emit(key)

    def _show_figures(self) -> None:
        """The totals and shares worked out from the answers of the values held as valid: a
        table's cell out of its bounds is not counted; one whose typed text was refused
        counts the value still stored there."""
        if not self.section.computed:
            return
        answers = self.answers
        if self._uncounted:
            answers = dict(answers)
            for key, cells in self._uncounted.items():
                rows = answers.get(key)
                if not isinstance(rows, list):
                    continue
                rows = list(rows)
                for row, column in cells:
                    held = rows[row] if row < len(rows) else None
                    if isinstance(held, dict) and column in held:
                        rows[row] = {k: v for k, v in held.items() if k != column}
                answers[key] = rows
        for shown in self.rows.values():
            if shown.computed:
                shown.show_computed(answers)

    def _none_chosen(self, key: str, chosen: bool) -> None:
        """ "None" ticked stores the answer no rows; unticked, the question is unanswered again."""
        value: JSONValue = [] if chosen else None
        self.session.store(self.pointer(key), value)
        self._remember(key, value)

    def _explain(self, key: str) -> None:
        self.explain_requested.emit(self._warnings.get(key, self.pointer(key)))

    def _stored_cell(self, editor: TableEditor, row: int, column: str) -> JSONValue:
        """What the store holds at a cell (a refused text is not told as stored)."""
        pointer = f"{self.pointer(editor.field.key)}/{row}/{column}"
        try:
            return self.session.workbook.stored(self.session.round_id, pointer)
        except UserError:
            return None

    def _cell_typing(self, editor: TableEditor, row: int, column: str) -> None:
        # An open cell editor's text waits to be saved like any typed answer.
        pointer = f"{self.pointer(editor.field.key)}/{row}/{column}"
        self.session.schedule(pointer, _read(lambda: editor.cell_value(row, column)))

    def _cell_reverted(self, editor: TableEditor, row: int, column: str) -> None:
        # Escape: what the typing scheduled is not saved, and what it saved already is put
        # back, so the stored answer is as it was before the edit, and the history leaves
        # the edit out (the audit log keeps it, and its taking back).
        table = self.pointer(editor.field.key)
        pointer = f"{table}/{row}/{column}"
        self.session.forget(pointer)
        held = editor.model.rows[row].get(column) if row < len(editor.model.rows) else None
        if pointer in self.session.unsaved or self._stored_cell(editor, row, column) != held:
            self.session.store(pointer, held, again=(table, editor.rows_value()), cancels=True)
        self._remember(editor.field.key, editor.value())

    def _cell_edited(self, editor: TableEditor, row: int, column: str) -> None:
        table = self.pointer(editor.field.key)
        pointer = f"{table}/{row}/{column}"
        self.session.forget(pointer)  # the editor closed: its text is stored now
        self.session.store(
            pointer, editor.model.rows[row].get(column), again=(table, editor.rows_value())
        )
        self._remember(editor.field.key, editor.value())

    def _typed_cells(self, editor: TableEditor) -> None:
        base = self.pointer(editor.field.key)
        prefix = f"{base}/"
        for pointer in [p for p in self.session.typed_errors if p.startswith(prefix)]:
            parts = split_pointer(pointer)
            if (int(parts[2]), parts[3]) not in editor.model.typed:
                self.session.set_typed_error(pointer, None)
        for row, column in list(editor.model.typed):
            self.session.set_typed_error(
                f"{base}/{row}/{column}", editor.model.refusal(row, column)
            )

    def _pasted(self, editor: TableEditor) -> None:
        # Cells and rows pasted: the table is stored as a whole, in one save.
        table = self.pointer(editor.field.key)
        rows = editor.rows_value()
        self.session.store(table, rows, again=(table, rows))
        self._remember(editor.field.key, editor.value())

    def _row_added(self, editor: TableEditor, row: int) -> None:
        self.session.add_row(self.pointer(editor.field.key), row, editor.rows_value())
        self._remember(editor.field.key, editor.value())

    def _confirm_remove(self, editor: TableEditor, rows: list[int]) -> None:
        numbers = ", ".join(str(r + 1) for r in sorted(rows))
        text = fill(
            self.tr("Poistetaanko rivit %1 taulukosta ”%2”?", "", len(rows)),
            numbers,
            pick(editor.field.label, self.lang),
        )

        def answered(yes: bool) -> None:
            table = self.pointer(editor.field.key)
            self.session.flush()  # a cell still being typed is saved where it stands first
            if yes and self.session.remove_rows(table, rows, editor.rows_value()):
                editor.remove_rows(rows)
                # No rows left is stored as the answer "none", and shown ticked as such.
                self._remember(editor.field.key, editor.rows_value())

        dialogs.question(self, self.tr("Poista rivejä"), text, answered)

    # -- what the page shows -------------------------------------------------

    def set_answers(self, answers: JSONObject) -> None:
        self.answers = dict(answers)
        for key, row in self.rows.items():
            row.editor.set_value(self.answers.get(key))
            row.show_none(self.answers.get(key))
        self._show_figures()
        self.update_visibility()
        self.answers_shown.emit()

    def update_visibility(self) -> None:
        self._visible = self.section.visible_keys(self.answers)
        required = self.section.required_keys(self.answers)
        for index, key in enumerate(self._order):
            row = self.rows[key]
            shown = key in self._visible and index < self._revealed
            if row.isHidden() == shown:
                row.setVisible(shown)
            row.set_required(key in required)

    def is_shown(self, key: str) -> bool:
        """Whether the question is asked now (a follow-up only while its trigger holds)."""
        return key in self._visible

    @property
    def complete(self) -> bool:
        """Every question laid out (a long page finishes a screenful at a time)."""
        return self._revealed >= len(self._order)

    def reveal(self, count: int) -> None:
        """Lay out the questions up to ``count``; the rest follow on later turns of the loop."""
        end = min(max(count, self._revealed), len(self._order))
        if end > self._revealed:
            # What goes with a question (its previous answer) is added while it is hidden,
            # and laid out with it.
            self.revealing.emit(self._order[self._revealed : end])
        for key in self._order[self._revealed : end]:
            if key in self._visible:
                self.rows[key].setVisible(True)
        self._revealed = end
        if not self.complete:
            self._reveal_timer.start(0)

    def revealed_keys(self) -> list[str]:
        """The questions laid out so far (the rest follow a screenful at a time)."""
        return self._order[: self._revealed]

    def reveal_all(self) -> None:
        self.reveal(len(self._order))
        content = self.widget()
        layout = content.layout() if content is not None else None
        if layout is not None:
            layout.activate()  # geometry now, so a question can be scrolled to

    def _reveal_batch(self) -> None:
        self.reveal(self._revealed + BATCH)

    def show_problems(self, problems: Iterable[Problem], typed: Mapping[str, str]) -> None:
        """Mark this section's questions that have problems, and clear the ones fixed
        (``problems`` may be the whole round's: only those of this section are shown)."""
        messages: dict[str, str | None] = {}
        warned: set[str] = set()
        settled: set[str] = set()  # warnings the user confirmed with an explanation
        self._warnings = {}
        cells: dict[str, dict[tuple[int, str], str]] = {}
        uncounted: dict[str, set[tuple[int, str]]] = {}
        errors: dict[str, set[tuple[int, str]]] = {}  # cells to fix
        checks: dict[str, dict[tuple[int, str], str]] = {}  # cells with a warning not confirmed
        # Cells whose warning the user confirmed: what is said of each, and its pointer.
        confirmed: dict[str, dict[tuple[int, str], tuple[str, str]]] = {}
        # Errors first, so a question with both shows the error.
        for problem in sorted(problems, key=lambda p: not p.blocking):
            key = problem.field_key
            # Another section may ask a question of the same key: its problems are not ours.
            if key is None or problem.section_id != self.section.id or key not in self.rows:
                continue
            if problem.row is not None and problem.column is not None:
                cell = (problem.row, problem.column.key)
                value_wrong = problem.kind != "rule" and not problem.kind.startswith("required")
                if problem.blocking and value_wrong:
                    uncounted.setdefault(key, set()).add(cell)  # the value itself is wrong
                if problem.explanation is not None and not problem.blocking:
                    # Settled, as a question's is: ticked off with its reason, not marked.
                    said = self._settled(problem.message(self.lang), problem.explanation)
                    confirmed.setdefault(key, {}).setdefault(cell, (said, problem.pointer))
                else:
                    cells.setdefault(key, {}).setdefault(cell, problem.message(self.lang))
                    if not problem.blocking:  # to check and confirm, or change
                        checks.setdefault(key, {}).setdefault(cell, problem.pointer)
                    else:
                        errors.setdefault(key, set()).add(cell)
            elif key not in messages:
                messages[key] = problem.message(self.lang)
                if problem.explanation is not None:  # settled: ticked off, with its reason
                    messages[key] = self._settled(problem.message(self.lang), problem.explanation)
                if not problem.blocking:
                    self._warnings[key] = problem.pointer
                    if problem.explanation is None:
                        warned.add(key)
                    else:
                        settled.add(key)
        # Cells whose typed text was refused: the table marks them itself, with the reason
        # (its problems are those of the values stored, which the reason may go on to tell).
        refused_cells: dict[str, set[tuple[int, str]]] = {}
        for pointer, refused in typed.items():
            parts = split_pointer(pointer)
            if parts[0] != self.section.id or parts[1] not in self.rows:
                continue
            if len(parts) == 2:
                messages[parts[1]] = refused
            elif len(parts) == 4 and parts[2].isdigit():
                # Counted still: the row holds the value stored there, not the text refused.
                refused_cells.setdefault(parts[1], set()).add((int(parts[2]), parts[3]))
        if uncounted != self._uncounted:
            self._uncounted = uncounted
            self._show_figures()
        for key, row in self.rows.items():
            message = messages.get(key)
            whole = message is not None  # about the question itself, not one of its cells
            if is_table(row.editor):
                marked = cells.get(key, {})
                quiet = confirmed.get(key, {})
                row.editor.set_cell_problems(marked, {c: said for c, (said, _p) in quiet.items()})
                wrong = len(errors.get(key, set()) | refused_cells.get(key, set()))
                if wrong and message is None:
                    message = self.tr("Taulukossa on %n korjattavaa kohtaa.", "", wrong)
                elif checks.get(key) and message is None:
                    # Warnings to check, as the panel tells them: not mistakes to fix.
                    told = checks[key]
                    message = self.tr(
                        "Taulukossa on %n huomautus tarkistettavana: tarkista vastaus tai "
                        "vahvista se selityksellä.",
                        "",
                        len(told),
                    )
                    warned.add(key)
                    self._warnings[key] = next(iter(told.values()))
                elif quiet and message is None:
                    # Only confirmed warnings: told settled, with the button to change the reason.
                    message = "\n".join(said for said, _pointer in quiet.values())
                    settled.add(key)
                    self._warnings[key] = next(iter(quiet.values()))[1]
            shown = (message, key in settled)
            if self._messages.get(key, (None, False)) != shown:
                # A table with a wrong cell marks that cell, not the whole table.
                row.set_problem(message, mark=whole, warning=key in warned, settled=key in settled)
                self._messages[key] = shown

    def _settled(self, message: str, explanation: str) -> str:
        """A warning the user confirmed, as it is told: ticked off, with its reason."""
        return "✓ " + fill(self.tr("%1 Vahvistettu: %2"), message, explanation)

    def focus_pointer(self, pointer: str) -> bool:
        """Move the focus to the question (and the table cell) at ``pointer``."""
        parts = split_pointer(pointer)
        if len(parts) < 2 or parts[0] != self.section.id or parts[1] not in self.rows:
            return False
        row = self.rows[parts[1]]
        if not self.is_shown(parts[1]):
            return False
        # Laid out now (every question, and any just shown), so the row can be scrolled to.
        self.reveal_all()
        self.ensureWidgetVisible(row, 0, 40)
        editor = row.editor
        if is_table(editor) and len(parts) >= 3 and parts[2].isdigit():
            editor.focus_cell(int(parts[2]), parts[3] if len(parts) > 3 else 0)
        else:
            editor.focus_widget().setFocus(Qt.FocusReason.OtherFocusReason)
        self._kept = editor
        self._keep_shown()
        return True

    def _keep_shown(self) -> None:
        kept = self._kept
        if kept is None:
            return
        focused = QApplication.focusWidget()
        inside = focused is not None and (focused is kept or kept.isAncestorOf(focused))
        if focused is not None and not inside and self.isActiveWindow():
            self._kept = None  # the user went on elsewhere
            return
        # The input itself, should the row be tall (a table's cell: the table keeps it shown).
        self.ensureWidgetVisible(focused if inside and focused else kept.focus_widget(), 0, 40)

    def _forget_kept(self) -> None:
        self._kept = None

    def last_focus_widget(self) -> QWidget | None:
        """The page's last stop in the tab order (the window puts the problem list after it)."""
        content = self.widget()
        # The rows were made in order, so the last row holds the end of the page's chain.
        first = self.rows[self._order[-1]].editor.focus_widget() if self.rows else None
        if first is None or content is None:
            return None
        last, current = first, first.nextInFocusChain()
        while current is not None and current is not first and content.isAncestorOf(current):
            if current.focusPolicy() & Qt.FocusPolicy.TabFocus:
                last = current
            current = current.nextInFocusChain()
        return last

    def question_of(self, widget: QWidget) -> str | None:
        """The key of the question whose row holds ``widget``, if one does."""
        content = self.widget()
        if content is None or not content.isAncestorOf(widget):
            return None
        current: QWidget | None = widget
        while current is not None and current is not content:
            if isinstance(current, FieldRow):
                return current.field.key
            current = current.parentWidget()
        return None

    def editor(self, key: str) -> FieldEditor:
        return self.rows[key].editor

    def set_lang(self, lang: Lang) -> None:
        # Text typed but refused keeps its reason, told again in the new language; it is
        # read the old language's way (a comma means a decimal in Finnish, not in English).
        refused: dict[str, AnswerError] = {}
        for key, row in self.rows.items():
            pointer = self.pointer(key)
            if pointer in self.session.typed_errors:
                try:
                    row.editor.value()
                except AnswerError as exc:
                    refused[pointer] = exc
        self.lang = lang
        for row in self.rows.values():
            row.set_lang(lang)
        self._show_figures()
        for pointer, error in refused.items():
            self.session.set_typed_error(pointer, error)
        self._messages.clear()
        self._texts()
        self.answers_shown.emit()

    def _texts(self) -> None:
        self.title.setText(pick(self.section.title, self.lang))
        description = pick(self.section.description, self.lang)
        self.description.setText(description)
        self.description.setVisible(bool(description))

"""The rows of a repeated question (premises, contracts, staff groups) as a Qt table model.

One model row per answer row, one column per column of the question. Typed
text is parsed by the column's kind; text that does not fit is kept in the
cell (shown in red with the reason) and not stored, as a form on paper
would show a crossed-out figure. ``cell_edited`` tells the form to store a cell.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.i18n import Lang, pick
from desktop.i18n import text as message
from desktop.jsonvalue import JSONObject, JSONValue
from desktop.survey import Field, Kind
from desktop.survey.model import NUMERIC_KINDS
from desktop.survey.values import AnswerError, answer_text, display_value, parse_answer
from desktop.ui.form.fields.base import PROBLEM_COLOUR
from desktop.ui.translations import fill

# The stored JSON value of a cell, for editors that do not type text (drop-downs).
VALUE_ROLE = Qt.ItemDataRole.UserRole + 1
# Whether a cell's value differs from the same row's (by key) in the previous round.
DIFFERS_ROLE = Qt.ItemDataRole.UserRole + 2
# What the model is told of a cell's previous value: (the value as said, whether it differs).
CellHint = tuple[str, bool]
# What a cell held as its editor opened: its value, and the text refused there (and why).
CellState = tuple[JSONValue, tuple[str, str] | None]
_ERROR_TEXT = QBrush(QColor("#b3261e"))
_PROBLEM = QBrush(PROBLEM_COLOUR)

Index = QModelIndex | QPersistentModelIndex


class Pasted:
    """What a paste did: rows filled (of them added), rows left out for want of room, values
    refused, values beyond the last column."""

    __slots__ = ("added", "beyond", "cut", "refused", "rows")

    def __init__(self, rows: int, added: int, cut: int, refused: int, beyond: int) -> None:
        self.rows = rows
        self.added = added
        self.cut = cut
        self.refused = refused
        self.beyond = beyond


class RowsModel(QAbstractTableModel):
    """The rows of one table question; edits are reported, not stored, here."""

    cell_edited = Signal(int, str)  # row, column key: the new value is in ``rows``
    cell_refused = Signal(int, str)  # row, column key: the text typed there was not stored

    def __init__(self, field: Field, lang: Lang) -> None:
        super().__init__()
        self.field = field
        self.columns = field.columns
        self.lang: Lang = lang
        self.rows: list[JSONObject] = []
        self.problems: dict[tuple[int, str], str] = {}
        # (row, column) → what is said of a warning the user confirmed there: not a mistake
        self.settled: dict[tuple[int, str], str] = {}
        # (row, column) → (the text typed, why it was not stored)
        self.typed: dict[tuple[int, str], tuple[str, str]] = {}
        # A cell's previous value (in its tooltip and accessible description), if any.
        self.hint: Callable[[JSONObject, str], CellHint | None] | None = None
        # What is stored at a cell (row, column key), read from the store by the form: a
        # refused cell holds that, never a value its text had on the way to being refused.
        self.stored: Callable[[int, str], JSONValue] | None = None

    # -- reading -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def cell(self, row: int, column: int) -> JSONValue:
        return self.rows[row].get(self.columns[column].key)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        field = self.columns[column]
        key = (row, field.key)
        typed = self.typed.get(key)
        if role == Qt.ItemDataRole.DisplayRole:
            if typed is not None:
                return typed[0]
            return self._display(field, self.cell(row, column))
        if role == Qt.ItemDataRole.EditRole:
            if typed is not None:
                return typed[0]
            return self._display(field, self.cell(row, column))
        if role == VALUE_ROLE:
            return self.cell(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if typed is not None:  # and what is wrong with the value stored, if anything
                about = self.problems.get(key) or self.settled.get(key)
                return " ".join(t for t in (self.refusal(row, field.key), about) if t)
            shown = (
                self.problems.get(key)
                or self.settled.get(key)
                or self._full_text(field, row, column)
            )
            hint = self._hint(row, field.key)
            return "\n".join(t for t in (shown, hint[0] if hint else None) if t) or None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            hint = self._hint(row, field.key)
            return hint[0] if hint is not None else None
        if role == DIFFERS_ROLE:
            hint = self._hint(row, field.key)
            return hint is not None and hint[1]
        if role == Qt.ItemDataRole.FontRole and typed is not None:
            crossed = QFont()  # only this is set: the rest is the view's own font
            crossed.setStrikeOut(True)
            return crossed  # crossed out, as on paper: this text is not stored
        if role == Qt.ItemDataRole.BackgroundRole:
            return _PROBLEM if typed is not None or key in self.problems else None
        if role == Qt.ItemDataRole.ForegroundRole:
            return _ERROR_TEXT if typed is not None else None
        if role == Qt.ItemDataRole.TextAlignmentRole and field.kind in NUMERIC_KINDS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._display(field, self.cell(row, column))
        return None

    def note(self, row: int, column: int) -> str:
        """What a cell's tooltip tells beyond its text, for the status line while the cell
        has the keyboard: why its text was refused, its problem, its previous value."""
        if not (0 <= row < len(self.rows) and 0 <= column < len(self.columns)):
            return ""
        key = self.columns[column].key
        told = [self.refusal(row, key)] if (row, key) in self.typed else []
        told.append(self.problems.get((row, key)) or self.settled.get((row, key)) or "")
        hint = self._hint(row, key)
        told.append(hint[0] if hint is not None else "")
        return " ".join(t for t in told if t)

    def _hint(self, row: int, key: str) -> CellHint | None:
        return self.hint(self.rows[row], key) if self.hint is not None else None

    def set_hint(self, hint: Callable[[JSONObject, str], CellHint | None]) -> None:
        """Say each cell's previous value from now on (and mark the cells that differ)."""
        self.hint = hint
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
            )

    def refusal(self, row: int, key: str) -> str:
        """Why the text typed in a cell is not stored, and what is stored there instead."""
        _text, reason = self.typed[(row, key)]
        stored = self._stored(row, key)
        if stored is None or isinstance(stored, dict | list):
            return reason
        field = self.columns[[c.key for c in self.columns].index(key)]
        kept = fill(self.tr("Tallennettuna on yhä %1."), answer_text(field, stored, self.lang))
        return f"{reason} {kept}"

    def _stored(self, row: int, key: str) -> JSONValue:
        """What the store holds at a cell (as far as the model knows, without a store)."""
        if row >= len(self.rows):
            return None
        if self.stored is not None:
            return self.stored(row, key)
        return self.rows[row].get(key)

    def _refuse(self, row: int, key: str, text: str, reason: str) -> None:
        """Keep ``text`` as refused at a cell; the row holds what is stored there (what the
        text read as on its way may have been kept while it was typed)."""
        self.typed[(row, key)] = (text, reason)
        if row >= len(self.rows):
            return
        stored = self._stored(row, key)
        if stored is None:
            self.rows[row].pop(key, None)
        else:
            self.rows[row][key] = stored

    def _full_text(self, field: Field, row: int, column: int) -> str | None:
        """The whole of a cell's text, for a cell too narrow to show it."""
        text = self._display(field, self.cell(row, column))
        return text or None

    def _display(self, field: Field, value: JSONValue) -> str:
        if value is None:
            return ""
        if field.kind in NUMERIC_KINDS:
            return answer_text(field, value, self.lang)  # the unit is in the heading
        return display_value(field, value, self.lang)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self.columns):
                return self.columns[section].title(self.lang)
            return None
        return str(section + 1)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.columns[index.column()].read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- editing -------------------------------------------------------------

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role not in (Qt.ItemDataRole.EditRole, VALUE_ROLE):
            return False
        row, column = index.row(), index.column()
        field = self.columns[column]
        key = (row, field.key)
        if role == Qt.ItemDataRole.EditRole:
            text = "" if value is None else str(value).strip()
            try:
                parsed = self.read(field, text)
            except AnswerError as exc:
                self._refuse(row, field.key, text, exc.message(self.lang))
                self.dataChanged.emit(index, index)
                self.cell_refused.emit(row, field.key)
                return True
        else:
            parsed = value
        self.typed.pop(key, None)
        current = self.rows[row]
        if parsed is None:
            current.pop(field.key, None)
        else:
            current[field.key] = parsed
        self.dataChanged.emit(index, index)
        self.cell_edited.emit(row, field.key)
        return True

    def read(self, field: Field, text: str) -> JSONValue:
        """The value of ``text`` typed or pasted in a cell of ``field``'s column, read in the
        user's language (None when empty); AnswerError when it does not fit. A list cell (and
        a yes/no one) takes an option's name in any case, or a part of it that only one
        option's name holds."""
        text = text.strip()
        if not text:
            return None
        try:
            return parse_answer(field, text, self.lang)
        except AnswerError:
            wanted = text.casefold()
            found: list[JSONValue]
            if field.kind is Kind.YESNO:
                names = {message("survey.value.yes", self.lang): True}
                names[message("survey.value.no", self.lang)] = False
                found = [value for name, value in names.items() if wanted in name.casefold()]
            elif field.kind is Kind.CHOICE:
                found = [
                    o.value for o in field.options if wanted in pick(o.label, self.lang).casefold()
                ]
            else:
                raise
            if len(found) != 1:
                raise
            return found[0]

    def take_typed(self, row: int, key: str, text: str) -> JSONValue:
        """The value of ``text`` typed in a cell whose editor is still open, kept in the row
        without telling the view (that would write over the editor's text). AnswerError, and
        the text kept as refused, when it does not fit."""
        field = self.columns[[c.key for c in self.columns].index(key)]
        text = text.strip()
        try:
            parsed = self.read(field, text)
        except AnswerError as exc:
            self._refuse(row, key, text, exc.message(self.lang))
            raise
        self.typed.pop((row, key), None)
        if parsed is None:
            self.rows[row].pop(key, None)
        else:
            self.rows[row][key] = parsed
        return parsed

    def held(self, row: int, key: str) -> CellState:
        """What a cell holds as its editor opens, to be put back if the edit is taken back."""
        if not 0 <= row < len(self.rows):
            return (None, None)
        return (self.rows[row].get(key), self.typed.get((row, key)))

    def put_back(self, row: int, key: str, state: CellState) -> None:
        """The cell as it was when its editor opened (``held``): an edit taken back."""
        keys = [c.key for c in self.columns]
        if not 0 <= row < len(self.rows) or key not in keys:
            return
        value, typed = state
        if value is None:
            self.rows[row].pop(key, None)
        else:
            self.rows[row][key] = value
        if typed is None:
            self.typed.pop((row, key), None)
        else:
            self.typed[(row, key)] = typed
        index = self.index(row, keys.index(key))
        self.dataChanged.emit(index, index)

    def cell_value(self, row: int, key: str) -> JSONValue:
        """What a cell holds now; AnswerError when text typed there was refused."""
        typed = self.typed.get((row, key))
        if typed is not None:
            return self.take_typed(row, key, typed[0])
        return self.rows[row].get(key) if row < len(self.rows) else None

    def paste(self, top: int, left: int, grid: list[list[str]], most: int) -> Pasted:
        """Fill the cells from (``top``, ``left``) rightward and downward with ``grid``'s
        texts, each read as if typed in its column (refused as typed text is); rows are added
        at the end as needed, up to ``most`` rows in all. The view is told once."""
        taken = grid[: max(most - top, 0)]
        width = len(self.columns) - left
        added = max(top + len(taken) - len(self.rows), 0)
        if added:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + added - 1)
            self.rows.extend({} for _ in range(added))
            self.endInsertRows()
        refused = 0
        for row, values in enumerate(taken, start=top):
            current = self.rows[row]
            for field, text in zip(self.columns[left:], values[:width], strict=False):
                if field.read_only:
                    continue
                try:
                    parsed = self.read(field, text)
                except AnswerError as exc:
                    self._refuse(row, field.key, text.strip(), exc.message(self.lang))
                    refused += 1
                    continue
                self.typed.pop((row, field.key), None)
                if parsed is None:
                    current.pop(field.key, None)
                else:
                    current[field.key] = parsed
        if taken:
            right = min(left + max(len(v) for v in taken), len(self.columns)) - 1
            self.dataChanged.emit(
                self.index(top, left), self.index(top + len(taken) - 1, max(right, left))
            )
        beyond = sum(max(len(v) - width, 0) for v in taken)
        return Pasted(len(taken), added, len(grid) - len(taken), refused, beyond)

    def set_rows(self, rows: list[JSONObject]) -> None:
        self.beginResetModel()
        self.rows = [dict(r) if isinstance(r, dict) else {} for r in rows]
        self.typed.clear()
        self.endResetModel()

    def append_row(self) -> int:
        """Add an empty row at the end; returns its number."""
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append({})
        self.endInsertRows()
        return row

    def removeRows(self, row: int, count: int, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() or row < 0 or count <= 0 or row + count > len(self.rows):
            return False
        self.beginRemoveRows(QModelIndex(), row, row + count - 1)
        del self.rows[row : row + count]
        # Typed-but-unstored texts follow their rows up.
        self.typed = {
            (r if r < row else r - count, k): v
            for (r, k), v in self.typed.items()
            if not row <= r < row + count
        }
        self.endRemoveRows()
        return True

    # -- problems and language ----------------------------------------------

    def set_problems(
        self,
        problems: dict[tuple[int, str], str],
        settled: dict[tuple[int, str], str] | None = None,
    ) -> None:
        """The problems of the cells (marked), and what is said of the cells whose warning
        the user confirmed (``settled``: in their tooltips, not marked)."""
        settled = settled or {}
        if problems == self.problems and settled == self.settled:
            return
        touched = set()
        for new, old in ((problems, self.problems), (settled, self.settled)):
            touched |= set(new) ^ set(old) | {
                k for k in new.keys() & old.keys() if new[k] != old[k]
            }
        self.problems = problems
        self.settled = settled
        keys = [c.key for c in self.columns]
        cells = [(r, keys.index(k)) for r, k in touched if r < len(self.rows) and k in keys]
        if not cells:
            return
        # One signal for the block that changed: a thousand small ones would cost more.
        rows = [r for r, _ in cells]
        columns = [c for _, c in cells]
        self.dataChanged.emit(
            self.index(min(rows), min(columns)), self.index(max(rows), max(columns))
        )

    def set_lang(self, lang: Lang) -> None:
        keys = [c.key for c in self.columns]
        for (row, key), (text, reason) in list(self.typed.items()):
            try:  # why it was refused, in the new language
                self.read(self.columns[keys.index(key)], text)
            except AnswerError as exc:
                reason = exc.message(lang)
            self.typed[(row, key)] = (text, reason)
        self.lang = lang
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(len(self.columns) - 1, 0))
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
            )

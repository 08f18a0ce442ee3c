"""A read-only table of text lines, for the coordinator's tables of municipalities and files."""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCollator, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import Qt as TextQt  # the text functions (mightBeRichText) are QtGui's

from desktop.ui.translations import fill

Index = QModelIndex | QPersistentModelIndex


class LinesModel(QAbstractTableModel):
    """Rows of cells (text or numbers) under translated headers; each row keeps its own object.

    A header sorts the rows (numbers as numbers, text as the language sorts it; no column:
    the order given). Typing in the table goes to the first row whose cell in one of
    ``search_columns`` starts with what was typed (a code, or a name). A screen reader names
    an empty cell by ``empty_named`` (given the row's object, the column and the row's first
    cell as shown), or else by its row's first cell and its column: no cell says nothing.
    """

    def __init__(
        self, headers: Sequence[str], parent: Any = None, *, search_columns: Sequence[int] = ()
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._rows: list[list[str | int]] = []
        self._items: list[object] = []
        self._given: list[int] = []  # each row's place in the order given
        self._sorted: tuple[int, Qt.SortOrder] = (-1, Qt.SortOrder.AscendingOrder)
        self.search_columns = tuple(search_columns)
        self.empty_named: Callable[[object, int, str], str] | None = None

    def set_headers(self, headers: Sequence[str]) -> None:
        self._headers = list(headers)
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._headers) - 1)

    def set_rows(self, rows: Sequence[Sequence[str | int]], items: Sequence[object]) -> None:
        self.beginResetModel()
        self._rows = [list(row) for row in rows]
        self._items = list(items)
        self._given = list(range(len(self._rows)))
        self._reorder(*self._sorted)
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        moved = self._reorder(column, order)
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(moved[i.row()], i.column()) for i in old])
        self.layoutChanged.emit()

    def _reorder(self, column: int, order: Qt.SortOrder) -> list[int]:
        """Sort the rows; where each row that was at a place went."""
        self._sorted = (column, order)
        count = len(self._rows)
        if 0 <= column < len(self._headers):
            collator = QCollator()
            collator.setNumericMode(True)
            collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            sign = -1 if order == Qt.SortOrder.DescendingOrder else 1

            def compare(one: int, other: int) -> int:
                a, b = self._rows[one][column], self._rows[other][column]
                if isinstance(a, int) and isinstance(b, int):
                    by_value = (a > b) - (a < b)
                else:
                    by_value = collator.compare(str(a), str(b))
                # Rows alike stay in the order given, whichever way the column is sorted.
                return sign * by_value or self._given[one] - self._given[other]

            places = sorted(range(count), key=functools.cmp_to_key(compare))
        else:
            places = sorted(range(count), key=lambda row: self._given[row])
        moved = [0] * count
        for new, old in enumerate(places):
            moved[old] = new
        self._rows = [self._rows[old] for old in places]
        self._items = [self._items[old] for old in places]
        self._given = [self._given[old] for old in places]
        return moved

    def match(
        self,
        start: Index,
        role: int,
        value: Any,
        hits: int = 1,
        flags: Qt.MatchFlag = Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchWrap,
    ) -> list[QModelIndex]:
        """The table's keyboard search: the first row from ``start`` on (wrapping) whose
        code or name starts with what was typed."""
        if not self.search_columns or role != Qt.ItemDataRole.DisplayRole or hits != 1:
            return super().match(start, role, value, hits, flags)
        typed = str(value).casefold()
        count = len(self._rows)
        first = start.row() if start.isValid() else 0
        for step in range(count):
            row = (first + step) % count
            if any(
                str(self._rows[row][column]).casefold().startswith(typed)
                for column in self.search_columns
            ):
                return [self.index(row, max(start.column(), 0))]
        return []

    def item(self, row: int) -> object | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(value)
        if role == Qt.ItemDataRole.ToolTipRole:
            # A tooltip that looks like markup is drawn as such: a received file's name or
            # reason is data, so it is told as text.
            said = str(value)
            return TextQt.convertFromPlainText(said) if TextQt.mightBeRichText(said) else said
        if role == Qt.ItemDataRole.AccessibleTextRole and value == "":
            return self._empty_name(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and isinstance(value, int):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _empty_name(self, row: int, column: int) -> str:
        """What a screen reader says of an empty cell: read alone, a cell says nothing of its
        row, so the row's first cell is named with it."""
        first = str(self._rows[row][0]) if self._rows[row] else ""
        if self.empty_named is not None:
            named = self.empty_named(self._items[row], column, first)
            if named:
                return named
        header = self._headers[column] if column < len(self._headers) else ""
        return fill(self.tr("%1, %2: tyhjä"), first, header.replace("&", ""))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

"""A repeated question as an editable table: a model and a view, never a widget per cell."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import Lang
from desktop.jsonvalue import JSONValue
from desktop.survey import Field, Kind
from desktop.ui.cell_delegate import CellDelegate
from desktop.ui.fields.base import FieldEditor
from desktop.ui.table_model import RowsModel

VISIBLE_ROWS_MAX = 12  # beyond this the table scrolls inside itself
VISIBLE_ROWS_MIN = 3
_WEIGHTS = {
    Kind.TEXT: 3.0,
    Kind.LONGTEXT: 3.5,
    Kind.EMAIL: 2.5,
    Kind.CHOICE: 2.0,
    Kind.MULTICHOICE: 2.5,
    Kind.NUMBER: 1.2,
    Kind.INTEGER: 1.2,
    Kind.MONEY: 1.4,
    Kind.YESNO: 1.6,
    Kind.DATE: 1.2,
}


EDITING = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
    | QAbstractItemView.EditTrigger.SelectedClicked
)


class TableEditor(FieldEditor):
    """Rows of a table question, with buttons to add a row and remove the chosen ones."""

    row_added = Signal(int)
    rows_removed = Signal(list)  # row numbers, highest first
    cell_edited = Signal(int, str)
    remove_requested = Signal(list)  # row numbers the user asked to remove
    # Text typed in a cell whose editor is still open (row, column key): it waits to be
    # saved like any typed answer, read by ``cell_value``.
    cell_typing = Signal(int, str)

    def __init__(self, field: Field, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.model = RowsModel(field, lang)
        self.view = QTableView(self)
        self.view.setObjectName(f"table_{field.key}")
        self.view.setModel(self.model)
        self.delegate = CellDelegate(field.columns, lang, self.view)
        self.view.setItemDelegate(self.delegate)
        self.delegate.typing.connect(self._typing)
        # Tab leaves the table for the next question; arrows move between cells.
        self.view.setTabKeyNavigation(False)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(EDITING)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setWordWrap(False)
        rows = self.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no measuring of 1 000 rows
        header = self.view.horizontalHeader()
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft
            | Qt.AlignmentFlag.AlignVCenter
            | Qt.AlignmentFlag(Qt.TextFlag.TextWordWrap.value)
        )
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the last column takes what rounding leaves
        self.view.viewport().installEventFilter(self)

        self.add_button = QPushButton(self)
        self.add_button.setObjectName(f"add_{field.key}")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName(f"remove_{field.key}")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self._ask_remove)
        self.model.cell_edited.connect(self.cell_edited)
        self.model.rowsInserted.connect(self._fit_height)
        self.model.rowsRemoved.connect(self._fit_height)
        self.model.modelReset.connect(self._fit_height)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.setFocusProxy(self.view)
        self.retranslate()
        self.describe()
        self._fit_height()

    # -- the field interface -------------------------------------------------

    def value(self) -> JSONValue:
        return self.rows_value() or None

    def rows_value(self) -> list[JSONValue]:
        """The rows as the form shows them, an empty list when there are none."""
        return [dict(row) for row in self.model.rows]

    def set_value(self, value: JSONValue) -> None:
        rows = [r for r in value if isinstance(r, dict)] if isinstance(value, list) else []
        self.model.set_rows(rows)

    def retranslate(self) -> None:
        self.add_button.setText(self.tr("Lisää rivi"))
        self.remove_button.setText(self.tr("Poista valitut rivit"))
        self.model.set_lang(self.lang)
        self.delegate.lang = self.lang
        self._size_columns()

    def marked_widgets(self) -> list[QWidget]:
        return [self.view]

    def set_locked(self, locked: bool) -> None:
        # The rows can still be scrolled through, chosen and copied; only not changed.
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if locked else EDITING
        )
        self.add_button.setEnabled(not locked)
        self.remove_button.setEnabled(not locked)

    # -- rows ----------------------------------------------------------------

    def add_row(self) -> None:
        row = self.model.append_row()
        self.row_added.emit(row)
        self.focus_cell(row, 0)

    def selected_rows(self) -> list[int]:
        selection = self.view.selectionModel()
        rows = {index.row() for index in selection.selectedIndexes()}
        current = self.view.currentIndex()
        if not rows and current.isValid():
            rows.add(current.row())
        return sorted(rows, reverse=True)

    def _ask_remove(self) -> None:
        rows = self.selected_rows()
        if rows:
            self.remove_requested.emit(rows)

    def remove_rows(self, rows: list[int]) -> None:
        """Remove ``rows`` from the view (the form has removed them from storage)."""
        ordered = sorted(set(rows), reverse=True)
        for row in ordered:
            self.model.removeRows(row, 1)
        self.rows_removed.emit(ordered)
        if self.model.rows:
            self.focus_cell(min(min(ordered), len(self.model.rows) - 1), 0)
        else:
            self.add_button.setFocus()

    def focus_cell(self, row: int, column: int | str = 0) -> None:
        if isinstance(column, str):
            keys = [c.key for c in self.field.columns]
            column = keys.index(column) if column in keys else 0
        index = self.model.index(row, column)
        if not index.isValid():
            self.view.setFocus()
            return
        self.view.setCurrentIndex(index)
        self.view.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.view.scrollTo(index)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _typing(self, _line: QLineEdit, cell: QPersistentModelIndex) -> None:
        if cell.isValid():
            self.cell_typing.emit(cell.row(), self.field.columns[cell.column()].key)

    def open_line(self, row: int, key: str) -> QLineEdit | None:
        """The editor open on a cell, if one is."""
        keys = [c.key for c in self.field.columns]
        if key not in keys:
            return None
        widget = self.view.indexWidget(self.model.index(row, keys.index(key)))
        return widget if isinstance(widget, QLineEdit) else None

    def cell_value(self, row: int, key: str) -> JSONValue:
        """The value of a cell as the user sees it: an open editor's text read as it would be
        when the editor closes; AnswerError when that text does not fit the column."""
        if row >= len(self.model.rows):
            return None
        line = self.open_line(row, key)
        if line is not None:
            return self.model.take_typed(row, key, line.text())
        return self.model.cell_value(row, key)

    def set_cell_problems(self, problems: dict[tuple[int, str], str]) -> None:
        self.model.set_problems(problems)

    # -- sizing --------------------------------------------------------------

    def _size_columns(self) -> None:
        """Share the view's width among the columns: text wide, numbers and yes/no narrow."""
        weights = [_WEIGHTS.get(c.kind, 2.0) for c in self.field.columns]
        available = self.view.viewport().width()
        minimum = self.view.fontMetrics().horizontalAdvance("0") * 8
        total = sum(weights) or 1.0
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        tallest = metrics.lineSpacing()
        last = len(weights) - 1
        for index, weight in enumerate(weights):
            width = max(minimum, int(available * weight / total))
            if index < last:  # the last one stretches to the edge
                self.view.setColumnWidth(index, width)
            text = self.model.headerData(index, Qt.Orientation.Horizontal) or ""
            box = metrics.boundingRect(0, 0, width - 12, 1000, Qt.TextFlag.TextWordWrap, text)
            tallest = max(tallest, box.height())
        # Headings wrap rather than hide: "Yhteiskäytössä kunnan muiden palvelujen kanssa".
        header.setFixedHeight(tallest + 12)
        self._fit_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._size_columns()
        return super().eventFilter(watched, event)

    def _fit_height(self) -> None:
        shown = min(max(self.model.rowCount(), VISIBLE_ROWS_MIN), VISIBLE_ROWS_MAX)
        rows = self.view.verticalHeader().defaultSectionSize() * shown
        heading = self.view.horizontalHeader()
        header = max(heading.sizeHint().height(), heading.minimumHeight())
        # Room for a horizontal scroll bar only when a narrow window brings one.
        bar = self.view.horizontalScrollBar()
        scrollbar = bar.sizeHint().height() if bar.maximum() > 0 else 0
        self.view.setFixedHeight(rows + header + scrollbar + 2 * self.view.frameWidth() + 2)

"""A repeated question as an editable table: a model and a view, never a widget per cell."""

from __future__ import annotations

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import Lang
from desktop.jsonvalue import JSONValue
from desktop.survey import Field, Kind
from desktop.ui.form.fields.base import FieldEditor
from desktop.ui.form.fields.cell_delegate import CellDelegate
from desktop.ui.form.fields.column_widths import Needs, laid_out
from desktop.ui.form.fields.sheet_view import HEADING_MARGIN, SheetView, broken_words
from desktop.ui.form.fields.table_model import CellState, RowsModel
from desktop.ui.translations import fill

TOLD_MS = 15_000  # how long a paste's outcome stays in the status line
VISIBLE_ROWS_MAX = 12  # beyond this the table scrolls inside itself
VISIBLE_ROWS_MIN = 3
SIZED_ROWS = 200  # columns fit the texts of this many first rows: measuring more costs
# The letters a text shows: at ease, where room is short, and at a pinch rather than scroll
# sideways. The first column names the rows ("Pargas hälsocentral", "Brandstationen i Nagu");
# a choice or another text tells them apart with fewer ("Health centre", "Fire station").
NAMING_LETTERS = (20, 16, 14)
TEXT_LETTERS = (12, 10, 8)
# The least width of a column, in digits, so a figure or a date fits whatever the heading.
_LEAST_CHARS = {Kind.NUMBER: 9, Kind.INTEGER: 7, Kind.MONEY: 11, Kind.DATE: 10, Kind.YESNO: 7}
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


def _room_for(letters: int, texts: list[str], metrics: QFontMetrics) -> int:
    """The room in which every text shows its first ``letters`` letters, or all of it when
    shorter ("Kommunens e…" of "Kommunens egen"), but for the cell's margins; that many
    average letters and the "…" when there are no texts."""
    if not texts:
        return metrics.averageCharWidth() * letters + metrics.horizontalAdvance("…")
    shown = {t if len(t) <= letters else t[:letters] + "…" for t in texts}  # a choice's few
    return max(metrics.horizontalAdvance(t) for t in shown) + 1  # Qt's eliding rounds up


EDITING = (
    QAbstractItemView.EditTrigger.DoubleClicked
    | QAbstractItemView.EditTrigger.EditKeyPressed
    | QAbstractItemView.EditTrigger.AnyKeyPressed
    | QAbstractItemView.EditTrigger.SelectedClicked
)


def cells_of(text: str) -> list[list[str]]:
    """The values of cells copied from a spreadsheet: rows in lines, values in tabs (a value
    with a tab or a line break in it in double quotes); the last line break ends the block."""
    if not text:
        return []
    if '"' not in text:
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        return [line.split("\t") for line in lines]
    import csv
    import io

    return [row for row in csv.reader(io.StringIO(text, newline=""), dialect="excel-tab")]


class TableEditor(FieldEditor):
    """Rows of a table question, with buttons to add a row and remove the chosen ones."""

    row_added = Signal(int)
    rows_removed = Signal(list)  # row numbers, highest first
    cell_edited = Signal(int, str)
    remove_requested = Signal(list)  # row numbers the user asked to remove
    # Text typed in a cell whose editor is still open (row, column key): it waits to be
    # saved like any typed answer, read by ``cell_value``.
    cell_typing = Signal(int, str)
    about_to_paste = Signal()  # what waits to be saved should be saved first
    pasted = Signal()  # cells filled (and rows added) from the clipboard: the table to store
    # Escape in a cell's editor (row, column key): the cell shows again what it held when the
    # editor opened; what its typing scheduled or saved is to be taken back too.
    cell_reverted = Signal(int, str)

    def __init__(self, field: Field, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(field, lang, parent)
        self.model = RowsModel(field, lang)
        self.view = SheetView(self)
        self.view.setObjectName(f"table_{field.key}")
        self.view.setModel(self.model)
        self.delegate = CellDelegate(field.columns, lang, self.view)
        self.view.setItemDelegate(self.delegate)
        self.delegate.typing.connect(self._typing)
        # What each open editor's cell held as it opened (by the editor's id), for Escape.
        self._held: dict[int, tuple[QPersistentModelIndex, CellState]] = {}
        self.delegate.opened.connect(self._editor_opened)
        self.view.editor_closing.connect(self._editor_closing)
        # Tab moves from cell to cell, and from the last one out of the table (see SheetView).
        self.view.has_options = lambda column: self.delegate.has_options(field.columns[column])
        self.view.add_requested.connect(self.add_row)
        self.view.remove_requested.connect(self._ask_remove)
        self.view.paste_requested.connect(self.paste_clipboard)
        self.view.copy_requested.connect(self.copy_cells)
        self.delegate.block_pasted.connect(self._paste_over_editor)
        # What a cell's tooltip tells is in the status line while the cell has the keyboard.
        self._told = ""
        self.view.selectionModel().currentChanged.connect(lambda *_args: self._tell_cell())
        self.view.focus_changed.connect(self._tell_cell)
        self.model.dataChanged.connect(lambda *_args: self._tell_cell())
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(EDITING)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        # Sideways a whole column at a time: no heading is cut at the left ("nkilöstöryhmä").
        self.view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
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
        # Every column's width is set (see _size_columns): a stretched last column would
        # never shrink below its first width, and a narrow window would scroll sideways.
        header.setStretchLastSection(False)
        self.view.viewport().installEventFilter(self)

        # The whole of what the current cell's tooltip tells, wrapped under the table while
        # the table has the keyboard: the status line has room for a part of it only.
        self.note = QLabel(self)
        self.note.setObjectName(f"note_{field.key}")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.note.hide()
        self.delegate.closeEditor.connect(lambda *_args: QTimer.singleShot(0, self._tell_cell))

        self.add_button = QPushButton(self)
        self.add_button.setObjectName(f"add_{field.key}")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName(f"remove_{field.key}")
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self._ask_remove)
        # "Remove the chosen rows" only while there is a row chosen (or a current cell).
        self._locked = False
        chosen = self.view.selectionModel()
        chosen.selectionChanged.connect(lambda *_args: self._offer_removal())
        chosen.currentChanged.connect(lambda *_args: self._offer_removal())
        for changed in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            changed.connect(lambda *_args: self._offer_removal())
        self._offer_removal()
        self.model.cell_edited.connect(self.cell_edited)
        self.model.rowsInserted.connect(self._fit_height)
        self.model.rowsRemoved.connect(self._fit_height)
        self.model.modelReset.connect(self._fit_height)
        # Columns follow their content, once the edits of a moment are in.
        self._resize_timer = QTimer(self)
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(0)
        self._resize_timer.timeout.connect(self._size_columns)
        for changed in (
            self.model.modelReset,
            self.model.rowsInserted,
            self.model.rowsRemoved,
            self.model.dataChanged,
        ):
            changed.connect(self._resize_timer.start)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.note)
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
        self.add_button.setToolTip(self.tr("Lisää rivi taulukon loppuun (Insert tai Ctrl++)"))
        self.remove_button.setText(self.tr("Poista valitut rivit"))
        self.remove_button.setToolTip(self.tr("Poista valitut rivit (Delete tai Ctrl+-)"))
        self.model.set_lang(self.lang)
        self.delegate.lang = self.lang
        self._size_columns()

    def spoken_description(self) -> str:
        said = super().spoken_description()
        keys = self._keys()
        return f"{said} {keys}" if said else keys

    def _keys(self) -> str:
        """How the table is used by keyboard."""
        return self.tr(
            "Nuolinäppäimet siirtävät solusta toiseen, Enter tai F2 muokkaa, Sarkain siirtyy "
            "seuraavaan soluun ja viimeisestä solusta (Ctrl+Sarkain mistä tahansa) pois taulukosta, "
            "Insert lisää rivin. "
            "Ctrl+V liittää taulukkolaskennasta kopioidut solut."
        )

    def _hint(self) -> str:
        """The keys most needed, short enough for the status bar of a 1024-pixel window beside
        the word on saving; Help → Shortcuts (F1) lists them all."""
        return self.tr(
            "Insert lisää rivin, Ctrl+V liittää, Ctrl+Sarkain vie pois. Kaikki näppäimet: F1."
        )

    def marked_widgets(self) -> list[QWidget]:
        return [self.view]

    def set_locked(self, locked: bool) -> None:
        # The rows can still be scrolled through, chosen and copied; only not changed.
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers if locked else EDITING
        )
        self._locked = locked
        self.add_button.setEnabled(not locked)
        self._offer_removal()

    def _offer_removal(self) -> None:
        self.remove_button.setEnabled(not self._locked and bool(self.selected_rows()))

    def hide_edit_controls(self) -> None:
        self.add_button.hide()
        self.remove_button.hide()

    # -- rows ----------------------------------------------------------------

    def add_row(self) -> None:
        row = self.model.append_row()
        self.row_added.emit(row)
        self.focus_cell(row, 0)

    # -- the clipboard ---------------------------------------------------------

    def paste_clipboard(self) -> None:
        self.paste(QGuiApplication.clipboard().text())

    def _paste_over_editor(self, editor: QWidget) -> None:
        """A block pasted in a cell's open editor: the editor closes (its text not stored) and
        the block is pasted from its cell."""
        self.delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)
        self.paste_clipboard()

    def paste(self, text: str) -> None:
        """Fill cells from the current one rightward and downward with ``text`` copied from a
        spreadsheet (values in tabs, rows in lines), adding rows as needed up to the most the
        table may have; the whole is stored at once, and what was done is told."""
        if not self.add_button.isEnabled():
            return  # submitted: not changed
        grid = cells_of(text)
        if not grid:
            return
        current = self.view.currentIndex()
        top, left = (current.row(), current.column()) if current.isValid() else (0, 0)
        self.about_to_paste.emit()
        most = self.field.schema.get("maxItems")
        limit = most if isinstance(most, int) else max(top + len(grid), self.model.rowCount())
        done = self.model.paste(top, left, grid, limit)
        if done.rows:
            self.pasted.emit()
        said = [self.tr("Liitetty %n riviä.", "", done.rows)]
        if done.refused:
            said.append(
                self.tr(
                    "%n arvoa ei sopinut sarakkeeseensa eikä sitä tallennettu (yliviivattu).",
                    "",
                    done.refused,
                )
            )
        if done.cut:
            said.append(
                fill(
                    self.tr("Taulukkoon mahtuu enintään %1 riviä: %2 riviä jäi liittämättä."),
                    limit,
                    done.cut,
                )
            )
        if done.beyond:
            said.append(
                self.tr(
                    "%n arvoa jäi taulukon viimeisen sarakkeen yli eikä sitä liitetty.",
                    "",
                    done.beyond,
                )
            )
        if done.rows:
            selection = QItemSelection(
                self.model.index(top, left),
                self.model.index(top + done.rows - 1, self.model.columnCount() - 1),
            )
            self.view.selectionModel().select(
                selection, QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
            self.view.selectionModel().setCurrentIndex(
                self.model.index(top, left), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        self.tell(" ".join(said))

    def copy_cells(self) -> None:
        """The chosen cells to the clipboard as a spreadsheet takes them: tabs between the
        values, a line per row (the current cell when none is chosen, without a line break)."""
        indexes = self.view.selectionModel().selectedIndexes() or [self.view.currentIndex()]
        cells = {(i.row(), i.column()): str(i.data() or "") for i in indexes if i.isValid()}
        if not cells:
            return
        rows = range(min(r for r, _ in cells), max(r for r, _ in cells) + 1)
        columns = range(min(c for _, c in cells), max(c for _, c in cells) + 1)
        lines = ("\t".join(cells.get((r, c), "") for c in columns) for r in rows)
        if len(rows) == len(columns) == 1:
            QGuiApplication.clipboard().setText(next(lines))  # one value, as it is written
        else:
            QGuiApplication.clipboard().setText("".join(f"{line}\n" for line in lines))

    def tell(self, text: str) -> None:
        """Say ``text`` in the window's status line for a while."""
        window = self.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, TOLD_MS)
            self._told = ""

    def _tell_cell(self, arrived: bool = False) -> None:
        """The current cell's previous value, problem or refusal in the status line while
        the table has the keyboard (a tooltip only the mouse would show); as the keyboard
        comes to the table, the keys it takes if its cell has nothing to tell."""
        window = self.window()
        if not isinstance(window, QMainWindow):
            return
        current = self.view.currentIndex()
        said = ""
        if self.view.hasFocus() and current.isValid():
            said = self.model.note(current.row(), current.column())
        self._show_note(current.row(), current.column())
        if arrived and not said and self.view.hasFocus() and not self.view.returning:
            said = self._hint()
        bar = window.statusBar()
        if said and said != bar.currentMessage():
            bar.showMessage(said)
        elif not said and self._told and bar.currentMessage() == self._told:
            bar.clearMessage()
        self._told = said

    def _show_note(self, row: int, column: int) -> None:
        """Under the table, the current cell's note in full while the table or the cell's
        editor has the keyboard: which cell, then what its tooltip tells."""
        focus = QApplication.focusWidget()
        keys = focus is not None and (focus is self.view or self.view.isAncestorOf(focus))
        note = self.model.note(row, column) if keys and row >= 0 and column >= 0 else ""
        if note:
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal) or "")
            cell = fill(self.tr("Rivi %1, %2:"), row + 1, title)
            self.note.setText(f"{cell} {note}")  # the note as it is: no placeholders filled
        self.note.setVisible(bool(note))

    def selected_rows(self) -> list[int]:
        selection = self.view.selectionModel()
        rows = {index.row() for index in selection.selectedIndexes() if index.isValid()}
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

    def _editor_opened(self, editor: QWidget, cell: QPersistentModelIndex) -> None:
        key = self.field.columns[cell.column()].key
        held = id(editor)
        self._held[held] = (cell, self.model.held(cell.row(), key))
        editor.destroyed.connect(lambda *_args, h=held: self._held.pop(h, None))

    def _editor_closing(self, editor: QWidget, reverted: bool) -> None:
        entry = self._held.pop(id(editor), None)
        if entry is None or not reverted:
            return
        cell, state = entry
        if not cell.isValid():
            return
        key = self.field.columns[cell.column()].key
        self.model.put_back(cell.row(), key, state)
        self.cell_reverted.emit(cell.row(), key)

    def _typing(self, _editor: QWidget, cell: QPersistentModelIndex) -> None:
        if cell.isValid():
            self.cell_typing.emit(cell.row(), self.field.columns[cell.column()].key)

    def open_line(self, row: int, key: str) -> QLineEdit | None:
        """The editor open on a cell, if one is."""
        keys = [c.key for c in self.field.columns]
        if key not in keys:
            return None
        widget = self.view.indexWidget(self.model.index(row, keys.index(key)))
        return widget if isinstance(widget, QLineEdit) else None

    def _open_text(self, row: int, key: str) -> str | None:
        """The text of the editor open on a cell (a line, or a long text's lines), if one is."""
        line = self.open_line(row, key)
        if line is not None:
            return line.text()
        keys = [c.key for c in self.field.columns]
        widget = self.view.indexWidget(self.model.index(row, keys.index(key)))
        return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else None

    def cell_value(self, row: int, key: str) -> JSONValue:
        """The value of a cell as the user sees it: an open editor's text read as it would be
        when the editor closes; AnswerError when that text does not fit the column."""
        if row >= len(self.model.rows):
            return None
        typed = self._open_text(row, key)
        if typed is not None:
            return self.model.take_typed(row, key, typed)
        return self.model.cell_value(row, key)

    def set_cell_problems(
        self,
        problems: dict[tuple[int, str], str],
        settled: dict[tuple[int, str], str] | None = None,
    ) -> None:
        """Mark the cells with ``problems``; ``settled``: what is said of the cells whose
        warning the user confirmed (told, not marked)."""
        self.model.set_problems(problems, settled or {})

    # -- sizing --------------------------------------------------------------

    def _size_columns(self) -> None:
        """Columns as wide as their content within the view's width: a heading's longest word,
        the widest of the first rows' texts, a sensible least for the kind. Room left over
        goes to the text columns; too little room narrows the widest text columns first, but
        never a heading's word broken, a figure, date or yes/no cut, the first column, which
        names the rows, below some sixteen letters, nor another text or choice below some ten
        (see ``laid_out``): past that the table scrolls sideways a whole column at a time.
        A cut text shows in full on hover."""
        columns = self.field.columns
        available = self.view.viewport().width()
        metrics = self.view.fontMetrics()
        header = self.view.horizontalHeader()
        heading = header.fontMetrics()
        pad = 2 * metrics.horizontalAdvance("0") + 8
        least = metrics.horizontalAdvance("0") * 6
        # A cell's text is drawn within these margins, as the style draws an item view's,
        # and left of the grid's line.
        margin = self.view.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view
        )
        margins = 2 * (margin + 1) + (1 if self.view.showGrid() else 0)
        rows = min(self.model.rowCount(), SIZED_ROWS)
        needs: list[Needs] = []
        for index, column in enumerate(columns):
            title = str(self.model.headerData(index, Qt.Orientation.Horizontal) or "")
            words = max((heading.horizontalAdvance(w) for w in title.split()), default=0)
            texts = [str(self.model.index(r, index).data() or "") for r in range(rows)]
            content = max((metrics.horizontalAdvance(t) for t in texts), default=0)
            kind_least = metrics.horizontalAdvance("0") * _LEAST_CHARS.get(column.kind, 8)
            want = max(least, words + pad, content + pad, kind_least)
            firm = column.kind in _LEAST_CHARS
            # and room for a heading's word of some eight letters, so it breaks in few places
            worded = min(words, metrics.horizontalAdvance("0") * 8) + pad
            readable, legible, scant = NAMING_LETTERS if index == 0 else TEXT_LETTERS
            needs.append(
                Needs(
                    want=want,
                    whole=max(least, content + pad, kind_least, worded) if firm else 0,
                    # Never a word of a heading broken in pieces ("Käytt-ötark-oitus").
                    floor=max(least, words + HEADING_MARGIN + 2),
                    readable=0 if firm else _room_for(readable, texts, metrics) + margins,
                    legible=0 if firm else _room_for(legible, texts, metrics) + margins,
                    scant=0 if firm else _room_for(scant, texts, metrics) + margins,
                    weight=_WEIGHTS.get(column.kind, 2.0),
                )
            )
        widths = laid_out(needs, available, least)
        tallest = heading.lineSpacing()
        for index, width in enumerate(widths):
            self.view.setColumnWidth(index, width)
            title = str(self.model.headerData(index, Qt.Orientation.Horizontal) or "")
            shown = broken_words(title, heading, width - HEADING_MARGIN)  # as the header draws it
            box = heading.boundingRect(
                0, 0, width - HEADING_MARGIN, 1000, Qt.TextFlag.TextWordWrap, shown
            )
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
        columns = sum(self.view.columnWidth(c) for c in range(self.model.columnCount()))
        wide = columns > self.view.viewport().width() or bar.maximum() > 0
        scrollbar = bar.sizeHint().height() if wide else 0
        self.view.setFixedHeight(rows + header + scrollbar + 2 * self.view.frameWidth() + 2)

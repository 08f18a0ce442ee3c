"""A table view used by keyboard as a clerk uses a spreadsheet.

Arrows move between cells; Enter, F2 or typing edits the current cell; Tab
and Shift+Tab move to the next and previous cell. Tab on the last cell (or in
an empty table), Shift+Tab on the first, and Ctrl+Tab anywhere, leave the table
as Tab leaves any other question: Tab never adds a row. Insert or Ctrl++ adds a
row; Delete or Ctrl+- asks to remove the selected rows. F4 or Alt+Down on a
cell with options opens its drop-down.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QFocusEvent,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QStyleOptionHeader,
    QTableView,
    QWidget,
)

_ADD_KEYS = {Qt.Key.Key_Plus, Qt.Key.Key_Equal}  # Ctrl++ is Ctrl+Shift+= on some layouts
_REMOVE_KEYS = {Qt.Key.Key_Minus, Qt.Key.Key_Underscore}
_ENTER = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
_CTRL = Qt.KeyboardModifier.ControlModifier
_ALT = Qt.KeyboardModifier.AltModifier
_Move = QAbstractItemView.CursorAction
# The property of a cell's editor the view is closing: what it still tells is not stored.
CLOSED = "tilannekuvaClosed"
HEADING_MARGIN = 12
FOCUS_WIDTH = 2  # the frame round a table that has the keyboard  # what a heading's frame and margins take of its column's width


def broken_words(title: str, metrics: QFontMetrics, width: int) -> str:
    """``title`` with each word too wide for ``width`` broken with a hyphen onto the next
    line ("Käyttötarkoi-" / "tus"), so that a narrow column's heading shows every letter."""
    words = []
    for word in title.split(" "):
        pieces = []
        while len(word) > 5 and metrics.horizontalAdvance(word) > width:
            cut = len(word) - 3  # three letters at least on either side of a break
            while cut > 3 and metrics.horizontalAdvance(word[:cut] + "-") > width:
                cut -= 1
            pieces.append(word[:cut] + "-")
            word = word[cut:]
        pieces.append(word)
        words.append("\n".join(pieces))
    return " ".join(words)


class BreakingHeader(QHeaderView):
    """Column headings that wrap, breaking a word too long for its column rather than
    cutting it ("Käyttötarkoitu"); the model's heading itself is left as it is."""

    def initStyleOptionForIndex(self, option: QStyleOptionHeader, logicalIndex: int) -> None:
        super().initStyleOptionForIndex(option, logicalIndex)
        room = self.sectionSize(logicalIndex) - HEADING_MARGIN
        option.text = broken_words(option.text, self.fontMetrics(), room)


class SheetView(QTableView):
    """Rows of a table question, moved through and edited by keyboard."""

    add_requested = Signal()  # Insert, Ctrl++: a row at the end
    remove_requested = Signal()  # Delete, Ctrl+-: the selected rows (the form asks first)
    paste_requested = Signal()  # Ctrl+V, Shift+Insert: the clipboard's cells from the current
    copy_requested = Signal()  # Ctrl+C: the chosen cells to the clipboard
    focus_changed = Signal(bool)  # whether the table has the keyboard now
    # A cell's editor about to close (before the keys go back to the cells, which saves
    # what waits): the editor, and whether its edit is taken back (Escape).
    editor_closing = Signal(object, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(BreakingHeader(Qt.Orientation.Horizontal, self))
        self.setTabKeyNavigation(True)
        self.returning = False  # the keyboard coming back from a cell's editor, not arriving
        self.has_options: Callable[[int], bool] = lambda _column: False

    def _model(self) -> QAbstractItemModel:
        model = self.model()
        assert model is not None
        return model

    def moveCursor(self, action: _Move, modifiers: Qt.KeyboardModifier) -> QModelIndex:
        if action not in (_Move.MoveNext, _Move.MovePrevious):
            return super().moveCursor(action, modifiers)
        model = self._model()
        rows, columns = model.rowCount(), model.columnCount()
        if rows == 0 or columns == 0:
            return QModelIndex()  # nothing to move to: Tab leaves the table
        current = self.currentIndex()
        if not current.isValid():
            start = (0, 0) if action == _Move.MoveNext else (rows - 1, columns - 1)
            return model.index(*start)
        place = current.row() * columns + current.column()
        place += 1 if action == _Move.MoveNext else -1
        if not 0 <= place < rows * columns:
            return QModelIndex()  # past the last cell or before the first: out of the table
        return model.index(place // columns, place % columns)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        modifiers = event.modifiers()
        control = bool(modifiers & _CTRL)
        locked = self.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers
        if event.matches(QKeySequence.StandardKey.Paste):
            if not locked:
                self.paste_requested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_requested.emit()
            return
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and control:
            # Ctrl+Tab leaves the table, as it leaves any widget that takes Tab itself.
            shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
            backwards = key == Qt.Key.Key_Backtab or shift
            QWidget.focusNextPrevChild(self, not backwards)
            return
        if key == Qt.Key.Key_Insert or (control and key in _ADD_KEYS):
            if not locked:
                self.add_requested.emit()
            return
        if key == Qt.Key.Key_Delete or (control and key in _REMOVE_KEYS):
            if not locked:
                self.remove_requested.emit()
            return
        current = self.currentIndex()
        editing = self.state() == QAbstractItemView.State.EditingState
        if current.isValid() and not editing and not locked:
            drop_down = key == Qt.Key.Key_F4 or (key == Qt.Key.Key_Down and modifiers & _ALT)
            if drop_down and self.has_options(current.column()):
                self.open_drop_down(current)
                return
            if key in _ENTER and not modifiers & ~Qt.KeyboardModifier.KeypadModifier:
                self.edit(current)
                return
        super().keyPressEvent(event)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # A cell's editor closed from its list of completions (Enter there) had not the focus
        # itself: the view takes it back all the same, so the keys go on to the cells.
        focus = QApplication.focusWidget()
        completer = editor.completer() if isinstance(editor, QComboBox) else None
        popup = completer.popup() if completer is not None else None
        ours = focus is None or focus is editor or focus is popup or editor.isAncestorOf(focus)
        leaving = self._at_end(hint)
        self.editor_closing.emit(editor, hint == QAbstractItemDelegate.EndEditHint.RevertModelCache)
        editor.setProperty(CLOSED, True)
        self.returning = True
        try:
            if popup is not None and popup.isVisible():
                popup.hide()  # before its editor goes, so the window is given back the keys
            super().closeEditor(editor, hint)
            editing = self.state() == QAbstractItemView.State.EditingState
            if ours and not editing and not self.hasFocus() and self.isVisible():
                self.setFocus(Qt.FocusReason.OtherFocusReason)
        finally:
            self.returning = False
        if leaving is not None and not editing and self.hasFocus():
            # Tab in the last cell's editor (Shift+Tab in the first) leaves the table, as it
            # does from the cell itself.
            QWidget.focusNextPrevChild(self, leaving)

    def _at_end(self, hint: QAbstractItemDelegate.EndEditHint) -> bool | None:
        """Whether the editor closing with ``hint`` moves out of the table: forwards (True)
        from the last cell, backwards (False) from the first; None when it stays in."""
        current, model = self.currentIndex(), self._model()
        if not current.isValid():
            return None
        if hint == QAbstractItemDelegate.EndEditHint.EditNextItem:
            last = current.row() == model.rowCount() - 1
            return True if last and current.column() == model.columnCount() - 1 else None
        if hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem:
            return False if current.row() == 0 and current.column() == 0 else None
        return None

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        if dx:
            self._align_columns()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self._align_columns()

    def _align_columns(self) -> None:
        """Scrolled sideways (a column at a time), the first column seen starts at the left
        edge, its heading whole: Qt would align the last column with the right edge and cut
        the first one seen ("nkilöstöryhmä")."""
        if self.horizontalScrollMode() != QAbstractItemView.ScrollMode.ScrollPerItem:
            return
        header = self.horizontalHeader()
        bar = self.horizontalScrollBar()
        if bar.maximum() <= 0 or header.count() == 0:
            return
        position = header.sectionPosition(header.logicalIndex(min(bar.value(), header.count() - 1)))
        if header.offset() != position:
            header.setOffset(position)
            self.viewport().update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()  # the frame that shows the focus
        self.focus_changed.emit(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()
        self.focus_changed.emit(False)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            # A frame in the selection's colour while the table has the keys, so that an
            # empty table (no cell to show as chosen) shows it too.
            painter = QPainter(self.viewport())
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight))
            pen.setWidth(FOCUS_WIDTH)
            painter.setPen(pen)
            half = FOCUS_WIDTH // 2
            painter.drawRect(self.viewport().rect().adjusted(half, half, -half - 1, -half - 1))
            painter.end()

    def open_drop_down(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Edit the cell and open its list of options."""
        self.edit(index)
        combo = self.indexWidget(index)
        if isinstance(combo, QComboBox):
            # After the editor has its place and the focus, or the list opens in the wrong spot.
            QTimer.singleShot(0, combo.showPopup)

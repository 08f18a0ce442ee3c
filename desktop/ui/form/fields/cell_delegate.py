"""Editors for the cells of a table: a drop-down for options and yes/no, a line for the rest."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPolygon,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QCompleter,
    QLineEdit,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.i18n import Lang, pick
from desktop.survey import Field, Kind
from desktop.ui.form.fields.sheet_view import CLOSED
from desktop.ui.form.fields.table_model import DIFFERS_ROLE, VALUE_ROLE

Index = QModelIndex | QPersistentModelIndex
# The corner of a cell whose value differs from last round's (quiet: the hint says more).
DIFFERS_MARK = QColor("#2B6CB0")
MARK_SIZE = 7
_CLOSING_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab, Qt.Key.Key_Backtab}
_CLOSING_KEYS |= {Qt.Key.Key_Escape}
_ENTER = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
_BREAKING = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier
TEXT_LINES = 4  # the lines a long-text cell's editor shows, over the rows below if need be


def _choices(column: Field, lang: Lang) -> list[tuple[str, object]]:
    empty = QCoreApplication.translate("CellDelegate", "– valitse –")
    if column.kind is Kind.YESNO:
        return [
            (empty, None),
            (QCoreApplication.translate("CellDelegate", "Kyllä"), True),
            (QCoreApplication.translate("CellDelegate", "Ei"), False),
        ]
    return [(empty, None)] + [(pick(o.label, lang), o.value) for o in column.options]


class CellChoice(QComboBox):
    """A cell's drop-down, typed in as well: the options whose names hold the text typed (in
    any case, anywhere in the name) are offered as it is typed. It knows whether a choice came
    from stepping with the arrow keys (or the wheel) on the closed box, or from the open list.
    Nothing is stored until the cell is left with Enter or Tab; Escape takes the edit back."""

    stepping = False
    touched = False  # a key or the wheel has changed what it shows

    @property
    def finished(self) -> bool:
        """Stored or taken back, and closing: a key or a choice still on its way does it
        no more (the view marks an editor it closes, too)."""
        return bool(self.property(CLOSED))

    @finished.setter
    def finished(self, done: bool) -> None:
        self.setProperty(CLOSED, done)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = QCompleter(self.model(), self)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(completer)
        # Keys typed with the list of matching options open reach the list first (the
        # completer's own handling hides the list and keeps the editor open): this filter,
        # installed after the completer's, runs before it.
        popup = completer.popup()
        if popup is not None:
            popup.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if (
            popup is not None
            and watched is popup
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and Qt.Key(event.key()) in _CLOSING_KEYS
            and (event.key() == Qt.Key.Key_Escape or not popup.currentIndex().isValid())
        ):
            # Escape, or Enter or Tab with no option picked in the list: the list closes and
            # the key does to the cell what it does with no list open (takes the edit back,
            # or stores what is typed), not only close the list.
            popup.hide()
            key = QKeyEvent(event.type(), event.key(), event.modifiers(), event.text())
            QCoreApplication.sendEvent(self, key)
            return True
        if (
            popup is not None
            and watched is popup
            and event.type() in (QEvent.Type.Show, QEvent.Type.Move, QEvent.Type.Resize)
        ):
            self._fit_list(popup)
        return super().eventFilter(watched, event)

    def _fit_list(self, popup: QWidget) -> None:
        """The list of matching options as wide as the longest option's name, not the
        column's width (where the names were cut), and on the screen whole."""
        screen = (popup.screen() or self.screen()).availableGeometry()
        if not popup.minimumWidth():
            metrics = popup.fontMetrics()
            longest = max(metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count()))
            style = popup.style()
            margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, popup)
            frame = style.pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth, None, popup)
            bar = style.pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, popup)
            # The text's margins, the frame, and room for a scroll bar (a long list).
            wanted = longest + 2 * (margin + 1) + 2 * frame + bar + 4
            popup.setMinimumWidth(min(max(wanted, self.width()), screen.width()))
            if popup.width() < popup.minimumWidth():
                popup.resize(popup.minimumWidth(), popup.height())
        place = popup.geometry()
        if place.right() > screen.right():
            popup.move(max(screen.left(), screen.right() + 1 - place.width()), place.top())

    def typed(self) -> str:
        """The text in the box, or "" for the empty entry ("– choose –")."""
        text = self.currentText().strip()
        return "" if text == self.itemText(0) else text

    def chosen(self) -> bool:
        """Whether the box shows an entry of the list as it is (not text typed over it)."""
        index = self.currentIndex()
        return index >= 0 and self.currentText() == self.itemText(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.touched = True
        self.stepping = not self.view().isVisible()
        try:
            super().keyPressEvent(event)
        finally:
            self.stepping = False

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.touched = True
        self.stepping = True
        try:
            super().wheelEvent(event)
        finally:
            self.stepping = False


class CellDelegate(QStyledItemDelegate):
    """Makes the editor a cell's column needs; the model parses what is typed."""

    # A key typed in an open cell editor: (the editor, the cell's QPersistentModelIndex).
    typing = Signal(object, object)
    # Ctrl+V in an open cell editor with cells on the clipboard (values in tabs or lines):
    # the editor, to be closed and the block pasted from its cell instead.
    block_pasted = Signal(object)
    # A cell's editor made: (the editor, the cell's QPersistentModelIndex).
    opened = Signal(object, object)

    def __init__(self, columns: tuple[Field, ...], lang: Lang, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = columns
        self.lang: Lang = lang

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        view = option.widget
        if isinstance(view, QAbstractScrollArea):
            seen = option.rect.intersected(view.viewport().rect())
            if seen.width() < option.rect.width() and seen.width() > 0:
                # A column cut at the view's edge: its figure (right-aligned) is drawn in the
                # part that is seen, not beyond it, where the cell would look empty.
                option = QStyleOptionViewItem(option)
                option.rect = seen
        super().paint(painter, option, index)
        if index.data(DIFFERS_ROLE):
            rect = option.rect
            right, top = rect.right(), rect.top()
            painter.save()
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(DIFFERS_MARK)
            corner = [QPoint(right - MARK_SIZE, top), QPoint(right + 1, top)]
            painter.drawPolygon(QPolygon([*corner, QPoint(right + 1, top + MARK_SIZE + 1)]))
            painter.restore()

    def has_options(self, column: Field) -> bool:
        return column.kind is Kind.YESNO or (column.kind is Kind.CHOICE and bool(column.options))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = self._made(parent, index)
        self.opened.emit(editor, QPersistentModelIndex(index))
        return editor

    def _made(self, parent: QWidget, index: Index) -> QWidget:
        column = self.columns[index.column()]
        if self.has_options(column):
            combo = CellChoice(parent)
            for text, value in _choices(column, self.lang):
                combo.addItem(text, value)
            combo.setAccessibleName(pick(column.label, self.lang))
            combo.activated.connect(lambda _i, c=combo: self._chosen(c))
            # The open list as wide as its longest option, however narrow the column.
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            return combo
        cell = QPersistentModelIndex(index)
        if column.kind is Kind.LONGTEXT:
            # Lines of their own: Shift+Enter or Ctrl+Enter breaks the line, Enter stores.
            lines = QPlainTextEdit(parent)
            lines.setTabChangesFocus(True)
            lines.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
            lines.textChanged.connect(lambda e=lines, c=cell: self._text_typed(e, c))
            lines.setAccessibleName(pick(column.label, self.lang))
            lines.setAccessibleDescription(pick(column.help, self.lang))
            return lines
        line = QLineEdit(parent)
        line.textEdited.connect(lambda _text, e=line, c=cell: self.typing.emit(e, c))
        line.setAccessibleName(pick(column.label, self.lang))
        line.setAccessibleDescription(pick(column.help, self.lang))
        if column.kind is Kind.DATE:
            line.setPlaceholderText(QCoreApplication.translate("CellDelegate", "p.k.vvvv"))
        return line

    def _text_typed(self, editor: QPlainTextEdit, cell: QPersistentModelIndex) -> None:
        if editor.document().isModified():  # typed, not the cell's text put in
            self.typing.emit(editor, cell)

    def updateEditorGeometry(
        self, editor: QWidget, option: QStyleOptionViewItem, index: Index
    ) -> None:
        if not isinstance(editor, QPlainTextEdit):
            super().updateEditorGeometry(editor, option, index)
            return
        # A few lines high, over the rows below (or above, at the view's bottom edge).
        rect = option.rect
        lines = editor.fontMetrics().lineSpacing() * TEXT_LINES + 2 * editor.frameWidth() + 8
        rect.setHeight(max(rect.height(), lines))
        room = editor.parentWidget()
        if room is not None and rect.bottom() > room.height():
            rect.moveBottom(max(room.height() - 1, rect.height() - 1))
        editor.setGeometry(rect)

    def _chosen(self, combo: CellChoice) -> None:
        # Picked from the open list (Enter, a click) a choice is stored and the editor closes;
        # stepped to with the arrows on the closed box it is only shown, so the third option
        # can be reached: Enter or Tab then stores it, Escape takes it back, as in any cell.
        if not combo.stepping:
            self._finish(combo)

    def _finish(self, editor: QWidget) -> None:
        if isinstance(editor, CellChoice):
            if editor.finished:
                return
            editor.finished = True
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.matches(QKeySequence.StandardKey.Paste)
            and isinstance(watched, QLineEdit | CellChoice)
            and not getattr(watched, "finished", False)
        ):
            return self._paste(watched)
        if (
            isinstance(watched, QPlainTextEdit)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and Qt.Key(event.key()) in _ENTER
        ):
            if event.modifiers() & _BREAKING:
                watched.insertPlainText("\n")  # a line break, typed
            else:
                self.commitData.emit(watched)  # Enter stores the cell, as in any other
                self.closeEditor.emit(watched, QStyledItemDelegate.EndEditHint.SubmitModelCache)
            return True
        if not isinstance(watched, CellChoice):
            return super().eventFilter(watched, event)
        if watched.finished:  # stored or taken back already, and closing
            return event.type() in (QEvent.Type.KeyPress, QEvent.Type.FocusOut)
        handled = super().eventFilter(watched, event)
        if (
            handled
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and Qt.Key(event.key()) in _CLOSING_KEYS
        ):
            watched.finished = True  # the box may yet tell of a choice: it is not made again
        return handled

    def _paste(self, editor: QLineEdit | CellChoice) -> bool:
        """Ctrl+V in an open editor: a block of cells (values in tabs or lines) is pasted
        from this cell on, as on the closed cell; one value goes into the text, its line
        break left out. Whether the key was dealt with here."""
        text = QGuiApplication.clipboard().text()
        one = text[:-1] if text.endswith("\n") else text
        one = one[:-1] if one.endswith("\r") else one
        if "\t" in one or "\n" in one or "\r" in one:
            self.block_pasted.emit(editor)
            return True
        line = editor.lineEdit() if isinstance(editor, CellChoice) else editor
        if line is None or one == text:
            return False  # the editor's own paste
        line.insert(one)
        if isinstance(editor, QLineEdit):
            line.textEdited.emit(line.text())  # typed, as far as saving goes
        return True

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, CellChoice) and editor.touched:
            return  # typed in or stepped through: what it shows is the user's (see below)
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(VALUE_ROLE))
            editor.setCurrentIndex(max(found, 0))
            line = editor.lineEdit()
            if line is not None:
                if index.data(Qt.ItemDataRole.FontRole) is not None:  # text refused before
                    line.setText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
                line.selectAll()  # what is typed replaces it
        elif isinstance(editor, QLineEdit) and not editor.isModified():
            # Once the user has typed, what the editor shows is theirs: a check finishing
            # (the cell's problem marked) must not put the old value back over it.
            editor.setText(str(index.data() or ""))
        elif isinstance(editor, QPlainTextEdit) and not editor.document().isModified():
            editor.setPlainText(str(index.data(Qt.ItemDataRole.EditRole) or ""))
            editor.document().setModified(False)
            editor.moveCursor(editor.textCursor().MoveOperation.End)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, CellChoice) and not editor.chosen():
            model.setData(index, editor.typed())  # read as typed: an option's name, or refused
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), VALUE_ROLE)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
        elif isinstance(editor, QPlainTextEdit):
            model.setData(index, editor.toPlainText())

"""Editors for the cells of a table: a drop-down for options and yes/no, a line for the rest."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPolygon, QWheelEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from desktop.i18n import Lang, pick
from desktop.survey import Field, Kind
from desktop.ui.form.fields.table_model import DIFFERS_ROLE, VALUE_ROLE

Index = QModelIndex | QPersistentModelIndex
# The corner of a cell whose value differs from last round's (quiet: the hint says more).
DIFFERS_MARK = QColor("#2B6CB0")
MARK_SIZE = 7


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
    """A cell's drop-down that knows whether a choice came from stepping with the arrow keys
    (or the wheel) on the closed box, or from the open list."""

    stepping = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.stepping = not self.view().isVisible()
        try:
            super().keyPressEvent(event)
        finally:
            self.stepping = False

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.stepping = True
        try:
            super().wheelEvent(event)
        finally:
            self.stepping = False


class CellDelegate(QStyledItemDelegate):
    """Makes the editor a cell's column needs; the model parses what is typed."""

    # A key typed in an open cell editor: (the editor, the cell's QPersistentModelIndex).
    typing = Signal(object, object)

    def __init__(self, columns: tuple[Field, ...], lang: Lang, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = columns
        self.lang: Lang = lang

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
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
        line = QLineEdit(parent)
        cell = QPersistentModelIndex(index)
        line.textEdited.connect(lambda _text, e=line, c=cell: self.typing.emit(e, c))
        line.setAccessibleName(pick(column.label, self.lang))
        line.setAccessibleDescription(pick(column.help, self.lang))
        if column.kind is Kind.DATE:
            line.setPlaceholderText(QCoreApplication.translate("CellDelegate", "p.k.vvvv"))
        return line

    def _chosen(self, combo: CellChoice) -> None:
        # A choice made is a choice stored. Picked from the open list (Enter, a click) it also
        # closes the editor; stepped to with the arrows on the closed box it does not, so the
        # third option can be reached: Enter then closes it, as it closes any cell.
        if combo.stepping:
            self.commitData.emit(combo)
        else:
            self._finish(combo)

    def _finish(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            found = editor.findData(index.data(VALUE_ROLE))
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QLineEdit) and not editor.isModified():
            # Once the user has typed, what the editor shows is theirs: a check finishing
            # (the cell's problem marked) must not put the old value back over it.
            editor.setText(str(index.data() or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData(), VALUE_ROLE)
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())

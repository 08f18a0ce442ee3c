"""What a read-only view must not let the user change."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)


def changeable(root: QWidget) -> list[str]:
    """The inputs under ``root`` with which a value could still be changed."""
    found: list[str] = []
    for widget in root.findChildren(QWidget):
        if not widget.isEnabled():
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLineEdit | QPlainTextEdit) and not widget.isReadOnly():
            found.append(name)
        elif isinstance(widget, QAbstractButton | QComboBox):
            if type(widget).__name__ != "QAbstractButton":  # not a table's select-all corner
                found.append(name)
        elif (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)
            and (widget.editTriggers() != QAbstractItemView.EditTrigger.NoEditTriggers)
        ):
            found.append(name)
    return found

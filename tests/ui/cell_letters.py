"""How much of a table cell's text a user sees: the letters before the "…" Qt cuts it with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyle

from desktop.ui.form.fields import TableEditor


def letters_shown(table: TableEditor, row: int, column: int) -> int:
    """The letters of the cell's text that show, as the view draws it in its column."""
    view = table.view
    text = str(table.model.index(row, column).data() or "")
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    room = view.columnWidth(column) - 2 * margin - (1 if view.showGrid() else 0)  # the grid line
    shown = view.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)
    return len(text) if shown == text else len(shown.removesuffix("…"))

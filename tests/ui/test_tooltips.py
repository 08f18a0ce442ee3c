"""A tooltip showing text from a received file shows it as it is: markup is not obeyed."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument

from desktop.ui.tooltips import data_tip


def test_markup_in_a_value_is_shown_as_text() -> None:
    tip = data_tip('<img src="x"> & <b>bold</b>\nnext')
    document = QTextDocument()
    document.setHtml(tip)  # as Qt reads a tooltip that looks like rich text
    assert document.toPlainText() == '<img src="x"> & <b>bold</b>\nnext'
    assert data_tip("") == ""

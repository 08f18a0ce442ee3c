"""The links of a table's previous-round hint (copy all, a missing row) stay Tab stops however
often the hint is shown anew: a keyboard user can always copy them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from desktop.workbook import Workbook
from tests.ui.conftest import WindowFactory
from tests.ui.test_previous_tables import ROWS, TABLE, _premises, _sent_first_round


def _tab_from_remove_button(qtbot: QtBot, page: QLabel) -> QLabel | None:
    button = page.findChild(QPushButton, "remove_premises")
    assert button is not None
    table = page.editor("premises")  # type: ignore[attr-defined]
    table.view.setCurrentIndex(table.model.index(0, 0))  # a row chosen: the button offered
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(button.hasFocus)
    qtbot.keyClick(button, Qt.Key.Key_Tab)
    focused = QApplication.focusWidget()
    return focused if isinstance(focused, QLabel) else None


def test_the_missing_rows_links_are_reached_by_tab_after_the_hint_is_shown_again(
    make_window: WindowFactory, workbook: Workbook, qtbot: QtBot, tmp_path: Path
) -> None:
    _sent_first_round(workbook, tmp_path)
    workbook.set_json("2022-2", TABLE, ROWS)
    page = _premises(make_window, workbook, qtbot)
    label = page.findChild(QLabel, "previous_premises")
    assert label is not None
    assert "Edellisellä kierroksella, ei nyt:" in label.text()
    assert _tab_from_remove_button(qtbot, page) is label  # type: ignore[arg-type]

    # The hint is made anew (the language changes, a row is added...): still a Tab stop.
    window = page.window()
    for lang in ("en", "fi"):
        window.set_language(lang)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: label.isVisible())
        assert "href=" in label.text()
        assert _tab_from_remove_button(qtbot, page) is label  # type: ignore[arg-type]
    # Enter on the focused hint follows its first link (copy all: its rows to choose).
    assert label.hasFocus()

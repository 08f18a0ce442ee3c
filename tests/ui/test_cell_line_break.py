"""A long-text cell takes a line break by keyboard: Shift+Enter (or Ctrl+Enter) breaks the
line, Enter stores the cell as any other; Help → Shortcuts says so."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from desktop.ui.form.fields import TableEditor
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import WindowFactory
from tests.ui.exporting import Screen, wait_for_box
from tests.ui.user import User, type_text

ROUND = "2022-2"
NOTES = "/interfaces/interface_areas/0/notes"


@pytest.mark.parametrize(
    "modifier", [Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.ControlModifier]
)
def test_shift_or_ctrl_enter_breaks_the_line_and_enter_stores_it(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, modifier: Qt.KeyboardModifier
) -> None:
    workbook.set_json(ROUND, "/interfaces/interface_areas", [{"interface": "hyte"}])
    window = make_window(workbook)
    window.open_round(ROUND)
    page = window.open_section("interfaces")
    assert page is not None
    table = page.editor("interface_areas")
    assert isinstance(table, TableEditor)
    keys = [c.key for c in table.field.columns]
    table.focus_cell(0, keys.index("notes"))
    user = User(qtbot, window)
    user.focus(table.view)
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not table.view)
    editor = QApplication.focusWidget()
    assert editor is not None
    type_text(qtbot, editor, "Rad ett")
    qtbot.keyClick(editor, Qt.Key.Key_Return, modifier)
    assert table.view.state() == QAbstractItemView.State.EditingState  # still typing
    type_text(qtbot, editor, "rad tva")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, NOTES) == "Rad ett\nrad tva")

    # Opened again, the cell shows both lines to go on with.
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not table.view)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # type: ignore[arg-type]
    type_text(qtbot, editor, "!")  # type: ignore[arg-type]
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: workbook.stored(ROUND, NOTES) == "Rad ett\nrad tva!")

    # Escape takes a long text's edit back too, lines and all.
    table.focus_cell(0, keys.index("notes"))
    qtbot.keyClick(table.view, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not table.view)
    editor = QApplication.focusWidget()
    type_text(qtbot, editor, "x")  # type: ignore[arg-type]
    qtbot.keyClick(editor, Qt.Key.Key_Return, modifier)  # type: ignore[arg-type]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)
    qtbot.wait(1500)
    assert workbook.stored(ROUND, NOTES) == "Rad ett\nrad tva!"
    assert table.model.index(0, keys.index("notes")).data() == "Rad ett\nrad tva!"
    for session in window.sessions.values():  # no check after the database closes
        session.stop_checking()


KEYS = {"fi": "Vaihto+Enter", "sv": "Skift+Enter", "en": "Shift+Enter"}
SAID = {"fi": "rivinvaihto", "sv": "radbrytning", "en": "line break"}


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_shortcut_list_tells_the_line_break_and_the_editing_keys(
    qtbot: QtBot, window: MainWindow, screen: Screen, lang: str
) -> None:
    window.set_language(lang)  # type: ignore[arg-type]
    window.menu.shortcuts.trigger()
    _title, text = wait_for_box(qtbot, screen)
    rows = re.findall(r"<tr><td><b>(.*?)</b></td><td>(.*?)</td></tr>", text)
    listed = {keys: what for keys, what in rows}
    assert any(KEYS[lang] in k and SAID[lang] in w for k, w in rows), listed
    assert any("F2" in k for k in listed), listed
    assert any(k.startswith("Esc") for k in listed), listed
    # Ctrl+Shift+O (Shift named in the language: "Ctrl+Vaihto+O").
    assert any(re.fullmatch(r"Ctrl\+\w+\+O", k) for k in listed), list(listed)
    # A gap between the keys and what they do, whatever the longest keys: the description
    # column starts clear of the widest keys' end.
    from PySide6.QtGui import QFont, QFontMetrics, QTextDocument

    document = QTextDocument()
    document.setHtml(text)
    document.setTextWidth(600)
    layout = document.documentLayout()
    bold = QFont(document.defaultFont())
    bold.setBold(True)
    widest = 0.0
    start = None
    block = document.begin()
    while block.isValid():
        place = layout.blockBoundingRect(block)
        if block.text() in listed:
            widest = max(widest, place.x() + QFontMetrics(bold).horizontalAdvance(block.text()))
        elif start is None and block.text() in listed.values():
            start = place.x()
        block = block.next()
    assert start is not None and start - widest >= 8, (start, widest)

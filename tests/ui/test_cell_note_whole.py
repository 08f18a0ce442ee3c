"""A keyboard user reads the whole of what a table cell's tooltip tells (why its text was
refused, the options, its problem, its previous value) under the table, wrapped, not cut off
in the status line; and the status line's message keeps a gap from the word on saving."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.i18n import pick
from desktop.survey import Field
from desktop.ui.form.fields import TableEditor
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import WindowFactory
from tests.ui.user import User, type_text

ROUND = "2022-2"  # the first round that asks of the interfaces
TABLE = "/interfaces/interface_areas"
ROW_WORD = {"fi": "Rivi 1", "sv": "Rad 1", "en": "Row 1"}


def _table(window: MainWindow) -> TableEditor:
    window.open_round(ROUND)
    page = window.open_section("interfaces")
    assert page is not None
    table = page.editor("interface_areas")
    assert isinstance(table, TableEditor)
    return table


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_refused_cells_whole_message_is_under_the_table(
    qtbot: QtBot, make_window: WindowFactory, workbook: Workbook, lang: str
) -> None:
    workbook.set_json(ROUND, TABLE, [{"status": "agreed"}])
    window = make_window(workbook)
    window.resize(1024, 700)
    window.set_language(lang)  # type: ignore[arg-type]
    table = _table(window)
    user = User(qtbot, window)
    table.focus_cell(0, 0)
    user.focus(table.view)
    type_text(qtbot, table.view, "S")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not table.view)
    type_text(qtbot, QApplication.focusWidget(), "ocialt")  # type: ignore[arg-type]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table.view)
    qtbot.wait(10)  # the closed editor and its list of completions go on the next turn
    # The offscreen platform leaves the window inactive once a list of completions has shown
    # (a screen gives it back): the window is given back the keys, as on a screen.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    user.focus(table.view)
    assert workbook.stored(ROUND, f"{TABLE}/0/interface") is None

    note = table.findChild(QLabel, "note_interface_areas")
    assert note is not None
    qtbot.waitUntil(note.isVisible)
    column: Field = table.field.columns[0]
    text = note.text()
    assert text.startswith(ROW_WORD[lang]), text
    assert "Socialt" in text
    for option in column.options:  # every option, the last as well
        assert pick(option.label, lang) in text, (option, text)
    # Wrapped within the page, not cut: all of its lines have room.
    assert note.width() <= table.width()
    qtbot.waitUntil(lambda: note.height() >= note.heightForWidth(note.width()))

    # The status line's message, cut or not, ends short of the word on saving.
    bar = window.statusBar()
    assert "Socialt" in bar.currentMessage()
    saving = window.save_status.label
    image = bar.grab().toImage()
    ratio = image.devicePixelRatio()
    start = saving.mapTo(bar, saving.contentsRect().topLeft()).x()
    background = image.pixelColor(int(2 * ratio), int(2 * ratio)).rgb()
    for x in range(start - 8, start):
        for y in range(bar.height()):
            colour = image.pixelColor(int(x * ratio), int(y * ratio)).rgb()
            assert colour == background, (x, y)

    # The keyboard gone from the table: the line goes with it.
    user.press(Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not note.isVisible())
    for session in window.sessions.values():  # no check after the database closes
        session.stop_checking()

"""Tables used like a spreadsheet: typing in a list cell, Tab in and out, pasting a block."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop.jsonvalue import MISSING
from desktop.ui.form.fields import TableEditor
from desktop.ui.shell.main_window import MainWindow
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND
from tests.ui.tables import TABLE, one_empty_row, table_editor
from tests.ui.user import User, type_text

# building (text), use (choice), ownership (choice), floor_area (number), shared (yes/no)


def _editing(qtbot: QtBot, table: TableEditor) -> QWidget:
    """The editor open in the table, once it has the keyboard."""
    qtbot.waitUntil(lambda: table.view.isAncestorOf(QApplication.focusWidget()))
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _active(qtbot: QtBot, table: TableEditor) -> None:
    window = table.window()
    qtbot.wait(10)  # an editor closed is deleted on the next turn, its popups with it
    if not window.isActiveWindow():
        # The offscreen platform leaves the window inactive once a list of completions has
        # shown (a screen gives it back): the window is given back the keys, as on a screen.
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)


def _closed(qtbot: QtBot, table: TableEditor) -> None:
    qtbot.waitUntil(lambda: table.view.state() != QAbstractItemView.State.EditingState)
    _active(qtbot, table)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table.view)


def _at(table: TableEditor, row: int, key: str) -> None:
    keys = [c.key for c in table.field.columns]
    table.focus_cell(row, keys.index(key))
    window = table.window()
    if not window.isActiveWindow():  # see _active
        window.activateWindow()


def test_typing_in_a_list_cell_chooses_only_an_option_that_matches(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    table, user = one_empty_row(qtbot, window, workbook)
    _at(table, 0, "use")

    # Part of an option's name, anywhere in it and in any case, chooses it.
    type_text(qtbot, table.view, "t")
    type_text(qtbot, _editing(qtbot, table), "erveysASEMA")
    qtbot.keyClick(_editing(qtbot, table), Qt.Key.Key_Return)
    _closed(qtbot, table)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, f"{TABLE}/0/use") == "health_centre")

    # Tab takes the option that matches and goes on to the next cell.
    type_text(qtbot, table.view, "p")
    type_text(qtbot, _editing(qtbot, table), "aloas")
    qtbot.keyClick(_editing(qtbot, table), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, f"{TABLE}/0/use") == "fire_station")
    qtbot.waitUntil(lambda: table.view.currentIndex().column() == 2)
    user.press(Qt.Key.Key_Escape)
    _closed(qtbot, table)

    # Text that is no option's is refused, said so, and nothing is stored.
    _at(table, 0, "use")
    type_text(qtbot, table.view, "T")
    type_text(qtbot, _editing(qtbot, table), "alous- ja henkilöstöhallinto")
    qtbot.keyClick(_editing(qtbot, table), Qt.Key.Key_Return)
    _closed(qtbot, table)
    qtbot.wait(600)
    assert workbook.stored(ROUND, f"{TABLE}/0/use") == "fire_station"
    cell = table.model.index(0, 1)
    assert "ei ole vaihtoehto" in str(cell.data(Qt.ItemDataRole.ToolTipRole))
    assert window.session is not None
    qtbot.waitUntil(lambda: f"{TABLE}/0/use" in window.session.typed_errors)

    # Escape takes an edit back: what is stored stays, whatever was typed or stepped to.
    user.press(Qt.Key.Key_F2)
    editor = _editing(qtbot, table)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, editor, "Vuodeosasto")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    _closed(qtbot, table)
    user.press(Qt.Key.Key_Right)
    user.press(Qt.Key.Key_F2)
    editor = _editing(qtbot, table)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    _closed(qtbot, table)
    qtbot.wait(600)
    assert workbook.stored(ROUND, f"{TABLE}/0/use") == "fire_station"
    assert workbook.stored(ROUND, f"{TABLE}/0/ownership") is None
    assert not shiboken6.isValid(editor) or not editor.isVisible()

    # A yes/no cell takes a part of "Kyllä" or "Ei" as well.
    _at(table, 0, "shared")
    type_text(qtbot, table.view, "k")
    type_text(qtbot, _editing(qtbot, table), "yl")
    qtbot.keyClick(_editing(qtbot, table), Qt.Key.Key_Return)
    _closed(qtbot, table)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, f"{TABLE}/0/shared") is True)


def test_tab_from_the_last_cell_leaves_the_table_and_adds_no_row(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    table = table_editor(window)
    user = User(qtbot, window)
    user.focus(table.view)
    user.press(Qt.Key.Key_Insert)  # rows are added by a key of their own
    qtbot.waitUntil(lambda: workbook.stored(ROUND, TABLE) == [{}])
    _at(table, 0, "floor_area")
    user.tab()
    assert table.view.currentIndex() == table.model.index(0, 4)
    user.tab()  # from the last cell: on to what follows the table
    assert user.focused() is table.add_button
    user.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert user.focused() is table.view  # and back to the cell it left
    assert table.view.currentIndex() == table.model.index(0, 4)

    # Editing the last cell, Tab stores it and leaves too.
    user.press(Qt.Key.Key_F2)
    editor = _editing(qtbot, table)
    qtbot.keyClick(editor, Qt.Key.Key_Down)
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is table.add_button)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, f"{TABLE}/0/shared") is True)

    # Shift+Tab on the first cell goes to what comes before the table.
    _at(table, 0, "building")
    user.press(Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert not table.isAncestorOf(user.focused())
    qtbot.wait(600)
    assert table.model.rowCount() == 1
    assert workbook.stored(ROUND, TABLE) == [{"shared": True}]


def test_an_empty_table_shows_that_it_has_the_focus(qtbot: QtBot, window: MainWindow) -> None:
    table = table_editor(window)
    assert table.model.rowCount() == 0
    highlight = table.view.palette().color(table.view.palette().ColorRole.Highlight)

    def framed() -> bool:
        image = table.view.grab().toImage()
        middle = image.height() // 2
        edge = [image.pixelColor(x, middle) for x in range(0, 4)]
        return any(colour == highlight for colour in edge)

    assert not framed()
    User(qtbot, window).focus(table.view)
    qtbot.waitUntil(framed)


ROWS = (
    "Terveysasema\tterveys\tKunnan oma\t1 250,5\tKyllä\n"
    "Paloasema\tPaloasema\tKunnan vuokraama\tabc\tEi\n"
)


def test_a_block_pasted_from_a_spreadsheet_fills_the_cells_in_one_save(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    table = table_editor(window)
    assert window.session is not None
    saves: list[str] = []
    window.session.committed.connect(lambda pointer, _value: saves.append(pointer))
    QApplication.clipboard().setText(ROWS)
    user = User(qtbot, window)
    user.focus(table.view)
    user.press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: table.model.rowCount() == 2)
    qtbot.waitUntil(lambda: len(workbook.stored(ROUND, TABLE) or []) == 2)
    # Each value read as if typed in its column: numbers in Finnish, options by their names;
    # text that fits no column is shown refused and not stored.
    assert workbook.stored(ROUND, TABLE) == [
        {
            "building": "Terveysasema",
            "use": "health_centre",
            "ownership": "own",
            "floor_area": 1250.5,
            "shared": True,
        },
        {"building": "Paloasema", "use": "fire_station", "ownership": "leased", "shared": False},
    ]
    assert saves == [TABLE]  # one save for the whole paste
    assert (1, "floor_area") in table.model.typed
    qtbot.waitUntil(lambda: f"{TABLE}/1/floor_area" in window.session.typed_errors)
    assert user.focused() is table.view

    # Pasted on a cell, the block fills from there right and down, over what is there.
    QApplication.clipboard().setText("Vuodeosasto\n")
    _at(table, 1, "use")
    user.press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, f"{TABLE}/1/use") == "ward")

    # Ctrl+C copies the chosen cells as a spreadsheet takes them.
    table.view.setCurrentIndex(table.model.index(0, 0))
    table.view.selectionModel().select(
        QItemSelection(table.model.index(0, 0), table.model.index(1, 1)),
        QItemSelectionModel.SelectionFlag.ClearAndSelect,
    )
    user.press(Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == (
        "Terveysasema\tTerveyskeskus tai terveysasema\nPaloasema\tVuodeosasto\n"
    )


def test_a_block_pasted_while_a_cell_is_edited_fills_the_cells_from_there(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    table, user = one_empty_row(qtbot, window, workbook)
    _at(table, 0, "building")
    user.press(Qt.Key.Key_F2)
    editor = _editing(qtbot, table)
    type_text(qtbot, editor, "Kirjasto")
    QApplication.clipboard().setText(ROWS)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(workbook.stored(ROUND, TABLE) or []) == 2)
    _closed(qtbot, table)
    stored = workbook.stored(ROUND, TABLE)
    assert isinstance(stored, list)
    assert [row["building"] for row in stored] == ["Terveysasema", "Paloasema"]  # type: ignore[index]

    # One value is pasted into the cell's text as it is.
    QApplication.clipboard().setText("Pääkirjasto\n")
    user.press(Qt.Key.Key_F2)
    editor = _editing(qtbot, table)
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    _closed(qtbot, table)
    qtbot.waitUntil(lambda: workbook.stored(ROUND, f"{TABLE}/0/building") == "Pääkirjasto")


def test_a_paste_of_more_rows_than_the_table_holds_is_cut_and_said_so(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    table = table_editor(window)
    most = table.field.schema["maxItems"]
    lines = [f"Tila {n}\tPaloasema\tKunnan oma\t{n},5\tei" for n in range(most + 5)]
    QApplication.clipboard().setText("\n".join(lines))
    user = User(qtbot, window)
    user.focus(table.view)
    user.press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(workbook.stored(ROUND, TABLE) or []) == most)
    assert table.model.rowCount() == most
    said = window.statusBar().currentMessage()
    assert str(most) in said and "5" in said, said


def test_a_check_finishing_keeps_what_is_typed_or_stepped_to_in_a_list_cell(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    table, user = one_empty_row(qtbot, window, workbook)
    for key, keys, expected in (("use", "palo", "fire_station"), ("ownership", None, "own")):
        _at(table, 0, key)
        user.press(Qt.Key.Key_F2)
        editor = _editing(qtbot, table)
        if keys:
            type_text(qtbot, editor, keys)
        else:
            qtbot.keyClick(editor, Qt.Key.Key_Down)
        # The cell's problem is marked anew while the editor is open.
        table.model.set_problems({(0, key): "Täytä tämä sarake riville 1."})
        qtbot.keyClick(_editing(qtbot, table), Qt.Key.Key_Return)
        _closed(qtbot, table)
        qtbot.waitUntil(lambda k=key, e=expected: workbook.stored(ROUND, f"{TABLE}/0/{k}") == e)


def test_a_paste_over_rows_lists_each_changed_cell_in_the_history(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    old_row = {
        "building": "Terveysasema",
        "use": "health_centre",
        "ownership": "own",
        "floor_area": 120.0,
        "shared": False,
    }
    workbook.set_json(ROUND, TABLE, [old_row])
    table = table_editor(window)
    table.set_value([old_row])
    QApplication.clipboard().setText("Kirjasto\tVuodeosasto\nPaloasema\tPaloasema\n")
    user = User(qtbot, window)
    _at(table, 0, "building")
    user.press(Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(workbook.stored(ROUND, TABLE) or []) == 2)
    pasted = workbook.store.audit_log(ROUND, limit=4)
    # Each cell the paste changed is in the history with its old and new value, as typed.
    assert sorted(((e.pointer, e.old, e.new) for e in pasted), key=str) == [
        (f"{TABLE}/0/building", "Terveysasema", "Kirjasto"),
        (f"{TABLE}/0/use", "health_centre", "ward"),
        (f"{TABLE}/1/building", MISSING, "Paloasema"),
        (f"{TABLE}/1/use", MISSING, "fire_station"),
    ]
    assert len({e.at for e in pasted}) == 1  # one save

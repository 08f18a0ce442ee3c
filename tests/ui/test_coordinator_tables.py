"""The coordinator's tables at a laptop's size: a long reason does not push the contacts off
the screen, a column's header sorts the table, and typing a municipality's code or name goes
to its row."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop.collect.overview import Answer, FileLine, MunicipalityLine, Summary
from desktop.collect.standing import Status
from desktop.paths import DataPaths
from desktop.ui.coordinator.window import CoordinatorWindow
from desktop.ui.translations import Translations

LONG = "Allekirjoittajan varmenne ei ole kunnan rekisterissä: " + "avain 0123456789abcdef " * 40
MUNICIPALITIES = [
    ("005", "Alajärvi", Answer.COUNTED, ""),
    ("211", "Kangasala", Answer.REFUSED, LONG),
    ("092", "Vantaa", Answer.MISSING, ""),
    ("091", "Helsinki", Answer.COUNTED, ""),
]


def shown(qtbot: QtBot, data_paths: DataPaths) -> CoordinatorWindow:
    window = CoordinatorWindow(data_paths, "fi", workers=1)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    lines = [
        MunicipalityLine(code, name, "Alue", answer, None, reason, None, "Maija Meikäläinen")
        for code, name, answer, reason in MUNICIPALITIES
    ]
    files = [
        FileLine(f"/in/{code}.asice", f"{code}.asice", code, 1, Status.REFUSED, reason, None)
        for code, _, _, reason in MUNICIPALITIES
    ]
    window._present((lines, files, [], Summary(4, 2, 1, 0, 1, 0, 0, 0)))
    return window


def test_a_long_reason_leaves_the_contacts_in_sight_and_is_told_whole(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations
) -> None:
    window = shown(qtbot, data_paths)
    view = window.municipality_view
    contacts = window.municipalities.columnCount() - 1
    assert view.columnViewportPosition(contacts) + 40 < view.viewport().width()
    reason = window.municipalities.index(1, 5)
    assert window.municipalities.data(reason, Qt.ItemDataRole.ToolTipRole) == LONG
    window.municipality_view.selectRow(1)
    assert LONG in window.reason.toPlainText()
    window.tabs.setCurrentWidget(window.file_view)
    reasons = window.files.columnCount() - 1
    files = window.file_view
    assert files.columnViewportPosition(reasons) + 40 < files.viewport().width()


def test_a_header_sorts_the_table_and_the_details_follow_the_row(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations
) -> None:
    window = shown(qtbot, data_paths)
    view = window.municipality_view
    assert view.isSortingEnabled() and window.file_view.isSortingEnabled()
    names = [window.municipalities.index(r, 1).data() for r in range(4)]
    assert names == ["Alajärvi", "Kangasala", "Vantaa", "Helsinki"]  # as given until sorted
    view.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    names = [window.municipalities.index(r, 1).data() for r in range(4)]
    assert names == ["Alajärvi", "Helsinki", "Kangasala", "Vantaa"]
    view.selectRow(2)
    assert window.reason.toPlainText().startswith("211 Kangasala")
    view.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert [window.municipalities.index(r, 0).data() for r in range(4)] == [
        "211",
        "092",
        "091",
        "005",
    ]
    assert window.reason.toPlainText().startswith("211 Kangasala")  # the selection followed


def test_typing_a_code_or_a_name_goes_to_the_municipality(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations
) -> None:
    window = shown(qtbot, data_paths)
    view = window.municipality_view
    view.setFocus()
    qtbot.keyClicks(view, "vant")
    assert window.reason.toPlainText().startswith("092 Vantaa")
    qtbot.wait(QApplication.keyboardInputInterval() + 100)
    qtbot.keyClicks(view, "211")
    assert window.reason.toPlainText().startswith("211 Kangasala")


def test_copies_in_subfolders_are_told_apart_by_their_place_in_the_folder(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations, tmp_path: Path
) -> None:
    window = CoordinatorWindow(data_paths, "fi", workers=1)
    qtbot.addWidget(window)
    window.set_folder(tmp_path)
    name = "2022-1_005_1.asice"
    places = [Path(name), Path("kunnat", name), Path("vanhat", "maaliskuu", name)]
    files = [
        FileLine(str(tmp_path / place), name, "005", 1, Status.CURRENT, "", None)
        for place in places
    ]
    window._present(([], files, [], Summary(3, 1, 0, 0, 0, 0, 0, 2)))
    shown = [window.files.index(row, 0).data() for row in range(3)]
    assert shown == [str(place) for place in places]
    assert window._code_text(files[2]) == "005"


def test_without_a_chosen_folder_files_are_named_from_where_they_part(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations, tmp_path: Path
) -> None:
    window = CoordinatorWindow(data_paths, "fi", workers=1)  # as opened: no folder chosen
    qtbot.addWidget(window)
    inbox = tmp_path / "saapuneet"
    places = [Path("a.asice"), Path("b", "a.asice")]
    files = [
        FileLine(str(inbox / place), "a.asice", "005", 1, Status.CURRENT, "", None)
        for place in places
    ]
    window._present(([], files, [], Summary(2, 1, 0, 0, 0, 0, 0, 1)))
    assert [window.files.index(row, 0).data() for row in range(2)] == [
        str(place) for place in places
    ]


def test_tab_into_a_table_chooses_its_row_and_the_details_fill(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations
) -> None:
    window = shown(qtbot, data_paths)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    view = window.municipality_view
    assert not view.selectionModel().hasSelection()
    window.tabs.tabBar().setFocus()
    qtbot.keyClick(window.tabs.tabBar(), Qt.Key.Key_Tab)
    assert view.hasFocus(), QApplication.focusWidget()
    assert view.selectionModel().selectedRows()
    assert window.reason.toPlainText().startswith("005 Alajärvi")


def test_a_cells_tooltip_shows_a_received_files_name_as_text_not_markup(qtbot: QtBot) -> None:
    from desktop.ui.coordinator.lines_model import LinesModel

    model = LinesModel(["Tiedosto", "Syy"])
    model.set_rows([["2022-1_091_<b>x.asice", "plain"]], [object()])
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;" in tip and "<b>" not in tip, tip  # Qt would draw <b> as bold
    assert model.data(model.index(0, 0)) == "2022-1_091_<b>x.asice"  # shown as it is
    assert model.data(model.index(0, 1), Qt.ItemDataRole.ToolTipRole) == "plain"

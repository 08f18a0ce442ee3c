"""Last round's table in the window: cells that differ are marked, each cell says its previous
value, rows missing now are listed, and the rows to copy are chosen by their key."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget
from pytestqt.qtbot import QtBot

from desktop.commands.demo import fill_round
from desktop.jsonvalue import JSONValue
from desktop.signing.keys import Organisation, create_key
from desktop.submission.service import Submissions
from desktop.ui.form.fields.table_model import DIFFERS_ROLE
from desktop.ui.form.section_page import SectionPage
from desktop.ui.previous.rows_dialog import RowsDialog
from desktop.workbook import Workbook
from tests.ui.conftest import WindowFactory
from tests.ui.exporting import Screen

TABLE = "/premises/premises"
ROWS: list[JSONValue] = [
    {"building": "Kangasalan paloasema", "use": "fire_station", "floor_area": 1500},
    {"building": "sahalahden  paloasema", "use": "fire_station", "floor_area": 420},
    {"building": "Uusi varikko", "use": "other", "floor_area": 100},
]


def _sent_first_round(workbook: Workbook, folder: Path) -> None:
    fill_round(workbook, "2022-1")
    key = create_key(Organisation("Kangasala", "Kangasala"))
    Submissions(workbook).export("2022-1", folder, key=key, lang="fi", after_closing=True)


def _premises(make_window: WindowFactory, workbook: Workbook, qtbot: QtBot) -> SectionPage:
    window = make_window(workbook)
    window.open_round("2022-2")
    page = window.open_section("premises")
    assert page is not None
    qtbot.waitUntil(lambda: page.findChild(QLabel, "previous_premises") is not None)
    return page


def test_a_cell_that_differs_from_last_round_is_marked_and_says_the_previous_value(
    make_window: WindowFactory, workbook: Workbook, qtbot: QtBot, tmp_path: Path
) -> None:
    _sent_first_round(workbook, tmp_path)
    workbook.set_json("2022-2", TABLE, ROWS)
    page = _premises(make_window, workbook, qtbot)
    table = page.editor("premises")
    model = table.model  # type: ignore[attr-defined]
    keys = [c.key for c in model.columns]
    area, ownership = keys.index("floor_area"), keys.index("ownership")

    def differs(row: int, column: int) -> bool:
        return bool(model.data(model.index(row, column), DIFFERS_ROLE))

    assert differs(0, area)  # 1 450 then, 1 500 now
    assert not differs(1, area)  # the same building (by its key, case and spaces aside)
    assert differs(0, ownership)  # answered then, empty now
    assert not differs(2, area)  # a new building: nothing to differ from
    said = model.data(model.index(0, area), Qt.ItemDataRole.AccessibleDescriptionRole)
    assert said == "Edellinen 2022-1: 1\u00a0450 m²"
    same = model.data(model.index(1, area), Qt.ItemDataRole.AccessibleDescriptionRole)
    assert same == "Edellinen 2022-1: 420 m²"
    assert model.data(model.index(2, area), Qt.ItemDataRole.AccessibleDescriptionRole) is None

    # The mark is drawn in the cell's corner; the unchanged cell has none.
    view = table.view  # type: ignore[attr-defined]
    view.clearSelection()
    view.setCurrentIndex(model.index(2, 0))
    view.scrollTo(model.index(0, area))  # a narrow window scrolls the table sideways
    image = view.viewport().grab().toImage()

    def corner(row: int) -> int:
        rect = view.visualRect(model.index(row, area))
        return image.pixelColor(rect.right() - 2, rect.top() + 2).rgb()

    assert corner(0) != corner(1)

    # Under the table: what the mark means, and the buildings of last time missing now.
    label = page.findChild(QLabel, "previous_premises")
    assert label is not None and label.isVisible()
    assert "eroaa kierroksen 2022-1" in label.text()
    assert "Edellisellä kierroksella, ei nyt:" in label.text()
    assert "Kangasalan terveyskeskus, keskusta" in label.text()
    assert "Kangasalan paloasema<" not in label.text()  # here now, by its key


def _items(dialog: RowsDialog) -> dict[str, Qt.CheckState]:
    listed = dialog.findChild(QListWidget, "previousRows")
    assert listed is not None
    return {
        str(listed.item(i).data(Qt.ItemDataRole.UserRole)): listed.item(i).checkState()
        for i in range(listed.count())
    }


def _check(dialog: RowsDialog, key: str, state: Qt.CheckState) -> None:
    listed = dialog.findChild(QListWidget, "previousRows")
    assert listed is not None
    for i in range(listed.count()):
        if listed.item(i).data(Qt.ItemDataRole.UserRole) == key:
            listed.item(i).setCheckState(state)


def test_copying_a_table_copies_the_rows_the_user_chooses_by_key_and_undoes(
    make_window: WindowFactory, workbook: Workbook, screen: Screen, qtbot: QtBot, tmp_path: Path
) -> None:
    _sent_first_round(workbook, tmp_path)
    workbook.set_json("2022-2", TABLE, [{"building": "Sahalahden paloasema", "floor_area": 500}])
    page = _premises(make_window, workbook, qtbot)
    window = page.window()
    label = page.findChild(QLabel, "previous_premises")
    assert label is not None
    label.linkActivated.emit("copy")
    dialog = screen.last(RowsDialog)
    assert isinstance(dialog, RowsDialog)
    items = _items(dialog)
    assert len(items) == 8
    assert items["Sahalahden paloasema"] == Qt.CheckState.Unchecked  # already in the table
    assert items["Palvelukoti Ruutana"] == Qt.CheckState.Checked
    assert sum(s == Qt.CheckState.Checked for s in items.values()) == 7
    _check(dialog, "Palvelukoti Ruutana", Qt.CheckState.Unchecked)
    dialog.accept()
    qtbot.waitUntil(lambda: len(workbook.answers("2022-2")["premises"]["premises"]) == 7)
    rows = workbook.answers("2022-2")["premises"]["premises"]
    buildings = [r["building"] for r in rows]
    assert "Palvelukoti Ruutana" not in buildings and "Kangasalan paloasema" in buildings
    assert rows[0] == {"building": "Sahalahden paloasema", "floor_area": 500}
    assert screen.questions == []  # nothing typed was in the way
    copied = [e for e in workbook.store.audit_log("2022-2") if e.source == "2022-1#1"]
    assert len(copied) == 6

    window.previous.undo_copy.trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(workbook.answers("2022-2")["premises"]["premises"]) == 1)
    assert page.editor("premises").value() == [  # type: ignore[attr-defined]
        {"building": "Sahalahden paloasema", "floor_area": 500}
    ]


def test_a_chosen_row_already_there_fills_its_empty_cells_and_asks_before_replacing(
    make_window: WindowFactory, workbook: Workbook, screen: Screen, qtbot: QtBot, tmp_path: Path
) -> None:
    _sent_first_round(workbook, tmp_path)
    workbook.set_json("2022-2", TABLE, [{"building": "Sahalahden paloasema", "floor_area": 500}])
    page = _premises(make_window, workbook, qtbot)
    label = page.findChild(QLabel, "previous_premises")
    assert label is not None
    label.linkActivated.emit("copy")
    dialog = screen.last(RowsDialog)
    assert isinstance(dialog, RowsDialog)
    for key in _items(dialog):
        _check(dialog, key, Qt.CheckState.Unchecked)
    _check(dialog, "Sahalahden paloasema", Qt.CheckState.Checked)
    screen.yes = False  # keep the typed floor area
    dialog.accept()
    qtbot.waitUntil(lambda: "use" in workbook.answers("2022-2")["premises"]["premises"][0])
    assert screen.questions and "1 kohtaan on jo vastattu" in screen.questions[0]
    (row,) = workbook.answers("2022-2")["premises"]["premises"]
    assert row["floor_area"] == 500 and row["use"] == "fire_station"


def test_choosing_no_rows_copies_nothing(
    make_window: WindowFactory, workbook: Workbook, screen: Screen, qtbot: QtBot, tmp_path: Path
) -> None:
    _sent_first_round(workbook, tmp_path)
    page = _premises(make_window, workbook, qtbot)
    label = page.findChild(QLabel, "previous_premises")
    assert label is not None
    label.setFocus()  # an empty table's hint is one line: Enter on it copies
    qtbot.keyClick(label, Qt.Key.Key_Return)
    dialog = screen.last(RowsDialog)
    assert isinstance(dialog, RowsDialog)
    assert all(s == Qt.CheckState.Checked for s in _items(dialog).values())  # an empty table
    for key in _items(dialog):
        _check(dialog, key, Qt.CheckState.Unchecked)
    assert not dialog.copy_button.isEnabled()
    dialog.reject()
    qtbot.wait(50)
    assert "premises" not in workbook.answers("2022-2").get("premises", {})


def test_a_previous_value_with_a_bidi_override_is_shown_escaped(
    make_window: WindowFactory, workbook: Workbook, screen: Screen, qtbot: QtBot, tmp_path: Path
) -> None:
    """Last round's values may come from a received package: a right-to-left override in a
    building's name must not turn the names shown after it (the missing rows' list), nor the
    hint of a cell or a question; it is shown as its escape, as the command line shows it."""
    fill_round(workbook, "2022-1")
    rows = workbook.answers("2022-1")["premises"]["premises"]  # type: ignore[index]
    rows[0]["building"] = "\u202eAsemapalo"  # type: ignore[index]
    rows[0]["use"] = "other"  # type: ignore[index]
    rows[1]["building"] = "<b>Lihava</b>"  # type: ignore[index]
    workbook.set_json("2022-1", TABLE, rows)
    workbook.set_json("2022-1", "/premises/lease_status", "not_started")
    workbook.set_json("2022-1", "/premises/lease_not_started_reason", "syy\u202ekäänteinen")
    key = create_key(Organisation("Kangasala", "Kangasala"))
    Submissions(workbook).export("2022-1", tmp_path, key=key, lang="fi", after_closing=True)
    workbook.set_json("2022-2", TABLE, [ROWS[2]])
    workbook.set_json("2022-2", "/premises/lease_status", "not_started")
    page = _premises(make_window, workbook, qtbot)
    missing = page.findChild(QLabel, "previous_premises")
    assert missing is not None
    assert "\\u202eAsemapalo" in missing.text()
    assert "\u202e" not in missing.text() and "\u202e" not in missing.accessibleName()
    qtbot.waitUntil(lambda: page.findChild(QLabel, "previous_lease_not_started_reason") is not None)
    reason = page.findChild(QLabel, "previous_lease_not_started_reason")
    assert reason is not None
    assert "\u202e" not in reason.text() and "syy\\u202ekäänteinen" in reason.text()
    missing.linkActivated.emit("copy")  # the rows to copy, each by its name
    dialog = screen.last(RowsDialog)
    assert isinstance(dialog, RowsDialog)
    shown = [dialog.rows.item(i).text() for i in range(dialog.rows.count())]
    assert "\\u202eAsemapalo" in shown and "<b>Lihava</b>" in shown  # a list shows plain text
    assert "\u202eAsemapalo" in _items(dialog)  # and copies the row by its key as it was
    tips = [dialog.rows.item(i).toolTip() for i in range(dialog.rows.count())]
    assert not any("\u202e" in t for t in tips)
    assert all(t.startswith("<p") for t in tips)  # rich text whose every character is escaped
    dialog.reject()

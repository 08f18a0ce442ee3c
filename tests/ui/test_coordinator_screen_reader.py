"""The coordinator's lists as a screen reader says them: the empty cells of a municipality
whose package is missing are named, in the user's language, not read as nothing."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from desktop.collect.overview import Answer, MunicipalityLine
from desktop.i18n import Lang
from desktop.paths import DataPaths
from desktop.ui.coordinator.window import CoordinatorWindow
from desktop.ui.translations import Translations

NO_PACKAGE = {"fi": "Askola: ei pakettia", "sv": "Askola: inget paket", "en": "Askola: no package"}
NO_CONTACT = {
    "fi": "Askola: ei yhteystietoja edelliseltä kierrokselta",
    "sv": "Askola: inga kontaktuppgifter från föregående omgång",
    "en": "Askola: no contact details from the previous round",
}


def _cell_names(window: CoordinatorWindow, row: int) -> list[str]:
    """What a screen reader is told of each cell of a row of the municipalities' list."""
    table = QAccessible.queryAccessibleInterface(window.municipality_view)
    columns = window.municipalities.columnCount()
    names = []
    for column in range(columns):
        # The table's children: the corner and the column headers first, then each row's
        # header and its cells.
        cell = table.child((row + 1) * (columns + 1) + column + 1)
        assert cell.role() == QAccessible.Role.Cell
        assert cell.tableCellInterface().rowIndex() == row
        assert cell.tableCellInterface().columnIndex() == column
        names.append(cell.text(QAccessible.Text.Name))
    return names


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_a_missing_municipalitys_empty_cells_say_it_sent_no_package(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations, lang: Lang
) -> None:
    translations.install(lang)
    window = CoordinatorWindow(data_paths, lang, workers=1)  # nothing collected: all missing
    qtbot.addWidget(window)
    window.show()
    model = window.municipalities
    row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "018")
    line = model.item(row)
    assert isinstance(line, MunicipalityLine) and line.answer is Answer.MISSING
    shown = [str(model.data(model.index(row, c))) for c in range(model.columnCount())]
    assert shown[4:] == ["", "", ""]  # the submission, the reason and the contact
    names = _cell_names(window, row)
    assert names[:4] == shown[:4]  # the cells with text are named by it
    assert names[4:] == [NO_PACKAGE[lang], NO_PACKAGE[lang], NO_CONTACT[lang]]

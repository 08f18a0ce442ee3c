"""The coordinator's lists as a screen reader says them: every empty cell is named, in the
user's language, by what is (not) there — of a municipality whose package is missing, one
counted, one refused, and of a file that tells no submission number — not read as nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from desktop.collect.overview import Answer, FileLine, MunicipalityLine
from desktop.collect.standing import Status
from desktop.i18n import Lang
from desktop.paths import DataPaths
from desktop.ui.coordinator.lines_model import LinesModel
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


COUNTED = {
    "fi": ("%s: laskettu, ei huomautettavaa", "%s: paketti laskettu, yhteystietoja ei näytetä"),
    "sv": ("%s: räknad, inget att anmärka", "%s: paketet räknat, kontaktuppgifter visas inte"),
    "en": ("%s: counted, nothing to note", "%s: package counted, no contact details shown"),
}
REFUSED_NUMBER = {
    "fi": "%s: hylätystä paketista ei selviä lähetyksen numero",
    "sv": "%s: det avvisade paketet anger inget inlämningsnummer",
    "en": "%s: the refused package does not tell its submission number",
}
FILE_NUMBER = {
    "fi": "%s: tiedostosta ei selviä lähetyksen numero",
    "sv": "%s: filen anger inget inlämningsnummer",
    "en": "%s: the file does not tell a submission number",
}


@pytest.fixture(scope="module")
def received(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Any]]:
    from tests.fixtures.received.generate import cached

    return cached(request.config, 30)


def _names_of(view: QTableView, model: LinesModel, row: int) -> list[str]:
    """What a screen reader is told of each cell of ``row`` of ``view``."""
    table = QAccessible.queryAccessibleInterface(view)
    columns = model.columnCount()
    return [
        table.child((row + 1) * (columns + 1) + column + 1).text(QAccessible.Text.Name)
        for column in range(columns)
    ]


def _shown(model: LinesModel, row: int) -> list[str]:
    return [str(model.data(model.index(row, c))) for c in range(model.columnCount())]


def test_every_empty_cell_after_a_collect_is_named_in_each_language(
    qtbot: QtBot,
    data_paths: DataPaths,
    translations: Translations,
    received: tuple[Path, dict[str, Any]],
) -> None:
    from tests.ui.test_coordinator import collected

    folder, _ = received
    collected(qtbot, data_paths, folder).close()  # recorded, and shown again in each language
    for lang in ("fi", "sv", "en"):
        translations.install(lang)  # type: ignore[arg-type]
        window = CoordinatorWindow(data_paths, lang, workers=1)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        window.round.setCurrentIndex(window.round.findData("2022-1"))
        qtbot.waitUntil(lambda w=window: w.files.rowCount() > 0)  # type: ignore[misc]
        model, view = window.municipalities, window.municipality_view
        named = {Answer.COUNTED: 0, Answer.REFUSED: 0}
        for row in range(model.rowCount()):
            line = model.item(row)
            assert isinstance(line, MunicipalityLine)
            shown, names = _shown(model, row), _names_of(view, model, row)
            assert all(names), (shown, names)  # no cell says nothing
            if line.answer is Answer.COUNTED:
                reason, contact = COUNTED[lang]
                assert names[5:] == [reason % line.name, contact % line.name]
                named[Answer.COUNTED] += 1
            elif line.answer is Answer.REFUSED and shown[4] == "":
                assert names[4] == REFUSED_NUMBER[lang] % line.name
                named[Answer.REFUSED] += 1
        assert all(named.values()), named
        model, view = window.files, window.file_view
        told = 0
        for row in range(model.rowCount()):
            line = model.item(row)
            assert isinstance(line, FileLine)
            shown, names = _shown(model, row), _names_of(view, model, row)
            assert all(names), (shown, names)
            if shown[2] == "":
                assert names[2] == FILE_NUMBER[lang] % shown[0]
                told += 1
            if line.status is Status.CURRENT and shown[4] == "":
                assert names[4] == COUNTED[lang][0] % shown[0]
        assert told
        window.close()


@pytest.mark.parametrize(
    ("lang", "said"),
    [("fi", "148, Kunta: tyhjä"), ("sv", "148, Kunta: tom"), ("en", "148, Kunta: empty")],
)
def test_an_empty_cell_no_list_names_is_named_by_its_row_and_column(
    qtbot: QtBot, translations: Translations, lang: Lang, said: str
) -> None:
    # Any other list of the coordinator's (the trusted keys, the counties): never silent.
    translations.install(lang)
    model = LinesModel(["Kuntanumero", "Kunta", "Sormenjälki"])
    model.set_rows([["148", "", "ab12"]], [object()])
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.show()
    assert _names_of(view, model, 0) == ["148", said, "ab12"]


REFUSED_BY_NAME = {
    "fi": ("Tampere", "Hylätty", "Tampere: paketti hylättiin, katso tiedostot"),
    "sv": ("Tammerfors", "Avvisad", "Tammerfors: paketet avvisades, se filerna"),
    "en": ("Tampere", "Refused", "Tampere: the package was refused, see the files"),
}


def test_a_municipality_whose_file_was_refused_is_told_so_not_as_missing(
    qtbot: QtBot, data_paths: DataPaths, translations: Translations, tmp_path: Path
) -> None:
    # A damaged file whose package never told whose it is: its name does (as the program
    # names the files it writes).
    folder = tmp_path / "received"
    folder.mkdir()
    (folder / "2022-1_837_tampere_1.asice").write_bytes(b"junk")
    window = CoordinatorWindow(data_paths, "fi", workers=1)
    qtbot.addWidget(window)
    window.show()
    window.round.setCurrentIndex(window.round.findData("2022-1"))
    window.set_folder(folder)
    window.collect()
    qtbot.waitUntil(lambda: window.task is None, timeout=120_000)
    window.close()
    for lang in ("fi", "sv", "en"):
        translations.install(lang)  # type: ignore[arg-type]
        window = CoordinatorWindow(data_paths, lang, workers=1)  # type: ignore[arg-type]
        qtbot.addWidget(window)
        window.show()
        window.round.setCurrentIndex(window.round.findData("2022-1"))
        qtbot.waitUntil(lambda w=window: w.files.rowCount() > 0)  # type: ignore[misc]
        model = window.municipalities
        row = next(r for r in range(model.rowCount()) if model.data(model.index(r, 0)) == "837")
        shown, names = _shown(model, row), _cell_names(window, row)
        name, refused, said = REFUSED_BY_NAME[lang]
        assert shown[1] == name and shown[3] == refused, shown
        assert "2022-1_837_tampere_1.asice" in shown[5], shown
        assert shown[4] == "" and names[4] == said, names
        assert all(names), names
        window.close()

"""The workbook as a spreadsheet user reads it: sheet names cut between words and still told
apart, when each package was made as a date and time, figures with their thousands grouped."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.collect.picture import Sheet
from desktop.collect.spreadsheet import xlsx_bytes
from desktop.survey.formatting import local
from tests.odd_answers import inbox


def test_a_long_sheet_name_is_cut_between_words_and_names_stay_unique() -> None:
    import openpyxl

    long = "Kunnan toimitilat, joita sosiaali- ja terveydenhuolto käyttää"
    titles = [long, long + " (rivit)", "Kunnan toimitilat, joita sosiaali- ja pelastustoimi"]
    sheets = [Sheet(f"s{i}", title, ("a",), [[1]]) for i, title in enumerate(titles)]
    book = openpyxl.load_workbook(io.BytesIO(xlsx_bytes(sheets, "fi")))
    names = book.sheetnames
    assert len(names) == len({name.casefold() for name in names}) == 3
    for name, title in zip(names, titles, strict=True):
        assert len(name) <= 31
        assert "sosiaa" not in name.split()
        kept = name.split(" (")[0].removesuffix("…")
        assert title.startswith(kept) and not title[len(kept)].isalnum(), name  # whole words
        assert "…" in name, name
    assert names[1].endswith(" (rivit)")  # the rows of a table are told apart as such


@pytest.fixture(scope="module")
def picture(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("cells")
    inbox(root, dict.fromkeys(("069", "091", "092"), lambda answers: None))
    data = str(root / "data")
    assert main(["--data-dir", data, "trust", "import", str(root / "trusted.csv")]) == 0
    target = root / "out" / "kooste"
    args = ["--data-dir", data, "--lang", "fi", "collect", "2022-1", str(root / "inbox")]
    assert main([*args, "--out", str(target)]) == 0
    return target


def test_when_a_package_was_made_is_a_date_and_time_cell(picture: Path) -> None:
    import openpyxl

    book = openpyxl.load_workbook(picture.with_suffix(".xlsx"))
    sheet = book.worksheets[1]
    header = [cell.value for cell in sheet[1]]
    column = header.index("Viety") + 1
    made = local("2022-02-01T09:00:00Z").replace(tzinfo=None)
    cells = [sheet.cell(row, column) for row in range(2, sheet.max_row + 1)]
    assert len(cells) == 3
    for cell in cells:
        assert cell.is_date and cell.value == made
        assert cell.number_format == "d.m.yyyy hh:mm"


def test_figures_have_their_thousands_grouped(picture: Path) -> None:
    import openpyxl

    book = openpyxl.load_workbook(picture.with_suffix(".xlsx"))
    national = book.worksheets[-6]
    figures = [row[5] for row in national.iter_rows(min_row=2)]
    whole = [cell for cell in figures if isinstance(cell.value, int)]
    decimals = [cell for cell in figures if isinstance(cell.value, float)]
    assert any(cell.value >= 1000 for cell in whole)
    assert {cell.number_format for cell in whole} == {"#,##0"}
    assert {cell.number_format for cell in decimals} <= {"#,##0.00"}
    rent = [row for row in book.worksheets[2].iter_rows(min_row=2) if row]
    numbers = [c for row in rent for c in row if isinstance(c.value, int | float)]
    assert numbers and all(c.number_format.startswith("#,##0") for c in numbers)

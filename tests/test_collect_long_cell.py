"""An answer longer than a workbook cell holds is cut visibly, with a note, never silently."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pytest

from desktop.collect.picture import Sheet
from desktop.collect.spreadsheet import write_csv, write_xlsx

EXCEL_CELL_LIMIT = 32_767


@pytest.mark.parametrize(
    ("lang", "said"),
    [("fi", "katkaistu"), ("sv", "avkortad"), ("en", "cut")],
)
def test_a_text_too_long_for_a_cell_ends_visibly_cut_with_a_note(
    tmp_path: Path, lang: str, said: str
) -> None:
    long = "\x01" * 4000 + "a" * 30_000  # 16 000 escaped + 30 000: 46 000 characters
    sheet = Sheet("texts", "Texts", ("code", "answer"), [["091", long], ["092", "short"]])
    path = write_xlsx([sheet], tmp_path / "t.xlsx", lang)  # type: ignore[arg-type]
    rows = list(openpyxl.load_workbook(path, read_only=True).active.iter_rows(values_only=True))
    cut = rows[1][1]
    assert isinstance(cut, str) and len(cut) <= EXCEL_CELL_LIMIT
    assert cut.startswith("\\x01\\x01") and "…" in cut and said in cut and "46" in cut
    assert rows[2][1] == "short"
    (written,) = write_csv([sheet], tmp_path / "csv")
    with written.open(encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.reader(handle))[1][1]) == 46_000  # the CSV file holds it whole

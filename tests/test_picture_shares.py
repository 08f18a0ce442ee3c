"""The national picture of shares (answers in per cent): a share is never summed, as the
sum of municipalities' percentages means nothing; its median, quartiles, least and greatest
are given in the workbook, the CSV files and the PDF."""

from __future__ import annotations

import csv
import subprocess
from collections.abc import Sequence
from pathlib import Path

import pytest

from desktop.cli import main
from desktop.jsonvalue import JSONObject
from tests.odd_answers import inbox

SHARE = 60  # every municipality's share: three of them sum to 180 %


def shares_of_60(answers: JSONObject) -> None:
    premises = answers["premises"]
    assert isinstance(premises, dict)
    for row in premises["joint_authorities"]:  # type: ignore[union-attr]
        assert isinstance(row, dict)
        row["share"] = SHARE
        row["fate"] = "moves"
    if "leased_area_share" in premises:
        premises["leased_area_share"] = SHARE


def collect_out(root: Path, tmp_path: Path, lang: str, round_id: str) -> Path:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "trust", "import", str(root / "trusted.csv")]) == 0
    target = tmp_path / "out" / "kooste"
    args = ["--data-dir", data, "--lang", lang, "collect", round_id, str(root / "inbox")]
    assert main([*args, "--out", str(target)]) == 0
    return target


@pytest.fixture(scope="module")
def three(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("shares")
    inbox(root, dict.fromkeys(("069", "072", "091"), shares_of_60), "2022-3")
    return root


def share_figures(rows: Sequence[Sequence[object]], share: str) -> dict[str, list[object]]:
    """The figures of each measure of the question or column titled ``share``."""
    found: dict[str, list[object]] = {}
    for row in rows[1:]:
        question, measure = str(row[3]), str(row[4])
        if share in question or share in measure:
            found.setdefault(measure, []).append(row[5])
    return found


@pytest.mark.parametrize(
    ("lang", "share", "total", "median"),
    [
        ("fi", "Kunnan osuus (%)", "Summa", "Mediaani"),
        ("sv", "Kommunens andel (%)", "Summa", "Median"),
        ("en", "The municipality's share (%)", "Sum", "Median"),
    ],
)
def test_a_share_is_not_summed_in_any_grouping_but_its_median_is_given(
    lang: str, share: str, total: str, median: str, three: Path, tmp_path: Path
) -> None:
    import openpyxl

    target = collect_out(three, tmp_path, lang, "2022-3")
    book = openpyxl.load_workbook(target.with_suffix(".xlsx"), read_only=True)
    groupings = book.worksheets[-6:]
    csv_folder = target.parent / "kooste-csv"
    for page, name in zip(groupings, ("national", "wellbeing_area", "region"), strict=False):
        rows = list(page.iter_rows(values_only=True))
        with (csv_folder / f"by-{name}.csv").open(encoding="utf-8-sig", newline="") as handle:
            csv_rows = list(csv.reader(handle))
        for figures in (share_figures(rows, share), share_figures(csv_rows, share)):
            assert figures, page.title
            every = [v for values in figures.values() for v in values]
            assert all(v == "–" or 0 <= float(v) <= 100 for v in every), figures  # type: ignore[arg-type]
            sums = [v for m, values in figures.items() if m.endswith(total) for v in values]
            medians = [v for m, values in figures.items() if m.endswith(median) for v in values]
            assert sums and set(sums) == {"–"}, figures
            assert medians and {float(v) for v in medians} == {SHARE}, figures  # type: ignore[arg-type]
    summary = [str(v) for row in book.worksheets[0].iter_rows(values_only=True) for v in row]
    assert any("%" in v and median.lower() in v.lower() for v in summary)

    pdf = subprocess.run(
        ["pdftotext", "-layout", str(target.with_suffix(".pdf")), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "180" not in pdf.split()
    lines = [line.split() for line in pdf.splitlines()]
    assert [total, "–"] in lines
    assert [median, str(SHARE)] in lines

"""The national picture of valid but extreme answers: the largest figures a package may hold,
texts with control characters. Every file is written and says what it holds."""

from __future__ import annotations

import csv
import errno
import subprocess
import unicodedata
from pathlib import Path

import pytest

from desktop.cli import main
from tests.odd_answers import HUGE, beyond, huge, inbox, texts


@pytest.fixture(scope="module")
def huge_inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two municipalities whose rent and floor areas are 2^49, one ordinary."""
    root = tmp_path_factory.mktemp("huge")
    inbox(root, {"069": huge, "072": huge, "091": lambda answers: None})
    return root


def collect_out(root: Path, tmp_path: Path, lang: str) -> tuple[int, Path]:
    data = str(tmp_path / "data")
    assert main(["--data-dir", data, "trust", "import", str(root / "trusted.csv")]) == 0
    target = tmp_path / "out" / "kooste"
    code = main(
        [
            "--data-dir",
            data,
            "--lang",
            lang,
            "collect",
            "2022-1",
            str(root / "inbox"),
            "--out",
            str(target),
        ]
    )
    return code, target


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_largest_figures_a_package_may_hold_are_summed_exactly_and_every_file_is_written(
    lang: str, huge_inbox: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import openpyxl

    code, target = collect_out(huge_inbox, tmp_path, lang)
    err = capsys.readouterr().err
    assert code == 0, err
    assert "Traceback" not in err and "ValueError" not in err
    xlsx, pdf = target.with_suffix(".xlsx"), target.with_suffix(".pdf")
    national_csv = target.parent / "kooste-csv" / "by-national.csv"
    assert xlsx.exists() and national_csv.exists() and pdf.read_bytes().startswith(b"%PDF-")

    book = openpyxl.load_workbook(xlsx, read_only=True)
    national = list(book.worksheets[-6].iter_rows(values_only=True))
    values = [row[5] for row in national[1:]]
    assert None not in values  # no empty cell
    assert all(isinstance(v, int | float) or v == "–" for v in values)  # "–": a share's sum
    assert HUGE in values  # the greatest, as given
    with national_csv.open(encoding="utf-8-sig", newline="") as handle:
        cells = [row[5] for row in csv.reader(handle)]
    assert not any(c.lower() in ("inf", "-inf", "nan", "") for c in cells[1:])
    # Whole numbers are summed exactly, written as whole numbers.
    assert any(c.isdigit() and int(c) > 2 * HUGE for c in cells[1:])
    assert "inf" not in pdf_text(pdf).split()


def test_a_figure_beyond_exact_reach_is_refused_not_summed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    inbox(tmp_path / "beyond", {"069": beyond, "091": lambda answers: None})
    code, _ = collect_out(tmp_path / "beyond", tmp_path, "en")
    out = capsys.readouterr().out
    assert code == 1
    assert "too large to be read exactly" in out and "1 municipality counted" in out


def test_a_picture_that_cannot_be_written_leaves_no_file_of_it(
    huge_inbox: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "kooste-csv").write_text("a file where the CSV folder goes")
    code, target = collect_out(huge_inbox, tmp_path, "en")
    err = capsys.readouterr().err
    assert code == 2, err
    assert "The national picture was not saved" in err and "None of its files" in err
    assert "kooste-csv" in err and "Traceback" not in err
    assert sorted(p.name for p in target.parent.iterdir()) == ["kooste-csv"]


def test_a_picture_written_in_part_names_the_files_written_and_not(
    huge_inbox: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from desktop.collect import outputs

    def replace(source: Path, target: Path) -> None:
        if target.suffix == ".pdf":  # the disk fails as the last file is put in its place
            raise OSError(errno.EIO, "Input/output error")
        source.replace(target)

    monkeypatch.setattr(outputs, "replace_file", replace)
    code, target = collect_out(huge_inbox, tmp_path, "fi")
    err = capsys.readouterr().err
    assert code == 2, err
    assert "Koonti tallentui vain osittain" in err
    written, _, left = err.partition("Jäi kirjoittamatta:")
    assert str(target.with_suffix(".xlsx")) in written
    assert str(target.with_suffix(".pdf")) in left
    assert not list(target.parent.rglob(".*.kesken"))


@pytest.fixture(scope="module")
def text_inbox(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A municipality whose texts carry terminal escapes, NUL, BEL and bidi characters."""
    root = tmp_path_factory.mktemp("texts")
    inbox(root, {"069": texts})
    return root


def _shown_raw(text: str) -> set[str]:
    """The characters of ``text`` a terminal or a spreadsheet would act on, not show."""
    return {c for c in text if c not in "\n\t" and unicodedata.category(c) in ("Cc", "Cf")}


def test_received_texts_are_escaped_alike_in_the_csv_files_and_the_workbook(
    text_inbox: Path, tmp_path: Path
) -> None:
    import openpyxl

    code, target = collect_out(text_inbox, tmp_path, "en")
    assert code == 0
    folder = target.parent / "kooste-csv"
    for path in folder.glob("*.csv"):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.reader(handle):
                for value in row:
                    assert not _shown_raw(value), (path.name, value)
    with (folder / "background.csv").open(encoding="utf-8-sig", newline="") as handle:
        background = list(csv.reader(handle))
    name = background[1][background[0].index("Respondent's name")]
    assert name == "\\x1b[2J\\x1b[31mPUNAINEN\\x1b[0m"
    title = background[1][background[0].index("Job title")]
    assert title == "Nolla\\x00tavu\\x07"
    premises_rows = (folder / "premises-premises.csv").read_text("utf-8-sig")
    assert "tiedosto\\u202efdp.exe \\u2066abc\\u2069" in premises_rows
    book = openpyxl.load_workbook(target.with_suffix(".xlsx"), read_only=True)
    sheet = list(book.worksheets[1].iter_rows(values_only=True))
    assert name in sheet[1] and title in sheet[1]  # the workbook escapes the same characters
    every = [
        str(value)
        for page in book.worksheets
        for row in page.iter_rows(values_only=True)
        for value in row
    ]
    assert not any(_shown_raw(value) for value in every)


def test_a_noncharacter_no_workbook_can_hold_is_escaped_not_a_crash(tmp_path: Path) -> None:
    import openpyxl

    from desktop.collect.picture import Sheet
    from desktop.collect.spreadsheet import write_csv, write_xlsx

    sheet = Sheet("texts", "Texts", ("a",), [["x\ufffey\uffff\U0010ffff"]])
    book = openpyxl.load_workbook(write_xlsx([sheet], tmp_path / "t.xlsx"))
    assert book.active["A2"].value == "x\\ufffey\\uffff\\U0010ffff"
    (csv_file,) = write_csv([sheet], tmp_path / "csv")
    assert "x\\ufffey\\uffff\\U0010ffff" in csv_file.read_text("utf-8-sig")


@pytest.mark.parametrize(
    ("lang", "headers"),
    [
        ("fi", ("Hyvinvointialue", "Kuntia", "Vastanneet", "Puuttuu")),
        ("sv", ("Välfärdsområde", "Kommuner", "Har svarat", "Saknas")),
        ("en", ("Wellbeing services county", "Municipalities", "Answered", "Missing")),
    ],
)
def test_the_summary_s_county_table_keeps_its_headings_words_whole(
    lang: str, headers: tuple[str, ...], huge_inbox: Path, tmp_path: Path
) -> None:
    code, target = collect_out(huge_inbox, tmp_path, lang)
    assert code == 0
    lines = pdf_text(target.with_suffix(".pdf")).splitlines()
    first = headers[0].split()
    tables = [
        i
        for i, line in enumerate(lines)
        if line.split()[: len(first)] == first and len(line.split()) > len(first)
    ]
    assert tables
    for start in tables:  # the heading row, wrapped at most onto the line below
        words = " ".join(lines[start : start + 2]).split()
        for header in headers:
            for word in header.split():
                assert word in words, (word, lines[start : start + 2])


def test_the_workbook_tells_when_each_package_was_made_on_the_local_clock(
    huge_inbox: Path, tmp_path: Path
) -> None:
    import openpyxl

    from desktop.survey.formatting import local

    code, target = collect_out(huge_inbox, tmp_path, "en")
    assert code == 0
    book = openpyxl.load_workbook(target.with_suffix(".xlsx"), read_only=True)
    rows = list(book.worksheets[1].iter_rows(values_only=True))
    exported = rows[0].index("Exported")
    made = local("2022-02-01T09:00:00Z")  # as the packages say
    assert [row[exported] for row in rows[1:]] == [made.replace(tzinfo=None)] * (len(rows) - 1)
    with (target.parent / "kooste-csv" / "background.csv").open(encoding="utf-8-sig") as handle:
        # For programs: ISO 8601 with the offset.
        stamps = [row[exported] for row in list(csv.reader(handle))[1:]]
    assert stamps == [made.isoformat(timespec="minutes")] * (len(rows) - 1)

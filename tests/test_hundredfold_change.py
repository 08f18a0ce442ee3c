"""A number that grew from almost nothing (0.000001 to 5, 5e-324 to 1e-310): the change is
told in words a reader understands ("more than a hundredfold"), not as "+499999900 %", in
the window's hints, the report, the comparison and on the command line, in every language.
An ordinary change is still told in per cent."""

from __future__ import annotations

import contextlib
import csv
import io
import re
import subprocess
from pathlib import Path

from desktop import cli
from desktop.review.compare_texts import how_much
from desktop.survey.model import Field, Kind

RENT = "/premises/estimated_annual_rent"
HUNDREDFOLD = {
    "fi": "yli satakertainen",
    "sv": "mer än hundrafaldig",
    "en": "more than a hundredfold",
}
NOTE = {
    "fi": "Vastaus on muuttunut yli satakertaiseksi edellisestä kierroksesta (2022-1: ",
    "sv": "Svaret har blivit mer än hundrafaldigt sedan förra omgången (2022-1: ",
    "en": "The answer changed more than a hundredfold since the previous round (2022-1: ",
}
LONG_PER_CENT = re.compile(r"\d{6,} ?%")


def _run(root: Path, *args: str, lang: str = "en") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--data-dir", str(root), "--lang", lang, *args])
    return code, out.getvalue(), err.getvalue()


def _number() -> Field:
    return Field("n", Kind.NUMBER, {}, {}, {}, (), (), {"type": "number"})


def test_a_change_from_a_tiny_number_is_told_in_words() -> None:
    for lang, words in HUNDREDFOLD.items():
        told = how_much(_number(), 5e-324, 1e-310, lang)
        assert words in told and "%" not in told, told
        told = how_much(_number(), 0.000001, -5, lang)
        assert words in told and "%" not in told and told.startswith("−"), told
    # An ordinary change, and one of a hundredfold exactly, are told in per cent as before.
    assert how_much(_number(), 100, 112, "en") == "+12, +12 %"
    assert how_much(_number(), 1, 101, "fi").replace("\xa0", " ") == "+100, +10 000 %"


def test_the_note_of_a_tiny_previous_number_says_more_than_a_hundredfold(
    tmp_path: Path,
) -> None:
    root = tmp_path / "data"
    assert _run(root, "profile", "--municipality", "211")[0] == 0
    assert _run(root, "set", "2022-1", RENT, "0.000001", "--json")[0] == 0
    assert _run(root, "set", "2022-2", RENT, "5")[0] == 0
    for lang, note in NOTE.items():
        _, out, err = _run(root, "validate", "2022-2", lang=lang)
        said = out + err
        assert note in said, said
        assert not LONG_PER_CENT.search(said), said
        code, out, err = _run(root, "compare", "2022-1", "2022-2", lang=lang)
        assert code == 0, err
        assert HUNDREDFOLD[lang] in out and not LONG_PER_CENT.search(out), out
        code, out, err = _run(root, "compare", "2022-1", "2022-2", "--format", "csv", lang=lang)
        assert code == 0, err
        rows = [row for row in csv.reader(io.StringIO(out)) if row and row[1] == RENT]
        # A data column stays a number a spreadsheet can sort: 0.000001 → 5 is +499 999 900 %.
        assert rows and float(rows[0][-1]) == 499999900.0, rows
    # The report prints the confirmed warning with its note.
    code, _, err = _run(root, "explain", "2022-2", RENT, "Vuokrasopimus alkoi.")
    assert code == 0, err
    for lang, note in NOTE.items():
        out = tmp_path / f"draft-{lang}"
        code, _, err = _run(root, "export", "2022-2", "--draft", "--out", str(out), lang=lang)
        assert code == 0, err
        (pdf,) = out.glob("*.pdf") if out.is_dir() else [out]
        printed = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True
        ).stdout.decode("utf-8")
        flat = " ".join(printed.split())
        assert note in flat and not LONG_PER_CENT.search(flat), flat


def test_an_ordinary_change_keeps_its_per_cent(tmp_path: Path) -> None:
    root = tmp_path / "data"
    assert _run(root, "profile", "--municipality", "211")[0] == 0
    assert _run(root, "set", "2022-1", RENT, "3100000")[0] == 0
    assert _run(root, "set", "2022-2", RENT, "5000000")[0] == 0
    _, out, err = _run(root, "validate", "2022-2", lang="en")
    assert "The answer changed by +61 % since the previous round (2022-1: " in out + err
    code, out, err = _run(root, "compare", "2022-1", "2022-2", "--format", "csv")
    assert code == 0, err
    rows = [row for row in csv.reader(io.StringIO(out)) if row and row[1] == RENT]
    assert rows[0][-1] == "61.3"

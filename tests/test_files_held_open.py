"""Saving over a file another program has open, as Windows refuses it.

Windows will not replace a file a program holds open without sharing its deletion: a draft
PDF open in Acrobat Reader or Edge, the national picture's workbook open in Excel; an
antivirus scan or OneDrive holds a new file for a moment. Only Linux runs here: ``os.replace``
refuses as Windows does (PermissionError, WinError 5/32) while the target is held."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.collect.collecting import collect
from desktop.collect.outputs import write_picture
from desktop.collect.records import Records
from desktop.collect.spreadsheet import SpreadsheetError
from desktop.i18n import Lang
from desktop.municipalities import Register
from desktop.paths import DataPaths
from desktop.survey import shipped_catalog
from tests.exported_round import ROUND, Run, fill, outputs

DRAFT = "2022-1_148_inari_luonnos.pdf"

Holds = Callable[[str], bool]


def _held(monkeypatch: pytest.MonkeyPatch, holds: Holds) -> list[str]:
    """``os.replace`` refusing while ``holds(target's name)``; the refusals are listed."""
    real = os.replace
    refused: list[str] = []

    def windows_replace(src: object, dst: object) -> None:
        target = Path(str(dst))
        if target.exists() and holds(target.name):
            refused.append(target.name)
            raise PermissionError(13, "Access is denied", str(src), 5, str(dst))
        real(str(src), str(dst))

    monkeypatch.setattr(os, "replace", windows_replace)
    monkeypatch.setattr(time, "sleep", lambda seconds: None)
    return refused


def _for_a_moment(tries: int) -> Holds:
    """Held for the first ``tries`` attempts, as an antivirus scan holds a file."""
    count = {"n": 0}

    def holds(name: str) -> bool:
        count["n"] += 1
        return count["n"] <= tries

    return holds


# -- the draft report ----------------------------------------------------------------------


def test_a_draft_saved_again_while_the_first_is_open_gets_a_name_of_its_own(
    run: Run, data_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(data_paths)
    folder = tmp_path / "drafts"
    assert run("export", ROUND, "--draft", "--out", str(folder))[0] == 0
    first = (folder / DRAFT).read_bytes()
    refused = _held(monkeypatch, lambda name: name == DRAFT)  # open in the PDF reader
    code, out, err = run("export", ROUND, "--draft", "--out", str(folder))
    assert code == 0, err
    assert refused  # it was tried
    second = folder / "2022-1_148_inari_luonnos (2).pdf"
    assert str(second) in out
    assert second.read_bytes().startswith(b"%PDF")
    assert (folder / DRAFT).read_bytes() == first  # the open one is left as it was
    assert outputs(folder) == sorted([DRAFT, second.name])  # no temporary file left


def test_a_draft_held_for_a_moment_is_replaced_in_its_place(
    run: Run, data_paths: DataPaths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(data_paths)
    folder = tmp_path / "drafts"
    assert run("export", ROUND, "--draft", "--out", str(folder))[0] == 0
    refused = _held(monkeypatch, _for_a_moment(2))
    code, _, err = run("export", ROUND, "--draft", "--out", str(folder))
    assert code == 0, err
    assert refused == [DRAFT, DRAFT]
    assert outputs(folder) == [DRAFT]


# -- the national picture ------------------------------------------------------------------


def _picture(records: Records, target: Path, lang: Lang = "fi") -> tuple[Path, Path, Path]:
    empty = target.parent / "empty"
    empty.mkdir(parents=True, exist_ok=True)
    result = collect(records, "2022-1", [empty], workers=1)
    return write_picture(records, result, Register.load(), shipped_catalog(), target, lang)


@pytest.fixture
def records(tmp_path: Path) -> Iterator[Records]:
    opened = Records.open(tmp_path / "coordinator" / "coordinator.sqlite")
    yield opened
    opened.close()


def _kesken(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.name.endswith(".kesken")]


@pytest.mark.parametrize(
    ("lang", "told"),
    [
        ("fi", "auki toisessa ohjelmassa"),
        ("sv", "öppen i ett annat program"),
        ("en", "open in another program"),
    ],
)
def test_the_picture_over_a_workbook_open_in_excel_names_the_file_to_close(
    records: Records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: Lang, told: str
) -> None:
    target = tmp_path / "out" / "kooste"
    xlsx, _, _ = _picture(records, target)
    before = xlsx.read_bytes()
    _held(monkeypatch, lambda name: name == "kooste.xlsx")
    with pytest.raises(SpreadsheetError) as raised:
        _picture(records, target, lang)
    said = raised.value.message(lang)
    assert told in said and str(xlsx) in said
    assert xlsx.read_bytes() == before
    assert _kesken(tmp_path / "out") == []


def test_the_picture_over_a_file_held_for_a_moment_is_written(
    records: Records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "kooste"
    _picture(records, target)
    refused = _held(monkeypatch, _for_a_moment(2))
    xlsx, _, pdf = _picture(records, target)
    assert refused == ["kooste.xlsx", "kooste.xlsx"]
    assert xlsx.is_file() and pdf.is_file()
    assert _kesken(tmp_path / "out") == []


def test_the_picture_over_a_summary_open_in_the_pdf_reader_tells_what_was_written(
    records: Records, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out" / "kooste"
    _, _, pdf = _picture(records, target)
    _held(monkeypatch, lambda name: name == "kooste.pdf")
    with pytest.raises(SpreadsheetError) as raised:
        _picture(records, target, "en")
    said = raised.value.message("en")
    assert "open in another program" in said and str(pdf) in said
    assert "kooste.xlsx" in said  # written already
    assert _kesken(tmp_path / "out") == []

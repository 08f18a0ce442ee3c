"""A repeated number question over the rounds follows the manifests' ``changes``: a question
renamed between rounds is still one series, in the window's chart and the comparison PDF."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.review.compare import answers_for, compare
from desktop.review.compare_pdf import render_comparison
from desktop.review.history import histories, number_history, number_series, repeated_numbers
from desktop.storage import Profile, Store
from desktop.survey import Catalog, Round, shipped_catalog
from desktop.workbook import Workbook

OLD = "/premises/estimated_annual_rent"
NEW = "/premises/annual_rent_estimate"


def _renamed(rnd: Round, old: str, new: str) -> Round:
    """``rnd`` with the premises question ``old`` asked under the key ``new``."""
    premises = rnd.section("premises")
    assert premises is not None
    fields = tuple(f.replace(key=new) if f.key == old else f for f in premises.fields)
    # Changed content is another file: it gets a hash of its own, as a real edit would.
    renamed = premises.replace(fields=fields, sha256=f"{premises.sha256}-renamed")
    sections = tuple(renamed if s is premises else s for s in rnd.sections)
    return rnd.replace(sections=sections, earlier={}, sha256=f"{rnd.sha256}-renamed")


def renamed_catalog() -> Catalog:
    """The shipped rounds, the rent question renamed in 2022-2 (and so asked in 2022-3)."""
    shipped = shipped_catalog()
    rounds = dict(shipped.rounds)
    second = _renamed(rounds["2022-2"], "estimated_annual_rent", "annual_rent_estimate")
    rounds["2022-2"] = second.replace(changes={OLD: NEW})
    rounds["2022-3"] = _renamed(rounds["2022-3"], "estimated_annual_rent", "annual_rent_estimate")
    return shipped.replace(rounds=rounds)


@pytest.fixture
def renamed(store: Store) -> Workbook:
    store.save_profile(Profile("211"))
    book = Workbook(store, renamed_catalog())
    book.set_json("2022-1", OLD, 3_100_000)
    book.set_json("2022-2", NEW, 3_300_000)
    book.set_json("2022-3", NEW, 3_500_000)
    return book


def test_a_renamed_question_is_one_series_over_the_rounds(renamed: Workbook) -> None:
    pointers = [p for p, _q in repeated_numbers(renamed)]
    assert NEW in pointers and OLD not in pointers  # one series, named as asked now
    points = number_history(renamed, NEW)
    assert [(p.round_id, p.value) for p in points] == [
        ("2022-1", 3_100_000),
        ("2022-2", 3_300_000),
        ("2022-3", 3_500_000),
    ]
    (series,) = [s for s in number_series(renamed.catalog) if s.pointer == NEW]
    assert series.asked == (("2022-1", OLD), ("2022-2", NEW), ("2022-3", NEW))


def test_the_shipped_rounds_repeat_the_rent_under_one_pointer() -> None:
    found = {s.pointer: s for s in number_series(shipped_catalog())}
    rent = found[OLD]
    assert [r for r, _p in rent.asked] == ["2022-1", "2022-2", "2022-3"]


def test_a_removed_question_starts_a_new_series_when_asked_again() -> None:
    shipped = shipped_catalog()
    rounds = dict(shipped.rounds)
    rounds["2022-2"] = rounds["2022-2"].replace(changes={OLD: None})
    found = [s for s in number_series(shipped.replace(rounds=rounds)) if s.pointer == OLD]
    # Removed in 2022-2: the 2022-1 answer leads nowhere; 2022-2's is a series of its own.
    assert [[r for r, _p in s.asked] for s in found] == [["2022-1"], ["2022-2", "2022-3"]]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_comparison_pdf_charts_the_renamed_question_as_one_line(
    renamed: Workbook, tmp_path: Path
) -> None:
    history = histories(renamed, "en")
    (rent,) = [points for title, points in history if "annual rent" in title]
    assert [p.value for p in rent] == [3_100_000, 3_300_000, 3_500_000]
    result = compare(
        renamed.catalog, answers_for(renamed, "2022-1"), answers_for(renamed, "2022-3")
    )
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(render_comparison(result, lang="en", history=history))
    said = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "3,500,000" in said or "3 500 000" in said.replace("\u00a0", " ")

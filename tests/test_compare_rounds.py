"""Comparing two rounds, or a correction with its original; and what changed this round."""

from __future__ import annotations

import contextlib
import csv
import io
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop import cli
from desktop.commands.demo import fill_round
from desktop.paths import DataPaths
from desktop.review.compare import CompareError, Status, answers_for, compare
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.storage import Profile, Store
from desktop.submission.service import Submissions
from desktop.workbook import Workbook

REASON = "/premises/lease_not_started_reason"


@pytest.fixture(scope="module")
def organisation_key() -> OrganisationKey:
    return create_key(Organisation("Kangasala", "Kangasala"))


@pytest.fixture
def workbook(store: Store, organisation_key: OrganisationKey, tmp_path: Path) -> Workbook:
    """2022-1 submitted, then corrected in three answers and submitted again."""
    store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
    book = Workbook(store)
    fill_round(book, "2022-1")
    Submissions(book).export(
        "2022-1", tmp_path / "1", key=organisation_key, lang="fi", after_closing=True
    )
    store.start_correction("2022-1")
    book.set_json("2022-1", "/premises/estimated_annual_rent", 3_400_000)
    book.set_json("2022-1", "/premises/premises/1/floor_area", 3300)
    book.set_text(
        "2022-1", REASON, "Asetus on valmisteilla, ja kunta kokoaa kuntotiedot maaliskuussa."
    )
    Submissions(book).export(
        "2022-1", tmp_path / "2", key=organisation_key, lang="fi", after_closing=True
    )
    return book


def test_a_correction_against_its_original_lists_exactly_the_changed_answers(
    workbook: Workbook,
) -> None:
    result = compare(
        workbook.catalog, answers_for(workbook, "2022-1#1"), answers_for(workbook, "2022-1#2")
    )
    changed = {d.pointer: d for d in result.changed}
    assert set(changed) == {"/premises/estimated_annual_rent", "/premises/premises", REASON}
    rent = changed["/premises/estimated_annual_rent"]
    assert rent.delta == 300_000 and round(rent.percent or 0) == 10
    (row,) = [r for r in changed["/premises/premises"].rows if r.status is not Status.SAME]
    assert row.shown_key("fi") == "Terveyskeskussairaala, vuodeosastot"
    assert [(c.column.key, c.before, c.after) for c in row.cells] == [("floor_area", 3150, 3300)]
    words = changed[REASON].words()
    assert ("=", "kokoaa") in words and {op for op, _ in words} == {"=", "-", "+"}
    premises = next(s for s in result.sections if s.id == "premises")
    assert premises.same > 5  # unchanged answers are counted, not listed


def test_compare_on_the_command_line_as_text_csv_and_pdf(
    workbook: Workbook, data_paths: DataPaths, tmp_path: Path
) -> None:
    workbook.store.close()

    def run(*args: str) -> tuple[int, str]:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = cli.main(["--data-dir", str(data_paths.root), *args])
        return code, out.getvalue()

    code, out = run("compare", "2022-1#1", "2022-1#2")
    assert code == 0
    assert "Vertailu: 2022-1, lähetys 1 → 2022-1, lähetys 2" in out
    assert "3\u00a0100\u00a0000 € → 3\u00a0400\u00a0000 € (+300\u00a0000 €, +10 %)" in out
    assert "~ Terveyskeskussairaala, vuodeosastot: Pinta-ala 3\u00a0150 m² → 3\u00a0300 m²" in out
    assert "3 vastausta muuttui." in out
    code, out = run("--lang", "sv", "compare", "2022-1#1", "2022-1#2", "--format", "csv")
    lines = list(csv.reader(io.StringIO(out)))
    assert lines[0][:3] == ["del", "adress", "fråga"]
    assert len(lines) == 4
    pdf = tmp_path / "vertailu.pdf"
    code, out = run("compare", "2022-1#1", "2022-1#2", "--format", "pdf", "--out", str(pdf))
    assert code == 0 and pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Terveyskeskussairaala" in text and "+10 %" in text
    code, _ = run("compare", "2022-1#1", "2022-1#9")
    assert code == 2
    code, _ = run("compare", "2022-1#x", "2022-1")
    assert code == 2


def test_a_bad_reference_says_what_a_reference_is(workbook: Workbook) -> None:
    with pytest.raises(CompareError) as bad:
        answers_for(workbook, "2022-1#")
    assert "esim. 2022-1 tai 2022-1#2" in bad.value.message("fi")


def test_two_rounds_line_up_through_their_changes(workbook: Workbook) -> None:
    fill_round(workbook, "2022-2")
    result = compare(
        workbook.catalog, answers_for(workbook, "2022-1#2"), answers_for(workbook, "2022-2")
    )
    statuses = {d.pointer: d.status for d in result.changed}
    assert statuses["/finances/change_costs_2022"] is Status.NEW
    assert statuses["/contracts/contracts_to_split"] is Status.GONE
    assert statuses["/premises/estimated_annual_rent"] is Status.CHANGED


def test_what_changed_this_round(data_paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--data-dir", str(data_paths.root), "changes", "2022-3"]) == 0
    out = capsys.readouterr().out
    assert "Mikä muuttui edellisestä kierroksesta 2022-2" in out
    assert "  Poistettu: /premises/model_lease_used" in out
    assert "  Uusi kysymys: /premises/premises/annual_rent" in out
    assert cli.main(["--data-dir", str(data_paths.root), "--lang", "sv", "changes", "2022-1"]) == 0
    assert "Frågorna är desamma" in capsys.readouterr().out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_draft_report_says_what_changed_this_round(store: Store, tmp_path: Path) -> None:
    store.save_profile(Profile("211"))
    book = Workbook(store)
    result = Submissions(book).export("2022-3", tmp_path, key=None, lang="sv", draft=True)
    text = subprocess.run(
        ["pdftotext", str(result.report), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Vad som ändrats sedan förra omgången 2022-2" in flat
    assert "Borttagen" in flat and "Ny fråga" in flat


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_comparison_pdf_charts_the_repeated_numbers(
    workbook: Workbook, data_paths: DataPaths, tmp_path: Path
) -> None:
    fill_round(workbook, "2022-2")
    workbook.store.close()
    pdf = tmp_path / "kaksi.pdf"
    args = ["--data-dir", str(data_paths.root), "--lang", "sv", "compare", "2022-1#2", "2022-2"]
    assert cli.main([*args, "--format", "pdf", "--out", str(pdf)]) == 0
    said = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    assert "Återkommande sifferfrågor per omgång" in said
    assert "Semesterlöneskuld" in said or "semesterlöneskuld" in said


@pytest.mark.parametrize(
    ("lang", "name"),
    [("fi", "vertailu"), ("sv", "jämförelse"), ("en", "comparison")],
)
def test_the_comparison_file_is_named_in_the_users_language(
    workbook: Workbook,
    data_paths: DataPaths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    name: str,
) -> None:
    workbook.store.close()
    monkeypatch.chdir(tmp_path)
    args = ["--data-dir", str(data_paths.root), "--lang", lang, "compare", "2022-1#1", "2022-1#2"]
    assert cli.main([*args, "--format", "pdf"]) == 0
    assert (tmp_path / f"{name}_2022-1-1_2022-1-2.pdf").is_file()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_comparison_pdf_says_whose_answers_it_compares(
    workbook: Workbook, data_paths: DataPaths, tmp_path: Path
) -> None:
    # Printed and passed on, a comparison must say which municipality it is about.
    workbook.store.close()
    pdf = tmp_path / "vertailu.pdf"
    args = ["--data-dir", str(data_paths.root), "compare", "2022-1#1", "2022-1#2"]
    assert cli.main([*args, "--format", "pdf", "--out", str(pdf)]) == 0
    said = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    first_page = said.split("\f")[0]
    assert "Kangasala (211)" in first_page


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_draft_report_names_changed_questions_by_their_wording(
    store: Store, tmp_path: Path
) -> None:
    store.save_profile(Profile("211"))
    book = Workbook(store)
    result = Submissions(book).export("2022-3", tmp_path, key=None, lang="fi", draft=True)
    text = subprocess.run(
        ["pdftotext", str(result.report), "-"], capture_output=True, text=True, check=True
    ).stdout
    changes = " ".join(text.split()).partition("Mikä muuttui edellisestä kierroksesta")[2]
    assert "Uusi kysymys" in changes
    assert not re.search(r"/[a-z_]+/[a-z_]+", changes), changes


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize(
    "values", [(300, 450), (3_100_000, 3_300_000), (12.5, 7.25, 0.4), (1, 1), (-40, 95)]
)
def test_the_chart_s_axis_reaches_past_every_value(
    values: tuple[float, ...], tmp_path: Path
) -> None:
    # 450 was drawn above an axis whose last label was 400.
    from reportlab.platypus import SimpleDocTemplate

    from desktop.export.fonts import register_fonts
    from desktop.export.markup import make_styles
    from desktop.review.compare_charts import history_charts
    from desktop.review.history import Point
    from desktop.survey.formatting import parse_number

    register_fonts()
    points = [Point(f"2022-{i + 1}", float(v), True) for i, v in enumerate(values)]
    story = history_charts([("Vuokra", points)], "fi", make_styles(), 400)
    pdf = tmp_path / "chart.pdf"
    SimpleDocTemplate(str(pdf)).build(story)
    said = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    labels = [
        float(parse_number(line.strip(), "fi"))
        for line in said.splitlines()
        if re.fullmatch(r"-?[\d\u00a0 ]+(,\d+)?", line.strip())
    ]
    assert labels, said
    assert max(labels) >= max(values), said
    assert min(labels) <= min(0, *values), said


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("values", [(300, 450), (-9e-11, 290_576.86, 418), (-5e-324, -1e-323)])
def test_the_chart_s_axis_follows_the_window_s_rule(
    values: tuple[float, ...], tmp_path: Path
) -> None:
    # The PDF had its own rule: an axis from −100 000 for −9e-11 beside 290 577, one up to 1
    # for numbers all a hair below zero.
    from reportlab.platypus import SimpleDocTemplate

    from desktop.export.fonts import register_fonts
    from desktop.export.markup import make_styles
    from desktop.review.chart_axis import value_axis
    from desktop.review.compare_charts import PDF_STEPS, history_charts
    from desktop.review.history import Point
    from desktop.survey.formatting import parse_number

    register_fonts()
    points = [Point(f"2022-{i + 1}", float(v), True) for i, v in enumerate(values)]
    story = history_charts([("Vuokra", points)], "fi", make_styles(), 400)
    pdf = tmp_path / "chart.pdf"
    SimpleDocTemplate(str(pdf)).build(story)
    said = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    labels = sorted(
        float(parse_number(line.strip().replace("−", "-"), "fi"))
        for line in said.splitlines()
        if re.fullmatch(r"[-−]?[\d\u00a0 ]+(,\d+)?", line.strip())
    )
    assert labels == list(value_axis(values, PDF_STEPS).marks), said


def _words(pdf: Path) -> list[tuple[str, float, float, float]]:
    """Each word of the PDF's first page in a table's small type: (text, left, right, top) in
    points."""
    from xml.etree import ElementTree

    xhtml = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    words = []
    for word in ElementTree.fromstring(xhtml).iter("{http://www.w3.org/1999/xhtml}word"):
        top, bottom = float(word.get("yMin", 0)), float(word.get("yMax", 0))
        if bottom - top < 12:  # not the title's or a heading's
            words.append(
                (word.text or "", float(word.get("xMin", 0)), float(word.get("xMax", 0)), top)
            )
    return words


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_a_changed_table_row_is_told_under_each_side_s_own_heading(
    workbook: Workbook, data_paths: DataPaths, tmp_path: Path
) -> None:
    # "~ row: area 3 150 m² → 3 300 m²" ran across both columns, under both headings.
    from desktop.review.compare_pdf import BODY_WIDTH, MARGIN_X

    workbook.store.close()
    pdf = tmp_path / "vertailu.pdf"
    args = ["--data-dir", str(data_paths.root), "compare", "2022-1#1", "2022-1#2"]
    assert cli.main([*args, "--format", "pdf", "--out", str(pdf)]) == 0
    earlier = (MARGIN_X + BODY_WIDTH * 0.4, MARGIN_X + BODY_WIDTH * 0.7)
    later = (MARGIN_X + BODY_WIDTH * 0.7, MARGIN_X + BODY_WIDTH)
    words = _words(pdf)
    for said, left, right, _top in words:
        assert not left < earlier[1] < right, f"{said!r} runs across the column rule"
    before = [w for w in words if w[0] == "150"]  # 3 150 m²
    after = [w for w in words if w[0] == "300"]  # 3 300 m²
    assert before and after
    assert all(earlier[0] <= w[1] and w[2] <= earlier[1] for w in before), before
    assert all(later[0] <= w[1] and w[2] <= later[1] for w in after), after
    # The row is named on both sides, on one line.
    named = [w for w in words if w[0] == "Terveyskeskussairaala,"]
    assert len(named) == 2 and named[0][3] == named[1][3]


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
@pytest.mark.parametrize("values", [(0, 0, 0), (2, 3), (1, 1)])
def test_a_chart_of_whole_numbers_has_whole_numbers_on_its_axis(
    values: tuple[float, ...], tmp_path: Path
) -> None:
    # A count of persons, all nought, had 0,25, 0,5 and 0,75 on its axis.
    from reportlab.platypus import SimpleDocTemplate

    from desktop.export.fonts import register_fonts
    from desktop.export.markup import make_styles
    from desktop.review.compare_charts import history_charts
    from desktop.review.history import Point

    register_fonts()
    points = [Point(f"2022-{i + 1}", float(v), True) for i, v in enumerate(values)]
    story = history_charts([("Henkilöt", points)], "fi", make_styles(), 400)
    pdf = tmp_path / "chart.pdf"
    SimpleDocTemplate(str(pdf)).build(story)
    said = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    labels = [line.strip() for line in said.splitlines() if re.fullmatch(r"-?[\d,]+", line.strip())]
    assert len(labels) >= 2, said
    assert not [label for label in labels if "," in label], said


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="needs poppler-utils")
def test_the_comparison_pdf_uses_only_embedded_fonts(
    workbook: Workbook, data_paths: DataPaths, tmp_path: Path
) -> None:
    fill_round(workbook, "2022-2")
    workbook.store.close()
    pdf = tmp_path / "fonts.pdf"
    args = ["--data-dir", str(data_paths.root), "--lang", "sv", "compare", "2022-1#2", "2022-2"]
    assert cli.main([*args, "--format", "pdf", "--out", str(pdf)]) == 0
    listed = subprocess.run(["pdffonts", str(pdf)], capture_output=True, check=True, text=True)
    rows = listed.stdout.splitlines()[2:]
    assert rows, listed.stdout
    assert "Helvetica" not in listed.stdout
    assert all(" yes yes yes " in row and "DejaVuSans" in row for row in rows), listed.stdout


def test_the_chart_names_the_rounds_below_it_when_values_go_below_zero(tmp_path: Path) -> None:
    """A result can be negative: the rounds' names stay under the chart, not on its zero line
    where the line of the answers runs through them."""
    from reportlab.platypus import SimpleDocTemplate

    from desktop.export.fonts import register_fonts
    from desktop.export.markup import make_styles
    from desktop.review.compare_charts import history_charts
    from desktop.review.history import Point

    register_fonts()
    values = [120_000.0, -340_000.0, 80_000.0]
    points = [Point(f"2022-{i + 1}", v, True) for i, v in enumerate(values)]
    story = history_charts([("Tilikauden tulos", points)], "fi", make_styles(), 400)
    pdf = tmp_path / "chart.pdf"
    SimpleDocTemplate(str(pdf)).build(story)
    words = _words(pdf)
    rounds = [top for word, _l, _r, top in words if word.startswith("2022-")]
    scale = [top for word, _l, _r, top in words if re.fullmatch(r"[-−]?[\d\u00a0 ]+", word)]
    assert len(rounds) == 3 and scale, words
    assert min(rounds) > max(scale), (rounds, scale)  # below the lowest mark (PDF y grows down)

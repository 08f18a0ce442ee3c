"""A number that changed more than its question allows asks for an explanation, which is
signed in the package and printed in the report beside the answer."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from desktop.commands.demo import fill_round
from desktop.paths import schemas_dir
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.storage import Profile, Store
from desktop.submission.refusals import ExportError
from desktop.submission.service import Submissions
from desktop.survey import load_catalog
from desktop.survey.change_checks import beyond
from desktop.survey.model import Field, Kind
from desktop.workbook import Workbook

RENT = "/premises/estimated_annual_rent"
WHY = "Vuokra laskettiin uudelleen asetuksen 272/2022 mukaan & <pääomavuokra>"


@pytest.fixture(scope="module")
def organisation_key() -> OrganisationKey:
    return create_key(Organisation("Kangasala", "Kangasala"))


@pytest.fixture
def workbook(store: Store, organisation_key: OrganisationKey, tmp_path: Path) -> Workbook:
    store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
    book = Workbook(store)
    fill_round(book, "2022-1")
    Submissions(book).export(
        "2022-1", tmp_path / "sent", key=organisation_key, lang="fi", after_closing=True
    )
    fill_round(book, "2022-2")
    return book


def _changes(workbook: Workbook) -> list[object]:
    return [p for p in workbook.problems("2022-2") if p.kind == "change"]


def test_a_small_change_says_nothing_and_a_large_one_is_a_warning(workbook: Workbook) -> None:
    assert _changes(workbook) == []  # the demo's 3 240 000 € against 3 100 000 €
    workbook.set_json("2022-2", RENT, 5_000_000)
    workbook.set_json("2022-2", "/staff/staff_groups/1/headcount", 100)
    found = {p.pointer: p for p in workbook.problems("2022-2") if p.kind == "change"}
    rent = found[RENT]
    assert not rent.blocking
    assert (
        "muuttunut +61 % edellisestä kierroksesta (2022-1: 3\u00a0100\u00a0000 €)"
        in rent.message("fi")
    )
    assert "ändrats med +61 % sedan förra omgången" in rent.message("sv")
    # The table's cell is compared with the previous row of the same staff group.
    cell = found["/staff/staff_groups/1/headcount"]
    assert "−79 %" in cell.message("fi") and "482" in cell.message("fi")


def test_the_explanation_is_kept_signed_and_printed(
    workbook: Workbook, organisation_key: OrganisationKey, tmp_path: Path
) -> None:
    workbook.set_json("2022-2", RENT, 5_000_000)
    with pytest.raises(ExportError) as refused:
        Submissions(workbook).export(
            "2022-2",
            tmp_path / "out",
            key=organisation_key,
            lang="fi",
            after_closing=True,
        )
    assert "1 huomautus odottaa vahvistusta" in refused.value.message("fi")
    workbook.explain("2022-2", RENT, WHY)
    assert workbook.blocking_problems("2022-2") == []
    result = Submissions(workbook).export(
        "2022-2", tmp_path / "out", key=organisation_key, lang="fi", after_closing=True
    )
    assert result.package is not None
    with zipfile.ZipFile(io.BytesIO(result.package.read_bytes())) as archive:
        survey = json.loads(archive.read("survey.json"))
        report = archive.read("report.pdf")
    assert {"check": "change", "pointer": RENT, "text": WHY} in survey["explanations"]
    if shutil.which("pdftotext") is None:
        pytest.skip("needs poppler-utils")
    (tmp_path / "report.pdf").write_bytes(report)
    text = subprocess.run(
        ["pdftotext", "-layout", str(tmp_path / "report.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    flat = " ".join(text.split())
    assert WHY in flat
    assert "+61 %" in flat


def _number(**schema: object) -> Field:
    return Field(
        "x",
        Kind.NUMBER,
        {"fi": "x", "sv": "x"},
        {},
        {},
        (),
        (),
        schema,
        compare_threshold=schema.get("relative"),
        change_amount=schema.get("absolute"),
    )  # type: ignore[arg-type]


def test_thresholds_relative_absolute_and_both() -> None:
    assert beyond(_number(relative=0.3), 100, 131) and not beyond(_number(relative=0.3), 100, 129)
    assert beyond(_number(absolute=50), 100, 151) and not beyond(_number(absolute=50), 100, 150)
    both = _number(relative=0.3, absolute=50)
    assert not beyond(both, 3, 5)  # +67 %, but two persons
    assert beyond(both, 200, 300)
    assert beyond(_number(relative=0.3), 0, 1) and not beyond(_number(relative=0.3), 0, 0)


def test_x_change_only_on_numbers(tmp_path: Path) -> None:
    root = tmp_path / "schemas"
    shutil.copytree(schemas_dir(), root)
    path = root / "sections" / "finances-1.json"
    schema = json.loads(path.read_text("utf-8"))
    schema["properties"]["change_costs_2022"]["x-change"] = {"relative": 0.3, "absolute": 10000}
    schema["properties"]["finance_notes"]["x-change"] = {"relative": 0.3}
    path.write_text(json.dumps(schema), "utf-8")
    catalog = load_catalog(root)
    (problem,) = [p for p in catalog.problems if p.file == "sections/finances-1.json"]
    assert "finance_notes: x-change belongs to a number question" in problem.reason

"""The signed data and the signed report say the same thing.

Every answer in ``survey.json`` is printed in the PDF, and an answer to a
question that is not shown (a follow-up whose trigger no longer holds) is in
neither, though it stays in the local database so flipping the trigger back
restores it.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import cli
from desktop.commands.demo import fill_round
from desktop.i18n import Lang
from desktop.jsonvalue import JSONValue
from desktop.paths import DataPaths
from desktop.signing.keys import Organisation, create_key, to_pkcs12
from desktop.signing.keystore import write_new_file
from desktop.storage import Profile, Store
from desktop.survey import Field, Kind, shipped_catalog
from desktop.survey.values import display_value
from desktop.workbook import Workbook

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

ROUND = "2022-2"
HIDDEN_DATE = "2022-11-30"
Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(data_paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_paths.root), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


@pytest.fixture
def answered(data_paths: DataPaths) -> DataPaths:
    """2022-2 answered, with the staff lists first "no" (and a planned date), then "yes"."""
    with Store.open(data_paths) as store:
        store.save_profile(Profile("211", contact_name="Kaisa Kuntalainen"))
        workbook = Workbook(store)
        fill_round(workbook, ROUND)
        workbook.set_json(ROUND, "/staff/staff_lists_confirmed", False)
        workbook.set_json(ROUND, "/staff/staff_lists_planned_date", HIDDEN_DATE)
        workbook.set_json(ROUND, "/staff/staff_lists_confirmed", True)
    write_new_file(
        data_paths.key_store, to_pkcs12(create_key(Organisation("Kangasala", "x")), None)
    )
    return data_paths


def _pdf_text(path: Path) -> str:
    out = subprocess.run(
        ["pdftotext", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return re.sub(r"\s+", " ", out)


def _printed(field: Field, value: JSONValue, lang: Lang) -> list[str]:
    """The texts a reader must find in the report for one answer."""
    if field.kind is Kind.TABLE and isinstance(value, list):
        # A table's header names the unit; its cells show the bare value.
        return [
            display_value(column.replace(unit={}), row[column.key], lang)
            for row in value
            if isinstance(row, dict)
            for column in field.columns
            if row.get(column.key) not in (None, "")
        ]
    if field.kind is Kind.MULTICHOICE and isinstance(value, list):
        return [field.option_label(v, lang) for v in value]
    if field.kind is Kind.MUNICIPALITY:
        return [str(value)]
    return [display_value(field, value, lang)]


def test_the_package_holds_exactly_what_the_report_prints(
    run: Run, answered: DataPaths, tmp_path: Path
) -> None:
    code, out, _ = run("export", ROUND, "--yes", "--out", str(tmp_path))
    assert code == 0, out
    [package] = tmp_path.glob("*.asice")
    with zipfile.ZipFile(io.BytesIO(package.read_bytes())) as archive:
        document = json.loads(archive.read("survey.json"))
    report = _pdf_text(next(tmp_path.glob("*.pdf")))

    # The hidden follow-up is in neither the signed data nor the signed report.
    assert "staff_lists_planned_date" not in document["answers"]["staff"]
    assert "30.11.2022" not in report

    rnd = shipped_catalog().round(ROUND)
    missing = []
    for section_id, section_answers in document["answers"].items():
        section = rnd.section(section_id)
        assert section is not None
        for key, value in section_answers.items():
            field = section.field(key)
            assert field is not None
            for shown in _printed(field, value, "fi"):
                if re.sub(r"\s+", " ", shown) not in report:
                    missing.append(f"/{section_id}/{key}: {shown}")
    assert missing == []

    # Kept locally: flipping the trigger back brings the date back.
    with Store.open(answered) as store:
        workbook = Workbook(store)
        assert workbook.stored(ROUND, "/staff/staff_lists_planned_date") == HIDDEN_DATE


def test_a_hidden_follow_up_is_left_out_of_show_and_the_draft(
    run: Run, answered: DataPaths, tmp_path: Path
) -> None:
    code, out, _ = run("show", ROUND, "staff")
    assert code == 0
    assert "staff_lists_planned_date" not in out and "30.11.2022" not in out
    code, out, _ = run("export", ROUND, "--draft", "--out", str(tmp_path))
    assert code == 0, out
    assert "30.11.2022" not in _pdf_text(next(tmp_path.glob("*.pdf")))

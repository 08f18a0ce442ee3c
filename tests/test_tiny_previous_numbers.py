"""A previous round's number so small it is nothing beside the next one (5e-324, 1e-300), from
a received package or typed: the change is told as a change from nothing, and no command
stops on it or prints an infinite per cent."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import zipfile
from pathlib import Path

from desktop import cli
from desktop.export.package import encode
from desktop.review.chart_axis import value_axis
from desktop.review.compare import per_cent as compare_per_cent
from desktop.signing import asice
from desktop.signing.keys import OrganisationKey
from desktop.survey.change_checks import per_cent
from tests import sent_elsewhere

key = sent_elsewhere.key
package = sent_elsewhere.package

RENT = "/premises/estimated_annual_rent"
PROGRAM_ERROR = 70
NOT_A_NUMBER = re.compile(r"\b(inf|nan|infinity)\b", re.IGNORECASE)
FROM_NOTHING = {
    "fi": "Edellisellä kierroksella (2022-1) vastaus oli",
    "sv": "I förra omgången (2022-1) var svaret",
    "en": "In the previous round (2022-1) the answer was",
}


def tiny_package(package: Path, key: OrganisationKey, target: Path, value: float) -> Path:
    """``package`` signed again with every staff group's person-years ``value``."""
    with zipfile.ZipFile(package) as archive:
        document = json.loads(archive.read("survey.json"))
        report = archive.read("report.pdf")
    for row in document["answers"]["staff"]["staff_groups"]:
        row["person_years"] = value
    target.write_bytes(asice.build({"survey.json": encode(document), "report.pdf": report}, key))
    return target


def _run(root: Path, *args: str, lang: str = "en") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--data-dir", str(root), "--lang", lang, *args])
    return code, out.getvalue(), err.getvalue()


def test_a_change_from_a_number_below_the_later_ones_precision_is_from_nothing() -> None:
    assert per_cent(1e-300, 296) is None
    assert per_cent(5e-324, 9_000_000_000_000_000) is None
    assert compare_per_cent(5e-324, 296) is None
    assert compare_per_cent(1e-300, 9e15) is None
    # Small numbers of their own size still change by a per cent, and so do ordinary ones.
    assert per_cent(5e-324, 1e-323) == 100
    assert per_cent(3_100_000, 5_000_000) == 61
    assert per_cent(1e-300, 0) == -100
    assert per_cent(-1.7e308, 1.7e308) is None  # beyond what a number holds


def test_a_chart_of_tiny_numbers_has_an_axis() -> None:
    axis = value_axis([5e-324, 1e-323], 4)
    assert axis.low <= 0 < axis.step and axis.high >= 1e-323
    axis = value_axis([-1.7e308, 1.7e308], 4)
    assert axis.low <= -1.7e308 and axis.high >= 1.7e308 and axis.step > 0


def test_a_received_package_with_a_tiny_number_is_compared_with_the_next_round(
    package: Path, key: OrganisationKey, tmp_path: Path
) -> None:
    tiny = tiny_package(package, key, tmp_path / "tiny.asice", 5e-324)
    root = tmp_path / "data"
    code, _, err = _run(root, "import", str(tiny), "--yes")
    assert code == 0, err
    with zipfile.ZipFile(tiny) as archive:
        group = json.loads(archive.read("survey.json"))["answers"]["staff"]["staff_groups"][0]
    pointer = "/staff/staff_groups/0"
    for column in ("group", "headcount", "permanent", "fixed_term"):
        code, _, err = _run(
            root, "set", "2022-2", f"{pointer}/{column}", json.dumps(group[column]), "--json"
        )
        assert code == 0, err
    code, _, err = _run(root, "set", "2022-2", f"{pointer}/person_years", "296")
    assert code != PROGRAM_ERROR and "Traceback" not in err, err
    for lang, said in FROM_NOTHING.items():
        code, out, err = _run(root, "validate", "2022-2", lang=lang)
        assert code != PROGRAM_ERROR, err
        assert said in out + err
    _compared_without_infinity(root, "2022-1", "2022-2", tmp_path)


def test_a_typed_tiny_number_then_a_large_one(tmp_path: Path) -> None:
    root = tmp_path / "data"
    assert _run(root, "profile", "--municipality", "211")[0] == 0
    code, _, err = _run(root, "set", "2022-1", RENT, "1e-300", "--json")
    assert code == 0, err
    code, _, err = _run(root, "set", "2022-2", RENT, "9000000000000000")
    assert code != PROGRAM_ERROR and "Traceback" not in err, err
    for lang, said in FROM_NOTHING.items():
        code, out, err = _run(root, "validate", "2022-2", lang=lang)
        assert code != PROGRAM_ERROR, err
        assert said in out + err
    code, _, err = _run(root, "export", "2022-2", "--draft", "--out", str(tmp_path / "draft"))
    assert code != PROGRAM_ERROR, err
    _compared_without_infinity(root, "2022-1", "2022-2", tmp_path)


def _compared_without_infinity(root: Path, a: str, b: str, tmp_path: Path) -> None:
    for lang in ("fi", "sv", "en"):
        code, out, err = _run(root, "compare", a, b, lang=lang)
        assert code == 0, err
        assert not NOT_A_NUMBER.search(out), out
        assert " %)" not in "".join(line for line in out.splitlines() if "296" in line)
    code, out, err = _run(root, "compare", a, b, "--format", "csv")
    assert code == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    assert rows and all(not NOT_A_NUMBER.search(cell) for row in rows for cell in row)
    pdf = tmp_path / "compare.pdf"
    code, _, err = _run(root, "compare", a, b, "--format", "pdf", "--out", str(pdf))
    assert code == 0, err
    assert pdf.read_bytes().startswith(b"%PDF")

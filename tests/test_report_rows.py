"""A report of tables at their limit (1 000 rows) prints exactly what it printed before."""

from __future__ import annotations

import gzip
import json
import subprocess
from pathlib import Path

from desktop.export import render_report
from desktop.municipalities import Register
from desktop.storage import Profile
from desktop.survey import shipped_catalog
from tests.test_report import FINGERPRINT, GENERATED

FIXTURES = Path(__file__).parent / "fixtures" / "reports"


def test_thousand_row_tables_print_the_same_text_as_before(tmp_path: Path) -> None:
    answers = json.loads(gzip.decompress((FIXTURES / "rows-1000.json.gz").read_bytes()))
    assert len(answers["premises"]["premises"]) == 1000
    assert len(answers["interfaces"]["interface_areas"]) == 1000
    pdf = render_report(
        shipped_catalog().round("2022-3"),
        answers,
        Profile(
            "211",
            "Anna Mäkelä",
            "Talousjohtaja",
            "anna.makela@example.fi",
            "040 123 4567",
            "0190064-7",
        ),
        Register.load().get("211"),
        lang="fi",
        signer_name="Anna Mäkelä",
        fingerprint=FINGERPRINT,
        generated_at=GENERATED,
        draft=False,
        generator_version="0.1.0",
    )
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    printed = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", "-layout", str(path), "-"],
        capture_output=True,
        check=True,
    ).stdout.decode("utf-8")
    expected = gzip.decompress((FIXTURES / "rows-1000-fi.txt.gz").read_bytes()).decode("utf-8")
    assert printed.count("\f") == expected.count("\f")  # the same pages
    assert printed == expected

"""Comparing a round with the one before it after its answers were carried forward: what is
unchanged is counted as unchanged, every section of both rounds is told, and a question only
one of them asks is told where its section is."""

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
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.storage import Profile, Store
from desktop.submission.service import Submissions
from desktop.workbook import Workbook

# What the comparison of 2022-2 as sent with 2022-3 carried forward says, section by section.
HEADINGS = [
    "Taustatiedot (0 muuttunut, 6 ennallaan)",
    "Toimitilat ja omaisuus (1 muuttunut, 8 ennallaan)",
    "Henkilöstö (0 muuttunut, 10 ennallaan)",
    "Talous (3 muuttunut, 0 ennallaan)",
    "Yhdyspinnat hyvinvointialueen kanssa (1 muuttunut, 3 ennallaan)",
]


@pytest.fixture(scope="module")
def organisation_key() -> OrganisationKey:
    return create_key(Organisation("Kangasala", "Kangasala"))


@pytest.fixture
def carried(
    store: Store, organisation_key: OrganisationKey, data_paths: DataPaths, tmp_path: Path
) -> DataPaths:
    """The demo's 2022-2 answered and sent; 2022-3 filled by carrying them forward."""
    store.save_profile(Profile("211", contact_name="Anna Mäkelä"))
    book = Workbook(store)
    fill_round(book, "2022-2")
    Submissions(book).export(
        "2022-2", tmp_path / "sent", key=organisation_key, lang="fi", after_closing=True
    )
    store.close()
    code, out = run(data_paths, "copy-forward", "2022-3")
    assert code == 0, out
    return data_paths


def run(paths: DataPaths, *args: str) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = cli.main(["--data-dir", str(paths.root), *args])
    return code, out.getvalue()


def headings(said: str) -> list[str]:
    return re.findall(r"^== (.+) ==$", said, flags=re.MULTILINE)


def test_answers_carried_forward_are_counted_unchanged_in_every_section(
    carried: DataPaths,
) -> None:
    code, said = run(carried, "compare", "2022-2#1", "2022-3")
    assert code == 0, said
    assert headings(said) == HEADINGS
    # The questions 2022-3 no longer asks are told under their own sections.
    premises = said.split("== Toimitilat ja omaisuus")[1].split("\n== ")[0]
    assert "/premises/model_lease_used" in premises
    assert "kysymystä ei enää kysytä: Kyllä" in premises
    assert "/premises/lease_status" not in premises  # unchanged: counted, not listed
    assert said.count("/finances/") == 3
    assert "5 vastausta muuttui." in said


def test_the_csv_and_the_pdf_say_the_same_as_the_screen(carried: DataPaths, tmp_path: Path) -> None:
    code, out = run(carried, "compare", "2022-2#1", "2022-3", "--format", "csv")
    assert code == 0, out
    lines = list(csv.reader(io.StringIO(out)))[1:]
    assert sorted(line[1] for line in lines) == [
        "/finances/change_costs_2022",
        "/finances/finance_effect_2023",
        "/finances/finance_notes",
        "/interfaces/framework_agreement_in_preparation",
        "/premises/model_lease_used",
    ]
    if shutil.which("pdftotext") is None:
        return
    pdf = tmp_path / "vertailu.pdf"
    code, out = run(carried, "compare", "2022-2#1", "2022-3", "--format", "pdf", "--out", str(pdf))
    assert code == 0, out
    said = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
    flat = " ".join(said.split())
    positions = [flat.find(heading) for heading in HEADINGS]
    assert -1 not in positions, flat
    assert positions == sorted(positions)

"""The profile's contact person fills Background's contact questions in every round not yet
submitted; what is typed in a round by hand stays, and the report names that one contact."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import cli
from desktop.paths import DataPaths

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(data_paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_paths.root), *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def _profile(run: Run, *args: str) -> None:
    code, out, err = run("profile", *args)
    assert code == 0, out + err


def test_the_profile_fills_background_and_a_change_follows_unless_typed_by_hand(
    run: Run,
) -> None:
    _profile(
        run,
        "--municipality",
        "211",
        "--name",
        "Kaisa Kuntalainen",
        "--title",
        "hallintojohtaja",
        "--email",
        "kaisa.kuntalainen@kangasala.fi",
        "--phone",
        "040 123 4567",
    )
    code, out, _ = run("show", "2022-1", "background")
    assert code == 0
    for shown in ("Kaisa Kuntalainen", "hallintojohtaja", "kaisa.kuntalainen@kangasala.fi"):
        assert shown in out

    # Another colleague answers round 2022-2: typed by hand, kept.
    assert run("set", "2022-2", "/background/respondent_name", "Pekka Vastaaja")[0] == 0
    _profile(run, "--name", "Liisa Uusi")
    assert "Liisa Uusi" in run("show", "2022-1", "background")[1]
    shown = run("show", "2022-2", "background")[1]
    # Its own answers, not 2022-1's shown beside them as the previous round's.
    shown = "\n".join(line for line in shown.splitlines() if "Edellinen" not in line)
    assert "Pekka Vastaaja" in shown and "Liisa Uusi" not in shown
    assert "hallintojohtaja" in shown  # the rest still from the profile


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_the_report_names_the_round_s_respondent_as_its_one_contact(
    run: Run, tmp_path: Path
) -> None:
    _profile(run, "--municipality", "211", "--name", "Kaisa Kuntalainen", "--title", "johtaja")
    assert run("set", "2022-1", "/background/respondent_name", "Pekka Vastaaja")[0] == 0
    assert run("set", "2022-1", "/background/respondent_title", "controller")[0] == 0
    code, out, _ = run("export", "2022-1", "--draft", "--out", str(tmp_path))
    assert code == 0, out
    pdf = next(tmp_path.glob("*.pdf"))
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    contact = next(line for line in text.splitlines() if "Yhteyshenkilö" in line)
    assert "Pekka Vastaaja" in contact
    assert "Kaisa" not in contact and "johtaja" not in re.sub("Pekka Vastaaja", "", contact)

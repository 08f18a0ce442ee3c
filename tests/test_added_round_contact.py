"""A round added after the profile was saved gets the profile's contact in Background, as
every round not yet submitted does, whether added on the command line or in the window."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop import cli
from desktop.paths import DataPaths
from desktop.rounds.library import open_package
from desktop.storage import Profile, Store
from desktop.workbook import Workbook
from tests.rounds_support import package_2023, trust

Run = Callable[..., tuple[int, str, str]]
CONTACT = ("Maija Meikäläinen", "maija@kangasala.example")


@pytest.fixture
def run(data_paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_paths.root), "--lang", "sv", *args])
        out, err = capsys.readouterr()
        return code, out, err

    return invoke


def test_round_add_fills_the_contact_from_the_profile(
    run: Run, data_paths: DataPaths, tmp_path: Path
) -> None:
    name, email = CONTACT
    assert run("profile", "--municipality", "211", "--name", name, "--email", email)[0] == 0
    trust(data_paths)
    package = tmp_path / "2023-1.tkround"
    package.write_bytes(package_2023())
    assert run("round", "add", str(package))[0] == 0
    code, out, _ = run("show", "2023-1", "background")
    assert code == 0
    assert f"Svararens namn: {name}" in out
    assert f"E-post: {email}" in out


def test_adding_in_the_window_fills_the_contact_from_the_profile(
    data_paths: DataPaths,
) -> None:
    name, email = CONTACT
    trust(data_paths)
    data = package_2023()
    with Store.open(data_paths) as store:
        workbook = Workbook(store)
        workbook.save_profile(Profile("211", contact_name=name, contact_email=email))
        workbook.add_round(open_package(data, data_paths), data)  # what the window calls
        background = workbook.answers("2023-1")["background"]
    assert background["respondent_name"] == name
    assert background["respondent_email"] == email

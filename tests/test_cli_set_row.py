"""``set --json`` of a table row echoes the row as ``show`` prints it, in the user's language."""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from desktop import cli
from desktop.paths import DataPaths

Run = Callable[..., tuple[int, str, str]]
ROW = {
    "building": "Pargas hälsocentral",
    "use": "health_centre",
    "floor_area": 2468,
    "shared": False,
}


@pytest.fixture
def run(data_paths: DataPaths, capsys: pytest.CaptureFixture[str]) -> Run:
    def invoke(*args: str) -> tuple[int, str, str]:
        code = cli.main(["--data-dir", str(data_paths.root), *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert invoke("profile", "--municipality", "445", "--name", "Åsa Östergård")[0] == 0
    return invoke


def test_a_row_set_as_json_is_echoed_as_the_program_shows_rows(run: Run) -> None:
    given = json.dumps(ROW, ensure_ascii=False)
    code, out, err = run("--lang", "sv", "set", "2022-1", "/premises/premises/0", given, "--json")
    assert code == 0, err
    saved = out.splitlines()[0]
    assert saved.startswith(
        "Sparat /premises/premises/0 = Byggnad eller lokal: Pargas hälsocentral;"
    )
    assert "Användning: Hälsovårdscentral eller hälsostation" in saved
    assert "Används gemensamt med kommunens övriga tjänster: Nej" in saved
    assert "{" not in saved and "False" not in saved and "'" not in saved
    # As show prints the same row.
    code, out, _ = run("--lang", "sv", "show", "2022-1", "premises")
    (shown,) = [line.strip() for line in out.splitlines() if line.strip().startswith("[0] ")]
    assert saved.endswith(shown.removeprefix("[0] "))
    code, out, err = run("--lang", "en", "set", "2022-1", "/premises/premises/0", given, "--json")
    assert (
        "Saved /premises/premises/0 = Building or space: Pargas hälsocentral; Use: Health centre"
        in out
    )

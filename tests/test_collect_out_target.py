"""``collect --out`` where a file of the picture cannot go: nothing is written, and the
message says so, without an empty folder left behind."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main
from tests.fixtures.received.generate import cached


@pytest.fixture(scope="module")
def generated(request: pytest.FixtureRequest) -> tuple[Path, dict[str, Any]]:
    return cached(request.config, 30)


@pytest.mark.parametrize(
    ("lang", "said", "not_said"),
    [
        ("fi", "Mitään koonnin tiedostoa ei kirjoitettu", "Kirjoitettiin"),
        ("sv", "Ingen av sammanställningens filer skrevs", "Skrevs:"),
        ("en", "None of its files were written", "Written:"),
    ],
)
def test_a_folder_where_the_workbook_goes_leaves_nothing_written(
    generated: tuple[Path, dict[str, Any]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    lang: str,
    said: str,
    not_said: str,
) -> None:
    folder, _ = generated
    out = tmp_path / "out"
    (out / "k.xlsx").mkdir(parents=True)
    data = ["--data-dir", str(tmp_path / "d"), "--lang", lang]
    assert main([*data, "trust", "import", str(folder / "trusted.csv")]) == 0
    code = main([*data, "collect", "2022-1", str(folder / "packages"), "--out", str(out / "k")])
    err = capsys.readouterr().err
    assert code == 2
    assert said in err and not_said not in err and str(out / "k.xlsx") in err
    assert sorted(p.name for p in out.iterdir()) == ["k.xlsx"]  # no k-csv/, no k.pdf
    assert not any((out / "k.xlsx").iterdir())

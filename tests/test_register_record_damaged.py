"""A damaged record of the register's passed check in the data folder's cache (a disk fault,
a hand edit) is no record: the shipped files are read and checked again, and the record
written anew. The user is never sent to the shipped CSV, which is fine, for a fault of the
cache, and never shown a municipality the record got wrong."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop import cli
from desktop.municipalities import CSV_NAME
from desktop.municipalities.register import _load
from desktop.paths import DataPaths

# The row of Kangasala (211) as the record keeps it: code, names, Sámi names, then the code
# of its wellbeing services county.
KANGASALA = '["211", "Kangasala", "Kangasala", "Kangasala", "", "8", '


@pytest.fixture
def run(
    data_paths: DataPaths, capsys: pytest.CaptureFixture[str]
) -> Iterator[Callable[..., tuple[int, str, str]]]:
    def invoke(*args: str) -> tuple[int, str, str]:
        _load.cache_clear()  # each command as a new start reads the register
        code = cli.main(["--data-dir", str(data_paths.root), *args])
        out, err = capsys.readouterr()
        return code, out, err

    yield invoke
    _load.cache_clear()


@pytest.fixture
def record(run: Callable[..., tuple[int, str, str]], data_paths: DataPaths) -> Path:
    """The record of the register's check the first command wrote, for Kangasala's profile."""
    assert run("profile", "--municipality", "211", "--name", "Maija Meikäläinen")[0] == 0
    (kept,) = data_paths.schema_checks.glob("register-*.json")
    assert KANGASALA in kept.read_text("utf-8")
    return kept


def _damage(record: Path, row: str) -> None:
    text = record.read_text("utf-8")
    assert text.count(KANGASALA) == 1
    record.write_text(text.replace(KANGASALA, row), "utf-8")


BAD_COUNTY = '["211", "Kangasala", "Kangasala", "Kangasala", "", "zz", '  # as in the report
OTHER_CODE = '["999", "Kangasala", "Kangasala", "Kangasala", "", "8", '


@pytest.mark.parametrize("row", [BAD_COUNTY, OTHER_CODE], ids=["bad_county", "other_code"])
@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_profile_reads_the_shipped_register_again(
    run: Callable[..., tuple[int, str, str]], record: Path, row: str, lang: str
) -> None:
    _damage(record, row)
    code, out, err = run("--lang", lang, "profile")
    assert code == 0, err
    assert "Kangasala (211)" in out.splitlines()[0]
    assert "999" not in out
    assert CSV_NAME not in out + err
    # Written anew: the next start trusts it again, as the files read.
    assert KANGASALA in record.read_text("utf-8")
    assert run("--lang", lang, "profile")[1] == out


@pytest.mark.parametrize("row", [BAD_COUNTY, OTHER_CODE], ids=["bad_county", "other_code"])
def test_a_draft_is_exported_as_with_a_sound_record(
    run: Callable[..., tuple[int, str, str]], record: Path, row: str, tmp_path: Path
) -> None:
    _damage(record, row)
    code, out, err = run(
        "--lang", "sv", "export", "2022-3", "--draft", "--out", str(tmp_path / "o")
    )
    assert code == 0, err
    assert CSV_NAME not in out + err
    assert [p.name for p in (tmp_path / "o").iterdir()] == ["2022-3_211_kangasala_utkast.pdf"]
    assert KANGASALA in record.read_text("utf-8")


def test_a_row_moved_to_another_code_is_no_record(
    run: Callable[..., tuple[int, str, str]], record: Path
) -> None:
    # The row's key and its code cell both changed: Kangasala would be gone from the register.
    text = record.read_text("utf-8").replace('"211": [' + KANGASALA, '"999": [' + OTHER_CODE)
    record.write_text(text, "utf-8")
    code, out, err = run("--lang", "en", "profile")
    assert code == 0, err
    assert out.splitlines()[0] == "Municipality: Kangasala (211)"
    assert KANGASALA in record.read_text("utf-8")

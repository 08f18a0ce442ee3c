"""A received package's time that the computer's clock cannot show, or a leap second: every
time verify accepts is read, and none stops the program."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop import cli
from desktop.paths import DataPaths
from desktop.signing.keys import OrganisationKey
from desktop.storage import Store
from desktop.survey.formatting import format_local_time, local_stamp
from tests import sent_elsewhere
from tests.odd_times import FAR_FUTURE, LEAP_SECOND, exported_at

key = sent_elsewhere.key


@pytest.fixture
def helsinki(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The computer's clock in Finland (two hours ahead of UTC in winter)."""
    monkeypatch.setenv("TZ", "Europe/Helsinki")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


package = sent_elsewhere.package


def test_a_time_beyond_the_local_clock_is_shown_at_its_own_offset() -> None:
    assert format_local_time(FAR_FUTURE) == "31.12.9999 23:59 UTC\u221223:59"
    assert local_stamp(FAR_FUTURE) == ("31.12.9999", "23:59 UTC\u221223:59")


def test_a_signing_time_beyond_the_local_clock_is_shown_in_utc(helsinki: None) -> None:
    last = datetime(9999, 12, 31, 23, 59, tzinfo=UTC)  # Helsinki is already in the year 10000
    assert format_local_time(last) == "31.12.9999 23:59 UTC"
    assert local_stamp(last) == ("31.12.9999", "23:59 UTC")


def test_a_leap_second_is_read_as_the_second_before_it() -> None:
    assert local_stamp(LEAP_SECOND) == local_stamp("2022-06-30T23:59:59Z")


def test_import_refuses_a_package_made_after_the_year_9999(
    package: Path, key: OrganisationKey, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = exported_at(package, key, FAR_FUTURE, tmp_path / "outo.asice")
    paths = DataPaths(tmp_path / "data")
    code = cli.main(["--data-dir", str(paths.root), "--lang", "en", "import", str(odd), "--yes"])
    err = " ".join(capsys.readouterr().err.split())
    assert code == 2, err
    assert "made on 31.12.9999 23:59 UTC\u221223:59, later than its signature" in err, err


@pytest.mark.parametrize(
    ("moment", "stored"),
    [(LEAP_SECOND, "2022-06-30T23:59:59")],
    ids=["leap-second"],
)
def test_import_takes_a_package_whatever_time_it_says(
    moment: str,
    stored: str | None,
    package: Path,
    key: OrganisationKey,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    odd = exported_at(package, key, moment, tmp_path / "outo.asice")
    paths = DataPaths(tmp_path / "data")
    before = datetime.now(UTC).isoformat()
    code = cli.main(["--data-dir", str(paths.root), "--lang", "en", "import", str(odd), "--yes"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert "Traceback" not in err and "Program error" not in err
    assert "outo.asice" in out and "2022-1" in out
    with Store.open_for_reading(paths) as store:
        [submission] = store.submissions("2022-1")
    if stored is None:  # the clock cannot hold it: kept as the time it was imported
        assert submission.submitted_at >= before[:19]
    else:
        assert submission.submitted_at.startswith(stored)

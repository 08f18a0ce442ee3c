"""A received package refused for what its survey.json says is told in whole sentences, and
one that says it was made at a time no package was made (the year 1 or 9999, before its
round, after its signature) is refused, naming that time."""

from __future__ import annotations

import contextlib
import io
import json
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop import cli
from desktop.export.package import encode
from desktop.jsonvalue import JSONObject
from desktop.paths import DataPaths
from desktop.signing import asice
from desktop.signing.keys import OrganisationKey
from desktop.storage import Store
from desktop.survey.formatting import format_local_time
from desktop.untrusted import escape
from tests import sent_elsewhere
from tests.odd_times import FAR_FUTURE

key = sent_elsewhere.key
package = sent_elsewhere.package

NOTHING_STORED = {
    "fi": "Mitään ei tallennettu.",
    "sv": "Inget sparades.",
    "en": "Nothing was stored.",
}


def signed_again(
    package: Path, key: OrganisationKey, target: Path, change: Callable[[JSONObject], None]
) -> Path:
    """``package`` with its survey.json changed by ``change``, signed again by ``key``."""
    with zipfile.ZipFile(package) as archive:
        document = json.loads(archive.read("survey.json"))
        report = archive.read("report.pdf")
    change(document)
    target.write_bytes(asice.build({"survey.json": encode(document), "report.pdf": report}, key))
    return target


def _run(root: Path, *args: str, lang: str = "en") -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = cli.main(["--data-dir", str(root), "--lang", lang, *args])
    return code, out.getvalue(), err.getvalue()


def test_a_format_refusal_ends_its_technical_detail_with_a_full_stop(
    package: Path, key: OrganisationKey, tmp_path: Path
) -> None:
    def zero(document: JSONObject) -> None:
        document["submission"] = 0

    odd = signed_again(package, key, tmp_path / "nolla.asice", zero)
    for lang, stored in NOTHING_STORED.items():
        code, out, err = _run(tmp_path / "data", "import", str(odd), "--yes", lang=lang)
        said = " ".join((out + err).split())
        assert code not in (0, 70), said
        assert f"less than the minimum of 1. {stored}" in said, said
        code, out, err = _run(tmp_path / "data", "verify", str(odd), lang=lang)
        said = " ".join((out + err).split())
        assert "less than the minimum of 1." in said, said
        assert "minimum of 1.." not in said


MADE_TOO_EARLY = {
    "fi": "yli vuoden ennen kierroksen 2022-1 alkua (17.1.2022)",
    "sv": "mer än ett år innan omgången 2022-1 började (17.1.2022)",
    "en": "more than a year before round 2022-1 opened (17.1.2022)",
}
MADE_AFTER_SIGNING = {
    "fi": "myöhemmin kuin se allekirjoitettiin",
    "sv": "senare än det skrevs under",
    "en": "later than its signature",
}


def _made_at(moment: str) -> Callable[[JSONObject], None]:
    def change(document: JSONObject) -> None:
        document["exported_at"] = moment

    return change


@pytest.mark.parametrize(
    ("moment", "told"),
    [
        ("0001-01-01T00:00:00Z", MADE_TOO_EARLY),
        ("0001-01-01T00:00:00+23:59", MADE_TOO_EARLY),  # before the year 1 in UTC
        ("2020-09-01T08:00:00Z", MADE_TOO_EARLY),  # more than a year before 17.1.2022
        ("9999-12-31T23:59:59Z", MADE_AFTER_SIGNING),
        (FAR_FUTURE, MADE_AFTER_SIGNING),  # after the year 9999 in UTC
    ],
    ids=["year-1", "before-year-1", "over-a-year-early", "year-9999", "after-year-9999"],
)
def test_a_package_made_when_none_was_is_refused_naming_the_time(
    moment: str,
    told: dict[str, str],
    package: Path,
    key: OrganisationKey,
    tmp_path: Path,
) -> None:
    odd = signed_again(package, key, tmp_path / "aika.asice", _made_at(moment))
    shown = escape(format_local_time(moment))
    root = tmp_path / "data"
    for lang, said in told.items():
        for command in (("import", str(odd), "--yes"), ("verify", str(odd))):
            code, out, err = _run(root, *command, lang=lang)
            text = " ".join((out + err).split())
            assert code not in (0, 70), text
            assert said in text and shown in text, text
    with Store.open_for_reading(DataPaths(root)) as store:
        assert store.submissions("2022-1") == []


def test_a_package_made_a_week_before_its_round_opened_is_taken(
    package: Path, key: OrganisationKey, tmp_path: Path
) -> None:
    early = signed_again(
        package, key, tmp_path / "aikaisin.asice", _made_at("2022-01-10T08:00:00Z")
    )
    code, out, err = _run(tmp_path / "data", "import", str(early), "--yes")
    assert code == 0, out + err


def test_a_time_still_to_come_is_refused_when_the_signature_tells_none() -> None:
    from desktop.collect.receiving import ReceivedPackageError, check_made
    from desktop.survey import shipped_catalog

    rnd = shipped_catalog().round("2022-1")
    now = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)
    check_made("2026-12-02T11:00:00Z", rnd, None, now)  # a clock a day fast is let be
    with pytest.raises(ReceivedPackageError) as refused:
        check_made("2027-01-01T00:00:00Z", rnd, None, now)
    assert "1.1.2027" in refused.value.message("sv") and "ännu inte" in refused.value.message("sv")


def test_a_round_answered_months_before_it_opens_is_not_refused() -> None:
    """A round published early is answered and sent early: a package made four months
    before its round opens is checked as any other (the program itself sends such ones)."""
    import datetime as dt

    from desktop.collect.receiving import check_made
    from desktop.survey import shipped_catalog

    rnd = shipped_catalog().round("2022-1")
    made = dt.datetime.combine(rnd.opens, dt.time(8)) - dt.timedelta(days=120)
    stamp = made.strftime("%Y-%m-%dT%H:%M:%SZ")
    check_made(stamp, rnd, made.replace(tzinfo=dt.UTC), now=made.replace(tzinfo=dt.UTC))

"""jsonschema-rs is loaded with a stand-in for ``email.utils``, and nothing else notices."""

from __future__ import annotations

import email.utils
import subprocess
import sys
from datetime import datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from desktop.survey import schema_engine


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_loading_the_validator_leaves_no_stand_in_behind() -> None:
    said = _run(
        """
import sys
from desktop.survey.schema_engine import jsonschema_rs
print("email.utils" in sys.modules, "utils" in vars(sys.modules.get("email", sys)))
import email.utils
print(type(sys.modules["email.utils"]).__name__, email.utils.formataddr(("A", "a@b.fi")))
validator = jsonschema_rs.validator_for({"type": "string", "format": "date"}, validate_formats=True)
print(validator.is_valid("2026-12-01"), validator.is_valid("2026-13-01"))
"""
    )
    assert said.splitlines() == ["False False", "module A <a@b.fi>", "True False"]


def test_the_stand_in_gives_what_the_real_module_gives() -> None:
    parsed = schema_engine._parsedate_to_datetime("Tue, 01 Dec 2026 20:00:00 +0200")
    assert parsed == datetime(2026, 12, 1, 20, tzinfo=timezone(timedelta(hours=2)))
    formatdate = getattr(schema_engine._StandIn("email.utils"), "formatdate")  # noqa: B009
    assert formatdate(0, usegmt=True) == "Thu, 01 Jan 1970 00:00:00 GMT"


def _same_as_the_real_parser(text: str) -> None:
    try:
        expected: object = email.utils.parsedate_to_datetime(text)
    except (ValueError, TypeError, OverflowError) as exc:
        expected = type(exc)
    try:
        got: object = schema_engine._parsedate_to_datetime(text)
    except (ValueError, TypeError, OverflowError) as exc:
        got = type(exc)
    assert got == expected, text
    if isinstance(got, datetime) and isinstance(expected, datetime):
        assert got.utcoffset() == expected.utcoffset(), text


def test_its_own_reading_of_a_date_agrees_with_the_real_one() -> None:
    for text in [
        "Thu, 12 Nov 2026 07:50:16 +0000",  # what jsonschema-rs passes at load
        "Mon, 29 Feb 2027 07:50:16 +0000",  # no such day
        "Mon, 01 Mar 2027 24:00:00 +0000",
        "Mon, 01 Mar 2027 23:59:60 +0000",
        "Mon, 01 Mar 2027 23:59:59 -0000",
        "Mon, 01 Mar 2027 23:59:59 +2400",
        "Mon, 01 Mar 2027 23:59:59 +0099",
        "Mon, 01 Mar 2027 23:59:59 GMT",
        "Mon, 1 Mar 2027 23:59:59 +0000",
        "Mon, 01 Mar 27 23:59:59 +0000",
        "Mon, 01 Jan 0001 00:00:00 +0000",  # a two-digit year for the real parser: 2001
        "Mon, 01 Jan 0099 00:00:00 +0000",
        "Mon, 01 Mar 2027 23:59 +0000",
        "Mon, ٠١ Mar 2027 23:59:59 +0000",
        "01 Mar 2027 23:59:59 +0000",
        "",
    ]:
        _same_as_the_real_parser(text)


@given(
    st.sampled_from(["Mon,", "Sun,", "Xyz,"]),
    st.integers(0, 40),
    st.sampled_from(["Jan", "Feb", "Dec", "Foo"]),
    st.integers(0, 10000),
    st.integers(0, 99),
    st.integers(0, 99),
    st.integers(0, 99),
    st.sampled_from(["+", "-"]),
    st.integers(0, 9999),
)
def test_any_date_of_that_shape_reads_as_the_real_parser_reads_it(
    weekday: str,
    day: int,
    month: str,
    year: int,
    hour: int,
    minute: int,
    second: int,
    sign: str,
    zone: int,
) -> None:
    _same_as_the_real_parser(
        f"{weekday} {day:02} {month} {year:04} {hour:02}:{minute:02}:{second:02} {sign}{zone:04}"
    )

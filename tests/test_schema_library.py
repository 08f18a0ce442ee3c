"""The JSON Schema validator loaded without ``email.utils``: the same library, the same module after."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.survey.schema_library import _parsedate_to_datetime


def _run(code: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout


def test_the_command_line_loads_the_validator_without_email_and_socket() -> None:
    said = _run(
        """
import sys
from desktop.survey import schema_library
schema_library.allow_stand_in()
schema_library.load()
import jsonschema_rs
print("email.utils" in sys.modules, "socket" in sys.modules)
validator = jsonschema_rs.validator_for(
    {"type": "object", "properties": {"a": {"format": "email"}, "d": {"format": "date"}}},
    validate_formats=True,
)
print(sorted(e.message for e in validator.iter_errors({"a": "x@", "d": "2022-02-30"})))
print(repr(jsonschema_rs.jsonschema_rs.__build__["info-time"].tzinfo))
import email.utils
print(email.utils.format_datetime.__module__, "email.utils" in sys.modules)
"""
    )
    lines = said.splitlines()
    assert lines[0] == "False False"
    assert 'is not a "email"' in lines[1] and 'is not a "date"' in lines[1]
    assert lines[2] == "datetime.timezone.utc"
    assert lines[3] == "email.utils True"  # the real module, once asked for


def test_elsewhere_the_library_loads_as_it_is() -> None:
    said = _run(
        """
import sys
from desktop.survey import schema_library
schema_library.load()
print("email.utils" in sys.modules)
"""
    )
    assert said.split() == ["True"]


@pytest.mark.parametrize(
    "value",
    [
        "Thu, 12 Nov 2026 07:50:16 +0000",
        "Mon, 02 Mar 2026 23:05:09 -0130",
        "Tue, 1 Dec 2026 00:00:00 +0200",
        "1 Dec 2026 00:00:00 GMT",  # not a build time's form: read by email.utils itself
        "Tue, 1 Dec 2026 00:00:00 -0000",
    ],
)
def test_a_build_time_reads_as_email_utils_reads_it(value: str) -> None:
    from email.utils import parsedate_to_datetime

    assert _parsedate_to_datetime(value) == parsedate_to_datetime(value)
    assert (_parsedate_to_datetime(value).tzinfo is None) == (
        parsedate_to_datetime(value).tzinfo is None
    )

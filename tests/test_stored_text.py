"""Values and times are stored as text exactly as the standard library writes them."""

from __future__ import annotations

import json
import math
import time
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.storage.audit_rows import now_utc
from desktop.storage.stored_text import dump, parse

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53 - 1), max_value=2**53 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=5), children, max_size=4)
    ),
    max_leaves=12,
)


@given(JSON)
def test_a_value_is_stored_as_json_dumps_writes_it(value: object) -> None:
    assert dump(value) == json.dumps(  # type: ignore[arg-type]
        value, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )


@pytest.mark.parametrize("value", [math.nan, math.inf, [1.0, -math.inf]])
def test_a_number_json_cannot_hold_is_refused(value: object) -> None:
    with pytest.raises(ValueError):
        dump(value)  # type: ignore[arg-type]


@given(st.integers(min_value=0, max_value=253_402_300_799_999_999_999))
def test_the_time_is_written_as_datetime_writes_it(
    nanoseconds: int,
) -> None:
    expected = (
        datetime(1970, 1, 1, tzinfo=UTC) + timedelta(microseconds=nanoseconds // 1000)
    ).isoformat(timespec="milliseconds")
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(time, "time_ns", lambda: nanoseconds)
        assert now_utc() == expected


def test_now_is_now() -> None:
    before = datetime.now(UTC).isoformat(timespec="milliseconds")
    stamp = now_utc()
    after = datetime.now(UTC).isoformat(timespec="milliseconds")
    assert before <= stamp <= after


@given(JSON, st.sampled_from(["", " ", "\n", "\t "]), st.sampled_from(["", " ", "\n"]))
def test_stored_text_is_read_as_json_loads_reads_it(value: object, before: str, after: str) -> None:
    text = before + json.dumps(value) + after
    assert parse(text) == json.loads(text)


@pytest.mark.parametrize("text", ["", " ", "1 2", "[1,", "{} x", "nul", '"a', "[1]]"])
def test_text_that_is_not_json_is_refused_as_json_loads_refuses_it(text: str) -> None:
    with pytest.raises(json.JSONDecodeError) as expected:
        json.loads(text)
    with pytest.raises(json.JSONDecodeError) as raised:
        parse(text)
    assert str(raised.value) == str(expected.value)

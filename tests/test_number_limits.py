"""The largest number accepted is ±(2^53 − 1), the I-JSON safe range, wherever a number
comes in: typed, stored or read from a received file. 2^53 is refused as too large."""

from __future__ import annotations

import pytest
import rfc8785

from desktop import safejson
from desktop.i18n import Lang
from desktop.storage.limits import LimitError, check_value
from desktop.survey import Field, shipped_catalog
from desktop.survey.values import AnswerError, parse_answer

LARGEST = 2**53 - 1


def _rent() -> Field:
    section = shipped_catalog().round("2022-2").section("finances")
    assert section is not None
    return section.field("change_costs_2022")


@pytest.mark.parametrize(
    ("lang", "typed", "limit"),
    [
        ("fi", "9 007 199 254 740 992", "9\u00a0007\u00a0199\u00a0254\u00a0740\u00a0991"),
        ("sv", "9 007 199 254 740 991,5", "9\u00a0007\u00a0199\u00a0254\u00a0740\u00a0991"),
        ("en", "9,007,199,254,740,992", "9,007,199,254,740,991"),
    ],
)
def test_a_typed_two_to_the_53_is_refused_as_too_large(lang: Lang, typed: str, limit: str) -> None:
    field = _rent()
    with pytest.raises(AnswerError) as refused:
        parse_answer(field, typed, lang)
    assert refused.value.key == "survey.answer.too_large"
    assert limit in refused.value.message(lang)


def test_the_largest_accepted_number_is_written_by_rfc8785() -> None:
    value = parse_answer(_rent(), "9 007 199 254 740 991", "fi")
    assert value == LARGEST
    check_value(value)
    assert rfc8785.dumps({"a": value, "b": -value})


@pytest.mark.parametrize("value", [2**53, -(2**53), float(2**53)])
def test_storing_two_to_the_53_is_refused(value: float) -> None:
    with pytest.raises(LimitError):
        check_value(value)


def test_a_received_two_to_the_53_is_refused() -> None:
    assert safejson.loads(b"[9007199254740991, -9007199254740991]") == [LARGEST, -LARGEST]
    assert safejson.loads(b"9007199254740991.0") == LARGEST
    for text in (b"9007199254740992", b"-9007199254740992", b"9007199254740992.0"):
        with pytest.raises(safejson.SafeJsonError):
            safejson.loads(text)

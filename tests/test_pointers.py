"""Answer pointers are read exactly as RFC 6901 reads them, escaped or not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonpointer import JsonPointer, JsonPointerException

from desktop.jsonvalue import PointerError, split_pointer

# Slashes and tildes, and the escapes that name them, more often than chance would.
PARTS = st.lists(st.sampled_from(["a", "0", "1", "/", "~", "~0", "~1", "ä", " "]), max_size=4).map(
    "".join
)


@given(st.lists(PARTS, max_size=5), st.booleans())
def test_a_pointer_splits_as_the_library_splits_it(parts: list[str], leading: bool) -> None:
    pointer = ("/" if leading else "") + "/".join(parts)
    try:
        expected = JsonPointer(pointer).parts
    except JsonPointerException:
        with pytest.raises(PointerError):
            split_pointer(pointer)
        return
    assert split_pointer(pointer) == expected


def test_the_usual_pointers() -> None:
    assert split_pointer("/premises/premises/2/floor_area") == [
        "premises",
        "premises",
        "2",
        "floor_area",
    ]
    assert split_pointer("/a~1b/c~0d") == ["a/b", "c~d"]
    assert split_pointer("") == []
    with pytest.raises(PointerError):
        split_pointer("premises/x")

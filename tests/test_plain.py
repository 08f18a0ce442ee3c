"""Value classes (``desktop.plain``) behave as the frozen dataclasses they replace."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest

from desktop.plain import Plain


class Point(Plain, uncompared=("note",), unhashed=("tags",), unshown=("note",)):
    __slots__ = ("note", "tags", "x", "y")

    def __init__(self, x: int, y: int = 0, tags: list[str] | None = None, note: str = "") -> None:
        self.x = x
        self.y = y
        self.tags = [] if tags is None else tags
        self.note = note


@dataclass(frozen=True)
class Twin:
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list, hash=False)
    note: str = field(default="", compare=False, repr=False)


class Other(Plain):
    __slots__ = ("x", "y")

    def __init__(self, x: int, y: int = 0) -> None:
        self.x = x
        self.y = y


def test_equal_as_a_dataclass_is() -> None:
    assert Point(1, 2, note="a") == Point(1, 2, note="b")  # an uncompared field
    assert (Point(1, 2) == Point(1, 3)) == (Twin(1, 2) == Twin(1, 3)) is False
    assert Point(1, 2) != Other(1, 2)  # another class is never equal
    nan = float("nan")
    assert Point(1, nan) == Point(1, nan)  # the same object, as tuples compare
    assert (Point(1, nan) == Point(1, nan)) == (Twin(1, nan) == Twin(1, nan))


def test_hashed_by_the_compared_fields_but_the_unhashed() -> None:
    assert hash(Point(1, 2, ["a"])) == hash(Point(1, 2, ["b"]))
    assert len({Point(1, 2), Point(1, 2, note="x"), Point(2, 1)}) == 2
    assert {Point(1, 2): "p"}[Point(1, 2)] == "p"


def test_shown_as_a_dataclass_is() -> None:
    assert repr(Point(1, 2, ["a"], "n")) == "Point(x=1, y=2, tags=['a'])"
    assert repr(Twin(1, 2, ["a"], "n")) == "Twin(x=1, y=2, tags=['a'])"


def test_replaced_as_dataclasses_replaces() -> None:
    point = Point(1, 2, ["a"], "n")
    moved = point.replace(y=5)
    assert (moved.x, moved.y, moved.tags, moved.note) == (1, 5, ["a"], "n")
    assert moved.tags is point.tags  # as dataclasses.replace: the same values, not copies
    assert replace(Twin(1, 2, ["a"]), y=5).tags == ["a"]
    with pytest.raises(TypeError):
        point.replace(z=1)


def test_a_mutable_class_is_compared_not_hashed() -> None:
    class Box(Plain, mutable=True):
        __slots__ = ("items",)

        def __init__(self, items: list[int]) -> None:
            self.items = items

    assert Box([1]) == Box([1])
    with pytest.raises(TypeError):
        hash(Box([1]))


def test_every_parameter_must_be_a_slot() -> None:
    with pytest.raises(TypeError):

        class Wrong(Plain):
            __slots__ = ("x",)

            def __init__(self, x: int, y: int) -> None:
                self.x = x + y

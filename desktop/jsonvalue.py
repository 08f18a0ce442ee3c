"""JSON values and JSON Pointers (RFC 6901) as the answers use them.

An answer's address is a pointer into the round's answers:
``/premises/lease_status`` is a field, ``/premises/buildings/2/floor_area`` a
cell of a table. Pointers are parsed by the ``jsonpointer`` library; the small
copy-on-write edits below add what it lacks (appending a row by index,
removing a row).
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without loading typing (start-up time)
if TYPE_CHECKING:
    from typing import Final, TypeAlias
JSONValue: TypeAlias = "bool | int | float | str | list[JSONValue] | dict[str, JSONValue] | None"
JSONObject: TypeAlias = "dict[str, JSONValue]"


class _Missing:
    """No value at that address (distinct from a stored JSON null)."""

    _instance: _Missing | None = None

    def __new__(cls) -> _Missing:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "MISSING"

    def __bool__(self) -> bool:
        return False


MISSING: Final = _Missing()


class PointerError(ValueError):
    """A pointer that is malformed or does not fit the value it points into."""


def split_pointer(pointer: str) -> list[str]:
    if pointer.startswith("/") and "~" not in pointer:
        return pointer.split("/")[1:]  # nothing escaped: what the library returns, at once
    from jsonpointer import JsonPointer, JsonPointerException  # an escaped pointer: rare

    try:
        return list(JsonPointer(pointer).parts)
    except JsonPointerException as exc:
        raise PointerError(str(exc)) from exc


def join_pointer(parts: list[str] | tuple[str, ...]) -> str:
    from jsonpointer import JsonPointer  # loaded when a pointer is first written (start-up time)

    return str(JsonPointer.from_parts(list(parts)).path)


# More rows than any table holds; longer digit strings are not read as numbers at all.
_MAX_ROW_DIGITS: Final = 9


def is_row_number(part: str) -> bool:
    """Whether a pointer part is a row number: ASCII digits, no leading zero, not absurdly long.

    ``str.isdigit`` also takes "١" (an Arabic-Indic one) and "²"; those are never rows.
    """
    return (
        part.isascii()
        and part.isdigit()
        and len(part) <= _MAX_ROW_DIGITS
        and (len(part) == 1 or not part.startswith("0"))
    )


def _index(part: str, length: int, *, allow_append: bool) -> int:
    if not is_row_number(part):
        raise PointerError(f"{part!r} is not a row number")
    index = int(part)
    limit = length if allow_append else length - 1
    if index > limit:
        raise PointerError(f"row {index} does not exist")
    return index


def get_in(doc: JSONValue | _Missing, parts: list[str]) -> JSONValue | _Missing:
    current = doc
    for part in parts:
        if isinstance(current, dict):
            if part not in current:
                return MISSING
            current = current[part]
        elif isinstance(current, list):
            try:
                current = current[_index(part, len(current), allow_append=False)]
            except PointerError:
                return MISSING
        else:
            return MISSING
    return current


def set_in(doc: JSONValue | _Missing, parts: list[str], value: JSONValue) -> JSONValue:
    """A copy of ``doc`` with ``value`` at ``parts``; a row index equal to the length appends."""
    if not parts:
        # A text, number, true/false or null cannot change under the caller: no copy.
        if value is None or isinstance(value, str | int | float):
            return value
        import copy  # loaded when a list or an object is first copied (start-up time)

        return copy.deepcopy(value)
    head, rest = parts[0], parts[1:]
    if (doc is MISSING or doc is None) and head.isdigit():
        # Field names never start with a digit, so a number under nothing is a new table.
        doc = []
    if isinstance(doc, list):
        result_list = list(doc)
        index = _index(head, len(result_list), allow_append=True)
        child = result_list[index] if index < len(result_list) else ({} if rest else MISSING)
        new_child = set_in(child, rest, value)
        if index == len(result_list):
            result_list.append(new_child)
        else:
            result_list[index] = new_child
        return result_list
    if isinstance(doc, dict) or doc is MISSING or doc is None:
        result = dict(doc) if isinstance(doc, dict) else {}
        result[head] = set_in(result.get(head, MISSING), rest, value)
        return result
    raise PointerError(f"cannot go into a {type(doc).__name__} at {head!r}")


def remove_in(doc: JSONValue | _Missing, parts: list[str]) -> JSONValue | _Missing:
    """A copy of ``doc`` without the value at ``parts`` (a removed row closes the gap)."""
    if not parts:
        return MISSING
    head, rest = parts[0], parts[1:]
    if isinstance(doc, list):
        result_list = list(doc)
        index = _index(head, len(result_list), allow_append=False)
        if rest:
            child = remove_in(result_list[index], rest)
            result_list[index] = None if isinstance(child, _Missing) else child
        else:
            del result_list[index]
        return result_list
    if isinstance(doc, dict):
        if head not in doc:
            return doc
        result = dict(doc)
        if rest:
            child = remove_in(result[head], rest)
            if isinstance(child, _Missing):
                del result[head]
            else:
                result[head] = child
        else:
            del result[head]
        return result
    raise PointerError(f"nothing to remove at {head!r}")

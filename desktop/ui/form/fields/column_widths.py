"""A table's column widths within the room it has: figures whole, the rest sharing alike.

Plain arithmetic on widths in pixels, apart from the editor that measures them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


def shared_out(wants: list[int], available: int, least: int) -> list[int]:
    """Widths within ``available``: every column its want up to one common cap, the widest
    columns cut to that cap (and never below ``least``)."""
    remaining, cap = available, max(wants)
    for done, want in enumerate(sorted(wants)):
        left = len(wants) - done  # columns not yet given their want, the narrowest first
        if want * left > remaining:
            cap = remaining // left  # the rest share what is left alike
            break
        remaining -= want
    return [max(least, min(w, cap)) for w in wants]


def fitted(wants: list[int], whole: list[int], available: int, least: int) -> list[int]:
    """Widths within ``available`` for columns that want ``wants``; a column with a
    ``whole`` width (figures, dates) gets at least that, so its values show whole, and the
    others share what is left (see ``shared_out``). Room still left widens the headings of
    the whole columns, up to their wants."""
    firm = [i for i, need in enumerate(whole) if need]
    loose = [i for i, need in enumerate(whole) if not need]
    widths = list(whole)
    if loose:
        room = max(available - sum(whole), least * len(loose))
        for i, width in zip(loose, shared_out([wants[i] for i in loose], room, least), strict=True):
            widths[i] = width
    spare = available - sum(widths)
    for i in firm:
        extra = min(spare, wants[i] - widths[i])
        if extra > 0:
            widths[i] += extra
            spare -= extra
    return widths


def floored(widths: list[int], floors: list[int], available: int) -> list[int]:
    """``widths`` raised to their ``floors``, the room that takes cut from the widest
    columns first (never below their floors): the sum stays within ``available`` while
    the floors allow."""
    widths = [max(w, f) for w, f in zip(widths, floors, strict=True)]
    excess = sum(widths) - available
    while excess > 0:
        cuttable = [i for i, (w, f) in enumerate(zip(widths, floors, strict=True)) if w > f]
        if not cuttable:
            break  # every column at its floor: the table scrolls sideways
        index = max(cuttable, key=lambda i: widths[i])
        next_widest = max((widths[i] for i in cuttable if i != index), default=0)
        cut = min(excess, widths[index] - floors[index], max(widths[index] - next_widest, 1))
        widths[index] -= cut
        excess -= cut
    return widths


@dataclass(frozen=True)
class Needs:
    """What one column asks for, in pixels.

    ``want``: its content and heading whole. ``whole``: a figure's or a date's column is
    never narrower (0 for a text). ``floor``: never narrower, whatever the room (a heading's
    longest word whole). How far its values read, each only up to ``want``: ``readable`` at
    ease (some twenty letters of the first column, a dozen of a choice), ``legible`` where
    room is short (sixteen, ten), ``scant`` at a pinch, rather than scroll sideways.
    ``weight``: its part of room to spare.
    """

    want: int
    whole: int = 0
    floor: int = 0
    readable: int = 0
    legible: int = 0
    scant: int = 0
    weight: float = 2.0


def laid_out(columns: Sequence[Needs], available: int, least: int) -> list[int]:
    """The widths of ``columns`` in a view ``available`` wide, the last reaching its edge.

    Room for every want: the spare goes by weight. Less: figures whole, the widest texts
    cut first (see ``fitted``) but none below its readable width; as room runs short the
    readable widths narrow alike to the legible ones, and then to the scant ones. Not even
    those fit: every column at its legible width, and the table scrolls sideways."""
    if not columns:
        return []
    wants = [c.want for c in columns]
    weights = [c.weight for c in columns]
    if sum(wants) <= available:
        return _spread(wants, available - sum(wants), weights)

    def level(width: int, c: Needs) -> int:
        return max(c.floor, c.whole, min(c.want, width))

    readable = [level(c.readable, c) for c in columns]
    legible = [min(level(c.legible, c), r) for c, r in zip(columns, readable, strict=True)]
    scant = [min(level(c.scant, c), g) for c, g in zip(columns, legible, strict=True)]
    if sum(scant) > available:
        floors = legible  # past that the table scrolls sideways, a whole column at a time
    elif sum(legible) > available:
        floors = _between(scant, legible, available)
    else:
        floors = _between(legible, readable, available)
    widths = floored(fitted(wants, [c.whole for c in columns], available, least), floors, available)
    widths[-1] += max(available - sum(widths), 0)
    return widths


def _spread(widths: list[int], spare: int, weights: list[float]) -> list[int]:
    """``spare`` added to ``widths`` by ``weights``, what rounding leaves to the last one."""
    total = sum(weights) or 1.0
    widths = [w + int(spare * g / total) for w, g in zip(widths, weights, strict=True)]
    widths[-1] += spare - sum(int(spare * g / total) for g in weights)
    return widths


def _between(low: list[int], high: list[int], available: int) -> list[int]:
    """Widths from ``low`` to ``high`` (each ``low`` at most its ``high``), all as far
    along as ``available`` allows: ``high`` when it fits, ``low`` when not even that does."""
    if sum(high) <= available:
        return list(high)
    if sum(low) >= available:
        return list(low)
    share = (available - sum(low)) / (sum(high) - sum(low))
    return [lo + int((hi - lo) * share) for lo, hi in zip(low, high, strict=True)]

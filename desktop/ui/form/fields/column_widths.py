"""A table's column widths within the room it has: figures whole, the rest sharing alike.

Plain arithmetic on widths in pixels, apart from the editor that measures them.
"""

from __future__ import annotations


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

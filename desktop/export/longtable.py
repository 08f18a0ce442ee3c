"""A table of many rows laid out page by page, in time proportional to its rows.

reportlab's ``Table`` splits at a page end by making a new table of all the
rows left and copying every style command into it, so a table of n rows
over p pages costs n × p. ``RowsTable`` gives reportlab a window of the rows
only: enough of them to fill the page at hand, the header repeated above.
reportlab decides the split on the window exactly as it would on the whole
table (the rows past the page end are never looked at), and the rows after
the split become the next window. The pages come out the same as from one
big ``Table``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any, Final

from reportlab.platypus import Flowable, Table

from desktop.export.markup import table_style

Command = tuple[Any, ...]

_FIRST_WINDOW: Final = 24
# Asked how tall it is with no limit (a KeepTogether does), a table measures only
# this far: taller than any page either way, which is all the answer decides.
_TALLEST: Final = 4000.0


@dataclass(frozen=True)
class Line:
    """One row of the table, with the style commands of that row alone.

    The commands' cell coordinates use row 0 for this row; ``height`` fixes
    the row's height (the rest of a row split across a page end keeps the
    height reportlab gave it).
    """

    cells: Sequence[object]
    commands: Sequence[Command] = ()
    height: float | None = None


def _at_row(command: Command, row: int) -> Command:
    op, (c0, _r0), (c1, _r1), *rest = command
    return (op, (c0, row), (c1, row), *rest)


class RowsTable(Flowable):  # type: ignore[misc]
    """``header`` repeated on every page above ``lines``, styled by ``style`` and each line's own."""

    def __init__(
        self,
        header: Sequence[object],
        lines: Sequence[Line],
        *,
        col_widths: Sequence[float],
        style: Sequence[Command],
        split_in_row: int,
        space_after: float | None = None,
        window: int = _FIRST_WINDOW,
    ) -> None:
        super().__init__()
        self._header = list(header)
        self._lines = list(lines)
        self._widths = list(col_widths)
        self._style = list(style)
        self._split_in_row = split_in_row
        self._window = max(window, 2)
        self._table: Table | None = None
        self._covers = 0  # lines in self._table
        self._fitted: tuple[float, float] | None = None
        self._fitted_width = 0.0
        self._header_height: float | None = None
        self.hAlign = "LEFT"
        if space_after is not None:
            self.spaceAfter = space_after

    def _make(self, count: int) -> Table:
        lines = self._lines[:count]
        commands = list(self._style)
        for row, line in enumerate(lines, start=1):
            commands += [_at_row(c, row) for c in line.commands]
        table = Table(
            [self._header, *[list(line.cells) for line in lines]],
            colWidths=self._widths,
            rowHeights=[self._header_height, *[line.height for line in lines]],
            repeatRows=1,
            hAlign="LEFT",
            splitInRow=self._split_in_row,
            spaceAfter=getattr(self, "spaceAfter", None),
        )
        table.setStyle(table_style(commands))
        return table

    def _measure(self, height: float) -> int:
        """Measure lines until they overflow ``height``; how many lines that takes (or all)."""
        while True:
            used = self._header_height or 0.0
            for count, line in enumerate(self._lines, start=1):
                if line.height is None:
                    break
                used += line.height
                if used > height:
                    return count
            else:
                return len(self._lines)
            # Let reportlab measure the next lines (it stops at the first that overflows).
            start = count - 1
            table = self._make(min(start + self._window, len(self._lines)))
            table.wrap(self._fitted_width, height)
            measured = table._rowHeights
            self._header_height = measured[0]
            for index in range(start, len(measured) - 1):
                if measured[index + 1] is not None and self._lines[index].height is None:
                    self._lines[index] = replace(self._lines[index], height=measured[index + 1])
            self._window *= 2

    def _fit(self, width: float, height: float) -> Table:
        """The lines up to the first that overflows ``height`` (or all), as a wrapped table.

        reportlab measures a long table only up to that line too, so it splits
        this one where it would split the whole table. Lines measured once keep
        their height (the same reportlab would compute again).
        """
        height = min(height, _TALLEST)
        if self._table is not None and self._fitted == (width, height):
            return self._table
        self._fitted_width = width
        count = self._measure(height)
        table = self._make(count)
        table.wrap(width, height)
        self._table, self._covers, self._fitted = table, count, (width, height)
        return table

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        table = self._fit(availWidth, availHeight)
        self.width, self.height = table._width, table._height
        return self.width, self.height

    def draw(self) -> None:
        assert self._table is not None
        self._table.drawOn(self.canv, 0, 0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        table = self._fit(availWidth, availHeight)
        parts: list[Flowable] = table.split(availWidth, availHeight)
        if len(parts) != 2:
            return parts  # [] (nothing fits here) or the whole table
        first, rest = parts
        shown = first._nrows - 1  # lines on this page, the last one perhaps in part
        left = rest._nrows - 1  # lines of the window left for the next page
        lines = self._lines[self._covers - left :]
        if shown + left > self._covers:  # a line was split: its second part comes first
            lines[0] = replace(lines[0], cells=rest._cellvalues[1], height=rest._argH[1])
        after = getattr(self, "spaceAfter", None)
        following = RowsTable(
            self._header,
            lines,
            col_widths=self._widths,
            style=self._style,
            split_in_row=self._split_in_row,
            space_after=after,
            window=2 * shown + 2,
        )
        return [first, following]

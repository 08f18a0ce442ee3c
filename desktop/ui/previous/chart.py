"""A repeated number question over the rounds, drawn with QPainter (no charting library).

The values stand against a value axis of round steps from zero (or from below the least
value) over the greatest (``desktop.review.chart_axis``, as in the comparison PDF), each
step labelled as the answers are written; a legend says what the two kinds of dot mean: a
submission's value, and a value as it is now, not sent.
Any finite number draws: one too long to write beside its dot (5e-324 written out is 0,
323 zeros and a 5) is shortened in the middle, and the whole of it is told to a screen
reader.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.review.chart_axis import value_axis

LINE = QColor("#1F4E79")
UNSENT = QColor("#7a4f00")
GRID = QColor(128, 128, 128, 60)
DOT = 4  # a dot's radius


def _plain(value: float) -> str:
    return f"{value:g}"


class RoundsChart(QWidget):
    """Points (round, value) joined by a line; a round without an answer is a gap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundsChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.points: list[tuple[str, float | None, str, bool]] = []
        self.say: Callable[[float], str] = _plain

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def set_points(
        self,
        points: Sequence[tuple[str, float | None, str, bool]],
        say: Callable[[float], str] = _plain,
    ) -> None:
        """(round, value, the value as shown, sent) per round, oldest first; ``say`` writes
        a value of the axis as the answers are written."""
        # No stored answer is infinite or NaN (the readers refuse them); were one given, it
        # is a gap rather than an axis without end.
        self.points = [
            (r, v if v is None or math.isfinite(v) else None, shown, sent)
            for r, v, shown, sent in points
        ]
        self.say = say
        sent, unsent = self.legend()
        self.setAccessibleDescription(
            "; ".join(
                f"{r}: {shown} ({sent if was_sent else unsent})"
                for r, value, shown, was_sent in self.points
                if value is not None
            )
        )
        self.update()

    def legend(self) -> list[str]:
        """What a filled and a hollow dot mean."""
        return [self.tr("lähetetty"), self.tr("ei lähetetty (vastaukset nyt)")]

    def ticks(self) -> list[tuple[float, str]]:
        """The value axis: each step's value and its label."""
        values = [v for _, v, _, _ in self.points if v is not None]
        if not values:
            return []
        return [(value, self.say(value)) for value in value_axis(values).marks]

    def _area(self) -> QRectF:
        """Where the values are drawn: within the axes (a label of the value axis wider than
        two fifths of the chart is shortened)."""
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(label) for _v, label in self.ticks()), default=0)
        axis = min(widest, self.width() * 2 // 5)
        top = 2 * metrics.height() + 16  # the legend, and the label above a top value
        return QRectF(self.rect()).adjusted(axis + 12, top, -8, -2 * metrics.height())

    def _columns(self, area: QRectF) -> tuple[list[float], float]:
        """Where each round stands across ``area``, and the half-width of its labels: half
        of the widest label, so that none is cut at the edge or drawn over the axis, but no
        more than half of a round's share of the width."""
        metrics = self.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(t) for p in self.points for t in (p[0], p[2])), default=0
        )
        count = len(self.points)
        side = min(widest / 2 + 8, area.width() / max(count, 1) / 2)
        rounds = area.adjusted(side, 0, -side, 0)
        if count == 1:
            return [rounds.center().x()], side
        step = rounds.width() / max(count - 1, 1)
        return [rounds.left() + step * index for index in range(count)], side

    def y_of(self, value: float) -> float:
        """Where ``value`` is drawn, from the top."""
        area = self._area()
        ticks = self.ticks()
        if not ticks:
            return area.bottom()
        low, high = ticks[0][0], ticks[-1][0]
        # Halves: from -1e308 to 1e308 is a span beyond what a float holds.
        share = (value / 2 - low / 2) / ((high / 2 - low / 2) or 1.0)
        return area.bottom() - share * area.height()

    def dots(self) -> list[tuple[QPointF, str]]:
        """Each answered round's dot and the value written above it, shortened in the
        middle to its round's room (0,000…0005 €), so that it runs into no other."""
        columns, side = self._columns(self._area())
        metrics = self.fontMetrics()
        found = []
        for x, (_round, value, shown, _sent) in zip(columns, self.points, strict=True):
            if value is None:
                continue
            label = metrics.elidedText(shown, Qt.TextElideMode.ElideMiddle, int(2 * side))
            found.append((QPointF(x, self.y_of(value)), label))
        return found

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt's name
        painter = QPainter(self)
        try:  # an exception with the painter still open takes the whole program down
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        base = self.palette().color(QPalette.ColorRole.Base)
        metrics = painter.fontMetrics()
        area = self._area()
        ticks = self.ticks()
        if not self.points or not ticks or area.width() <= 0 or area.height() <= 0:
            return
        height = metrics.height()
        # The value axis: a line at each step, labelled at the left.
        for mark, label in ticks:
            y = self.y_of(mark)
            painter.setPen(QPen(GRID, 1))
            painter.drawLine(QPointF(area.left(), y), QPointF(area.right(), y))
            painter.setPen(text_colour)
            room = area.left() - 8
            painter.drawText(
                QRectF(0, y - height / 2, room, height),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(label, Qt.TextElideMode.ElideMiddle, int(room)),
            )
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(area.topLeft(), area.bottomLeft())
        painter.drawLine(QPointF(area.left(), self.y_of(0)), QPointF(area.right(), self.y_of(0)))
        # The legend: a filled dot and a hollow one.
        x = area.left()
        for meaning, filled in zip(self.legend(), (True, False), strict=True):
            centre = QPointF(x + DOT, 4 + height / 2)
            painter.setPen(QPen(LINE if filled else UNSENT, 2))
            painter.setBrush(LINE if filled else base)
            painter.drawEllipse(centre, DOT, DOT)
            painter.setPen(text_colour)
            painter.drawText(QPointF(x + 2 * DOT + 6, 4 + metrics.ascent()), meaning)
            x += 2 * DOT + 6 + metrics.horizontalAdvance(meaning) + 24
        columns, side = self._columns(area)
        dots = iter(self.dots())
        previous: QPointF | None = None
        for x, (round_id, value, _shown, sent) in zip(columns, self.points, strict=True):
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(x - side, area.bottom() + 4, 2 * side, height * 1.5),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                metrics.elidedText(round_id, Qt.TextElideMode.ElideMiddle, int(2 * side)),
            )
            if value is None:
                previous = None
                continue
            point, label = next(dots)
            if previous is not None:
                painter.setPen(QPen(LINE, 2))
                painter.drawLine(previous, point)
            painter.setPen(QPen(LINE if sent else UNSENT, 2))
            painter.setBrush(LINE if sent else base)
            painter.drawEllipse(point, DOT, DOT)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(point.x() - side, point.y() - height - 6, 2 * side, height),
                Qt.AlignmentFlag.AlignHCenter,
                label,
            )
            previous = point

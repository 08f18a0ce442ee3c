"""A repeated number question over the rounds, drawn with QPainter (no charting library)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

LINE = QColor("#1F4E79")
UNSENT = QColor("#7a4f00")


class RoundsChart(QWidget):
    """Points (round, value) joined by a line; a round without an answer is a gap."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roundsChart")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.points: list[tuple[str, float | None, str, bool]] = []

    def sizeHint(self) -> QSize:
        return QSize(480, 260)

    def set_points(self, points: Sequence[tuple[str, float | None, str, bool]]) -> None:
        """(round, value, the value as shown, sent) per round, oldest first."""
        self.points = list(points)
        self.setAccessibleDescription(
            "; ".join(f"{r}: {shown}" for r, value, shown, _ in self.points if value is not None)
        )
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().color(QPalette.ColorRole.WindowText)
        metrics = painter.fontMetrics()
        # Room at the sides for half of the widest label, so none is cut at the edge.
        widest = max(
            (metrics.horizontalAdvance(t) for p in self.points for t in (p[0], p[2])), default=0
        )
        side = widest / 2 + 8
        area = QRectF(self.rect()).adjusted(
            side, metrics.height() + 12, -side, -2 * metrics.height()
        )
        values = [v for _, v, _, _ in self.points if v is not None]
        if not self.points or not values or area.width() <= 0 or area.height() <= 0:
            painter.end()
            return
        low, high = min(0.0, min(values)), max(values)
        span = (high - low) or 1.0
        step = area.width() / max(len(self.points) - 1, 1)
        painter.setPen(QPen(text_colour, 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())

        def at(index: int, value: float) -> QPointF:
            x = area.left() + (step * index if len(self.points) > 1 else area.width() / 2)
            return QPointF(x, area.bottom() - (value - low) / span * area.height())

        previous: QPointF | None = None
        for index, (round_id, value, shown, sent) in enumerate(self.points):
            x = at(index, low).x()
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(x - side, area.bottom() + 4, 2 * side, metrics.height() * 1.5),
                Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                round_id,
            )
            if value is None:
                previous = None
                continue
            point = at(index, value)
            if previous is not None:
                painter.setPen(QPen(LINE, 2))
                painter.drawLine(previous, point)
            painter.setPen(QPen(LINE if sent else UNSENT, 2))
            painter.setBrush(LINE if sent else self.palette().color(QPalette.ColorRole.Base))
            painter.drawEllipse(point, 4, 4)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(
                    point.x() - side, point.y() - metrics.height() - 6, 2 * side, metrics.height()
                ),
                Qt.AlignmentFlag.AlignHCenter,
                shown,
            )
            previous = point
        painter.end()

"""The left pane: which round, and its sections with how much of each is answered."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QIcon, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QWidget,
)

from desktop.i18n import Lang, pick
from desktop.survey import Round, RoundStatus
from desktop.survey.formatting import format_date, format_local_time
from desktop.ui.focus_frame import frame_focus
from desktop.ui.size_watch import SizeWatchingLayout
from desktop.ui.translations import fill
from desktop.untrusted import escape

if TYPE_CHECKING:
    from desktop.survey.model import RoundListing

SECTION_ROLE = Qt.ItemDataRole.UserRole + 1
ROUND_PADDING = 4  # room round an entry's lines in the round list


def _open_circle(size: int, colour: QColor) -> QIcon:
    """The mark of a section still to be answered (drawn when one is shown: start-up time)."""
    from PySide6.QtGui import QPainter, QPen, QPixmap

    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1.5))
    margin = size // 5
    painter.drawEllipse(margin, margin, size - 2 * margin, size - 2 * margin)
    painter.end()
    return QIcon(pixmap)


class _RoundList(QListWidget):
    """The rounds' list; says when its items' room changes.

    A view lays out its scroll bars anew (``updateGeometries``) when it is resized, so
    this needs no event handler: a ``resizeEvent`` or event filter in Python makes
    PySide6 build the event classes, and a filter on the viewport every widget
    class, at start-up."""

    resized = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._size = QSize()

    def updateGeometries(self) -> None:  # Qt's name
        super().updateGeometries()
        if self.size() != self._size:
            self._size = self.size()
            self.resized.emit()


class Navigation(QWidget):
    """A round chooser above the list of the chosen round's sections."""

    round_chosen = Signal(str)
    section_chosen = Signal(str)

    def __init__(
        self,
        rounds: Sequence[RoundListing],
        lang: Lang,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rounds = list(rounds)
        self.lang: Lang = lang
        self.today = today
        self.current: Round | None = None
        self.progress: Mapping[str, tuple[int, int]] = {}
        self.problems: Mapping[str, int] = {}
        self.submitted: set[str] = set()  # rounds locked by a submission
        # Rounds reopened for a correction: the number of their last submission.
        self.corrected: dict[str, int] = {}
        self.round_label = QLabel(self)
        # A list rather than a drop-down: the rounds' titles are long and start alike.
        self.round_list = _RoundList(self)
        self.round_list.setObjectName("roundList")
        self.round_list.setWordWrap(True)
        self.round_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.round_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.round_list.setSpacing(2)
        self.round_list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.round_label.setBuddy(self.round_list)
        # After the list has laid out its items at the new width.
        self.round_list.resized.connect(lambda: QTimer.singleShot(0, self._fit_rounds))
        self.sections_label = QLabel(self)
        self.sections = QListWidget(self)
        self.sections.setObjectName("sectionList")
        frame_focus(self.round_list)
        frame_focus(self.sections)
        self.sections.setWordWrap(True)
        self.sections.setSpacing(2)
        small = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.sections.setIconSize(QSize(small, small))  # every icon the same, titles aligned
        self.sections_label.setBuddy(self.sections)
        bold = self.sections_label.font()
        bold.setWeight(QFont.Weight.DemiBold)
        self.round_label.setFont(bold)
        self.sections_label.setFont(bold)
        layout = SizeWatchingLayout(self, self._resized)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.round_label)
        layout.addWidget(self.round_list)
        layout.addSpacing(8)
        layout.addWidget(self.sections_label)
        layout.addWidget(self.sections, 1)
        for rnd in self.rounds:
            item = QListWidgetItem(self.round_list)
            item.setData(SECTION_ROLE, rnd.id)
        self.round_list.currentItemChanged.connect(self._round_changed)
        self.sections.currentItemChanged.connect(self._section_changed)
        self.retranslate()

    # -- choosing ------------------------------------------------------------

    def _round_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        round_id = item.data(SECTION_ROLE) if item is not None else None
        if isinstance(round_id, str) and (self.current is None or self.current.id != round_id):
            self.round_chosen.emit(round_id)

    def _section_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.section_chosen.emit(item.data(SECTION_ROLE))

    def show_round(self, rnd: Round, progress: Mapping[str, tuple[int, int]]) -> None:
        self.current = rnd
        blocked = self.round_list.blockSignals(True)
        self.round_list.setCurrentRow([r.id for r in self.rounds].index(rnd.id))
        self.round_list.blockSignals(blocked)
        blocked = self.sections.blockSignals(True)
        self.sections.clear()
        for section in rnd.sections:
            item = QListWidgetItem(self.sections)
            item.setData(SECTION_ROLE, section.id)
        self.sections.blockSignals(blocked)
        self.set_progress(progress)
        self._round_texts()

    def set_rounds(self, rounds: Sequence[RoundListing]) -> None:
        """The rounds offered (a round was added), the chosen one still chosen."""
        self.rounds = list(rounds)
        blocked = self.round_list.blockSignals(True)
        self.round_list.clear()
        for rnd in self.rounds:
            item = QListWidgetItem(self.round_list)
            item.setData(SECTION_ROLE, rnd.id)
        ids = [r.id for r in self.rounds]
        if self.current is not None and self.current.id in ids:
            self.round_list.setCurrentRow(ids.index(self.current.id))
        self.round_list.blockSignals(blocked)
        self._round_texts()

    def current_section(self) -> str | None:
        item = self.sections.currentItem()
        section = item.data(SECTION_ROLE) if item is not None else None
        return section if isinstance(section, str) else None

    def select_section(self, section_id: str) -> None:
        for row in range(self.sections.count()):
            item = self.sections.item(row)
            if item.data(SECTION_ROLE) == section_id:
                if self.sections.currentRow() != row:
                    self.sections.setCurrentRow(row)
                return

    def step(self, delta: int) -> None:
        """The next (+1) or previous (-1) section."""
        count = self.sections.count()
        if count:
            self.sections.setCurrentRow((self.sections.currentRow() + delta) % count)

    # -- texts ---------------------------------------------------------------

    def set_progress(
        self,
        progress: Mapping[str, tuple[int, int]],
        problems: Mapping[str, int] | None = None,
    ) -> None:
        """Answered / required per section, and how many problems each has."""
        self.progress = dict(progress)
        if problems is not None:
            self.problems = dict(problems)
        if self.current is None:
            return
        style = self.style()
        done = style.standardIcon(QStyle.StandardPixmap.SP_DialogApplyButton)
        wrong = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        todo: QIcon | None = None  # drawn when a section is still to be answered
        for row, section in enumerate(self.current.sections):
            item = self.sections.item(row)
            answered, required = self.progress.get(section.id, (0, 0))
            count = fill(self.tr("%1 / %2 vastattu"), answered, required)
            faults = self.problems.get(section.id, 0)
            if faults:
                count += ", " + self.tr("%n korjattavaa", "", faults)
            item.setText(f"{pick(section.title, self.lang)}\n{count}")
            item.setToolTip(count)
            # A tick when done, a warning while something is wrong, an open circle until then.
            if faults:
                icon = wrong
            elif answered >= required:
                icon = done
            else:
                if todo is None:
                    colour = self.palette().color(QPalette.ColorRole.Mid)
                    todo = _open_circle(self.sections.iconSize().width(), colour)
                icon = todo
            item.setIcon(icon)

    def status_text(self, rnd: RoundListing) -> str:
        status = rnd.status(self.today)
        if status is RoundStatus.OPEN:
            return self.tr("avoinna")
        if status is RoundStatus.UPCOMING:
            return self.tr("tulossa")
        return self.tr("päättynyt")

    def set_submitted(self, round_id: str, locked: bool, sent: int | None = None) -> None:
        """Whether the round is locked by a submission; ``sent``: the number of the last
        submission of a round reopened for a correction."""
        corrected = None if locked else sent
        if (round_id in self.submitted) != locked or self.corrected.get(round_id) != corrected:
            if locked:
                self.submitted.add(round_id)
            else:
                self.submitted.discard(round_id)
            if corrected is None:
                self.corrected.pop(round_id, None)
            else:
                self.corrected[round_id] = corrected
            self._round_texts()

    def _round_texts(self) -> None:
        for index, rnd in enumerate(self.rounds):
            item = self.round_list.item(index)
            when = f"{format_date(rnd.opens)}–{format_date(rnd.closes)}"
            status = self.status_text(rnd)
            if rnd.id in self.submitted:
                status += " · " + self.tr("lähetetty")
            elif rnd.id in self.corrected:
                said = self.tr("korjauksessa, lähetys %1 tehty")
                status += " · " + fill(said, self.corrected[rnd.id])
            origin = rnd.origin
            if origin is not None:
                # A round added from a package says so, and when; the tooltip says by whom.
                try:
                    added_at = format_local_time(origin.added_at)
                except ValueError:  # a stored time that is no time: unknown
                    added_at = "?"
                status += " · " + fill(self.tr("lisätty %1"), added_at.split(" ")[0])
                tip = self.tr("Lisätty kierrospaketista %1; allekirjoittaja %2, sormenjälki %3")
                signer = escape(origin.signer_name)
                item.setToolTip(fill(tip, added_at, signer, origin.signer_fingerprint))
            item.setText(f"{escape(pick(rnd.title, self.lang))}\n{when} · {status}")
        if self.isVisible():
            self._fit_rounds()  # otherwise the first resize does it

    def _fit_rounds(self) -> None:
        # As tall as its rounds, so the sections below get the rest of the pane; at most half
        # the pane, scrolled beyond that. A list that fits shows no scroll bar: a bar coming
        # and going would narrow the list, wrap its titles anew and refit it without end.
        listing = self.round_list
        count = listing.count()
        if not count:
            return
        inside = listing.width() - 2 * listing.frameWidth()
        wanted, most = self._measure_rounds(inside)
        if wanted > most:  # scrolled: the bar takes its width from the entries
            bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, listing)
            wanted, most = self._measure_rounds(inside - bar)
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff
            if wanted <= most
            else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        if listing.verticalScrollBarPolicy() != policy:
            listing.setVerticalScrollBarPolicy(policy)
        height = min(wanted, most)
        if listing.height() != height or listing.minimumHeight() != height:
            listing.setFixedHeight(height)
        # The chosen round whole in view: its entry grew or moved (a correction begun, the
        # width changed), and End or Home on it would not scroll, as it is chosen already.
        current = listing.currentItem()
        if current is not None and wanted > most:
            listing.scrollToItem(current)

    def _measure_rounds(self, inside: int) -> tuple[int, int]:
        """Each entry as tall as its lines need at the width they are drawn at (``inside``
        the list's frame and scroll bar); the list's height wanted, and the most it gets.

        QListView measures wrapped entries at a width of its own, which may differ from the
        one they are drawn at: the first entry came out wider and shorter than laid out, its
        date line cut ("17.1.2022–15.2.2022 · …") above a blank gap. Sizes set on the items,
        not a delegate in Python: that would build the item views' classes before the
        first screen."""
        listing = self.round_list
        width = max(inside - 2 * listing.spacing(), 40)
        metrics = listing.fontMetrics()
        room = QRect(0, 0, width - 2 * ROUND_PADDING, 1_000_000)
        for row in range(listing.count()):
            item = listing.item(row)
            lines = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text())
            item.setSizeHint(QSize(width, lines.height() + 2 * ROUND_PADDING))
        listing.doItemsLayout()
        last = listing.visualItemRect(listing.item(listing.count() - 1))
        bottom = last.bottom() + listing.verticalScrollBar().value()
        wanted = bottom + 8 + 2 * listing.frameWidth()
        most = max(self.height() // 2, listing.visualItemRect(listing.item(0)).height())
        return wanted, most

    def retranslate(self) -> None:
        self.round_label.setText(self.tr("Kyselykie&rros"))
        self.sections_label.setText(self.tr("O&siot"))
        self._round_texts()
        self.set_progress(self.progress)

    def _resized(self, size: QSize, old: QSize | None) -> None:
        if old is None or size.height() != old.height():
            QTimer.singleShot(0, self._fit_rounds)  # half of a new height

    def set_lang(self, lang: Lang) -> None:
        self.lang = lang
        self.retranslate()

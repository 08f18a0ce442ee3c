"""The validation panel: every problem of the round, grouped by section; activating one jumps to it.

Errors (to fix before sending) come first; warnings (to check, and to
explain if the answer stands) are listed after them under a heading of
their own, and the warnings the user confirmed with an explanation last,
quietly: they are settled.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import Lang, pick
from desktop.jsonvalue import split_pointer
from desktop.survey import Round
from desktop.ui.announce import announce
from desktop.ui.focus_frame import frame_focus
from desktop.ui.translations import fill

if TYPE_CHECKING:
    # Built by PySide6 when first touched: these wait for the first problem listed.
    from PySide6.QtCore import QModelIndex, QPersistentModelIndex
    from PySide6.QtWidgets import QStyleOptionViewItem

    from desktop.survey.validation import Problem

POINTER_ROLE = Qt.ItemDataRole.UserRole + 1
WARNING_ROLE = Qt.ItemDataRole.UserRole + 2
SHOWN_PER_SECTION = 100  # a thousand empty rows must not make a thousand entries


class Entry:
    """One line of the panel: where the problem is and what to do."""

    # A plain class: a dataclass compiles its methods at every start (start-up time).
    __slots__ = ("pointer", "section_id", "settled", "text", "warning")

    def __init__(
        self,
        pointer: str,
        section_id: str,
        text: str,
        warning: bool = False,
        settled: bool = False,  # a warning the user confirmed with an explanation
    ) -> None:
        self.pointer = pointer
        self.section_id = section_id
        self.text = text
        self.warning = warning
        self.settled = settled


class _Wrapped(QStyledItemDelegate):
    """Each line as tall as its sentence needs at the list's present width.

    QListView measures wrapped items once, at whatever width it had then (before its
    scroll bar came, or the dock was narrowed), and cuts the text short afterwards."""

    PADDING = 4

    def __init__(self, view: QListWidget) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = max(self.view.viewport().width() - 2 * self.view.spacing(), 40)
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font) if isinstance(font, QFont) else option.fontMetrics
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        room = QRect(0, 0, width - 2 * self.PADDING, 1_000_000)
        height = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, text).height()
        return QSize(width, height + 2 * self.PADDING)


class _WrappingList(QListWidget):
    # Told by ``updateGeometries``, which a view calls when it is resized: a ``resizeEvent``
    # in Python would make PySide6 build the event classes at start-up.
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._width = -1

    def updateGeometries(self) -> None:  # Qt's name
        super().updateGeometries()
        if self.width() != self._width:
            self._width = self.width()
            self.doItemsLayout()  # the heights follow the new width


class ProblemsPanel(QWidget):
    """The list of what to fix; ``activated`` gives the pointer the user chose."""

    activated = Signal(str)
    explain_requested = Signal(str)  # the pointer of the warning the user wants to confirm

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setWeight(QFont.Weight.DemiBold)
        self.summary.setFont(font)
        # A list, not a tree: QTreeView does not wrap long lines, and these are sentences.
        self.view = _WrappingList(self)
        self.view.setObjectName("problemList")
        frame_focus(self.view)
        self.view.setWordWrap(True)
        self.view.setItemDelegate(_Wrapped(self.view))
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(False)
        self.view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.view.setSpacing(1)
        self.summary.setBuddy(self.view)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        self.explain_button = QPushButton(self)
        self.explain_button.setObjectName("explainWarning")
        self.explain_button.setEnabled(False)
        self.explain_button.clicked.connect(self._explain)
        self.explain_button.setVisible(False)
        layout.addWidget(self.explain_button)
        self.view.currentItemChanged.connect(lambda *_args: self._current_changed())
        self._texts()
        # Enter and double-click come as itemActivated; a single click as itemClicked.
        self.view.itemActivated.connect(self._chosen)
        self.view.itemClicked.connect(self._chosen)
        self.count = 0
        self.not_yet_answered = 0  # told in the summary, counted apart from ``count``
        self._listed = False  # the first count is the window's opening state, not news
        self.entries: list[Entry] = []

    def _texts(self) -> None:
        self.explain_button.setText(self.tr("Vahvista valittu huomautus…"))
        self.explain_button.setToolTip(
            self.tr(
                "Jos vastaus pitää paikkansa, kerro lyhyesti miksi. Selitys tallennetaan ja "
                "lähetetään vastausten mukana."
            )
        )

    def retranslate(self) -> None:
        self._texts()

    def heading(self) -> str:
        """The panel's title: what it lists to fix, and the required questions not answered
        yet that its text tells, so that the numbers of the two agree."""
        if self.not_yet_answered:
            return fill(
                self.tr("Korjattavaa (%1) · vastaamatta %2"), self.count, self.not_yet_answered
            )
        return fill(self.tr("Korjattavaa (%1)"), self.count)

    def _warning_pointer(self) -> str | None:
        item = self.view.currentItem()
        if item is None or not item.data(WARNING_ROLE):
            return None
        pointer = item.data(POINTER_ROLE)
        return pointer if isinstance(pointer, str) else None

    def _current_changed(self) -> None:
        self.explain_button.setEnabled(self._warning_pointer() is not None)

    def _explain(self) -> None:
        pointer = self._warning_pointer()
        if pointer is not None:
            self.explain_requested.emit(pointer)

    def _chosen(self, item: QListWidgetItem) -> None:
        pointer = item.data(POINTER_ROLE)
        if isinstance(pointer, str):
            self.activated.emit(pointer)

    def show_problems(
        self,
        rnd: Round,
        problems: Iterable[Problem],
        typed: Mapping[str, str],
        lang: Lang,
        *,
        not_yet_answered: int = 0,
    ) -> None:
        """List ``problems`` and ``typed`` (pointer → why the text typed there is not stored);
        ``not_yet_answered``: required questions of sections not begun, counted, not listed."""
        # Text typed and refused is the one entry of its place, where its problems would be;
        # it goes on to say what is wrong with the value still stored there, if one is.
        problems = list(problems)
        refused: dict[str, Entry] = {}
        for pointer, message in typed.items():
            stored = [
                # a warning confirmed is told confirmed, with its reason
                p.message(lang)
                if p.explanation is None
                else fill(self.tr("%1\nVahvistettu: %2"), p.message(lang), p.explanation)
                for p in problems
                if p.pointer == pointer and not p.kind.startswith("required")
            ]
            text = " ".join([f"{self._where(rnd, pointer, lang)}: {message}", *stored])
            refused[pointer] = Entry(pointer, split_pointer(pointer)[0], text)
        entries: list[Entry] = []
        for p in problems:
            if p.pointer in refused:
                entries.append(refused.pop(p.pointer))
            elif p.pointer not in typed:
                entries.append(
                    Entry(
                        p.pointer,
                        p.section_id,
                        self._text(p, lang),
                        not p.blocking,
                        not p.blocking and p.explanation is not None,
                    )
                )
        entries.extend(refused.values())
        self.entries = entries
        before = self.count + self.not_yet_answered
        self.count = sum(1 for e in entries if not e.warning)  # what must be fixed
        self.not_yet_answered = not_yet_answered
        if self._listed and before != self.count + not_yet_answered:
            # A count in a list's name is not spoken when it changes: told aloud instead.
            announce(self.view, self.heading())
        self._listed = True
        current = self.view.currentItem()
        keep = current.data(POINTER_ROLE) if current is not None else None
        self.view.setUpdatesEnabled(False)
        self.view.clear()
        restore: QListWidgetItem | None = None
        errors = [e for e in entries if not e.warning]
        warnings = [e for e in entries if e.warning and not e.settled]
        settled = [e for e in entries if e.settled]
        restore = self._list(rnd, errors, lang, keep)
        for shown, title in (
            (warnings, self.tr("Huomautukset: tarkista nämä (%n)", "", len(warnings))),
            (settled, self.tr("Vahvistetut huomautukset (%n)", "", len(settled))),
        ):
            if not shown:
                continue
            heading = QListWidgetItem(title, self.view)
            font = heading.font()
            font.setWeight(QFont.Weight.Bold)
            heading.setFont(font)
            restore = self._list(rnd, shown, lang, keep) or restore
        if restore is not None:
            self.view.setCurrentItem(restore)
        self.view.setUpdatesEnabled(True)
        self.explain_button.setVisible(bool(warnings or settled))
        self._current_changed()
        if errors:
            text = self.tr(
                "%n korjattavaa kohtaa. Valitse kohta ja paina Enter, niin pääset kysymykseen.",
                "",
                len(errors),
            )
        elif warnings:
            text = self.tr("Ei korjattavaa.")
        elif not_yet_answered:
            text = ""
        else:
            text = self.tr("Ei korjattavaa. Kaikki vastaukset ovat kunnossa.")
        if not_yet_answered:
            # Not a mistake yet: the user has not begun these sections.
            text += " " + self.tr(
                "%n pakollista kysymystä vielä vastaamatta.", "", not_yet_answered
            )
            text = text.strip()
        if warnings:
            # A warning nobody has confirmed stops the submission, as the submit tells.
            text += " " + self.tr(
                "%n huomautusta vahvistettavana tai muutettavana ennen lähettämistä: tarkista "
                "ne ja vahvista selityksellä, jos vastaus pitää paikkansa.",
                "",
                len(warnings),
            )
        if settled:
            text += " " + self.tr("%n huomautusta vahvistettu selityksellä.", "", len(settled))
        self.summary.setText(text)

    def _list(
        self, rnd: Round, entries: list[Entry], lang: Lang, keep: object
    ) -> QListWidgetItem | None:
        restore: QListWidgetItem | None = None
        heading = QBrush(self.palette().color(QPalette.ColorRole.AlternateBase))
        quiet = QBrush(self.palette().color(QPalette.ColorRole.PlaceholderText))
        for section in rnd.sections:
            mine = [e for e in entries if e.section_id == section.id]
            if not mine:
                continue
            group = QListWidgetItem(f"{pick(section.title, lang)} ({len(mine)})", self.view)
            group.setData(POINTER_ROLE, f"/{section.id}")
            font = group.font()
            font.setWeight(QFont.Weight.DemiBold)
            group.setFont(font)
            group.setBackground(heading)
            for entry in mine[:SHOWN_PER_SECTION]:
                item = QListWidgetItem(entry.text, self.view)
                item.setData(POINTER_ROLE, entry.pointer)
                item.setData(WARNING_ROLE, entry.warning)
                if entry.settled:
                    item.setForeground(quiet)  # settled: told, not asked about
                if entry.pointer == keep:
                    restore = item
            hidden = len(mine) - SHOWN_PER_SECTION
            if hidden > 0:
                QListWidgetItem(self.tr("… ja %n muuta", "", hidden), self.view)
        return restore

    def _text(self, problem: Problem, lang: Lang) -> str:
        said = problem.describe(lang)
        if problem.explanation is None:
            return said
        return fill(self.tr("%1\nVahvistettu: %2"), said, problem.explanation)

    def _where(self, rnd: Round, pointer: str, lang: Lang) -> str:
        parts = split_pointer(pointer)
        section = rnd.section(parts[0])
        field = section.field(parts[1]) if section is not None and len(parts) > 1 else None
        if field is None:
            return pointer
        where = [field.title(lang)]
        if len(parts) > 2 and parts[2].isdigit():
            where.append(fill(self.tr("rivi %1"), int(parts[2]) + 1))
        column = field.column(parts[3]) if len(parts) > 3 else None
        if column is not None:
            where.append(column.title(lang))
        return ", ".join(where)

    def first_pointer(self) -> str | None:
        return self.entries[0].pointer if self.entries else None

    def next_pointer(self, after: str | None) -> str | None:
        """The problem after ``after`` in the panel's order, wrapping round."""
        pointers = [e.pointer for e in self._ordered()]
        if not pointers:
            return None
        if after in pointers:
            return pointers[(pointers.index(after) + 1) % len(pointers)]
        return pointers[0]

    def _ordered(self) -> list[Entry]:
        order = {s: i for i, s in enumerate(dict.fromkeys(e.section_id for e in self.entries))}
        # A confirmed warning is settled: the next problem is one still to fix or check.
        open_ones = [e for e in self.entries if not e.settled]
        return sorted(open_ones, key=lambda e: (e.warning, order[e.section_id]))

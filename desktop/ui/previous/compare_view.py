"""Two rounds, or two submissions of one round, side by side; what changed this round; and a
repeated number question over the rounds as a chart."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.i18n import Lang, pick, text
from desktop.review.compare import (
    Difference,
    Status,
    answers_for,
    compare,
    default_pair,
    references,
)
from desktop.review.compare_texts import detail_lines, file_name, title
from desktop.review.history import histories, number_history, repeated_numbers
from desktop.survey import Kind, Round
from desktop.survey.formatting import format_local_time
from desktop.survey.lineage import round_changes
from desktop.survey.values import display_value
from desktop.ui import dialogs
from desktop.ui.folders import Folders, start_folder
from desktop.ui.previous.chart import RoundsChart
from desktop.ui.translations import fill
from desktop.ui.window_size import resize_within_screen
from desktop.untrusted import escape as escape_data
from desktop.workbook import Workbook

# A word diff's removed words (struck out) and added ones (underlined on a tint).
_REMOVED = "<s style='color:#b3261e'>{}</s>"
_ADDED = "<u style='color:#1e6b34; background-color:#dcefdf'>{}</u>"


def _html(value: str) -> str:
    """An answer's text for the rich-text view: its control and bidi characters escaped,
    then its markup (it is data, never markup)."""
    return escape(escape_data(value))


def _worded(difference: Difference) -> bool:
    """A text answer changed in place, told word by word."""
    return (
        difference.status is Status.CHANGED
        and not difference.rows
        and isinstance(difference.before, str)
        and isinstance(difference.after, str)
        and difference.question.kind in (Kind.TEXT, Kind.LONGTEXT)
    )


def _wording(rnd: Round | None, pointer: str, title: str, lang: Lang) -> str:
    """A question's wording; a table's column as "table / column"."""
    parts = pointer.split("/")
    section = rnd.section(parts[1]) if rnd is not None and len(parts) == 4 else None
    table = section.field(parts[2]) if section is not None else None
    return f"{pick(table.label, lang)} / {title}" if table is not None else title


class CompareDialog(QDialog):
    """Compare, what changed and a chart, for the round being answered."""

    def __init__(
        self,
        workbook: Workbook,
        lang: Lang,
        round_id: str,
        parent: QWidget,
        folders: Folders | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compareDialog")
        self.workbook = workbook
        self.folders = folders
        self.lang: Lang = lang
        self.round_id = round_id
        resize_within_screen(self, 900, 620)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget(self)
        layout.addWidget(self.tabs)

        compared = QWidget(self)
        form = QFormLayout(compared)
        self.earlier = QComboBox(compared)
        self.earlier.setObjectName("earlier")
        self.later = QComboBox(compared)
        self.later.setObjectName("later")
        self._fill_references()
        self.earlier_label = QLabel(compared)
        self.earlier_label.setBuddy(self.earlier)
        self.later_label = QLabel(compared)
        self.later_label.setBuddy(self.later)
        form.addRow(self.earlier_label, self.earlier)
        form.addRow(self.later_label, self.later)
        self.comparison = QTextBrowser(compared)
        self.comparison.setObjectName("comparison")
        form.addRow(self.comparison)
        self.save_pdf = QPushButton(compared)
        self.save_pdf.setObjectName("savePdf")
        form.addRow(self.save_pdf)
        self.tabs.addTab(compared, "")

        self.changes = QTextBrowser(self)
        self.changes.setObjectName("whatChanged")
        self.tabs.addTab(self.changes, "")

        charted = QWidget(self)
        chart_layout = QVBoxLayout(charted)
        self.question = QComboBox(charted)
        self.question.setObjectName("chartQuestion")
        # The questions' titles are long: the list opens wide, the box itself stays narrow.
        self.question.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.question.setMinimumContentsLength(40)
        for pointer, question in repeated_numbers(workbook):
            self.question.addItem(question.title(lang), pointer)
        self.chart = RoundsChart(charted)
        chart_layout.addWidget(self.question)
        chart_layout.addWidget(self.chart, 1)
        self.tabs.addTab(charted, "")

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.earlier.currentIndexChanged.connect(self.show_comparison)
        self.later.currentIndexChanged.connect(self.show_comparison)
        self.question.currentIndexChanged.connect(self.show_chart)
        self.save_pdf.clicked.connect(self.choose_pdf)
        self._texts()
        self.show_comparison()
        self.show_changes()
        self.show_chart()

    def _texts(self) -> None:
        self.setWindowTitle(self.tr("Vertaa kierroksia"))
        self.tabs.setTabText(0, self.tr("Vertailu"))
        self.tabs.setTabText(1, self.tr("Mikä muuttui"))
        self.tabs.setTabText(2, self.tr("Kehitys kierroksittain"))
        self.earlier_label.setText(self.tr("&Aiempi:"))
        self.later_label.setText(self.tr("&Myöhempi:"))
        self.save_pdf.setText(self.tr("Tallenna PDF…"))

    def _fill_references(self) -> None:
        for reference in references(self.workbook):
            if reference.number is None:
                said = fill(self.tr("%1, vastaukset nyt"), reference.round_id)
            else:
                when = format_local_time(reference.submitted_at) if reference.submitted_at else "?"
                said = fill(
                    self.tr("%1, lähetys %2 (%3)"), reference.round_id, reference.number, when
                )
            self.later.addItem(said, reference.text)
            self.earlier.addItem(said, reference.text)
        earlier, later = default_pair(self.workbook, self.round_id)
        self.earlier.setCurrentIndex(max(self.earlier.findData(earlier), 0))
        self.later.setCurrentIndex(max(self.later.findData(later), 0))

    def show_comparison(self) -> None:
        try:
            result = compare(
                self.workbook.catalog,
                answers_for(self.workbook, str(self.earlier.currentData())),
                answers_for(self.workbook, str(self.later.currentData())),
            )
        except UserError as exc:
            self.comparison.setPlainText(exc.message(self.lang))
            return
        lang = self.lang
        parts = [f"<h3>{escape(title(result, lang))}</h3>"]
        for section in result.sections:
            # A section with nothing changed is named with its counts, as the command line
            # and the PDF name it.
            heading = text(
                "review.compare.section",
                lang,
                title=pick(section.title, lang),
                changed=len(section.changed),
                same=section.same,
            ).strip("= ")
            parts.append(f"<h4>{escape(heading)}</h4>")
            if not section.changed:
                continue
            parts.append("<ul>")
            for difference in section.changed:
                if _worded(difference):
                    details = self._words(difference)
                else:
                    details = "<br>".join(escape(line) for line in detail_lines(difference, lang))
                parts.append(
                    f"<li><b>{escape(difference.question.title(lang))}</b><br>{details}</li>"
                )
            parts.append("</ul>")
        if not result.changed:
            parts.append(f"<p>{escape(text('review.compare.nothing_changed', lang))}</p>")
        self.comparison.setHtml("".join(parts))

    def _words(self, difference: Difference) -> str:
        """A changed text with its removed words struck out and its added ones marked, and
        the same said in words (for a screen reader, and for whoever cannot tell the styles
        apart)."""
        shown: list[str] = []
        said: list[str] = []
        for op, words in difference.words():
            if op == "-":
                shown.append(_REMOVED.format(_html(words)))
                said.append(fill(self.tr("poistettu: ”%1”"), words))
            elif op == "+":
                shown.append(_ADDED.format(_html(words)))
                said.append(fill(self.tr("lisätty: ”%1”"), words))
            else:
                shown.append(_html(words))
        told = "; ".join(said)
        told = told[:1].upper() + told[1:]
        return f"{' '.join(shown)}<br><span style='color:#5f6368'>({_html(told)})</span>"

    def show_changes(self) -> None:
        lang = self.lang
        rnd = self.workbook.round(self.round_id)
        previous = rnd.previous or "–"
        parts = [f"<h3>{escape(text('survey.change.title', lang, previous=previous))}</h3><ul>"]
        changes = round_changes(rnd, self.workbook.catalog.rounds)
        before = self.workbook.catalog.rounds.get(rnd.previous or "")
        for change in changes:
            said = text(f"survey.change.{change.kind.value}", lang)
            # Each question by its wording (a column with its table's), in its section.
            was = "; ".join(
                _wording(before, pointer, q.title(lang), lang) for pointer, q in change.old
            )
            now = (
                _wording(rnd, change.pointer, change.new.title(lang), lang)
                if change.new is not None
                else ""
            )
            home = rnd if change.new is not None or before is None else before
            section = home.section(change.pointer.split("/")[1])
            where = f" – {pick(section.title, lang)}" if section is not None else ""
            lines = [f"<b>{escape(said)}</b>{escape(where)}"]
            if was:
                lines.append(f"{escape(text('survey.change.was', lang))}: {escape(was)}")
            if now:
                lines.append(f"{escape(text('survey.change.now', lang))}: {escape(now)}")
            parts.append(f"<li>{'<br>'.join(lines)}</li>")
        parts.append("</ul>")
        if not changes:
            parts = [f"<p>{escape(text('survey.change.none', lang, previous=previous))}</p>"]
        self.changes.setHtml("".join(parts))

    def show_chart(self) -> None:
        pointer = self.question.currentData()
        if not isinstance(pointer, str):
            self.chart.set_points([])
            return
        question = next((q for p, q in repeated_numbers(self.workbook) if p == pointer), None)
        points = []
        for point in number_history(self.workbook, pointer):
            shown = ""
            if point.value is not None and question is not None:
                value = int(point.value) if point.value.is_integer() else point.value
                shown = display_value(question, value, self.lang)
            points.append((point.round_id, point.value, shown, point.sent))

        def say(value: float) -> str:
            if question is None:
                return f"{value:g}"
            return display_value(question, int(value) if value.is_integer() else value, self.lang)

        self.chart.set_points(points, say)

    def choose_pdf(self) -> QFileDialog:
        """Ask where to save the comparison: where the last one went, else the documents."""
        earlier, later = str(self.earlier.currentData()), str(self.later.currentData())
        name = file_name(earlier, later, self.lang)
        folders, save = self.folders, self._save_pdf

        def chosen(path: Path) -> None:
            if folders is not None:
                folders.remember_folder("comparisons", path.parent)
            save(path)

        start = start_folder(folders, "comparisons") / name
        return dialogs.save_file(self, self.tr("Tallenna vertailu"), start, "PDF (*.pdf)", chosen)

    def _save_pdf(self, path: Path) -> None:
        from desktop.review.compare_pdf import render_comparison

        try:
            result = compare(
                self.workbook.catalog,
                answers_for(self.workbook, str(self.earlier.currentData())),
                answers_for(self.workbook, str(self.later.currentData())),
            )
            history = histories(self.workbook, self.lang)
            path.write_bytes(
                render_comparison(
                    result, lang=self.lang, history=history, register=self.workbook.register
                )
            )
        except (UserError, OSError) as exc:
            said = exc.message(self.lang) if isinstance(exc, UserError) else str(exc)
            dialogs.error(self, self.tr("Vertailua ei tallennettu"), said)

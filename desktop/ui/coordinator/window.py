"""The coordinator's view: collect a round's packages from a folder and see who has answered.

The work is ``desktop.collect``'s: this window picks the round and the
folder, runs the collecting off the window's thread (``collect_run``), shows
the progress as counts, and presents the lines the service returns: each
municipality's state, each file with its reason, counts per county. A
counted package's answers open read-only; the national picture is saved
as XLSX, CSV and PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path, PurePath
from typing import Any

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.collect.overview import Answer, FileLine, MunicipalityLine, Summary, named_code
from desktop.collect.standing import Status
from desktop.errors import UserError
from desktop.i18n import Lang
from desktop.paths import DataPaths
from desktop.ui import dialogs
from desktop.ui.coordinator.collect_run import (
    Cancelled,
    CollectRun,
    Outcome,
    Unfinished,
    outcome_of,
)
from desktop.ui.coordinator.lines_model import LinesModel
from desktop.ui.folders import documents_folder
from desktop.ui.tasks import Task, run_task
from desktop.ui.translations import fill
from desktop.ui.window_size import resize_within_screen
from desktop.untrusted import escape

# The municipalities' list's columns of the submission, the reason and whom to call, and the
# files' list's of the submission and the reason (their headers are in ``__init__``).
_SUBMISSION_COLUMN, _REASON_COLUMN, _CONTACT_COLUMN = 4, 5, 6
_FILE_SUBMISSION_COLUMN, _FILE_REASON_COLUMN = 2, 4


class _Table(QTableView):
    """A table that, reached with Tab, chooses its current row (the first at first), so the
    details under it fill at once rather than waiting for an arrow key."""

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        keyboard = (
            Qt.FocusReason.TabFocusReason,
            Qt.FocusReason.BacktabFocusReason,
            Qt.FocusReason.ShortcutFocusReason,
        )
        rows = self.model().rowCount()
        if event.reason() in keyboard and rows and not self.selectionModel().hasSelection():
            current = self.currentIndex()
            self.selectRow(current.row() if current.isValid() else 0)


class CoordinatorWindow(QDialog):
    """Received packages of a round; open with File → Open received packages…"""

    def __init__(
        self,
        paths: DataPaths,
        lang: Lang,
        parent: QWidget | None = None,
        *,
        workers: int | None = None,
    ) -> None:
        super().__init__(parent)
        from desktop.collect.desk import Desk

        self.paths = paths
        self.lang = lang
        self.workers = workers
        # The coordinator's desk, opened once here and handed to every job of this window:
        # the register, and the rounds added to the data folder beside the shipped ones.
        self.desk = Desk.open(paths)
        self.catalog = self.desk.catalog
        self.register = self.desk.register
        self.folder: Path | None = None
        self.task: Task | None = None
        self.run: CollectRun | None = None  # while a collect runs
        self.close_when_stopped = False
        # A collect cancelled (or cut short) is remembered with the window's preferences, so
        # that the window says it is unfinished when it opens again.
        self.settings = QSettings(str(paths.settings), QSettings.Format.IniFormat)
        self.unfinished_collects = Unfinished(self.settings)
        self.setObjectName("coordinatorWindow")
        self.setWindowFlag(Qt.WindowType.Window, True)
        self.setWindowTitle(self.tr("Vastaanotetut paketit"))

        self.round = QComboBox(self)
        self.round.setObjectName("coordinatorRound")
        for round_id in self.catalog.round_ids():
            self.round.addItem(round_id, round_id)
        self.round.setCurrentIndex(self.round.count() - 1)
        last = self._last_collected_round()
        if last is not None and self.round.findData(last) >= 0:
            self.round.setCurrentIndex(self.round.findData(last))
        round_label = QLabel(self.tr("&Kierros:"), self)
        round_label.setBuddy(self.round)
        self.folder_label = QLabel(self.tr("Kansiota ei ole valittu."), self)
        self.folder_label.setObjectName("coordinatorFolder")
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name is data
        self.choose = QPushButton(self.tr("&Valitse kansio…"), self)
        self.choose.setObjectName("chooseReceivedFolder")
        self.start = QPushButton(self.tr("&Tarkista ja kirjaa"), self)
        self.start.setObjectName("collectReceived")
        self.start.setEnabled(False)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("collectProgress")
        self.progress.setFormat(self.tr("%v / %m tiedostoa"))
        self.progress.setValue(0)
        self.progress.hide()  # shown while a folder is being collected
        self.counts = QLabel(self)
        self.counts.setObjectName("collectCounts")
        self.counts.setWordWrap(True)
        self.counts.setTextFormat(Qt.TextFormat.PlainText)
        self.interrupted = QLabel(self)
        self.interrupted.setObjectName("collectInterrupted")
        self.interrupted.setWordWrap(True)
        self.interrupted.setTextFormat(Qt.TextFormat.PlainText)
        self.interrupted.setStyleSheet("font-weight: bold;")
        self.interrupted.hide()
        self.cancel = QPushButton(self.tr("Kesk&eytä"), self)
        self.cancel.setObjectName("cancelCollect")
        self.cancel.hide()  # shown while a folder is being collected

        self.municipalities = LinesModel(
            [
                self.tr("Kuntanumero"),
                self.tr("Kunta"),
                self.tr("Hyvinvointialue"),
                self.tr("Tila"),
                self.tr("Lähetys"),
                self.tr("Syy"),
                self.tr("Yhteystiedot (edellinen kierros)"),
            ],
            self,
            search_columns=(0, 1),  # typing a code or a name goes to the municipality
        )
        self.municipalities.empty_named = self._empty_cell_name
        self.files = LinesModel(
            [
                self.tr("Tiedosto"),
                self.tr("Kuntanumero"),
                self.tr("Lähetys"),
                self.tr("Tila"),
                self.tr("Syy"),
            ],
            self,
            search_columns=(0, 1),
        )
        self.files.empty_named = self._empty_file_cell_name
        self.counties = LinesModel(
            [
                self.tr("Hyvinvointialue"),
                self.tr("Kuntia"),
                self.tr("Vastanneet"),
                self.tr("Puuttuu"),
            ],
            self,
        )
        self.tabs = QTabWidget(self)
        self.municipality_view = self._view(self.municipalities, "receivedMunicipalities")
        self.file_view = self._view(self.files, "receivedFiles")
        self.county_view = self._view(self.counties, "receivedCounties")
        self.tabs.addTab(self.municipality_view, self.tr("K&unnat"))
        self.tabs.addTab(self.file_view, self.tr("Tiedost&ot"))
        self.tabs.addTab(self.county_view, self.tr("&Hyvinvointialueittain"))
        # A screen reader names each list by its tab, and the tabs by what they hold.
        for index, view in enumerate((self.municipality_view, self.file_view, self.county_view)):
            view.setAccessibleName(self.tabs.tabText(index).replace("&", ""))
        self.tabs.setAccessibleName(self.tr("Vastaanotetut paketit"))
        self.tabs.tabBar().setAccessibleName(self.tr("Luettelot"))
        self.reason = QPlainTextEdit(self)
        self.reason.setObjectName("receivedReason")
        self.reason.setAccessibleName(self.tr("Valitun rivin tiedot"))
        self.reason.setReadOnly(True)
        self.reason.setMaximumHeight(90)
        self.reason.setPlaceholderText(self.tr("Valitun rivin tiedot näkyvät tässä."))
        self.open_answers = QPushButton(self.tr("&Avaa vastaukset…"), self)
        self.open_answers.setObjectName("openReceivedAnswers")
        self.open_answers.setEnabled(False)
        self.save = QPushButton(self.tr("Tallenna koo&nti…"), self)
        self.save.setObjectName("saveNationalPicture")
        self.save.setEnabled(False)
        close = QPushButton(self.tr("&Sulje"), self)

        top = QHBoxLayout()
        top.addWidget(round_label)
        top.addWidget(self.round)
        top.addWidget(self.folder_label, 1)
        top.addWidget(self.choose)
        top.addWidget(self.start)
        bottom = QHBoxLayout()
        bottom.addWidget(self.open_answers)
        bottom.addWidget(self.save)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        running = QHBoxLayout()
        running.addWidget(self.progress, 1)
        running.addWidget(self.cancel)
        layout.addLayout(running)
        layout.addWidget(self.interrupted)
        layout.addWidget(self.counts)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.reason)
        layout.addLayout(bottom)
        # The trust register: its dialog, and registering a refused file's key.
        from desktop.ui.coordinator.forgetting import ForgetMunicipality
        from desktop.ui.coordinator.trust_dialog import TrustActions

        self.trust = TrustActions(self, bottom)
        # Forgetting a municipality's received packages, from its row's context menu.
        self.forgetting = ForgetMunicipality(self)
        self.forget = self.forgetting.action

        self.choose.clicked.connect(self._choose)
        self.start.clicked.connect(self.collect)
        self.cancel.clicked.connect(self.cancel_collect)
        self.round.currentIndexChanged.connect(self._show_recorded)
        self.open_answers.clicked.connect(self._open_answers)
        self.save.clicked.connect(self._save)
        close.clicked.connect(self.close)
        self.tabs.currentChanged.connect(lambda _index: self._selected())
        resize_within_screen(self, 1100, 720)
        self._show_recorded()

    def _view(self, model: LinesModel, name: str) -> QTableView:
        view = _Table(self)
        view.setObjectName(name)
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # A header sorts the rows; until one is clicked they stay in the order given.
        view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole text: tooltip, details
        view.setWordWrap(False)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.horizontalHeader().setStretchLastSection(True)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        view.doubleClicked.connect(lambda _index: self._open_answers())
        return view

    def _last_collected_round(self) -> str | None:
        try:
            with self.desk.records() as records:
                return records.last_collected_round()
        except UserError:
            return None

    @property
    def round_id(self) -> str:
        return str(self.round.currentData())

    # -- collecting --------------------------------------------------------------

    def _choose(self) -> None:
        start = self.folder or documents_folder()
        dialogs.choose_folder(
            self, self.tr("Vastaanotettujen pakettien kansio"), start, self.set_folder
        )

    def set_folder(self, folder: Path) -> None:
        self.folder = folder
        self.folder_label.setText(escape(str(folder)))
        self.start.setEnabled(True)

    def collect(self) -> None:
        if self.folder is None or self.task is not None:
            return
        self.start.setEnabled(False)
        self.choose.setEnabled(False)
        self.round.setEnabled(False)
        self.save.setEnabled(False)  # the tables show the state before this collect
        self.cancel.setEnabled(True)
        self.cancel.show()
        self.counts.setText(
            self.tr(
                "Tarkistetaan… Taulukot näyttävät tilanteen ennen tätä kokoamista; ne "
                "päivittyvät, kun kokoaminen on valmis."
            )
        )
        self.run = CollectRun(
            self.desk,
            self.round_id,
            self.folder,
            self.lang,
            self.unfinished_collects,
            workers=self.workers,
            progressed=self._progress,
            collected=self._collected,
            failed=self._failed,
            parent=self,
        )
        self.task = self.run.task
        self._selected()

    def cancel_collect(self) -> None:
        """Stop the collect under way after the file being recorded; what was recorded stays."""
        if self.run is None:
            return
        self.run.stop()
        self.cancel.setEnabled(False)
        self.counts.setText(self.tr("Keskeytetään…"))

    def reject(self) -> None:
        """Esc, Close or the window's own close button: during a collect, asked first."""
        if self.run is None:
            super().reject()
            return

        def answered(stop: bool) -> None:
            if stop and self.run is not None:
                self.close_when_stopped = True
                self.cancel_collect()

        dialogs.question(
            self,
            self.tr("Kokoaminen on kesken"),
            self.tr(
                "Kokoaminen on kesken. Keskeytetäänkö? Jo tarkistetut tiedostot jäävät "
                "kirjatuiksi, ja kokoamalla kansion uudelleen saat sen valmiiksi."
            ),
            answered,
            yes=self.tr("Keskeytä ja sulje"),
            no=self.tr("Jatka kokoamista"),
        )

    def _progress(self, done: int, total: int) -> None:
        self.progress.show()
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _collected(self, outcome: Outcome) -> None:
        self._finish()
        self._present(outcome)

    def _failed(self, error: BaseException) -> None:
        self._finish()
        if isinstance(error, Cancelled):
            if self.close_when_stopped:
                self.close_when_stopped = False
                super().reject()
                return
            self._show_recorded()
            return
        self._show_recorded()
        if isinstance(error, UserError):
            dialogs.warning(self, self.tr("Paketteja ei voitu tarkistaa"), error.message(self.lang))
            return
        raise error

    def _finish(self) -> None:
        self.task = None
        self.run = None
        self.cancel.hide()
        self.start.setEnabled(self.folder is not None)
        self.choose.setEnabled(True)
        self.round.setEnabled(True)

    def unfinished(self, round_id: str) -> tuple[int, int, Path] | None:
        """How many files of how many the last collect of ``round_id`` recorded before it was
        cancelled or cut short, and its folder; None when it finished."""
        return self.unfinished_collects.of(round_id)

    def _show_recorded(self) -> None:
        """What earlier runs recorded for the chosen round, before anything is collected."""
        from desktop.collect.standing import standing

        try:
            with self.desk.records() as records:
                result = standing(records, self.round_id, self.register)
                outcome = outcome_of(records, result, self.desk, self.lang)
        except UserError as error:
            self.counts.setText(error.message(self.lang))
            return
        self._present(outcome)
        unfinished = self.unfinished(self.round_id)
        self.interrupted.setVisible(unfinished is not None)
        if unfinished is None:
            return
        done, total, folder = unfinished
        self.interrupted.setText(
            fill(
                self.tr(
                    "Edellinen kokoaminen keskeytyi, kun %1 / %2 tiedostoa oli tarkistettu. "
                    "Luvut ovat siihen asti kirjatut. Kokoa kansio uudelleen, niin kokoaminen "
                    "valmistuu."
                ),
                str(done),
                str(total),
            )
        )
        self.save.setEnabled(False)  # the picture would look complete
        if self.folder is None and folder.is_dir():
            self.set_folder(folder)

    # -- presenting ----------------------------------------------------------------

    def _present(self, outcome: Outcome) -> None:
        municipalities, files, counties, counts = outcome
        self.municipalities.set_rows(
            [
                [
                    m.code,
                    m.name,
                    m.county,
                    self._answer_text(m.answer),
                    m.submission or "",
                    m.reason,
                    m.contact,
                ]
                for m in municipalities
            ],
            municipalities,
        )
        named = _places(files, self.folder)
        self.files.set_rows(
            [
                [
                    named[index],
                    self._code_text(f),
                    f.submission or "",
                    self.tr("Kaksoiskappale") if f.duplicate else self._status_text(f.status),
                    f.reason,
                ]
                for index, f in enumerate(files)
            ],
            files,
        )
        self.counties.set_rows([list(row) for row in counties], counties)
        for view in (self.municipality_view, self.file_view, self.county_view):
            _fit_columns(view)
        self.counts.setText(self.counts_text(counts))
        self.interrupted.hide()
        self.save.setEnabled(counts.counted > 0)
        self._selected()

    def counts_text(self, counts: Summary) -> str:
        """The line of counts under the tables, each count in the singular or plural it needs:
        the command line's counts (each package once; the other files holding it are
        duplicates), another round's packages and the duplicates when there are any."""
        parts = [
            self.tr("Laskettu %n kuntaa", "", counts.counted),
            self.tr("puuttuu %n", "", counts.missing),
        ]
        if counts.refused_municipalities:  # of the missing, those whose package was refused
            parts.append(
                self.tr("puuttuvista %n lähetti hylätyn paketin", "", counts.refused_municipalities)
            )
        parts += [
            self.tr("%n hylättyä tiedostoa", "", counts.refused),
            self.tr("%n korvattua lähetystä", "", counts.replaced),
            self.tr("%n muuta tiedostoa", "", counts.ignored),
        ]
        if counts.other_round:
            parts.append(self.tr("%n toisen kierroksen pakettia", "", counts.other_round))
        if counts.duplicates:
            parts.append(self.tr("%n kaksoiskappaletta", "", counts.duplicates))
        if counts.gone:
            parts.append(self.tr("%n tiedostoa ei enää kansiossa", "", counts.gone))
        return " · ".join(parts)

    def _code_text(self, line: FileLine) -> str:
        """The package's municipality; for a file that does not tell it (a tampered or broken
        package), the code its name gives, so marked, or "unknown"."""
        if line.code:
            return line.code
        named = named_code(line.name, self.register)
        if named is not None:
            return fill(self.tr("%1 (tiedostonimen mukaan)"), named)
        return self.tr("tuntematon")

    def _empty_cell_name(self, item: object, column: int, _first: str) -> str:
        """What a screen reader says of an empty cell of the municipalities' list: the
        municipality and what is not there (read alone, a cell says nothing of its row)."""
        if not isinstance(item, MunicipalityLine):
            return ""
        name = item.name
        if item.answer is Answer.MISSING:
            if column == _CONTACT_COLUMN:
                return fill(self.tr("%1: ei yhteystietoja edelliseltä kierrokselta"), name)
            return fill(self.tr("%1: ei pakettia"), name)
        if item.answer is Answer.COUNTED:
            if column == _REASON_COLUMN:
                return fill(self.tr("%1: laskettu, ei huomautettavaa"), name)
            if column == _CONTACT_COLUMN:  # whom to call is shown of those not counted
                return fill(self.tr("%1: paketti laskettu, yhteystietoja ei näytetä"), name)
            return ""
        if column == _SUBMISSION_COLUMN and item.by_file_name:  # whose, its file's name tells
            return fill(self.tr("%1: paketti hylättiin, katso tiedostot"), name)
        if column == _SUBMISSION_COLUMN:  # refused, and not read as far as its number
            return fill(self.tr("%1: hylätystä paketista ei selviä lähetyksen numero"), name)
        if column == _CONTACT_COLUMN:
            return fill(self.tr("%1: ei yhteystietoja edelliseltä kierrokselta"), name)
        return ""

    def _empty_file_cell_name(self, item: object, column: int, shown: str) -> str:
        """What a screen reader says of an empty cell of the files' list: the file as shown
        and what is not there."""
        if not isinstance(item, FileLine):
            return ""
        if column == _FILE_SUBMISSION_COLUMN:
            return fill(self.tr("%1: tiedostosta ei selviä lähetyksen numero"), shown)
        if column == _FILE_REASON_COLUMN and item.status is Status.CURRENT:
            return fill(self.tr("%1: laskettu, ei huomautettavaa"), shown)
        if column == _FILE_REASON_COLUMN:
            return fill(self.tr("%1: ei huomautettavaa"), shown)
        return ""

    def _answer_text(self, answer: Answer) -> str:
        return {
            Answer.COUNTED: self.tr("Laskettu"),
            Answer.REFUSED: self.tr("Hylätty"),
            Answer.MISSING: self.tr("Puuttuu"),
        }[answer]

    def _status_text(self, status: Status) -> str:
        return {
            Status.CURRENT: self.tr("Laskettu"),
            Status.REPLACED: self.tr("Korvattu"),
            Status.UNCONFIRMED: self.tr("Allekirjoittajaa ei vahvistettu"),
            Status.CONFLICT: self.tr("Ristiriita"),
            Status.OTHER_ROUND: self.tr("Eri kierros"),
            Status.REFUSED: self.tr("Hylätty"),
            Status.UNREADABLE: self.tr("Ei luettavissa"),
            Status.IGNORED: self.tr("Ei paketti"),
        }[status]

    def _current_item(self) -> object | None:
        view = self.tabs.currentWidget()
        if not isinstance(view, QTableView):
            return None
        rows = view.selectionModel().selectedRows()
        model = view.model()
        if not rows or not isinstance(model, LinesModel):
            return None
        return model.item(rows[0].row())

    def _selected(self) -> None:
        item = self._current_item()
        sha = getattr(item, "sha256", None)
        # While a collect runs the rows are the state before it: nothing opens from them.
        self.open_answers.setEnabled(sha is not None and self.run is None)
        self.forgetting.update()
        if isinstance(item, FileLine):
            self.reason.setPlainText(f"{item.path}\n{item.reason}".strip())
        elif isinstance(item, MunicipalityLine):
            details = "\n".join(part for part in (item.reason, item.contact) if part)
            self.reason.setPlainText(f"{item.code} {item.name}\n{details}".strip())
        else:
            self.reason.clear()

    def _open_answers(self) -> None:
        from desktop.collect.overview import package_answers
        from desktop.survey import UnknownRound
        from desktop.ui.coordinator.answers_dialog import AnswersDialog

        sha = getattr(self._current_item(), "sha256", None)
        if sha is None or self.run is not None:
            return
        with self.desk.records() as records:
            found = package_answers(records, sha)
        if found is None:
            return
        round_id, code, answers = found
        try:
            rnd = self.catalog.round(round_id)
        except UnknownRound:
            return
        register = self.register
        name = register.get(code).name(self.lang) if code in register else code
        title = escape(f"{code} {name} · {round_id}")  # the code is the package's own
        dialogs.present(AnswersDialog(rnd, title, answers, self.lang, register, self))

    def _save(self) -> None:
        start = (self.folder or documents_folder()) / f"kooste-{self.round_id}.xlsx"
        dialogs.save_file(
            self,
            self.tr("Tallenna koonti"),
            start,
            self.tr("Excel-työkirja (*.xlsx)"),
            self.write_picture,
        )

    def write_picture(self, target: Path) -> None:
        round_id, lang, desk = self.round_id, self.lang, self.desk

        def work(report: Any) -> tuple[Path, Path, Path]:
            from desktop.collect.outputs import write_picture
            from desktop.collect.standing import standing

            with desk.records() as records:
                result = standing(records, round_id, desk.register)
                return write_picture(records, result, desk.register, desk.catalog, target, lang)

        def done(written: Sequence[Path]) -> None:
            self._finish()
            self.save.setEnabled(True)
            dialogs.information(
                self, self.tr("Koonti tallennettu"), "\n".join(str(path) for path in written)
            )

        def failed(error: BaseException) -> None:
            if not isinstance(error, UserError):
                self._failed(error)
                return
            self._finish()
            self.save.setEnabled(True)
            dialogs.warning(self, self.tr("Koontia ei tallennettu"), error.message(self.lang))

        self.save.setEnabled(False)
        self.task = run_task(work, done, failed, None, self)


def _places(files: Sequence[FileLine], folder: Path | None) -> list[str]:
    """Each file by its place in the collected folder ("kunnat/2022-1_005_1.asice"): copies
    of one package in subfolders are told apart. Without a chosen folder (a round shown as
    recorded), from the folder the files have in common."""
    import os.path

    paths = [PurePath(f.path) for f in files]
    base = PurePath(folder) if folder is not None else None
    if base is None or not all(path.is_relative_to(base) for path in paths):
        try:
            base = PurePath(os.path.commonpath([path.parent for path in paths]))
        except ValueError:  # no files, or on different drives
            base = None
    return [
        str(path.relative_to(base)) if base is not None and path.is_relative_to(base) else f.name
        for path, f in zip(paths, files, strict=True)
    ]


def _fit_columns(view: QTableView) -> None:
    """Each column as wide as its texts, but none wider than about 45 characters: a long
    reason is cut short with "…" (told whole in its tooltip and under the table) rather
    than pushing the columns after it out of sight."""
    view.resizeColumnsToContents()
    widest = view.fontMetrics().averageCharWidth() * 45
    for column in range(view.model().columnCount()):
        if view.columnWidth(column) > widest:
            view.setColumnWidth(column, widest)

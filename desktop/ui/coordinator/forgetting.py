"""Forgetting a municipality's received packages in the coordinator's window.

``tilannekuva collect ROUND FOLDER --forget`` forgets what was recorded under
a folder; here the coordinator forgets what was recorded for one
municipality (a package received by mistake): the files of its row, found
and forgotten by ``desktop.collect.collecting``. Asked first, naming the
municipality and each file (a file's name is the sender's: escaped), and
saying that no file is deleted. The action is in the municipalities'
table's context menu, with its shortcut shown there.
"""

from __future__ import annotations

from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Final, Protocol, cast

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from desktop.collect.overview import Answer, MunicipalityLine
from desktop.errors import UserError
from desktop.i18n import Lang
from desktop.ui import dialogs
from desktop.ui.coordinator.lines_model import LinesModel
from desktop.ui.translations import fill
from desktop.untrusted import escape

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel, QMessageBox, QTableView, QTabWidget

    from desktop.collect.desk import Desk
    from desktop.ui.tasks import Task

# The files named in the question; the rest are counted.
_LISTED: Final = 10


class ForgettingWindow(Protocol):
    """What ``ForgetMunicipality`` uses of the coordinator's window (``window.py``, which
    builds it: this module does not import it back)."""

    desk: Desk
    lang: Lang
    folder: Path | None
    task: Task | None
    tabs: QTabWidget
    municipality_view: QTableView
    counts: QLabel

    @property
    def round_id(self) -> str: ...

    def _show_recorded(self) -> None: ...

    def _current_item(self) -> object | None: ...


class ForgetMunicipality(QObject):
    """ "Forget received packages…" on a municipality's row that has any."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.widget = window
        self.window = cast(ForgettingWindow, window)
        self.question: QMessageBox | None = None
        self.action = QAction(self.tr("&Unohda vastaanotetut paketit…"), window)
        self.action.setObjectName("forgetReceived")
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.setShortcutVisibleInContextMenu(True)
        self.action.setEnabled(False)
        view = self.window.municipality_view
        view.addAction(self.action)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.action.triggered.connect(lambda _checked=False: self.ask())

    def update(self) -> None:
        """Offered for a municipality with packages recorded, when nothing else runs."""
        self.action.setEnabled(self.selected() is not None)

    def selected(self) -> MunicipalityLine | None:
        window = self.window
        if window.task is not None or window.tabs.currentWidget() is not window.municipality_view:
            return None
        item = window._current_item()
        if not isinstance(item, MunicipalityLine) or item.answer is Answer.MISSING:
            return None
        return item

    def ask(self) -> QMessageBox | None:
        """The question, naming the municipality and the files to forget."""
        from desktop.collect.collecting import municipality_files

        line = self.selected()
        if line is None:
            return None
        window = self.window
        round_id = window.round_id
        try:
            with window.desk.records() as records:
                files = municipality_files(records, round_id, line.code)
        except UserError as error:
            self._refused(error)
            return None
        if not files:
            return None
        listed = [self._place(path) for path in files[:_LISTED]]
        if len(files) > _LISTED:
            listed.append(self.tr("…ja %n muuta", "", len(files) - _LISTED))
        said = fill(
            self.tr(
                "Unohdetaanko kunnan %1 (%2) kierroksella %3 vastaanotetut paketit? "
                "Kokoamisen muistista unohdetaan nämä %n tiedostoa:\n\n%4\n\n"
                "Kunta näkyy sen jälkeen puuttuvana, eikä sen paketteja lasketa. Tiedostoja "
                "ei poisteta: jos ne ovat yhä kokoamassasi kansiossa, seuraava kokoaminen "
                "kirjaa ne uudelleen.",
                "",
                len(files),
            ),
            line.name,
            line.code,
            round_id,
            "\n".join(listed),
        )
        self.question = dialogs.question(
            self.widget,
            self.tr("Unohda vastaanotetut paketit"),
            said,
            lambda yes: self.forget(line, round_id) if yes else None,
            yes=self.tr("Unohda"),
            no=self.tr("Peruuta"),
        )
        self.question.setTextFormat(Qt.TextFormat.PlainText)  # file names are the sender's
        return self.question

    def _place(self, path: str) -> str:
        """A file by its place in the chosen folder (its whole path otherwise), escaped."""
        shown = PurePath(path)
        folder = self.window.folder
        if folder is not None and shown.is_relative_to(folder):
            shown = shown.relative_to(folder)
        return escape(str(shown))

    def forget(self, line: MunicipalityLine, round_id: str) -> None:
        from desktop.collect.collecting import forget_municipality

        window = self.window
        if window.task is not None or window.round_id != round_id:
            return  # a collect started meanwhile, or another round chosen
        try:
            with window.desk.records() as records:
                gone = forget_municipality(records, round_id, line.code)
        except UserError as error:
            self._refused(error)
            return
        window._show_recorded()
        self._select(line.code)  # the keyboard stays where it was, on the row now missing
        told = fill(
            self.tr(
                "Kunnan %1 (%2) vastaanotetut paketit unohdettiin (%n tiedostoa).", "", len(gone)
            ),
            line.name,
            line.code,
        )
        window.counts.setText(f"{told} {window.counts.text()}")

    def _select(self, code: str) -> None:
        view = self.window.municipality_view
        model = view.model()
        if not isinstance(model, LinesModel):
            return
        for row in range(model.rowCount()):
            item = model.item(row)
            if isinstance(item, MunicipalityLine) and item.code == code:
                view.selectRow(row)
                view.scrollTo(model.index(row, 0))
                return

    def _refused(self, error: UserError) -> None:
        dialogs.warning(
            self.widget, self.tr("Paketteja ei unohdettu"), error.message(self.window.lang)
        )

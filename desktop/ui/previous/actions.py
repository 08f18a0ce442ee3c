"""The window's previous-rounds commands: its menu, copying forward with undo, the hints on
each page, and the comparison view.

Copying never overwrites a typed answer without asking: when the copy would replace
answers already given, the user chooses whether they are replaced or only the empty
questions are filled. Each copy is one transaction; "undo" takes back the last one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from desktop.errors import UserError
from desktop.ui import dialogs
from desktop.ui.form.section_page import SectionPage
from desktop.ui.previous.host import PreviousWindow
from desktop.ui.translations import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from desktop.ui.previous.hints import PreviousHints


class PreviousRounds(QObject):
    """What the window does with previous rounds."""

    def __init__(self, window: PreviousWindow) -> None:
        super().__init__()  # kept by the window
        self.host = window
        self.parent_widget = window.window()
        bar = window.menuBar()
        self.menu = QMenu(bar)
        self.menu.setObjectName("previousMenu")

        def action(name: str, shortcut: str | None = None) -> QAction:
            made = QAction(self.menu)
            made.setObjectName(name)
            if shortcut:
                made.setShortcut(QKeySequence(shortcut))
            self.menu.addAction(made)
            return made

        self.copy_section = action("copySection", "Ctrl+Shift+K")
        self.copy_round = action("copyRound")
        self.undo_copy = action("undoCopy")
        self.menu.addSeparator()
        self.compare = action("compareRounds")
        menus = bar.actions()
        if len(menus) > 2:
            bar.insertMenu(menus[2], self.menu)  # after the file and submitting menus
        else:
            bar.addMenu(self.menu)
        self.copy_section.triggered.connect(self._copy_section)
        self.copy_round.triggered.connect(lambda: self._copy_target(None))
        self.undo_copy.triggered.connect(self.undo)
        self.compare.triggered.connect(self.show_compare)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Edelliset kierrokset"))
        self.copy_section.setText(self.tr("Kopioi edelliset vastaukset tähän &osioon"))
        self.copy_round.setText(self.tr("Kopioi edelliset vastaukset &koko kierrokseen"))
        self.undo_copy.setText(self.tr("&Peru viimeisin kopiointi"))
        self.compare.setText(self.tr("&Vertaa kierroksia…"))

    def set_locked(self, locked: bool) -> None:
        """A round shown as submitted (or from a package) takes no copies: greyed out."""
        for made in (self.copy_section, self.copy_round, self.undo_copy):
            made.setEnabled(not locked)

    def shortcut_list(self) -> list[tuple[str, str]]:
        """(keys, command) of this menu's shortcuts, for the shortcuts dialog."""
        return [
            (
                a.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                a.text().replace("&", ""),
            )
            for a in (self.copy_section,)
        ]

    # -- the pages -------------------------------------------------------------

    def attach(self, page: SectionPage) -> PreviousHints | None:
        """The previous answers under the questions of a new page (None without any)."""
        round_id = page.session.round_id
        try:
            previous = self.host.workbook.previous(round_id)
        except UserError:
            return None
        if previous is None:
            return None
        # Loaded with the first round that has a previous one (start-up time).
        from desktop.ui.previous.hints import PreviousHints

        return PreviousHints(
            page, previous, lambda pointer, rows: self.copy_asked(round_id, pointer, rows)
        )

    def previous_changed(self) -> None:
        """An earlier round's answers came in (an imported package): each open page shows its
        previous answers anew."""
        from desktop.ui.previous.hints import PreviousHints

        for (round_id, _section), page in self.host.pages.items():
            try:
                previous = self.host.workbook.previous(round_id)
            except UserError:
                continue
            if previous is None:
                continue
            hints = page.findChild(PreviousHints)
            if hints is None:
                self.attach(page)
            else:
                hints.set_previous(previous)

    def _reload(self, round_id: str) -> None:
        session = self.host.session_for(round_id)
        answers = session.answers()
        for (rid, sid), page in self.host.pages.items():
            if rid == round_id:
                page.set_answers(answers.get(sid, {}))
        session.check()
        self.host.save_status.committed()

    # -- copying ---------------------------------------------------------------

    def _copy_section(self) -> None:
        page = self.host.current_page()
        self._copy_target(page.section.id if page is not None else None)

    def _copy_target(self, target: str | None) -> None:
        session = self.host.session
        if session is not None:
            self.copy(session.round_id, target)

    def copy_asked(self, round_id: str, pointer: str, rows: list[str] | None) -> None:
        """A question's previous answer copied from beside it; a table's whole answer asks
        which of last round's rows are copied first."""
        if rows is None:
            chooser = self._rows_dialog(round_id, pointer)
            if chooser is not None:
                dialogs.present(chooser)
                return
        self.copy(round_id, pointer, rows)

    def _rows_dialog(self, round_id: str, pointer: str) -> QDialog | None:
        from desktop.review.copying import table_rows

        window = self.host
        window.session_for(round_id).flush()
        try:
            found = table_rows(window.workbook, round_id, pointer, window.lang)
        except UserError:
            return None  # the copy itself says why
        if found is None:
            return None
        title, source, rows = found
        from desktop.ui.previous.rows_dialog import RowsDialog  # a dialog: loaded when first used

        return RowsDialog(
            title,
            source,
            rows,
            lambda keys: self.copy(round_id, pointer, keys),
            self.parent_widget,
        )

    def copy(self, round_id: str, target: str | None, rows: list[str] | None = None) -> None:
        """Copy the previous answers into ``target`` (a question, a section, or None: all);
        ``rows``: of a table, only the previous rows with these keys."""
        # Copying loads when the user first copies (start-up time).
        from desktop.review.copying import Reason, plan_copy

        window = self.host
        window.session_for(round_id).flush()
        try:
            plan = plan_copy(window.workbook, round_id, target, rows=rows)
        except UserError as exc:
            dialogs.error(self.parent_widget, self.tr("Ei kopioitu"), exc.message(window.lang))
            return
        typed = [s for s in plan.skipped if s.reason is Reason.TYPED]
        left_out = [s for s in plan.skipped if s.reason is Reason.ROWS_LEFT_OUT]
        if not plan.edits and not typed and not left_out:
            dialogs.information(
                self.parent_widget,
                self.tr("Ei kopioitavaa"),
                self.tr(
                    "Kaikki edellisen kierroksen vastaukset, jotka voi kopioida, ovat jo tässä."
                ),
            )
            return

        def rows_then_copy(overwrite: bool) -> None:
            # A row an answered table lacks may have been taken out on purpose: asked apart.
            if not left_out or overwrite:
                self._copy(round_id, target, rows, overwrite=overwrite, add_rows=False)
                return
            said = self.tr(
                "Taulukoista, joihin on jo vastattu, puuttuu %n edellisen kierroksen riviä. "
                "Lisätäänkö ne? Jos et lisää, taulukot pysyvät sellaisina kuin ne ovat.",
                "",
                len(left_out),
            )
            dialogs.question(
                self.parent_widget,
                self.tr("Lisätäänkö puuttuvat rivit?"),
                said,
                lambda yes: self._copy(round_id, target, rows, overwrite=False, add_rows=yes),
            )

        if not typed:
            rows_then_copy(False)
            return
        said = self.tr(
            "%n kohtaan on jo vastattu tällä kierroksella. Korvataanko ne edellisen kierroksen "
            "vastauksilla? Jos et korvaa, vain tyhjät kohdat täytetään.",
            "",
            len(typed),
        )
        dialogs.question(
            self.parent_widget, self.tr("Korvataanko annetut vastaukset?"), said, rows_then_copy
        )

    def _copy(
        self,
        round_id: str,
        target: str | None,
        rows: list[str] | None,
        *,
        overwrite: bool,
        add_rows: bool,
    ) -> None:
        from desktop.review.copying import copy_forward

        window = self.host
        try:
            done = copy_forward(
                window.workbook,
                round_id,
                target,
                overwrite=overwrite,
                add_rows=add_rows,
                rows=rows,
            )
        except UserError as exc:
            dialogs.error(self.parent_widget, self.tr("Ei kopioitu"), exc.message(window.lang))
            return
        self._reload(round_id)
        count = done.copy.count if done.copy is not None else 0
        said = self.tr("Kopioitu %n vastausta kierrokselta %1.", "", count)
        window.statusBar().showMessage(fill(said, done.plan.source.label(window.lang)), 10000)

    def undo(self) -> None:
        from desktop.review.copying import undo_last_copy

        window = self.host
        session = window.session
        if session is None:
            return
        session.flush()
        try:
            copy, kept = undo_last_copy(window.workbook, session.round_id)
        except UserError as exc:
            dialogs.error(self.parent_widget, self.tr("Ei peruttu"), exc.message(window.lang))
            return
        self._reload(session.round_id)
        said = self.tr(
            "Kopiointi peruttu: %n vastausta palautettiin ennalleen.", "", copy.count - kept
        )
        window.statusBar().showMessage(said, 10000)

    # -- comparing -------------------------------------------------------------

    def show_compare(self) -> QWidget | None:
        from desktop.ui.previous.compare_view import CompareDialog

        session = self.host.session
        if session is None:
            return None
        session.flush()
        dialog = CompareDialog(
            self.host.workbook,
            self.host.lang,
            session.round_id,
            self.parent_widget,
            self.host.preferences,
        )
        dialogs.present(dialog)
        return dialog

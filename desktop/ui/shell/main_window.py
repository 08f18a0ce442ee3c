"""The main window put together: rounds and sections on the left, the questions, the problems
on the right (what its menus open: ``menu_dialogs``; a submitted round: ``sealed_rounds``)."""

from __future__ import annotations

import logging
from collections import Counter
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

from desktop.i18n import Lang, as_lang
from desktop.jsonvalue import split_pointer
from desktop.paths import DataPaths
from desktop.ui import dialogs
from desktop.ui.form.explaining import explain_warning
from desktop.ui.form.lock_banner import LockBanner
from desktop.ui.form.navigation import Navigation
from desktop.ui.form.problems_panel import ProblemsPanel
from desktop.ui.form.save_status import SaveStatus
from desktop.ui.form.section_page import SectionPage
from desktop.ui.form.session import FormSession
from desktop.ui.previous.actions import PreviousRounds
from desktop.ui.shell.menu_dialogs import MenuDialogs
from desktop.ui.shell.menus import MainMenu
from desktop.ui.shell.package_importing import PackageImporting
from desktop.ui.shell.round_adding import RoundAdding
from desktop.ui.shell.sealed_rounds import SealedRounds, lock_page
from desktop.ui.shell.settings import Preferences
from desktop.ui.shell.window_layout import lay_out
from desktop.ui.translations import Translations, fill
from desktop.ui.window_size import resize_within_screen
from desktop.workbook import Workbook

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent  # built by PySide6 at the first close
    from PySide6.QtWidgets import QMessageBox

    from desktop.storage import Submission
    from desktop.ui.coordinator.received import ReceivedOpener
    from desktop.ui.shell.unavailable_rounds import UnavailableRounds
    from desktop.ui.submitting.submitting import Submitting
    from desktop.ui.tasks import Task

log = logging.getLogger(__name__)


class MainWindow(MenuDialogs):
    preferences: Preferences  # more of them than submitting needs

    def __init__(
        self,
        workbook: Workbook,
        paths: DataPaths,
        translations: Translations,
        preferences: Preferences,
        lang: Lang,
        today: date | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.workbook = workbook
        self.paths = paths
        self.translations = translations
        self.preferences = preferences
        self.lang: Lang = lang
        self.today = today or date.today()
        self.sessions: dict[str, FormSession] = {}
        self.pages: dict[tuple[str, str], SectionPage] = {}
        self.session: FormSession | None = None
        self.task: Task | None = None
        self._last_problem: str | None = None
        self._closing_anyway = False  # the user chose to close with unsaved edits
        # The session manager asked for the answers to be saved: its logout closes the window
        # without asking, unless the user is back first (the logout was cancelled).
        self._session_ending = False

        self.menu = MainMenu(self, lang)
        self.previous = PreviousRounds(self)
        rounds = workbook.catalog.listed_rounds()
        self.navigation = Navigation(rounds, lang, self.today, self)
        self.navigation.submitted = {r.id for r in rounds if workbook.is_locked(r.id)}
        self.navigation.corrected = {
            r.id: sent.number
            for r in rounds
            if r.id not in self.navigation.submitted
            and (sent := workbook.last_submission(r.id)) is not None
        }
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("pages")
        # A submitted round says so above its questions, with the way to reopen it.
        self.banner = LockBanner(self)
        self.banner.set_lang(lang)
        # ... shown from its stored package, with its seal
        self.sealed = SealedRounds(workbook, self.banner, lambda: self.session, self)
        self.panel = ProblemsPanel(self)
        self.sides = lay_out(self, self.navigation, self.banner, self.stack, self.panel)
        self.dock = self.sides.dock
        # Added rounds left out because their package does not verify: told above the form.
        self.unavailable: UnavailableRounds | None = None
        self._tell_unavailable()
        self.save_status = SaveStatus(self, workbook, self.sessions, lang)
        self._submitting: Submitting | None = None  # built when first used (start-up time)
        self._received: ReceivedOpener | None = None
        self.round_adding = RoundAdding(self, workbook, paths, preferences)
        self.round_adding.lang = lang
        self.package_importing = PackageImporting(self, workbook, preferences)
        self.package_importing.lang = lang

        self._connect()
        self.retranslate()
        # The first screen first: the round's problems fill in once the window is up.
        first = preferences.first_round(rounds, self.today, workbook.started_rounds)
        self.open_round(first, check_later=True)
        resize_within_screen(self, 1280, 800)

    def _connect(self) -> None:
        m = self.menu
        m.save_now.triggered.connect(self.flush)
        m.profile.triggered.connect(self.edit_profile)
        m.backup.triggered.connect(self.backup_now)
        m.backups.triggered.connect(self.show_backups)
        m.open_package.triggered.connect(self.open_package)
        m.received.triggered.connect(self.open_received)
        m.trusted_keys.triggered.connect(self.open_trusted_keys)
        m.add_round.triggered.connect(lambda: self.round_adding.choose())
        self.round_adding.added.connect(lambda _round_id: self._rounds_changed())
        m.import_package.triggered.connect(self._import_package)
        self.package_importing.imported.connect(self._package_imported)
        self.sealed.reshown.connect(lambda r, again: self.show_round_again(r, rebuild=again))
        m.quit.triggered.connect(self.close)
        m.draft.triggered.connect(lambda: self.submitting.make_draft())
        m.submit.triggered.connect(lambda: self.submitting.submit())
        m.submissions.triggered.connect(lambda: self.submitting.show_submissions())
        m.correct.triggered.connect(lambda: self.submitting.start_correction())
        m.key.triggered.connect(lambda: self.submitting.manage_key())
        self.banner.correction_requested.connect(lambda: self.submitting.start_correction())
        m.cancel_correction.triggered.connect(lambda: self.submitting.cancel_correction())
        self.banner.cancel_requested.connect(lambda: self.submitting.cancel_correction())
        m.next_section.triggered.connect(lambda: self.navigation.step(1))
        m.previous_section.triggered.connect(lambda: self.navigation.step(-1))
        m.next_problem.triggered.connect(self.next_problem)
        m.show_problems.triggered.connect(self.focus_problems)
        m.focus_sections.triggered.connect(lambda: self.navigation.sections.setFocus())
        # The item is ticked while the panel shows, however it came or went.
        m.problems_panel.setChecked(not self.dock.isHidden())
        m.problems_panel.triggered.connect(self.sides.set_panel_shown)
        self.dock.toggleViewAction().toggled.connect(m.problems_panel.setChecked)
        m.language_chosen.connect(lambda code: self.set_language(as_lang(code)))
        m.guide.triggered.connect(self.show_help)
        m.shortcuts.triggered.connect(self.show_shortcuts)
        m.about.triggered.connect(self.show_about)
        self.navigation.round_chosen.connect(self.open_round)
        self.navigation.section_chosen.connect(self.open_section)
        self.panel.activated.connect(self.go_to)
        self.panel.explain_requested.connect(self._explain)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    @property
    def submitting(self) -> Submitting:
        """Export, submission, correction and the key: loaded when the user first asks."""
        if self._submitting is None:
            from desktop.ui.submitting.submitting import Submitting

            self._submitting = Submitting(self)
        return self._submitting

    # -- rounds and sections -------------------------------------------------

    def _rounds_changed(self) -> None:
        """The workbook's catalog was read again (a round added): the rounds offered, and
        those told as unavailable."""
        self.navigation.set_rounds(self.workbook.catalog.listed_rounds())
        self._tell_unavailable()

    def rounds_restored(self) -> None:
        """The rounds as the restored database holds them: its added rounds offered, and a
        round it lacks no longer shown (the window moves to another round if it showed it)."""
        self.workbook.read_rounds_again()
        catalog = self.workbook.catalog
        gone = [round_id for round_id in self.sessions if round_id not in catalog.rounds]
        for round_id in gone:
            self.sessions.pop(round_id).stop_checking()
            for key in [key for key in self.pages if key[0] == round_id]:
                self.pages.pop(key).deleteLater()
        self._rounds_changed()
        if self.session is not None and self.session.round_id in gone:
            self.session = None
            rounds = catalog.listed_rounds()
            first = self.preferences.first_round(rounds, self.today, self.workbook.started_rounds)
            self.open_round(first)

    def _tell_unavailable(self) -> None:
        catalog = self.workbook.catalog
        if self.unavailable is None and not catalog.problems:
            return  # the usual start: nothing to tell, nothing more loaded
        from desktop.ui.shell.unavailable_rounds import UnavailableRounds, unavailable_in

        problems = unavailable_in(catalog)
        if self.unavailable is None:
            if not problems:
                return
            self.unavailable = UnavailableRounds(self.lang, self)
            self.sides.add_notice(self.unavailable)
        self.unavailable.show_problems(problems)

    def session_for(self, round_id: str) -> FormSession:
        session = self.sessions.get(round_id)
        if session is None:
            session = FormSession(self.workbook, round_id, self.lang, self)
            self.save_status.watch(session)
            session.checked.connect(self._checked)
            self.sessions[round_id] = session
        return session

    def open_round(self, round_id: str, *, check_later: bool = False) -> None:
        if self.session is not None:
            self.session.flush()
        self.session = self.session_for(round_id)
        if check_later:
            self.session.check_soon()
            if self.preferences.problems_counted(round_id) == 0:
                # It had none when last checked: no panel that would step aside a moment later.
                self.sides.problems_counted(0)
        else:
            self.session.check()
        self.refresh_lock()
        rnd = self.session.round
        self.navigation.show_round(rnd, self.session.progress)
        self.preferences.round_id = round_id
        section = self.preferences.section(round_id) or rnd.sections[0].id
        self.navigation.select_section(section if rnd.section(section) else rnd.sections[0].id)

    def open_section(self, section_id: str) -> SectionPage | None:
        session = self.session
        if session is None:
            return None
        page = self.page(session.round_id, section_id)
        if page is None:
            return None
        self.stack.setCurrentWidget(page)
        self.navigation.select_section(section_id)
        self.preferences.set_section(session.round_id, section_id)
        return page

    def page(self, round_id: str, section_id: str) -> SectionPage | None:
        """The section's page, built the first time it is shown and kept afterwards."""
        page = self.pages.get((round_id, section_id))
        if page is not None:
            return page
        session = self.session_for(round_id)
        section = session.round.section(section_id)
        if section is None:
            return None
        page = SectionPage(section, session, self.stack)
        page.explain_requested.connect(self._explain)
        page.set_answers(session.answers().get(section_id, {}))
        page.show_problems(session.shown, session.typed_errors)
        lock_page(page, self.workbook.is_locked(round_id))
        self.previous.attach(page)
        self.stack.addWidget(page)
        self.pages[(round_id, section_id)] = page
        # A new page joins the end of the tab chain; the problem list belongs after it,
        # followed by the button under it, in the order they are seen.
        last = page.last_focus_widget()
        if last is not None:
            QWidget.setTabOrder(last, self.panel.view)
            QWidget.setTabOrder(self.panel.view, self.panel.explain_button)
        return page

    def show_round_again(self, round_id: str, *, rebuild: bool) -> None:
        """The round is shown from other answers: its stored package, or its saved ones again
        (``rebuild``: laid out with other schemas too)."""
        session = self.session_for(round_id)
        for key in [k for k in self.pages if k[0] == round_id]:
            if not rebuild:
                self.pages[key].set_answers(session.answers().get(key[1], {}))
                continue
            page = self.pages.pop(key)
            self.stack.removeWidget(page)
            page.deleteLater()
        shown = self.navigation.current
        if rebuild and self.session is session and shown is not None and shown.id == round_id:
            rnd = session.round
            self.navigation.show_round(rnd, session.progress)
            section = self.preferences.section(round_id) or rnd.sections[0].id
            self.navigation.select_section(section if rnd.section(section) else rnd.sections[0].id)

    def current_page(self) -> SectionPage | None:
        widget = self.stack.currentWidget()
        return widget if isinstance(widget, SectionPage) else None

    def go_to(self, pointer: str) -> bool:
        """Show the question at ``pointer`` and put the focus in it (a problem's "jump to")."""
        if self.session is None:
            return False
        parts = split_pointer(pointer)
        if not parts:
            return False
        page = self.open_section(parts[0])
        self._last_problem = pointer
        return page is not None and (len(parts) < 2 or page.focus_pointer(pointer))

    def next_problem(self) -> None:
        if self.session is not None:
            self.session.show_all()  # the user asks for what to fix: all of it
        pointer = self.panel.next_pointer(self._last_problem)
        if pointer is not None:
            self.go_to(pointer)

    def _explain(self, pointer: str) -> None:
        if self.session is not None:
            explain_warning(self, self.session, pointer)

    def focus_problems(self) -> None:
        if self.session is not None:
            self.session.show_all()  # the user asks for what to fix: all of it
        self.sides.panel_wanted()
        self.panel.view.setFocus()
        if self.panel.view.currentItem() is None and self.panel.view.count():
            self.panel.view.setCurrentItem(self.panel.view.item(0))

    # -- submitted rounds ----------------------------------------------------

    def _import_package(self) -> None:
        self.flush()  # what is typed is saved before a round may be locked by the import
        self.package_importing.choose()

    def _package_imported(self, round_id: str) -> None:
        """A round that got a submission from a package: shown as submitted, and locked."""
        self._show_submitted(round_id, self.workbook.is_locked(round_id))
        self.refresh_lock()
        # Later rounds now have these answers as their previous ones: shown, and checked.
        self.previous.previous_changed()
        for session in self.sessions.values():
            if session.round_id != round_id:
                session.check()

    def refresh_lock(self) -> None:
        """Show whether the chosen round is submitted: banner, read-only pages, menu."""
        session = self.session
        if session is None:
            return
        round_id = session.round_id
        locked = self.workbook.is_locked(round_id)
        self.sealed.show_state(session)
        for (page_round, _section), page in self.pages.items():
            if page_round == round_id:
                lock_page(page, locked)
        self.menu.submit.setEnabled(not locked)
        self.menu.correct.setEnabled(locked)
        # A correction under way: a round not locked that was submitted (the banner shows it).
        self.menu.cancel_correction.setEnabled(not locked and self.banner.last is not None)
        self.previous.set_locked(locked)
        self._show_submitted(round_id, locked)

    def show_submission(self, submission: Submission) -> None:
        if self.session is not None and self.session.round_id == submission.round_id:
            self.sealed.choose(self.session, submission.number)

    def set_busy(self, busy: bool) -> None:
        """While an export runs, the window takes no input (its progress dialog shows why)."""
        for widget in (self.menuBar(), self.menu.toolbar, self.centralWidget(), self.dock):
            if widget is not None:
                widget.setEnabled(not busy)

    # -- saving --------------------------------------------------------------

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if self.session is not None and self.session.has_pending:
            self.session.flush()
        page = self.current_page()
        if self.session is None or page is None or old is None or new is None:
            return  # another window took the focus: the question is not left
        key = page.question_of(old)
        if key is not None and page.question_of(new) != key:
            # A question left, answered or not: what it lacks is told from now on.
            self.session.left(page.pointer(key))

    def flush(self) -> None:
        for session in self.sessions.values():
            session.flush()

    def _checked(self) -> None:
        session = self.sender()
        if not isinstance(session, FormSession):
            return
        for (round_id, _section), page in self.pages.items():
            if round_id == session.round_id:
                page.show_problems(session.shown, session.typed_errors)
        if session is self.session:
            # Questions not answered yet in a section not begun are counted, not listed.
            self.panel.show_problems(
                session.round,
                session.shown,
                session.typed_errors,
                self.lang,
                not_yet_answered=session.not_yet_answered,
            )
            # What the panel lists to fix, counted per section: one count, told alike.
            faults = Counter(e.section_id for e in self.panel.entries if not e.warning)
            self.navigation.set_progress(session.progress, faults)
            self._dock_title()
            # The panel stays while it counts questions not answered yet, listed or not.
            told = self.panel.count + session.not_yet_answered
            self.sides.problems_counted(told)
            self.preferences.set_problems_counted(session.round_id, told)

    # -- language ------------------------------------------------------------

    def set_language(self, lang: Lang) -> None:
        self.flush()
        self.translations.install(lang)
        self.lang = lang
        if self._received is not None:
            self._received.lang = lang
        self.preferences.lang = lang
        self.save_status.lang = lang
        self.round_adding.lang = lang
        self.package_importing.lang = lang
        for session in self.sessions.values():
            session.lang = lang
        self.menu.set_lang(lang)
        self.previous.retranslate()
        self.navigation.set_lang(lang)
        self.banner.set_lang(lang)
        self.banner.retranslate()
        if self.unavailable is not None:
            self.unavailable.set_lang(lang)
        for page in self.pages.values():
            page.set_lang(lang)
        self.retranslate()
        if self.session is not None:
            self.session.check()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tilannekuva – sote-uudistuksen tilannekuvakysely"))
        self.panel.retranslate()
        self._dock_title()
        self.save_status.show()

    def _dock_title(self) -> None:
        self.dock.setWindowTitle(self.panel.heading())

    # -- help ----------------------------------------------------------------------

    def show_help(self) -> QMessageBox:
        """A few lines on what the form's colours mean, where its files go and how to send."""
        from PySide6.QtGui import QKeySequence
        from PySide6.QtWidgets import QMessageBox

        from desktop.ui.folders import documents_folder

        def said(action: QAction) -> str:  # a command as the menu names it
            return action.text().replace("&", "").rstrip("…")

        m = self.menu
        sent = self.preferences.export_folder
        native = QKeySequence.SequenceFormat.NativeText
        lines = [
            self.tr("Punainen: virhe, joka on korjattava ennen lähettämistä."),
            fill(
                self.tr(
                    "Keltainen: huomautus. Tarkista vastaus; jos se pitää paikkansa, vahvista "
                    "se lyhyellä selityksellä (%1)."
                ),
                self.panel.explain_button.text(),
            ),
            fill(
                self.tr("Korjattavaa-luettelo (%1) kokoaa molemmat; Enter vie kysymykseen."),
                m.show_problems.shortcut().toString(native),
            ),
            self.tr(
                "Taulukkoon lisätään rivi sen alla olevalla Lisää rivi -painikkeella tai "
                "Insert-näppäimellä."
            ),
            fill(
                self.tr(
                    "Lähettäminen: %1 → %2 tekee allekirjoitetun raportin ja paketin "
                    "valitsemaasi kansioon, kirjaa lähetyksen ja lukitsee kierroksen. "
                    "Luonnoksen voi tehdä ensin: %1 → %3."
                ),
                said(m.submit_menu.menuAction()),
                said(m.submit),
                said(m.draft),
            ),
            fill(self.tr("Lähetetyt tiedostot: viimeksi valittu kansio %1"), sent)
            if sent is not None
            else fill(
                self.tr("Lähetetyt tiedostot: valitsemasi kansio (aluksi %1)"), documents_folder()
            ),
            fill(self.tr("Varmuuskopiot: %1"), self.paths.backups),
            fill(self.tr("Kaikki pikanäppäimet: %1."), m.shortcuts.shortcut().toString(native)),
        ]
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Ohje"),
            "\n\n".join(lines),
            QMessageBox.StandardButton.Ok,
            self,
        )
        box.setObjectName("helpPage")
        box.setTextFormat(Qt.TextFormat.PlainText)  # a folder's name is shown as it is
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        dialogs.present(box)
        return box

    def show_shortcuts(self) -> QMessageBox:
        from PySide6.QtWidgets import QLabel

        pairs = self.menu.shortcut_list() + self.previous.shortcut_list() + self._table_keys()
        rows = "".join(f"<tr><td><b>{keys}</b></td><td>{what}</td></tr>" for keys, what in pairs)
        extra = self.tr(
            "Sarkain siirtyy kysymyksestä toiseen. Taulukossa nuolinäppäimet liikkuvat "
            "soluissa ja Enter tai F2 aloittaa muokkauksen. Kyllä/ei-kysymyksen vastauksen "
            "voi poistaa Delete-näppäimellä."
        )
        # Room between the keys and what they do, however long the longest keys ("F4,
        # Alt+Nedpil"), and no more height per row: the list fits a 700-pixel screen.
        table = f"<style>td {{ padding-right: 12px; }}</style><table>{rows}</table>"
        box = dialogs.information(self, self.tr("Pikanäppäimet"), f"{table}<p>{extra}</p>")
        # A screen reader reads the table's cells one after another: each key with its command.
        label = box.findChild(QLabel, "qt_msgbox_label")
        if label is not None:
            label.setAccessibleName("\n".join([*(f"{k}: {w}" for k, w in pairs), extra]))
            # A message box keeps its text narrow, so the descriptions wrap and the list
            # grows past a 700-pixel screen: as wide as a 1024-pixel screen allows, each
            # line is one row.
            screen = self.screen().availableGeometry().width() if self.screen() else 1024
            label.setMinimumWidth(min(820, screen - 140))
            box.adjustSize()
        return box

    def _table_keys(self) -> list[tuple[str, str]]:
        """(keys, what they do) in a table question, as ``SheetView`` takes them."""
        return [
            (self.tr("Insert, Ctrl++"), self.tr("Taulukossa: lisää rivin taulukon loppuun")),
            (
                self.tr("Delete, Ctrl+-"),
                self.tr("Taulukossa: poistaa valitut rivit (kysyy ensin)"),
            ),
            (
                self.tr("F4, Alt+Alas"),
                self.tr("Taulukon solussa, jossa on vaihtoehdot: avaa vaihtoehtojen luettelon"),
            ),
            (
                self.tr("Enter, F2"),
                self.tr("Taulukossa: aloittaa solun muokkauksen; Enter tallentaa solun"),
            ),
            ("Esc", self.tr("Taulukon solua muokattaessa: peruu muokkauksen")),
            (
                self.tr("Vaihto+Enter, Ctrl+Enter"),
                self.tr("Taulukon pitkän tekstin solussa: rivinvaihto"),
            ),
            (self.tr("F4, Alt+Alas"), self.tr("Päivämääräkysymyksessä: avaa kalenterin")),
            ("Ctrl+C", self.tr("Taulukossa: kopioi valitut solut")),
            ("Ctrl+V", self.tr("Taulukossa: liittää taulukkolaskennasta kopioidut solut")),
            (
                self.tr("Sarkain"),
                self.tr(
                    "Taulukossa: siirtyy seuraavaan soluun ja viimeisestä solusta pois taulukosta"
                ),
            ),
            (
                self.tr("Ctrl+Sarkain"),
                self.tr("Taulukossa: siirtyy pois taulukosta mistä tahansa solusta"),
            ),
        ]

    # -- closing -------------------------------------------------------------

    def _close_anyway(self) -> None:
        """The user chose to close with answers that could not be saved."""
        self._closing_anyway = True
        self.close()

    def session_ending(self) -> None:
        """A logout or shutdown may be on its way: every answer that can be saved is saved
        now, and the window, if the logout goes on and closes it, closes without asking
        whether to (a text refused as typed is lost, as the status line said; there is no
        one to answer)."""
        self.flush()
        self._session_ending = True

    def session_resumed(self) -> None:
        """The user is back after ``session_ending``: the logout was cancelled, and closing
        the window asks again about answers not saved."""
        self._session_ending = False

    def close_unasked(self) -> None:
        """SIGTERM: save what can be saved, dismiss any question open (as No), and close."""
        self.flush()
        self._closing_anyway = True
        refused = self.save_status.refused_count()
        unsaved = self.save_status.unsaved_count()
        if refused or unsaved:
            log.warning("ended with %d unsaved edits, %d refused texts", unsaved, refused)
        from PySide6.QtWidgets import QDialog

        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._submitting is not None and self._submitting.busy:
            # An export is signing or writing: the window closes when it has finished.
            self.submitting.close_when_done = True
            event.ignore()
            return
        self.flush()
        # A logout's close comes as the application quits, never from the window system
        # (the title bar's close button): only the first closes without asking.
        unasked = self._closing_anyway or (self._session_ending and not event.spontaneous())
        if not unasked and not self.save_status.ask_before_closing(self._close_anyway):
            event.ignore()
            return
        for session in self.sessions.values():
            session.stop_checking()
        self.preferences.save_window(self.saveGeometry(), self.saveState())
        self.preferences.sync()
        super().closeEvent(event)

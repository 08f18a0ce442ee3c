"""What the window's menus open in windows of their own: the profile, backups and restoring
one, received packages and the coordinator's view of them, and what the program is.

Each is loaded the first time the user asks for it, so none costs anything at
start-up. The main window (``desktop.ui.shell.main_window``) is built on this;
what it needs of the window is named here.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from desktop.paths import RECEIVED_SUFFIXES, ROUND_SUFFIX
from desktop.ui import dialogs
from desktop.ui.submitting.host import SubmittingWindow
from desktop.ui.translations import fill
from desktop.untrusted import escape

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from desktop.ui.coordinator.received import ReceivedOpener
    from desktop.ui.form.navigation import Navigation
    from desktop.ui.form.section_page import SectionPage
    from desktop.ui.form.session import FormSession
    from desktop.ui.shell.profile_dialog import ProfileDialog
    from desktop.ui.shell.round_adding import RoundAdding
    from desktop.ui.shell.settings import Preferences
    from desktop.ui.tasks import Task


class MenuDialogs(SubmittingWindow):
    """A main window that opens the profile, backups, received packages and about."""

    sessions: dict[str, FormSession]
    pages: dict[tuple[str, str], SectionPage]
    navigation: Navigation
    task: Task | None  # a backup being written
    preferences: Preferences  # the export folder and the folders of other files
    _received: ReceivedOpener | None  # made when the first received file is opened
    round_adding: RoundAdding  # File → Add survey round…

    def session_for(self, round_id: str) -> FormSession:
        """The session of a round, made the first time it is asked for."""
        raise NotImplementedError

    def rounds_restored(self) -> None:
        """The rounds read again after a restore: the backup's added rounds offered."""
        raise NotImplementedError

    def _show_submitted(self, round_id: str, locked: bool) -> None:
        """The round list tells a submitted round, and one reopened for a correction."""
        sent = None if locked else self.workbook.last_submission(round_id)
        self.navigation.set_submitted(round_id, locked, sent.number if sent else None)

    @property
    def received(self) -> ReceivedOpener:
        """Checking a received file, loaded the first time one is opened (start-up time)."""
        if self._received is None:
            from desktop.collect.desk import Desk
            from desktop.ui.coordinator.received import ReceivedOpener

            # Checked with the workbook's register and rounds (a round added from a package
            # too), and the trust register when this folder is a coordinator's as well.
            # Read again for each file: a key registered meanwhile (Trusted keys…) counts.
            paths = self.paths
            self._received = ReceivedOpener(
                self,
                self.lang,
                self.workbook,
                registered=lambda: Desk.open(paths).registered,
                own_key=self.paths.key_store,
                desk=lambda: Desk.open(paths),  # where a file's key is registered
            )
        return self._received

    def open_file(self, path: Path) -> None:
        """A file the file manager or a second start hands over: a received package or report
        is checked and shown, a survey round package added; anything else is told why not."""
        suffix = path.suffix.lower()
        if not path.is_file():
            said = self.tr("Tiedostoa %1 ei ole: se on ehkä siirretty tai poistettu.")
        elif suffix in RECEIVED_SUFFIXES:
            self.received.open(path)
            return
        elif suffix == ROUND_SUFFIX:
            self.round_adding.add_file(path)
            return
        else:
            said = self.tr(
                "Tilannekuva ei osaa avata tiedostoa %1: se ei ole vastaanotettu paketti "
                "(.asice), raportti (.pdf) eikä kyselykierros (.tkround)."
            )
        box = dialogs.warning(
            self, self.tr("Tiedostoa ei voi avata"), fill(said, escape(str(path)))
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file's name is shown as it is

    def open_package(self) -> None:
        preferences = self.preferences
        dialog = self.received.choose(preferences.folder("received"))
        dialog.fileSelected.connect(
            lambda chosen: preferences.remember_folder("received", Path(chosen).parent)
        )

    def open_received(self) -> QDialog:
        """The coordinator's view of received packages, in a window of its own."""
        from desktop.ui.coordinator.window import CoordinatorWindow

        window = CoordinatorWindow(self.paths, self.lang, self)
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window.show()
        return window

    def open_trusted_keys(self) -> QDialog:
        """The coordinator's trust register: each municipality's key, added or removed."""
        from desktop.collect.desk import Desk
        from desktop.ui.coordinator.trust_dialog import TrustDialog

        return dialogs.present(TrustDialog(Desk.open(self.paths), self.lang, self))

    def edit_profile(self) -> ProfileDialog:
        from desktop.ui.shell.profile_dialog import edit_profile  # loaded when first asked for

        self.flush()
        return edit_profile(self, self.workbook, self.lang, self._profile_saved)

    def _profile_saved(self) -> None:
        # The contact questions follow the profile (see ``Workbook.save_profile``).
        for (round_id, section_id), page in self.pages.items():
            page.set_answers(self.session_for(round_id).answers().get(section_id, {}))
        if self.session is not None:
            self.session.check()
        self.save_status.committed()

    def backup_now(self) -> None:
        if self.task is not None and self.task.running:
            return
        from desktop.ui.shell.backups_dialog import back_up_now  # loaded when first asked for

        self.flush()
        self.task = back_up_now(self, self.paths, self.lang)

    def reload_answers(self) -> None:
        """Show the answers as stored now (after a restore replaced them)."""
        for session in self.sessions.values():
            session.discard_unsaved()  # edits of the replaced state must not be saved over it
        self.rounds_restored()
        for (round_id, section_id), page in self.pages.items():
            page.set_answers(self.session_for(round_id).answers().get(section_id, {}))
        for rnd in self.workbook.catalog.ordered_rounds():
            self._show_submitted(rnd.id, self.workbook.is_locked(rnd.id))
        self.refresh_lock()
        for session in self.sessions.values():
            session.check()
        self.save_status.committed()

    def show_backups(self) -> QDialog:
        from desktop.ui.shell.backups_dialog import BackupsDialog

        self.flush()
        dialog = BackupsDialog(self.workbook, self.paths, self.lang, self.flush, self)
        dialog.restored.connect(self.reload_answers)
        return dialogs.present(dialog)

    def show_about(self) -> QDialog:
        from desktop.ui.shell.about_dialog import AboutDialog

        return dialogs.present(AboutDialog(self.paths.root, self))

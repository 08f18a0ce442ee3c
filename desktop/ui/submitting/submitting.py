"""Exporting the chosen round from the window: a draft, a submission, its record, a correction.

It does what ``tilannekuva export``, ``submissions``, ``correct`` and ``key``
do, with dialogs in place of arguments (the key: ``key_management``): it asks
the submission service (``desktop.submission``) and shows its answers. The
export itself signs with pyHanko, which runs an event loop of its own, so it
runs on a worker thread (``desktop.submission.job.ExportJob``) while a
progress dialog shows its steps and the window takes no input. Pending edits
are saved first, so the export holds exactly what the form shows.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.errors import UserError
from desktop.i18n import pick
from desktop.signing.fingerprints import fingerprint_lines
from desktop.storage import Submission
from desktop.submission.job import ExportJob
from desktop.submission.readiness import Obstacle
from desktop.submission.service import Submissions
from desktop.survey.formatting import format_date
from desktop.ui import dialogs
from desktop.ui.dialogs import alive
from desktop.ui.submitting.host import SubmittingWindow
from desktop.ui.submitting.key_dialogs import KeyDialog, KeyRequest, Opener
from desktop.ui.submitting.key_management import KeyManagement
from desktop.ui.submitting.progress import ExportProgress
from desktop.ui.submitting.readiness_summary import ReadinessSummary
from desktop.ui.submitting.submissions_dialog import SubmissionsDialog
from desktop.ui.tasks import Task, run_task
from desktop.ui.translations import fill

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

    from desktop.signing.keys import OrganisationKey
    from desktop.submission.exporting import ExportResult
    from desktop.ui.submitting.cancelling import CorrectionCancelling

log = logging.getLogger(__name__)


class Submitting(QObject):
    """The window's "Lähetys" menu: draft, submit, submissions, correction, organisation key."""

    def __init__(self, window: SubmittingWindow) -> None:
        super().__init__(window)
        self.window = window
        self.busy = False
        self.close_when_done = False
        self.task: Task | None = None
        self.progress: ExportProgress | None = None
        self.keys = KeyManagement(self, self)
        self._cancelling: CorrectionCancelling | None = None

    # -- shared ----------------------------------------------------------------

    @property
    def key_path(self) -> Path:
        return self.window.paths.key_store

    @property
    def service(self) -> Submissions:
        return Submissions(self.window.workbook)

    def _round(self) -> str | None:
        session = self.window.session
        return None if session is None else session.round_id

    def _folder(self) -> Path:
        remembered = self.window.preferences.export_folder
        if remembered is not None and remembered.is_dir():
            return remembered
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        # Qt names ~/Documents even where the account has none (a fresh Linux install).
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.window.set_busy(busy)
        if not busy and self.close_when_done:
            QTimer.singleShot(0, self.window.close)

    def message(self, error: BaseException) -> str:
        if isinstance(error, UserError):
            # The core says what happened; the window adds its own way on where it has one.
            step = self.next_step(error)
            said = error.message(self.window.lang)
            return f"{said}\n\n{step}" if step else said
        log.error("export failed", exc_info=error)
        return fill(
            self.tr(
                "Ohjelmassa tapahtui virhe (%1). Tiedot virheestä on kirjoitettu lokiin "
                "tietokansion logs-kansioon."
            ),
            type(error).__name__,
        )

    def next_step(self, error: UserError) -> str:
        """What to do next in the window after ``error``, by its message id ("" for none)."""
        steps = {
            "submission.refusal.recorded_not_saved": self.tr(
                "Tallenna ne toiseen kansioon: Lähetys → Lähetykset… → Tallenna tiedostot "
                "uudelleen."
            ),
            "submission.refusal.no_key": self.tr("Luo tai tuo avain: Lähetys → Organisaatioavain…"),
            "submission.refusal.new_key": self.tr(
                "Tuo aiempi avain: Lähetys → Organisaatioavain… → Tuo PKCS#12-tiedosto…"
            ),
            "submission.refusal.unchanged": self.tr(
                "Jos tarvitset lähetyksen tiedostot uudelleen: Lähetys → Lähetykset… → "
                "Tallenna tiedostot uudelleen."
            ),
            "submission.refusal.already_submitted": self.tr(
                "Korjaus aloitetaan valikosta Lähetys → Aloita korjaus."
            ),
            "workbook.no_profile": self.tr("Valitse kunta: Tiedosto → Kunta ja yhteyshenkilö…"),
        }
        return steps.get(error.key, "")

    def key_failed(self, error: BaseException, parent: QWidget | None = None) -> None:
        self.set_busy(False)
        dialogs.error(
            parent if alive(parent) else self.window,
            self.tr("Avainta ei voitu avata"),
            self.message(error),
        )

    def open_key(
        self,
        opener: Opener,
        prompt: str,
        on_opened: Callable[[OrganisationKey], None],
        on_failed: Callable[[BaseException], None],
        parent: QWidget | None = None,
    ) -> KeyRequest:
        return KeyRequest(
            parent if parent is not None else self.window,
            opener,
            prompt,
            on_opened,
            lambda: self.set_busy(False),
            on_failed,
        ).start()

    # -- draft and submission --------------------------------------------------

    def make_draft(self) -> None:
        round_id = self._round()
        if round_id is None or self.busy:
            return
        self.window.flush()
        dialogs.choose_folder(
            self.window,
            self.tr("Tee luonnos – valitse kansio"),
            self._folder(),
            lambda folder: self._export(round_id, folder, None, draft=True),
        )

    def submit(self) -> None:
        round_id = self._round()
        if round_id is None or self.busy:
            return
        window = self.window
        window.flush()
        session = window.session
        ready = self.service.readiness(
            round_id,
            today=window.today,
            unsaved=window.save_status.unsaved_count(),
            typed=len(session.typed_errors) if session is not None else 0,
        )
        obstacle = ready.first()
        if obstacle is Obstacle.LOCKED:
            dialogs.information(
                window,
                self.tr("Kierros on jo lähetetty"),
                fill(
                    self.tr(
                        "Kierros on jo lähetetty (lähetys %1) ja lukittu. Jos vastauksia on "
                        "muutettava, aloita korjaus (Lähetys → Aloita korjaus)."
                    ),
                    ready.last_number,
                ),
            )
        elif obstacle is Obstacle.UNSAVED:
            dialogs.warning(
                window,
                self.tr("Kierrosta ei voi vielä lähettää"),
                fill(
                    self.tr(
                        "Tallentamatta olevia vastauksia: %1. Lähetys tehtäisiin ilman niitä. "
                        "Odota, kunnes ne on tallennettu (tilarivillä lukee silloin "
                        "”Tallennettu”), ja lähetä sitten."
                    ),
                    ready.unsaved,
                ),
            )
        elif obstacle is Obstacle.UNCHANGED:
            refusal = ready.refusal()
            assert refusal is not None and ready.unchanged_since is not None
            self._unchanged(round_id, ready.unchanged_since, refusal)
        elif obstacle is Obstacle.PROBLEMS:
            text = self.tr(
                "Vastauksissa on %n korjattavaa kohtaa. Ne on lueteltu oikealla "
                "Korjattavaa-paneelissa (F8 vie seuraavaan). Korjaa ne ennen lähettämistä, "
                "tai tee luonnos (PDF), jossa keskeneräiset vastaukset sallitaan.",
                "",
                ready.errors,
            )
            if ready.unconfirmed:
                text += " " + self.tr(
                    "Lisäksi %n huomautusta on vahvistettava tai vastausta muutettava.",
                    "",
                    ready.unconfirmed,
                )
            dialogs.warning(
                window,
                self.tr("Kierrosta ei voi vielä lähettää"),
                text,
                # Once the box has given the focus back, the list takes it.
                on_finished=lambda: QTimer.singleShot(0, window.focus_problems),
            )
        elif obstacle is Obstacle.UNCONFIRMED:
            dialogs.warning(
                window,
                self.tr("Kierrosta ei voi vielä lähettää"),
                self.tr(
                    "Vastauksissa on %n huomautusta, jota kukaan ei ole vahvistanut. Tarkista "
                    "se Korjattavaa-paneelissa: jos vastaus pitää paikkansa, vahvista se "
                    "lyhyellä selityksellä (Vahvista valittu huomautus…), muuten muuta "
                    "vastausta. Sitten voit lähettää.",
                    "",
                    ready.unconfirmed,
                ),
                # Once the box has given the focus back, the list takes it.
                on_finished=lambda: QTimer.singleShot(0, window.focus_problems),
            )
        elif obstacle is Obstacle.NO_KEY:
            self._ask_for_key(round_id)
        elif obstacle is Obstacle.CLOSED:
            # A late answer goes only when the user says so, knowing the date.
            def late(yes: bool) -> None:
                if yes:
                    self._choose_and_submit(round_id, after_closing=True)

            dialogs.question(
                window,
                self.tr("Kierros on jo päättynyt"),
                fill(
                    self.tr(
                        "Kierros päättyi %1. Lähetetäänkö vastaukset silti myöhässä? Lähetä "
                        "vain, jos vastaanottaja on luvannut ottaa ne vielä vastaan."
                    ),
                    format_date(ready.round.closes),
                ),
                late,
            )
        else:
            self._choose_and_submit(round_id, after_closing=False)

    def _unchanged(self, round_id: str, number: int, refusal: UserError) -> QMessageBox:
        """A correction that would send what submission ``number`` sent is not signed. Who
        needs that package again (the receiver lost it) saves the kept files again here."""
        submission = self.service.find(round_id, number)

        def answered(save: bool) -> None:
            if save:
                self._save_again(self.window, submission)

        step = fill(
            self.tr(
                "Muuta vastauksia, jos niissä on korjattavaa. Jos tarvitset lähetyksen %1 "
                "allekirjoitetut tiedostot (paketti ja raportti) uudelleen, tallenna ne kansioon."
            ),
            number,
        )
        return dialogs.question(
            self.window,
            self.tr("Korjauksessa ei ole muutoksia"),
            f"{refusal.message(self.window.lang)}\n\n{step}",
            answered,
            yes=fill(self.tr("&Tallenna lähetyksen %1 tiedostot…"), number),
            no=self.tr("&Palaa lomakkeeseen"),
        )

    def _ask_for_key(self, round_id: str) -> QMessageBox:
        """No key to sign with: make one or import one, named by what each does. When the data
        folder's earlier submissions were signed with a key (a restore on a new computer),
        that key is named and importing it comes first."""
        from PySide6.QtWidgets import QMessageBox

        window = self.window
        earlier = self.service.earlier_key()
        if earlier is None:
            text = self.tr(
                "Lähetys allekirjoitetaan organisaation avaimella, eikä avainta ole vielä "
                "luotu. Luo uusi avain tai tuo kunnan olemassa oleva avain (PKCS#12-tiedosto)."
            )
        else:
            text = fill(
                self.tr(
                    "Lähetys allekirjoitetaan organisaation avaimella, eikä sitä ole tässä "
                    "tietokansiossa. Aiemmat lähetykset on allekirjoitettu avaimella, jonka "
                    "sormenjälki on:\n\n%1\n\nTuo se: kopioi tiedosto %2 vanhalta "
                    "tietokoneelta. Uudella avaimella allekirjoitetun lähetyksen vastaanottaja "
                    "hylkää, kunnes se on rekisteröinyt uuden sormenjäljen."
                ),
                "\n".join(fingerprint_lines(earlier.fingerprint)),
                self.key_path.name,
            )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Organisaatioavain puuttuu"),
            text,
            QMessageBox.StandardButton.NoButton,
            window,
        )
        box.setObjectName("keyChoiceBox")
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        create = QPushButton(self.tr("&Luo uusi avain…"), box)
        create.setObjectName("createKey")
        bring = QPushButton(self.tr("&Tuo avain…"), box)
        bring.setObjectName("importKey")
        for button in (bring, create) if earlier is not None else (create, bring):
            box.addButton(button, QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(self.tr("Peru"), QMessageBox.ButtonRole.RejectRole)
        cancel.setObjectName("cancel")
        box.setDefaultButton(bring if earlier is not None else create)
        box.setEscapeButton(cancel)

        def chosen(_result: int) -> None:
            clicked = box.clickedButton()
            if clicked is not create and clicked is not bring:
                return
            dialog = self.manage_key()
            if dialog is None:
                return
            # Once the key is made or imported, the submission asked for goes on.
            dialog.finished.connect(lambda _result: self._submit_with_new_key(round_id))
            if clicked is create:
                self.keys.create(dialog)
            else:
                self.keys.import_file(dialog)

        box.finished.connect(chosen)
        dialogs.present(box)
        return box

    def _submit_with_new_key(self, round_id: str) -> None:
        if self.key_path.exists() and self._round() == round_id and not self.busy:
            self.submit()

    def _choose_and_submit(self, round_id: str, *, after_closing: bool) -> None:
        """The readiness summary first; the folder once the user goes on."""
        window = self.window
        ready = self.service.readiness(round_id, today=window.today)

        def answered(go_on: bool) -> None:
            if go_on:
                self._choose_folder_and_submit(round_id, after_closing=after_closing)

        from desktop.review.compare import changed_since_sent  # loaded when first submitting

        since = changed_since_sent(window.workbook, round_id)
        ReadinessSummary(window).ask(ready, window.lang, answered, since)

    def _choose_folder_and_submit(self, round_id: str, *, after_closing: bool) -> None:
        dialogs.choose_folder(
            self.window,
            self.tr("Lähetä – valitse kansio lähetettäville tiedostoille"),
            self._folder(),
            lambda folder: self._sign_and_export(round_id, folder, after_closing),
        )

    def _sign_and_export(self, round_id: str, folder: Path, after_closing: bool = False) -> None:
        from desktop.signing.keystore import load_key

        path = self.key_path
        self.set_busy(True)
        self.open_key(
            lambda passphrase: load_key(path, passphrase),
            self.tr("Organisaatioavain on suojattu tunnuslauseella. Anna tunnuslause:"),
            lambda key: self._sign_with(round_id, folder, key, after_closing),
            self.key_failed,
        )

    def _sign_with(
        self, round_id: str, folder: Path, key: OrganisationKey, after_closing: bool
    ) -> None:
        """Sign with ``key``; one other than the earlier submissions' key only after asking:
        the receiver refuses its packages until they have registered its fingerprint."""
        changed = self.service.key_change(key)
        if changed is None:
            self._export(round_id, folder, key, draft=False, after_closing=after_closing)
            return

        def answered(yes: bool) -> None:
            if yes:
                self._export(
                    round_id, folder, key, draft=False, after_closing=after_closing, new_key=True
                )
            else:
                self.set_busy(False)

        dialogs.question(
            self.window,
            self.tr("Eri avain kuin aiemmissa lähetyksissä"),
            fill(
                self.tr(
                    "Lähetys allekirjoitettaisiin avaimella, jonka sormenjälki on:\n\n%1\n\n"
                    "Aiemmat lähetykset (viimeksi kierroksen %3 lähetys %4) on allekirjoitettu "
                    "toisella avaimella:\n\n%2\n\nVastaanottaja hylkää uudella avaimella "
                    "allekirjoitetun lähetyksen, kunnes se on rekisteröinyt uuden "
                    "sormenjäljen: kerro se vastaanottajalle muuta kautta ennen lähettämistä. "
                    "Jos aiempi avain on tallessa, tuo se ja lähetä sillä.\n\n"
                    "Allekirjoitetaanko silti uudella avaimella?"
                ),
                "\n".join(fingerprint_lines(key.fingerprint)),
                "\n".join(fingerprint_lines(changed.fingerprint)),
                changed.round_id,
                changed.number,
            ),
            answered,
            yes=self.tr("&Allekirjoita uudella avaimella"),
            no=self.tr("Peru"),
        )

    def _export(
        self,
        round_id: str,
        folder: Path,
        key: OrganisationKey | None,
        *,
        draft: bool,
        after_closing: bool = False,
        new_key: bool = False,
    ) -> None:
        window = self.window
        window.flush()
        job = ExportJob(
            window.paths,
            window.workbook.catalog,
            window.workbook.register,
            round_id,
            folder,
            key,
            window.lang,
            draft,
            today=window.today,
            after_closing=after_closing,
            new_key=new_key,
        )
        title = self.tr("Tehdään luonnosta") if draft else self.tr("Lähetetään")
        progress = ExportProgress(window, title, window.lang)
        self.progress = progress
        self.set_busy(True)
        dialogs.present(progress)

        def done(result: Any) -> None:
            progress.finish()
            self.set_busy(False)
            window.preferences.export_folder = folder
            window.refresh_lock()
            self._exported(result, round_id)

        def failed(error: BaseException) -> None:
            progress.finish()
            self.set_busy(False)
            window.refresh_lock()  # a submission recorded before a failed write still locks
            self._export_failed(error, draft)

        self.task = run_task(job.run, done, failed, on_progress=progress.step, parent=self)

    def _exported(self, result: ExportResult, round_id: str) -> None:
        window = self.window
        if result.submission is None:
            text = fill(
                self.tr("Luonnos on tallennettu (allekirjoittamaton, ei lähetetty):\n%1"),
                result.report,
            )
            if result.to_fix:
                text += "\n\n" + self.tr(
                    "Luonnoksessa on %n korjattavaa kohtaa; ne on lueteltu raportin lopussa.",
                    "",
                    len(result.to_fix),
                )
            dialogs.information(window, self.tr("Luonnos valmis"), text)
            return
        text = fill(
            self.tr(
                "Lähetys %1 kierrokselle %2 on valmis, ja kierros on lukittu.\n\n"
                "Paketti: %3\nRaportti: %4\n\nAvaimen sormenjälki:\n%5\n\n"
                "Lähetä molemmat tiedostot ja kerro sormenjälki vastaanottajalle muuta kautta."
            ),
            result.submission.number,
            round_id,
            result.package,
            result.report,
            "\n".join(fingerprint_lines(result.fingerprint or "")),
        )
        dialogs.information(window, self.tr("Lähetys valmis"), text)

    def _export_failed(self, error: BaseException, draft: bool) -> None:
        title = self.tr("Luonnosta ei tehty") if draft else self.tr("Lähetys ei onnistunut")
        dialogs.error(self.window, title, self.message(error))

    # -- submissions and corrections -----------------------------------------

    def show_submissions(self) -> SubmissionsDialog | None:
        round_id = self._round()
        if round_id is None or self.busy:
            return None
        window = self.window
        title = pick(window.workbook.round(round_id).title, window.lang)
        service = self.service
        # Who sent each: the contact person its signed package names, not the computer account.
        sent = service.sent(round_id)
        dialog = SubmissionsDialog(
            title,
            [each.submission for each in sent],
            window.workbook.is_locked(round_id),
            window,
            [each.sender for each in sent],
            service.next_number(round_id),
        )
        dialog.save_requested.connect(lambda chosen: self._save_again(dialog, chosen))
        dialog.show_requested.connect(lambda chosen: window.show_submission(chosen))
        dialogs.present(dialog)
        return dialog

    def _save_again(self, parent: QWidget, submission: Submission) -> None:
        def refused(exc: UserError) -> None:
            owner = parent if alive(parent) else self.window
            dialogs.error(owner, self.tr("Tiedostoja ei tallennettu"), self.message(exc))

        # Kept files damaged since they were submitted are refused before a folder is asked
        # (and checked again as they are written).
        try:
            self.service.kept_files(submission)
        except UserError as exc:
            refused(exc)
            return

        def chosen(folder: Path) -> None:
            owner = parent if alive(parent) else self.window
            try:
                saved = self.service.save_again(submission, folder)
            except UserError as exc:
                refused(exc)
                return
            self.window.preferences.export_folder = folder
            dialogs.information(
                owner,
                self.tr("Tiedostot tallennettu"),
                fill(
                    self.tr("Lähetyksen %1 tiedostot on tallennettu:\n%2\n%3"),
                    submission.number,
                    saved.package,
                    saved.report,
                ),
            )

        dialogs.choose_folder(
            parent,
            fill(self.tr("Tallenna lähetyksen %1 tiedostot – valitse kansio"), submission.number),
            self._folder(),
            chosen,
        )

    def start_correction(self) -> None:
        round_id = self._round()
        if round_id is None or self.busy:
            return
        window = self.window
        service = self.service
        if not window.workbook.is_locked(round_id):
            return
        number = service.next_number(round_id)
        title = pick(window.workbook.round(round_id).title, window.lang)

        def answered(yes: bool) -> None:
            if not yes:
                return
            try:
                service.start_correction(round_id)
            except UserError as exc:
                dialogs.error(window, self.tr("Korjausta ei aloitettu"), self.message(exc))
                return
            window.refresh_lock()
            window.statusBar().showMessage(
                fill(self.tr("Kierros on avattu korjausta varten (tuleva lähetys %1)."), number),
                10000,
            )

        dialogs.question(
            window,
            self.tr("Aloita korjaus"),
            fill(
                self.tr(
                    "Avataanko kierros ”%1” korjausta varten? Aiemmat lähetykset säilyvät "
                    "ennallaan. Kun lähetät korjatut vastaukset, niistä tulee lähetys %2."
                ),
                title,
                number,
            ),
            answered,
        )

    def cancel_correction(self) -> QMessageBox | None:
        """Cancel the correction of the chosen round ("Peru korjaus"; ``cancelling``)."""
        if self.busy:
            return None
        if self._cancelling is None:
            from desktop.ui.submitting.cancelling import CorrectionCancelling

            self._cancelling = CorrectionCancelling(self.window, self.message, self)
        return self._cancelling.ask()

    # -- the organisation key ----------------------------------------------------

    def manage_key(self) -> KeyDialog | None:
        return self.keys.manage()

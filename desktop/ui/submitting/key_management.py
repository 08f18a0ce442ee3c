"""The organisation key from the window: shown, unlocked, created or imported.

What ``tilannekuva key show|create|import`` does, with dialogs. Reading,
creating and importing a key run off the window's thread (the passphrase
KDF takes a moment); the busy state and the messages are the export's own
(``submitting.Submitting``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.signing.fingerprints import fingerprint_lines
from desktop.ui import dialogs
from desktop.ui.dialogs import alive
from desktop.ui.submitting.host import SubmittingWindow
from desktop.ui.submitting.key_dialogs import KeyDialog, KeyRequest, NewKeyDialog, Opener
from desktop.ui.tasks import run_task
from desktop.ui.translations import fill

if TYPE_CHECKING:
    from desktop.signing.keys import OrganisationKey
    from desktop.submission.service import Submissions


class KeyOwner(Protocol):
    """What the key's dialogs share with the export (``submitting.Submitting``)."""

    window: SubmittingWindow
    busy: bool

    @property
    def key_path(self) -> Path: ...

    @property
    def service(self) -> Submissions: ...

    def set_busy(self, busy: bool) -> None: ...

    def message(self, error: BaseException) -> str: ...

    def key_failed(self, error: BaseException, parent: QWidget | None = None) -> None: ...

    def open_key(
        self,
        opener: Opener,
        prompt: str,
        on_opened: Callable[[OrganisationKey], None],
        on_failed: Callable[[BaseException], None],
        parent: QWidget | None = None,
    ) -> KeyRequest: ...


class KeyManagement(QObject):
    """The "Organisaatioavain…" dialog and what its buttons do."""

    def __init__(self, submitting: KeyOwner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.submitting = submitting

    def manage(self) -> KeyDialog | None:
        from desktop.signing.keystore import load_key

        if self.submitting.busy:
            return None
        path = self.submitting.key_path
        dialog = KeyDialog(path, self.submitting.window, shown_as=self._names())
        dialog.create_requested.connect(lambda: self._create(dialog))
        dialog.import_requested.connect(lambda: self._import(dialog))
        dialog.unlock_requested.connect(lambda: self._unlock(dialog))
        dialogs.present(dialog)
        if not path.exists():
            # After a restore on a new computer: the key of the earlier submissions is wanted.
            earlier = self.submitting.service.earlier_key()
            if earlier is not None:
                dialog.show_missing(earlier.fingerprint)
            return dialog
        dialog.show_reading()

        def read(key: Any) -> None:
            if alive(dialog):
                dialog.show_key(key)

        def refused(error: BaseException) -> None:
            from desktop.signing.keys import KeyStoreError

            if not alive(dialog):
                return
            if isinstance(error, KeyStoreError) and error.key == "signing.key.passphrase_required":
                dialog.show_locked()
            else:
                dialog.show_error(self.submitting.message(error))

        run_task(lambda _report: load_key(path, None), read, refused, parent=dialog)
        return dialog

    def _names(self) -> dict[str, str]:
        """The municipality's name as a key made here names it (the registered Finnish name,
        ``Submissions.organisation``) → its name in the user's language."""
        window = self.submitting.window
        if window.workbook.profile() is None:
            return {}
        municipality = self.submitting.service.municipality()
        return {municipality.name_fi: municipality.display_name(window.lang)}

    def _unlock(self, dialog: KeyDialog) -> None:
        from desktop.signing.keystore import load_key

        path = self.submitting.key_path

        def opened(key: OrganisationKey) -> None:
            if alive(dialog):
                dialog.show_key(key)

        self.submitting.open_key(
            lambda passphrase: load_key(path, passphrase),
            self.tr("Organisaatioavain on suojattu tunnuslauseella. Anna tunnuslause:"),
            opened,
            lambda error: self.submitting.key_failed(error, dialog),
            dialog,
        )

    def create(self, dialog: KeyDialog) -> None:
        """Make a new key from ``dialog`` (its "create" button)."""
        self._create(dialog)

    def import_file(self, dialog: KeyDialog) -> None:
        """Import a key file from ``dialog`` (its "import" button)."""
        self._import(dialog)

    def _create(self, dialog: KeyDialog) -> None:
        if self.submitting.window.workbook.profile() is None:
            return
        organisation = self.submitting.service.organisation()
        # Named as the user reads it; the certificate keeps the registered name.
        shown = self.submitting.service.municipality().display_name(self.submitting.window.lang)
        new = NewKeyDialog(shown, organisation.business_id or "", dialog)

        def create() -> None:
            from desktop.signing.keystore import create_key_file

            passphrase = new.passphrase()
            path = self.submitting.key_path
            self.submitting.set_busy(True)
            run_task(
                lambda _report: create_key_file(path, organisation, passphrase),
                lambda key: self._ready(dialog, key, created=True, bare=passphrase is None),
                lambda error: self.submitting.key_failed(error, dialog),
                parent=self,
            )

        new.accepted.connect(create)
        dialogs.present(new)

    def _import(self, dialog: KeyDialog) -> None:
        from desktop.signing.keystore import import_pkcs12

        target = self.submitting.key_path

        def chosen(source: Path) -> None:
            self.submitting.set_busy(True)
            self.submitting.open_key(
                lambda passphrase: import_pkcs12(source, target, passphrase),
                fill(self.tr("Tiedosto %1 on suojattu tunnuslauseella. Anna tunnuslause:"), source),
                lambda key: self._ready(dialog, key, created=False, bare=False),
                lambda error: self.submitting.key_failed(error, dialog),
                dialog,
            )

        dialogs.open_file(
            dialog,
            self.tr("Tuo PKCS#12-tiedosto"),
            Path.home(),
            self.tr("PKCS#12-tiedostot (*.p12 *.pfx);;Kaikki tiedostot (*)"),
            chosen,
        )

    def _ready(self, dialog: KeyDialog, key: Any, *, created: bool, bare: bool) -> None:
        self.submitting.set_busy(False)
        owner: QWidget = dialog if alive(dialog) else self.submitting.window
        if isinstance(owner, KeyDialog):
            owner.show_key(key)
        # The message lies over the key's dialog: the fingerprint it asks about is in it.
        shown = "\n".join(fingerprint_lines(key.fingerprint))
        if created:
            text = fill(
                self.tr(
                    "Uusi avain on luotu. Sen sormenjälki on:\n\n%1\n\nKerro sormenjälki "
                    "vastaanottajalle muuta kautta (esimerkiksi puhelimitse tai kirjeellä), "
                    "jotta hän voi luottaa allekirjoitukseesi."
                ),
                shown,
            )
            if bare:
                text += "\n\n" + self.tr(
                    "Avaimella ei ole tunnuslausetta; sitä suojaavat vain tiedoston käyttöoikeudet."
                )
            dialogs.information(owner, self.tr("Avain luotu"), text + self._other_than_before(key))
        else:
            dialogs.information(
                owner,
                self.tr("Avain tuotu"),
                fill(
                    self.tr(
                        "Avain on tuotu ja tallennettu ohjelman tietokansioon. Sen sormenjälki "
                        "on:\n\n%1\n\nTarkista, että vastaanottaja tuntee tämän sormenjäljen."
                    ),
                    shown,
                )
                + self._other_than_before(key),
            )

    def _other_than_before(self, key: OrganisationKey) -> str:
        """What to add when ``key`` is not the key the earlier submissions were signed with."""
        changed = self.submitting.service.key_change(key)
        if changed is None:
            return ""
        return "\n\n" + fill(
            self.tr(
                "Huom: tämän tietokansion aiemmat lähetykset on allekirjoitettu toisella "
                "avaimella:\n\n%1\n\nVastaanottaja hyväksyy tällä avaimella allekirjoitetut "
                "lähetykset vasta, kun se on rekisteröinyt uuden sormenjäljen."
            ),
            "\n".join(fingerprint_lines(changed.fingerprint)),
        )

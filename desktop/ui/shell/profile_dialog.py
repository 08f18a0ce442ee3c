"""First run (and later changes): which municipality answers, and who to contact."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.contact import contact_problems
from desktop.errors import UserError
from desktop.i18n import Lang
from desktop.municipalities import Municipality, Register, RegisterError
from desktop.storage import Profile
from desktop.storage.limits import PROFILE_MAX
from desktop.survey import Catalog, shipped_catalog
from desktop.ui import dialogs
from desktop.ui.translations import fill
from desktop.workbook import Workbook

SUGGESTIONS = 15


class MunicipalityPicker(QLineEdit):
    """Type-ahead over the register: Finnish, Swedish and Sámi names and the code."""

    def __init__(self, register: Register, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.register = register
        self.lang: Lang = lang
        self.chosen: Municipality | None = None
        self._found: dict[str, Municipality] = {}
        self.suggestions = QStringListModel(self)
        self.completer_ = QCompleter(self.suggestions, self)
        # The register ranks the matches itself; the completer only shows them.
        self.completer_.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(self.completer_)
        self.textEdited.connect(self._search)
        self.completer_.activated.connect(self._picked)
        self.editingFinished.connect(self._settle)

    def label(self, municipality: Municipality) -> str:
        return f"{municipality.display_name(self.lang)} ({municipality.code})"

    def _search(self, text: str) -> None:
        self.chosen = None
        found = self.register.search(text, SUGGESTIONS, in_reform=True)
        self._found = {self.label(m): m for m in found}
        self.suggestions.setStringList(list(self._found))
        if found:
            self.completer_.complete()

    def _picked(self, text: str) -> None:
        municipality = self._found.get(text)
        if municipality is not None:
            self.choose(municipality)

    def _settle(self) -> None:
        """Leaving the field with what names one municipality whole chooses it: as the list
        shows it ("Kangasala (211)"), a name in any language (Sámi too), or a code as the
        command line takes it ("91")."""
        if self.chosen is not None:
            return
        text = self.text().strip()
        found = self._found.get(text) or self.register.named_whole(text, in_reform=True)
        if found is not None:
            self.choose(found)

    def choose(self, municipality: Municipality) -> None:
        self.chosen = municipality
        self.setText(self.label(municipality))
        self.editingFinished.emit()


class ProfileDialog(QDialog):
    """Municipality and contact person, kept in the profile.

    At the first start (``restore`` given) it also offers to restore a backup instead, as
    on a new laptop: ``restore`` restores the chosen file (or raises ``UserError``) into
    ``workbook``, and the dialog ends with ``RESTORED`` (once told when the restored
    submissions' key is not in the data folder).
    """

    RESTORED = 2  # the dialog's result when a backup was restored in its place
    COORDINATOR = 3  # the first start's answer of one who collects, not answers

    def __init__(
        self,
        register: Register,
        lang: Lang,
        profile: Profile | None = None,
        parent: QWidget | None = None,
        catalog: Catalog | None = None,
        restore: Callable[[Path], object] | None = None,
        workbook: Workbook | None = None,
    ) -> None:
        super().__init__(parent)
        self._restore = restore
        self._workbook = workbook  # where a restore puts the submissions, whose key is told
        self.setObjectName("profileDialog")
        self.register = register
        self.catalog = catalog or shipped_catalog()
        self.lang: Lang = lang
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.municipality = MunicipalityPicker(register, lang, self)
        self.municipality.setObjectName("municipality")
        self.found = QLabel(self)
        self.found.setWordWrap(True)
        self.name = QLineEdit(self)
        self.title = QLineEdit(self)
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.business_id = QLineEdit(self)
        for name, edit, stored in (
            ("contactName", self.name, "contact_name"),
            ("contactTitle", self.title, "contact_title"),
            ("contactEmail", self.email, "contact_email"),
            ("contactPhone", self.phone, "contact_phone"),
            ("businessId", self.business_id, "business_id"),
        ):
            edit.setObjectName(name)
            # The store refuses longer values: the field stops at the same length.
            edit.setMaxLength(PROFILE_MAX[stored])
        self.form = QFormLayout()
        # Room between a label and its field: drawn on some screens a pixel or two wider than
        # measured, a label as long as "Tehtävänimike" otherwise runs into its field.
        self.form.setHorizontalSpacing(12)
        self.labels = [QLabel(self) for _ in range(6)]
        for label, edit in zip(
            self.labels,
            (self.municipality, self.name, self.title, self.email, self.phone, self.business_id),
            strict=True,
        ):
            label.setBuddy(edit)
            # A few pixels more than measured: some letters are drawn beyond the text's
            # measured width ("Tehtävänimike"'s last e), and the label cut them off.
            label.setContentsMargins(0, 0, 3, 0)
            self.form.addRow(label, edit)
        self.form.insertRow(1, "", self.found)
        # What is wrong with the e-mail, phone or business id, told when the field is left.
        self.problems = QLabel(self)
        self.problems.setObjectName("profileProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #B00020;")
        self.problems.setHidden(True)
        for edit in (self.name, self.title, self.email, self.phone, self.business_id):
            edit.editingFinished.connect(self.check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.restore_button: QPushButton | None = None
        if restore is not None:
            self.restore_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ResetRole)
            self.restore_button.setObjectName("restoreFromBackup")
            self.restore_button.setAutoDefault(False)
            self.restore_button.clicked.connect(self.choose_backup)
        # At the first start too: the coordinator answers for no municipality.
        self.coordinator_button: QPushButton | None = None
        if restore is not None:
            self.coordinator_button = self.buttons.addButton(
                "", QDialogButtonBox.ButtonRole.ActionRole
            )
            self.coordinator_button.setObjectName("iAmTheCoordinator")
            self.coordinator_button.setAutoDefault(False)
            self.coordinator_button.clicked.connect(lambda: self.done(self.COORDINATOR))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)
        self.municipality.editingFinished.connect(self._update)
        self.municipality.textEdited.connect(self._update)
        if profile is not None:
            self._fill(profile)
        self.retranslate()
        self._update()
        self.resize(560, self.sizeHint().height())

    def _fill(self, profile: Profile) -> None:
        try:
            self.municipality.choose(self.register.get(profile.municipality_code))
        except RegisterError:
            self.municipality.setText(profile.municipality_code)
        self.name.setText(profile.contact_name)
        self.title.setText(profile.contact_title)
        self.email.setText(profile.contact_email)
        self.phone.setText(profile.contact_phone)
        self.business_id.setText(profile.business_id)

    def _update(self) -> None:
        chosen = self.municipality.chosen
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(chosen is not None)
        if chosen is None:
            self.found.setText(self.tr("Kirjoita kunnan nimi tai numero ja valitse listasta."))
        else:
            self.found.setText(
                fill(
                    self.tr("Valittu: %1, %2"),
                    self.municipality.label(chosen),
                    chosen.wellbeing_area.name(self.lang),
                )
            )

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kunta ja yhteyshenkilö"))
        self.intro.setText(
            self.tr(
                "Valitse kunta, jonka puolesta vastaat, ja kerro yhteyshenkilö. "
                "Tiedot tallennetaan tälle koneelle ja liitetään vastauksiin."
            )
        )
        texts = (
            self.tr("&Kunta"),
            self.tr("&Yhteyshenkilö"),
            self.tr("&Tehtävänimike"),
            self.tr("&Sähköposti"),
            self.tr("&Puhelin"),
            self.tr("Y-tu&nnus"),
        )
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.municipality.setPlaceholderText(self.tr("esim. Kangasala tai 211"))
        if self.restore_button is not None:
            self.restore_button.setText(self.tr("Palauta &varmuuskopiosta…"))
            self.restore_button.setToolTip(
                self.tr(
                    "Uudella koneella: palauta vastaukset ja kunnan tiedot varmuuskopiosta, "
                    "esimerkiksi USB-tikulta."
                )
            )
        if self.coordinator_button is not None:
            self.coordinator_button.setText(self.tr("Olen koo&rdinaattori"))
            self.coordinator_button.setToolTip(
                self.tr(
                    "Kokoat kuntien lähettämät paketit etkä vastaa minkään kunnan puolesta: "
                    "avaa vastaanotettujen pakettien ikkuna."
                )
            )
        self._update()

    def choose_backup(self) -> QDialog:
        """The backup to restore in place of typing the profile (a new laptop)."""
        return dialogs.open_file(
            self,
            self.tr("Palautettava varmuuskopio"),
            Path.home(),
            self.tr("Varmuuskopiot (*.sqlite);;Kaikki tiedostot (*)"),
            self.restore_from,
        )

    def restore_from(self, path: Path) -> None:
        if self._restore is None:
            return
        try:
            self._restore(path)
        except UserError as exc:
            dialogs.error(self, self.tr("Palautus ei onnistu"), exc.message(self.lang))
            return
        # The key is not in a backup: the restored submissions' key is named at once.
        from desktop.submission.service import Submissions
        from desktop.ui.submitting.restored_key import restored_key_warning

        workbook = self._workbook
        warned = None if workbook is None else restored_key_warning(Submissions(workbook))
        if warned is None:
            self.done(self.RESTORED)
            return
        dialogs.warning(
            self,
            self.tr("Varmuuskopio palautettu"),
            warned[1],
            on_finished=lambda: self.done(self.RESTORED),
        )

    def check(self) -> bool:
        """Show what is wrong with the contact details; True when nothing is."""
        found = contact_problems(self._typed(""), self.catalog)
        wrong = {p.name for p in found}
        for name, edit in self._edits().items():
            edit.setProperty("invalid", name in wrong)
            edit.setStyleSheet("border: 1px solid #B00020;" if name in wrong else "")
        self.problems.setText("\n".join(p.message(self.lang) for p in found))
        self.problems.setHidden(not found)
        return not found

    def accept(self) -> None:
        if not self.check():
            wrong = [edit for edit in self._edits().values() if edit.property("invalid")]
            wrong[0].setFocus()
            return
        super().accept()

    def _edits(self) -> dict[str, QLineEdit]:
        """The contact fields by the name of the profile's field each fills."""
        return {
            "contact_name": self.name,
            "contact_title": self.title,
            "contact_email": self.email,
            "contact_phone": self.phone,
            "business_id": self.business_id,
        }

    def _typed(self, code: str) -> Profile:
        return Profile(
            municipality_code=code,
            contact_name=self.name.text().strip(),
            contact_title=self.title.text().strip(),
            contact_email=self.email.text().strip(),
            contact_phone=self.phone.text().strip(),
            business_id=self.business_id.text().strip(),
        )

    def profile(self) -> Profile | None:
        chosen = self.municipality.chosen
        if chosen is None:
            return None
        return self._typed(chosen.code)


def edit_profile(
    parent: QWidget, workbook: Workbook, lang: Lang, saved: Callable[[], None]
) -> ProfileDialog:
    """The profile dialog on ``workbook``'s profile: what is accepted is saved (then
    ``saved`` is called), or the reason it could not be is told."""
    dialog = ProfileDialog(workbook.register, lang, workbook.profile(), parent, workbook.catalog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def accepted() -> None:
        profile = dialog.profile()
        if profile is None:
            return
        try:
            workbook.save_profile(profile)
        except UserError as exc:
            title = QCoreApplication.translate("ProfileDialog", "Profiilia ei tallennettu")
            dialogs.error(parent, title, exc.message(lang))
            return
        saved()

    dialog.accepted.connect(accepted)
    dialog.open()
    return dialog

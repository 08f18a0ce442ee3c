"""The coordinator's trust register in the window: each municipality's key, told by phone.

The register's work is ``desktop.collect.trust``'s, as ``tilannekuva trust``
does it: a key added is checked the same way (a code of the register, a
fingerprint of 64 hexadecimal digits) and refused with the same message, a
list is read by the same reader (',', ';' or tab, UTF-8 or Excel's UTF-16),
and a key registered for more than one municipality is warned of. The
coordinator's window re-reads the register each time it collects, so what
is changed here counts from the next collect on.

``TrustActions`` puts two buttons in the coordinator's window: the register,
and "Register this key…" for a file refused as signed by a key not
registered, which opens the Add form (``key_form``) filled in with the
file's municipality and fingerprint and asks the coordinator to compare it
with what the municipality told before registering it.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol, cast

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.collect import trust
from desktop.errors import UserError
from desktop.i18n import Lang, in_lang
from desktop.ui import dialogs
from desktop.ui.coordinator.key_form import AddKeyDialog, SharedKeys
from desktop.ui.coordinator.lines_model import LinesModel
from desktop.ui.folders import documents_folder
from desktop.ui.translations import fill
from desktop.ui.window_size import resize_within_screen

if TYPE_CHECKING:
    from PySide6.QtWidgets import QBoxLayout, QTabWidget

    from desktop.collect.desk import Desk
    from desktop.ui.tasks import Task


class CollectingWindow(Protocol):
    """What ``TrustActions`` uses of the coordinator's window (``window.CoordinatorWindow``,
    which builds it: this module does not import it back)."""

    desk: Desk
    lang: Lang
    folder: Path | None
    task: Task | None
    tabs: QTabWidget
    file_view: QTableView
    municipality_view: QTableView

    @property
    def round_id(self) -> str: ...

    def collect(self) -> None: ...

    def _show_recorded(self) -> None: ...

    def _current_item(self) -> object | None: ...


class TrustDialog(QDialog):
    """The registered keys, with Add, Import a list and Remove."""

    changed = Signal()  # a key added or removed: the next collect counts by it

    def __init__(self, desk: Desk, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.lang = lang
        self.setObjectName("trustedKeysDialog")
        self.setWindowTitle(self.tr("Luotetut avaimet"))
        intro = QLabel(
            self.tr(
                "Kunnan paketti lasketaan vain, kun sen allekirjoittaneen avaimen sormenjälki "
                "on rekisteröity kunnalle. Kunta kertoo sormenjäljen puhelimitse tai kirjeellä."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.keys = LinesModel(
            [
                self.tr("Kuntanumero"),
                self.tr("Kunta"),
                self.tr("Sormenjälki"),
                self.tr("Lisätty"),
            ],
            self,
        )
        self.view = QTableView(self)
        self.view.setObjectName("trustedKeys")
        self.view.setAccessibleName(self.tr("Luotetut avaimet"))
        self.view.setModel(self.keys)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.count = QLabel(self)
        self.count.setObjectName("trustedCount")
        self.add = QPushButton(self.tr("&Lisää…"), self)
        self.add.setObjectName("addTrustedKey")
        self.import_list = QPushButton(self.tr("&Tuo luettelo…"), self)
        self.import_list.setObjectName("importTrustedKeys")
        self.remove = QPushButton(self.tr("&Poista…"), self)
        self.remove.setObjectName("removeTrustedKey")
        close = QPushButton(self.tr("&Sulje"), self)
        close.setObjectName("closeTrustedKeys")
        buttons = QHBoxLayout()
        for button in (self.add, self.import_list, self.remove):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addLayout(buttons)
        self.add.clicked.connect(lambda: self.open_add())
        self.import_list.clicked.connect(self.choose_list)
        self.remove.clicked.connect(self.ask_remove)
        close.clicked.connect(self.accept)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
        resize_within_screen(self, 900, 560)
        self.refresh()

    def refresh(self) -> None:
        try:
            with self.desk.records() as records:
                signers = trust.listing(records, self.desk.register)
        except UserError as error:
            self.count.setText(error.message(self.lang))
            signers = []
        else:
            codes = {signer.code for signer in signers}
            self.count.setText(
                self.tr("%n avainta", "", len(signers))
                + " · "
                + self.tr("%n kuntaa", "", len(codes))
                if signers
                else self.tr("Yhtään avainta ei ole rekisteröity.")
            )
        self.keys.set_rows(
            [
                [s.code, str(in_lang(s.name, self.lang)), s.fingerprint, s.added_at[:10]]
                for s in signers
            ],
            signers,
        )
        self.view.resizeColumnsToContents()
        self._selected()

    def _selected(self) -> None:
        self.remove.setEnabled(self._current() is not None)

    def _current(self) -> trust.TrustedSigner | None:
        rows = self.view.selectionModel().selectedRows()
        item = self.keys.item(rows[0].row()) if rows else None
        return item if isinstance(item, trust.TrustedSigner) else None

    def open_add(
        self, code: str = "", fingerprint: str = "", confirm: bool = False
    ) -> AddKeyDialog:
        form = AddKeyDialog(
            self.desk, self.lang, self, code=code, fingerprint=fingerprint, confirm=confirm
        )
        form.added.connect(lambda _code, _fingerprint: self._changed())
        dialogs.present(form)
        return form

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()

    def choose_list(self) -> None:
        dialogs.open_file(
            self,
            self.tr("Tuo luotettujen avainten luettelo"),
            documents_folder(),
            self.tr("Luettelot (*.csv *.txt *.tsv);;Kaikki tiedostot (*)"),
            self.import_file,
        )

    def import_file(self, path: Path) -> None:
        """Every line of ``path`` registered, all or nothing, as ``trust import`` does."""
        try:
            pairs = trust.read_csv(path, self.desk.register)
            with self.desk.records() as records:
                new = records.add_trusted(pairs)
        except UserError as error:
            dialogs.warning(self, self.tr("Luetteloa ei tuotu"), error.message(self.lang))
            return
        self._changed()
        said = (
            self.tr("Luettu %n riviä", "", len(pairs))
            + ", "
            + self.tr("%n uutta avainta rekisteröity.", "", new)
        )
        if not SharedKeys(self).warn(self.desk, {f for _, f in pairs}, self, self.lang):
            dialogs.information(self, self.tr("Luettelo tuotu"), said)
        else:
            self.count.setText(said)

    def ask_remove(self) -> None:
        signer = self._current()
        if signer is None:
            return
        name = str(in_lang(signer.name, self.lang))
        keys = sum(1 for s in self._signers() if s.code == signer.code)
        dialogs.question(
            self,
            self.tr("Poista avaimet"),
            fill(
                self.tr(
                    "Poistetaanko kunnan %1 (%2) kaikki rekisteröidyt avaimet (%3)? Kunnan "
                    "paketteja ei sen jälkeen lasketa, ennen kuin sen avain rekisteröidään "
                    "uudelleen."
                ),
                name,
                signer.code,
                keys,
            ),
            lambda yes: self._remove(signer.code) if yes else None,
            yes=self.tr("Poista"),
            no=self.tr("Peruuta"),
        )

    def _signers(self) -> list[trust.TrustedSigner]:
        items = (self.keys.item(row) for row in range(self.keys.rowCount()))
        return [item for item in items if isinstance(item, trust.TrustedSigner)]

    def _remove(self, code: str) -> None:
        try:
            with self.desk.records() as records:
                trust.remove(records, code, self.desk.register)
        except UserError as error:
            dialogs.warning(self, self.tr("Avainta ei poistettu"), error.message(self.lang))
            return
        self._changed()


class TrustActions(QObject):
    """The coordinator window's buttons for the register: its dialog, and registering the key
    of a file refused as signed by a key not registered (then collected again)."""

    def __init__(self, window: QWidget, row: QBoxLayout) -> None:
        super().__init__(window)
        from desktop.collect.standing import Status

        self.widget = window
        self.window = cast(CollectingWindow, window)
        self.unconfirmed = Status.UNCONFIRMED
        self.dialog: TrustDialog | None = None
        self.keys = QPushButton(self.tr("&Luotetut avaimet…"), window)
        self.keys.setObjectName("openTrustedKeys")
        self.register = QPushButton(self.tr("Rek&isteröi tämä avain…"), window)
        self.register.setObjectName("registerThisKey")
        self.register.setEnabled(False)
        row.insertWidget(2, self.keys)
        row.insertWidget(3, self.register)
        self.keys.clicked.connect(lambda: self.open_dialog())
        self.register.clicked.connect(lambda: self.register_selected())
        self.window.tabs.currentChanged.connect(lambda _index: self._selected())
        for view in (self.window.file_view, self.window.municipality_view):
            view.selectionModel().selectionChanged.connect(lambda *_: self._selected())
            model = view.model()
            model.modelReset.connect(self._selected)

    def open_dialog(self) -> TrustDialog:
        window = self.window
        self.dialog = dialog = TrustDialog(window.desk, window.lang, self.widget)
        # Collected again once the dialog closes, however many keys were changed in it.
        changed: list[bool] = []
        dialog.changed.connect(lambda: changed.append(True))
        dialog.finished.connect(lambda _result: self._register_changed() if changed else None)
        dialogs.present(self.dialog)
        return self.dialog

    def selected_key(self) -> tuple[str, str] | None:
        """The municipality and fingerprint of the selected file (or the selected
        municipality's file) refused as signed by a key not registered for it."""
        from desktop.collect.overview import Answer, FileLine, MunicipalityLine
        from desktop.collect.printable import printable

        window = self.window
        item = window._current_item()
        path: str | None = None
        code: str | None = None
        if isinstance(item, FileLine) and item.status is self.unconfirmed:
            path = item.path
        elif isinstance(item, MunicipalityLine) and item.answer is Answer.REFUSED:
            code = item.code
        else:
            return None
        try:
            with window.desk.records() as records:
                trusted = records.trusted_by_code()
                packages = {p.sha256: p for p in records.packages(window.round_id)}
                received = records.received(window.round_id)
        except UserError:
            return None
        for file in received:
            package = packages.get(file.sha256 or "")
            if package is None or not package.code or not package.fingerprint:
                continue
            if package.fingerprint in trusted.get(package.code, set()):
                continue
            if printable(file.path) == path or package.code == code:
                return package.code, package.fingerprint
        return None

    def _selected(self) -> None:
        self.register.setEnabled(self.selected_key() is not None)

    def register_selected(self) -> AddKeyDialog | None:
        found = self.selected_key()
        if found is None:
            return None
        code, fingerprint = found
        window = self.window
        form = AddKeyDialog(
            window.desk, window.lang, self.widget, code=code, fingerprint=fingerprint, confirm=True
        )
        form.added.connect(lambda _code, _fingerprint: self._register_changed())
        dialogs.present(form)
        return form

    def _register_changed(self) -> None:
        """The register changed: the window's files checked again against it."""
        window = self.window
        if window.task is not None:
            return  # a collect under way: the next one counts by the change
        if window.folder is not None:
            window.collect()
        else:
            window._show_recorded()

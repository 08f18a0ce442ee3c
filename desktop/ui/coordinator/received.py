"""A received package opened in the window: the verdict of ``verify`` and the signed answers.

The file is checked off the window's thread with the same function as
``tilannekuva verify`` (``desktop.collect.receiving.verify_received``). The
first tab is the verdict as a page: each check with ✓ or ✗ in the user's
language, the signer and the fingerprint, the municipality and the round.
The answers are shown only when every check holds, one tab per section,
read-only in the same inputs the official who signed them filled in. Every
text that comes from the file is escaped before it is shown. A file whose
signer is not registered for its municipality offers "Register this key…",
the coordinator window's form (``key_form``), and is checked again after.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import UserError
from desktop.export.package import SURVEY_NAME
from desktop.i18n import InEachLang, Lang, in_lang, pick, text
from desktop.jsonvalue import JSONObject, JSONValue
from desktop.municipalities import Register
from desktop.signing.verdict import Verdict
from desktop.survey import Catalog, Round, Section
from desktop.ui import dialogs
from desktop.ui.form.field_row import FieldRow, RowLook
from desktop.ui.tasks import Task, run_task
from desktop.ui.translations import fill
from desktop.ui.window_size import resize_within_screen
from desktop.untrusted import escape

if TYPE_CHECKING:
    from desktop.collect.desk import Desk
    from desktop.ui.coordinator.key_form import AddKeyDialog


def _e(value: object) -> str:
    """Text for the rich-text page: control and bidi characters escaped, then HTML."""
    return html.escape(escape(str(value)), quote=True)


def _shown(value: JSONValue) -> JSONValue:
    """An answer from the file with every string in it escaped, as the form will show it."""
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, list):
        return [_shown(item) for item in value]
    if isinstance(value, dict):
        return {key: _shown(item) for key, item in value.items()}
    return value


def _explained(
    rnd: Round, answers: JSONObject, document: JSONObject, lang: Lang
) -> dict[str, dict[str, list[str]]]:
    """The package's confirmed warnings, by section and question, each told as the report
    tells it: the warning, then the official's explanation (escaped: it is data)."""
    from desktop.jsonvalue import split_pointer
    from desktop.survey.explanations import check_of
    from desktop.survey.validation import validate_round

    given = document.get("explanations")
    if not isinstance(given, list) or not given:
        return {}
    sections = {k: v for k, v in answers.items() if isinstance(v, dict)}
    problems = {(check_of(p), p.pointer): p for p in validate_round(rnd, sections)}
    label = text("export.report.explained", lang)
    found: dict[str, dict[str, list[str]]] = {}
    for item in given:
        if not isinstance(item, dict):
            continue
        pointer, said = item.get("pointer"), item.get("text")
        if not isinstance(pointer, str) or not isinstance(said, str):
            continue
        parts = split_pointer(pointer)
        if len(parts) < 2:
            continue
        problem = problems.get((str(item.get("check")), pointer))
        if problem is None:
            told = f"✓ {label}: {escape(said)}"
        else:
            where = f"{problem.where(lang)}: " if problem.row is not None else ""
            told = f"✓ {label}: {where}{problem.message(lang)} — {escape(said)}"
        found.setdefault(parts[0], {}).setdefault(parts[1], []).append(told)
    return found


@dataclass(frozen=True)
class Received:
    """A checked file: its verdict and, when it holds, the round and answers it carries."""

    path: Path
    verdict: Verdict
    document: JSONObject | None
    round: Round | None
    # "Pargas (445)" in each language, or "" when the file did not get that far
    municipality: InEachLang | str
    # Signed with this data folder's own organisation key (its fingerprint is that key's).
    own_key: bool = False
    # The municipality code and fingerprint of a signer not registered for it, which the
    # coordinator may register (``desktop.collect.trust.key_to_register``).
    key: tuple[str, str] | None = None


class CheckedAgainst(Protocol):
    """What a received file is checked against: in the official's window its workbook, when
    the file is opened alone a coordinator's ``desktop.collect.desk.Desk``."""

    @property
    def catalog(self) -> Catalog: ...

    @property
    def register(self) -> Register: ...


def check_received(
    path: Path,
    catalog: Catalog,
    register: Register,
    registered: Mapping[str, Collection[str]] | None = None,
) -> Received:
    """Read and verify ``path`` as ``tilannekuva verify`` does (runs off the window's thread),
    with the rounds of ``catalog`` (the shipped and the added ones) and the coordinator's
    trust register ``registered`` (fingerprints by municipality code) when there is one."""
    from desktop.collect.receiving import verify_file
    from desktop.municipalities import UnknownMunicipality
    from desktop.survey import UnknownRound

    verdict = verify_file(path, catalog=catalog, register=register, registered=registered)
    document = verdict.package.documents.get(SURVEY_NAME) if verdict.package else None
    if not isinstance(document, dict):
        return Received(path, verdict, None, None, "")
    rnd: Round | None
    try:
        rnd = catalog.round(str(document.get("round")))
    except UnknownRound:
        rnd = None
    municipality: InEachLang | str = ""
    given = document.get("municipality")
    if isinstance(given, dict):
        code = str(given.get("code", ""))
        try:
            municipality = register.get(code).named()
        except UnknownMunicipality:
            municipality = f"{given.get('name', '')} ({code})"
    return Received(path, verdict, document, rnd, municipality)


class ReadOnlySection(QScrollArea):
    """A section's questions as the form shows them, filled with the package's answers."""

    def __init__(
        self,
        section: Section,
        answers: JSONObject,
        lang: Lang,
        register: Register,
        parent: QWidget | None = None,
        explained: Mapping[str, Sequence[str]] | None = None,
    ) -> None:
        """``explained``: by question, the confirmed warnings as told (already escaped)."""
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setObjectName(f"received_{section.id}")
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 16, 24, 24)
        title = QLabel(pick(section.title, lang), content)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.3)
        title.setFont(font)
        layout.addWidget(title)
        look = RowLook.of(content)
        visible = section.visible_keys(answers)
        required = section.required_keys(answers)
        self.rows: dict[str, FieldRow] = {}
        for field in section.fields:
            if field.key not in visible:
                continue  # a question that was not asked was not answered either
            beside = tuple(c for c in section.computed if c.beside == field.key)
            row = FieldRow(field, lang, look, content, beside, register=lambda: register)
            row.set_required(field.key in required)
            value = _shown(answers.get(field.key))
            row.editor.set_value(value)
            row.show_read_only(value)  # locked, without the controls that only edit
            if beside:
                row.show_computed(answers)  # the totals, as the form and the report show them
            told = (explained or {}).get(field.key)
            if told:
                row.set_problem("\n".join(told), mark=False, settled=True)
            layout.addWidget(row)
            self.rows[field.key] = row
        layout.addStretch(1)
        self.setWidget(content)


class ReceivedView(QDialog):
    """The verdict page and the answers of one received file."""

    # A key registered from this view (code, fingerprint): the file is to be checked again.
    key_registered = Signal(str, str)

    def __init__(
        self,
        received: Received,
        lang: Lang,
        register: Register,
        parent: QWidget | None = None,
        *,
        desk: Desk | None = None,
    ) -> None:
        """``desk``: the coordinator's, where the key of a signer not registered can be
        registered (None: not offered)."""
        super().__init__(parent)
        self.setObjectName("receivedView")
        self.received = received
        self.lang: Lang = lang
        self.register = register
        self.desk = desk
        self.setWindowTitle(
            fill(self.tr("Vastaanotettu tiedosto – %1"), escape(received.path.name))
        )
        resize_within_screen(self, 900, 700)
        self.tabs = QTabWidget(self)
        self.verdict_page = QTextBrowser(self.tabs)
        self.verdict_page.setObjectName("verdictPage")
        self.verdict_page.setOpenLinks(False)
        self.tabs.addTab(self.verdict_page, self.tr("Tarkistus"))
        self.sections: dict[str, ReadOnlySection] = {}
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        # As the coordinator's window has it for such a file (``trust_dialog.TrustActions``).
        self.register_key = QPushButton(self.tr("Rek&isteröi tämä avain…"), self)
        self.register_key.setObjectName("registerThisKey")
        self.register_key.setAutoDefault(False)
        buttons.addButton(self.register_key, QDialogButtonBox.ButtonRole.ActionRole)
        self.register_key.clicked.connect(lambda: self.open_register_key())
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.show_received(received)

    def show_received(self, received: Received) -> None:
        """The verdict and answers of ``received`` (the same file checked again)."""
        self.received = received
        while self.tabs.count() > 1:
            old = self.tabs.widget(1)
            self.tabs.removeTab(1)
            if old is not None:
                old.deleteLater()
        self.sections = {}
        self.verdict_page.setHtml(self.verdict_html())
        answers = received.document.get("answers") if received.document else None
        if received.verdict.ok and received.round is not None and isinstance(answers, dict):
            explained = _explained(received.round, answers, received.document or {}, self.lang)
            for section in received.round.sections:
                given = answers.get(section.id)
                page = ReadOnlySection(
                    section,
                    given if isinstance(given, dict) else {},
                    self.lang,
                    self.register,
                    self.tabs,
                    explained.get(section.id),
                )
                self.tabs.addTab(page, pick(section.title, self.lang))
                self.sections[section.id] = page
        self.register_key.setVisible(self.desk is not None and received.key is not None)

    def open_register_key(self) -> AddKeyDialog | None:
        """The form to register the file's key, filled in from the file; the coordinator
        compares it with what the municipality told before it is registered."""
        from desktop.ui.coordinator.key_form import AddKeyDialog

        if self.desk is None or self.received.key is None:
            return None
        code, fingerprint = self.received.key
        form = AddKeyDialog(
            self.desk, self.lang, self, code=code, fingerprint=fingerprint, confirm=True
        )
        form.added.connect(self.key_registered)
        dialogs.present(form)
        return form

    def _moment(self, stamp: str) -> str:
        """A time the file gives (ISO 8601, UTC) as this computer's clock shows it."""
        from desktop.survey.formatting import local_stamp

        try:
            day, clock = local_stamp(stamp)
        except ValueError:
            return stamp  # not a time: shown as the file gives it (escaped)
        return fill(self.tr("%1 klo %2"), day, clock)

    def verdict_html(self) -> str:
        received, lang = self.received, self.lang
        verdict = received.verdict
        own = verdict.ok and received.own_key
        if verdict.ok and verdict.signer_confirmed:
            outcome = "✓ " + self.tr(
                "Tiedosto on kunnossa, ja sen allekirjoittaja on vahvistettu: kaikki "
                "tarkistukset täsmäävät."
            )
        elif own:
            outcome = "✓ " + self.tr(
                "Tiedostot ovat ehjät, ja ne on allekirjoitettu tämän tietokoneen "
                "organisaatioavaimella."
            )
        elif verdict.ok:
            outcome = "! " + self.tr(
                "Tiedostot ovat ehjät, mutta allekirjoittajaa ei ole vahvistettu."
            )
        else:
            outcome = "✗ " + self.tr("Tiedostoa ei hyväksytty: tarkistus epäonnistui.")
        rows = "".join(
            f"<tr><td><span style='color:{'#1b7f3b' if check.ok else '#b3261e'}'>"
            f"{'✓' if check.ok else '✗'}</span> {_e(check.message(lang))}</td></tr>"
            for check in verdict.checks
        )
        facts: list[tuple[str, str]] = []
        if received.municipality:
            facts.append((self.tr("Kunta"), str(in_lang(received.municipality, lang))))
        document = received.document or {}
        if received.round is not None:
            title = pick(received.round.title, lang)
            facts.append((self.tr("Kierros"), f"{title} ({received.round.id})"))
        elif "round" in document:
            facts.append((self.tr("Kierros"), str(document["round"])))
        if "submission" in document:
            facts.append((self.tr("Lähetys"), str(document["submission"])))
        if "exported_at" in document:
            facts.append((self.tr("Viety"), self._moment(str(document["exported_at"]))))
        # Who signed is told among the checks above (with the fingerprint, as the key's own).
        if verdict.fingerprint:
            facts.append((self.tr("Sormenjälki"), verdict.fingerprint))
        table = "".join(f"<tr><td><b>{_e(k)}</b></td><td>{_e(v)}</td></tr>" for k, v in facts)
        note = ""
        if own and not verdict.signer_confirmed:
            note = self.tr(
                "Sormenjälki on sama kuin tämän ohjelman tietokansion organisaatioavaimen: "
                "paketti on tehty tällä avaimella. Toisen avaimen allekirjoittamaa pakettia "
                "ei näin vahvisteta."
            )
        elif verdict.ok and not verdict.signer_confirmed:
            note = self.tr(
                "Allekirjoitus on ehjä, mutta allekirjoittajaa ei ole verrattu luotettuun "
                "sormenjälkeen. Varmista sormenjälki kunnalta puhelimitse tai kirjeellä."
            )
        elif received.document is None:
            note = self.tr("Vastauksia ei näytetä, koska tiedosto ei läpäissyt tarkistuksia.")
        return (
            f"<h2>{_e(received.path.name)}</h2><p><b>{_e(outcome)}</b></p>"
            f"<table cellspacing='6'>{rows}</table>"
            f"<table cellspacing='6'>{table}</table><p>{_e(note)}</p>"
        )


class ReceivedOpener(QObject):
    """Checks a received file off the window's thread and shows what was found."""

    shown = Signal(object)  # the ReceivedView
    checked_again = Signal(object)  # a ReceivedView showing its file checked again
    failed = Signal(str)

    def __init__(
        self,
        window: QWidget | None,
        lang: Lang,
        against: CheckedAgainst,
        registered: Callable[[], Mapping[str, Collection[str]]] | None = None,
        own_key: Path | None = None,
        desk: Callable[[], Desk] | None = None,
    ) -> None:
        """``desk``: the coordinator's desk of this data folder, where a view registers the
        key of a file signed by a key not registered (None: not offered)."""
        super().__init__(window)
        self.desk = desk
        # This data folder's organisation key: a file it signed is told as this computer's.
        self.own_key = own_key
        # The coordinator's trust register, read off the window's thread when a file is opened.
        self.registered = registered
        self.window = window
        self.lang: Lang = lang
        self.task: Task | None = None
        self.error_box: QMessageBox | None = None
        self.against = against
        # The views shown: without a window to own them (a file opened on its own) nothing
        # else keeps them, and Python would delete each the moment it is shown.
        self.views: list[QDialog] = []

    def _closed(self, view: QDialog) -> None:
        if view in self.views:
            self.views.remove(view)

    def choose(self, folder: Path) -> QFileDialog:
        return dialogs.open_file(
            self.window,
            self.tr("Avaa vastaanotettu paketti"),
            folder,
            self.tr("Paketit ja raportit (*.asice *.pdf);;Kaikki tiedostot (*)"),
            self.open,
        )

    def open(self, path: Path, into: ReceivedView | None = None) -> None:
        """Check ``path`` and show it: in a view of its own, or ``into`` the view showing it
        (checked again after a key was registered there)."""
        # The rounds as they are now (a round added meanwhile counts); the register is read
        # off the window's thread the first time it is needed.
        against, catalog, registered = self.against, self.against.catalog, self.registered
        own_key = self.own_key

        def work(_report: object) -> tuple[Received, Register]:
            import dataclasses

            from desktop.collect.trust import key_to_register
            from desktop.signing.keystore import own_fingerprint

            register = against.register
            trusted = registered() if registered is not None else None
            received = check_received(path, catalog, register, trusted)
            own = own_fingerprint(own_key) if own_key is not None else None
            if own is not None and received.verdict.fingerprint == own:
                received = dataclasses.replace(received, own_key=True)
            elif trusted is not None:
                key = key_to_register(received.verdict, trusted, register)
                received = dataclasses.replace(received, key=key)
            return received, register

        def done(result: tuple[Received, Register]) -> None:
            received, register = result
            if into is not None:
                into.show_received(received)
                self.checked_again.emit(into)
                return
            desk = self.desk() if self.desk is not None else None
            view = ReceivedView(received, self.lang, register, self.window, desk=desk)
            self.views.append(view)
            view.finished.connect(lambda _result: self._closed(view))
            view.key_registered.connect(lambda _code, _key: self.open(path, into=view))
            dialogs.present(view)
            self.shown.emit(view)

        def failed(error: BaseException) -> None:
            text = error.message(self.lang) if isinstance(error, UserError) else repr(error)
            self.error_box = dialogs.error(self.window, self.tr("Tiedostoa ei voitu avata"), text)
            self.failed.emit(text)

        self.task = run_task(work, done, failed, parent=self)

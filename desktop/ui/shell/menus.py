"""The menu bar: every command of the window, each with its keyboard shortcut."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar

from desktop.i18n import LANGS, Lang

# Each language is named in itself, so it can be found whatever the current one is.
# Each language by its own name, whatever the window's language, with an Alt letter of its own.
LANGUAGE_NAMES: dict[Lang, str] = {"fi": "&Suomi", "sv": "S&venska", "en": "&English"}


class MainMenu(QObject):
    """The window's actions; the window connects them to what they do."""

    language_chosen = Signal(str)

    def __init__(self, window: QMainWindow, lang: Lang) -> None:
        super().__init__(window)
        bar = window.menuBar()
        self.file_menu = QMenu(bar)
        self.file_menu.setToolTipsVisible(True)  # what each package command does
        self.submit_menu = QMenu(bar)
        self.submit_menu.setObjectName("submitMenu")
        self.view_menu = QMenu(bar)
        self.language_menu = QMenu(bar)
        self.help_menu = QMenu(bar)
        for menu in (
            self.file_menu,
            self.submit_menu,
            self.view_menu,
            self.language_menu,
            self.help_menu,
        ):
            bar.addMenu(menu)

        def action(
            menu: QMenu,
            name: str,
            shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
        ) -> QAction:
            made = QAction(window)
            made.setObjectName(name)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            menu.addAction(made)
            return made

        self.save_now = action(self.file_menu, "saveNow", QKeySequence.StandardKey.Save)
        self.open_package = action(self.file_menu, "openPackage", QKeySequence.StandardKey.Open)
        self.add_round = action(self.file_menu, "addRound")
        self.import_package = action(self.file_menu, "importPackage")
        self.file_menu.addSeparator()
        self.profile = action(self.file_menu, "editProfile", "Ctrl+Shift+P")
        self.backup = action(self.file_menu, "backupNow", "Ctrl+Shift+B")
        self.backups = action(self.file_menu, "showBackups")
        self.file_menu.addSeparator()
        # The coordinator's work, out of the official's way in a menu of its own; the
        # window holds the action too, so its shortcut works without the menu ever opened.
        self.coordinator_menu = self.file_menu.addMenu("")
        self.coordinator_menu.setObjectName("coordinatorMenu")
        self.received = action(self.coordinator_menu, "openReceived", "Ctrl+Shift+O")
        window.addAction(self.received)
        self.trusted_keys = action(self.coordinator_menu, "trustedKeys")
        self.file_menu.addSeparator()
        self.quit = action(self.file_menu, "quit", QKeySequence.StandardKey.Quit)

        # The chosen round's export: a draft, the submission, its record, a correction.
        self.draft = action(self.submit_menu, "makeDraft", "Ctrl+Shift+D")
        self.submit = action(self.submit_menu, "submitRound", "Ctrl+Shift+E")
        self.submissions = action(self.submit_menu, "showSubmissions")
        self.correct = action(self.submit_menu, "startCorrection")
        self.cancel_correction = action(self.submit_menu, "cancelCorrection")
        self.submit_menu.addSeparator()
        self.key = action(self.submit_menu, "organisationKey")
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("submitToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for made in (self.draft, self.submit, self.submissions):
            self.toolbar.addAction(made)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)

        self.next_section = action(self.view_menu, "nextSection", "Ctrl+PgDown")
        self.previous_section = action(self.view_menu, "previousSection", "Ctrl+PgUp")
        self.view_menu.addSeparator()
        self.next_problem = action(self.view_menu, "nextProblem", "F8")
        self.show_problems = action(self.view_menu, "showProblems", "F9")
        self.focus_sections = action(self.view_menu, "focusSections", "F6")
        # Hides the problems panel for room (a wide table at 1024 px), shows it again.
        self.problems_panel = action(self.view_menu, "problemsPanel", "Ctrl+F9")
        self.problems_panel.setCheckable(True)

        group = QActionGroup(self)
        group.setExclusive(True)
        self.languages: dict[Lang, QAction] = {}
        for code in LANGS:
            made = action(self.language_menu, f"language_{code}")
            made.setText(LANGUAGE_NAMES[code])
            made.setCheckable(True)
            made.setChecked(code == lang)
            group.addAction(made)
            made.triggered.connect(lambda _checked=False, c=code: self.language_chosen.emit(c))
            self.languages[code] = made

        self.guide = action(self.help_menu, "guide")
        self.shortcuts = action(self.help_menu, "shortcuts", QKeySequence.StandardKey.HelpContents)
        self.about = action(self.help_menu, "about")
        self.retranslate()

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&Tiedosto"))
        self.submit_menu.setTitle(self.tr("&Lähetys"))
        self.toolbar.setWindowTitle(self.tr("Lähetys"))
        self.draft.setText(self.tr("&Tee luonnos (PDF)…"))
        self.draft.setToolTip(
            self.tr(
                "Allekirjoittamaton LUONNOS-raportti tarkastettavaksi; keskeneräiset vastaukset "
                "sallitaan, eikä mitään lähetetä."
            )
        )
        self.submit.setText(self.tr("&Lähetä…"))
        self.submit.setToolTip(
            self.tr(
                "Allekirjoitettu raportti ja paketti valittuun kansioon; lähetys kirjataan ja "
                "kierros lukitaan."
            )
        )
        self.submissions.setText(self.tr("Lähety&kset…"))
        self.correct.setText(self.tr("&Aloita korjaus"))
        self.cancel_correction.setText(self.tr("&Peru korjaus"))
        self.cancel_correction.setToolTip(
            self.tr(
                "Hylkää korjauksen muutokset: kierros palautetaan viimeisimmän lähetyksen "
                "mukaiseksi ja lukitaan."
            )
        )
        self.key.setText(self.tr("&Organisaatioavain…"))
        self.view_menu.setTitle(self.tr("&Näytä"))
        self.language_menu.setTitle(self.tr("&Kieli"))
        self.help_menu.setTitle(self.tr("&Ohje"))
        self.save_now.setText(self.tr("&Tallenna nyt"))
        self.profile.setText(self.tr("&Kunta ja yhteyshenkilö…"))
        self.open_package.setText(self.tr("&Avaa paketti…"))
        opened = self.tr(
            "Tarkistaa paketin ja näyttää sen vastaukset vain luettavina; mitään ei tallenneta "
            "tähän ohjelmaan."
        )
        self.open_package.setStatusTip(opened)
        self.open_package.setToolTip(opened)
        self.add_round.setText(self.tr("Lisää k&yselykierros…"))
        self.import_package.setText(self.tr("T&uo toisella koneella viety paketti…"))
        imported = self.tr(
            "Ottaa oman kunnan toisella koneella viedyn paketin tämän koneen lähetykseksi "
            "(esimerkiksi uudelle koneelle siirryttäessä)."
        )
        self.import_package.setStatusTip(imported)
        self.import_package.setToolTip(imported)
        self.coordinator_menu.setTitle(self.tr("Koo&rdinaattorille"))
        self.backup.setText(self.tr("Tee &varmuuskopio"))
        self.backups.setText(self.tr("Varmuuskopiot ja &palautus…"))
        self.received.setText(self.tr("K&okoa vastaanotetut paketit…"))
        self.trusted_keys.setText(self.tr("&Luotetut avaimet…"))
        self.trusted_keys.setStatusTip(
            self.tr("Kuntien avainten sormenjäljet: lisää, tuo luettelo tai poista.")
        )
        self.quit.setText(self.tr("&Lopeta"))
        self.next_section.setText(self.tr("&Seuraava osio"))
        self.previous_section.setText(self.tr("&Edellinen osio"))
        self.next_problem.setText(self.tr("Seuraava &korjattava"))
        self.show_problems.setText(self.tr("Siirry korjattavien &listaan"))
        self.focus_sections.setText(self.tr("Siirry &osioluetteloon"))
        self.problems_panel.setText(self.tr("Korjattavaa-&paneeli"))
        self.guide.setText(self.tr("&Ohje…"))
        self.shortcuts.setText(self.tr("&Pikanäppäimet"))
        self.about.setText(self.tr("&Tietoja ohjelmasta"))

    def shortcut_list(self) -> list[tuple[str, str]]:
        """(keys, command) for the shortcuts dialog, in the current language."""
        listed = [
            self.save_now,
            self.open_package,
            self.next_section,
            self.previous_section,
            self.next_problem,
            self.show_problems,
            self.problems_panel,
            self.focus_sections,
            self.profile,
            self.backup,
            self.draft,
            self.submit,
            self.received,
            self.quit,
        ]
        return [
            (
                a.shortcut().toString(QKeySequence.SequenceFormat.NativeText),
                a.text().replace("&", ""),
            )
            for a in listed
            if not a.shortcut().isEmpty()  # Quit has none on Windows, where Alt+F4 closes
        ]

    def set_lang(self, lang: Lang) -> None:
        self.languages[lang].setChecked(True)
        self.retranslate()

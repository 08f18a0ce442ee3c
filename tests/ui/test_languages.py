"""Finnish, Swedish and English: switched from the menu, kept by every translation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desktop.i18n import Lang, pick
from desktop.ui.shell.main_window import MainWindow
from desktop.ui.translations import PLACEHOLDER, fill, source_dir
from desktop.workbook import Workbook
from tests.ui.conftest import ROUND

TS_FILES = sorted(source_dir().glob("tilannekuva_*.ts"))


def test_every_language_has_a_translation_file() -> None:
    assert {p.stem.removeprefix("tilannekuva_") for p in TS_FILES} == {"fi", "sv", "en"}


def _messages(path: Path) -> list[tuple[str, str, list[str]]]:
    """(context, source, translations) of every message; plural forms are separate texts."""
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            # lupdate marks a text it only guessed (from another context) as unfinished.
            assert translation.get("type") != "unfinished", f"{path.name} {name}: unfinished"
            forms = [f.text or "" for f in translation.iter("numerusform")]
            texts = forms if message.get("numerus") == "yes" else [translation.text or ""]
            found.append((name, message.findtext("source") or "", texts))
    return found


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_every_translation_keeps_its_placeholders(path: Path) -> None:
    for context, source, texts in _messages(path):
        wanted = sorted(PLACEHOLDER.findall(source))
        for text in texts:
            assert text, f"{path.name} {context}: {source!r} is not translated"
            assert sorted(PLACEHOLDER.findall(text)) == wanted, f"{path.name} {context}: {text!r}"


@pytest.mark.parametrize("path", TS_FILES, ids=lambda p: p.name)
def test_menu_shortcut_letters_stay_marked(path: Path) -> None:
    for _context, source, texts in _messages(path):
        if re.search(r"&\w", source):
            assert all(re.search(r"&\w", t) for t in texts), source


def test_fill_replaces_numbered_placeholders() -> None:
    assert fill("%1 / %2 (%10)", *range(1, 11)) == "1 / 2 (10)"


def test_switching_language_changes_labels_and_messages(
    qtbot: QtBot, window: MainWindow, workbook: Workbook
) -> None:
    page = window.open_section("background")
    assert page is not None
    row = page.rows["respondent_name"]
    field = row.field
    assert row.label.text() == f"{pick(field.label, 'fi')} *"
    window.menu.show_problems.trigger()  # the user asks for the list of what to fix
    qtbot.waitUntil(lambda: bool(window.panel.entries))
    finnish = window.panel.entries[0].text
    assert window.save_status.label.text() == "Kaikki vastaukset tallessa"

    window.menu.languages["sv"].trigger()
    assert row.label.text() == f"{pick(field.label, 'sv')} *"
    assert row.editor.focus_widget().accessibleName() == f"{pick(field.label, 'sv')} (obligatorisk)"
    assert window.menu.file_menu.title() == "&Arkiv"
    assert window.save_status.label.text() == "Alla svar sparade"
    problem = workbook.problems(ROUND)[0]
    assert window.panel.entries[0].text == problem.describe("sv") != finnish
    assert page.rows["respondent_name"].message.text() == problem.message("sv")  # type: ignore[union-attr]
    assert window.preferences.lang == "sv"

    window.menu.languages["en"].trigger()
    assert row.label.text() == f"{pick(field.label, 'en')} *"
    assert "answered" in window.navigation.sections.item(0).text()
    assert window.panel.entries[0].text == problem.describe("en")

    window.menu.languages["fi"].trigger()
    assert window.panel.entries[0].text == finnish


def test_numbers_follow_the_language(qtbot: QtBot, window: MainWindow) -> None:
    page = window.open_section("premises")
    assert page is not None
    editor = page.editor("area_to_give_up")
    editor.set_value(1250.5)
    assert editor.focus_widget().text() == "1\u00a0250,5"  # type: ignore[attr-defined]
    window.set_language("en")
    assert editor.focus_widget().text() == "1,250.5"  # type: ignore[attr-defined]
    assert editor.value() == 1250.5


def test_translations_compile_on_first_start_even_from_a_read_only_install(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.ui import translations
    from tests.environment import read_only_directory

    shipped = tmp_path / "install" / "translations"
    shipped.mkdir(parents=True)
    for ts in TS_FILES:
        (shipped / ts.name).write_bytes(ts.read_bytes())
    monkeypatch.setattr(translations, "source_dir", lambda: shipped)
    cache = tmp_path / "data" / "cache" / "translations"
    with read_only_directory(shipped):
        found = translations.compiled_dir(cache)
    assert found == cache
    assert sorted(p.name for p in cache.glob("*.qm")) == [
        "tilannekuva_en.qm",
        "tilannekuva_fi.qm",
        "tilannekuva_sv.qm",
    ]
    # From a writable checkout they are compiled beside the sources.
    assert translations.compiled_dir(tmp_path / "elsewhere") == shipped
    assert len(list(shipped.glob("*.qm"))) == 3


def test_refused_text_is_explained_in_the_new_language(qtbot: QtBot, window: MainWindow) -> None:
    page = window.open_section("premises")
    assert page is not None
    editor = page.editor("area_to_give_up")
    editor.focus_widget().setFocus()
    editor.focus_widget().setText("paljon")  # type: ignore[attr-defined]
    editor.changed.emit()
    window.flush()
    pointer = "/premises/area_to_give_up"
    assert "ei ole luku" in window.session.typed_errors[pointer]  # type: ignore[union-attr]
    window.set_language("sv")
    assert "är inte ett tal" in window.session.typed_errors[pointer]  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: any("är inte ett tal" in e.text for e in window.panel.entries))


def test_every_text_of_the_window_is_in_the_translation_files(tmp_path: Path) -> None:
    """lupdate over the code changes nothing: no text is missing, none is left over."""
    import importlib.util
    import shutil

    from tests.conftest import REPO

    spec = importlib.util.spec_from_file_location(
        "update_translations", REPO / "packaging" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    for path in TS_FILES:
        shutil.copy(path, tmp_path / path.name)
    for updated in script.update(tmp_path):
        committed = source_dir() / updated.name
        assert updated.read_text("utf-8") == committed.read_text("utf-8"), (
            f"{committed.name} is not up to date: run python packaging/update_translations.py"
        )


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text)
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_alt_and_a_letter_chooses_one_command_in_every_menu(window: MainWindow, lang: Lang) -> None:
    # Two commands with the same letter make Alt+letter only move between them.
    window.menu.languages[lang].trigger()
    bar = window.menuBar()
    titles = [_letter(action.text()) for action in bar.actions()]
    assert len(titles) == len(set(titles)), [action.text() for action in bar.actions()]
    for action in bar.actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        letters = [_letter(t) for t in texts if _letter(t) is not None]
        assert len(letters) == len(set(letters)), (menu.title(), texts)


def test_the_previous_rounds_menu_follows_the_language(window: MainWindow) -> None:
    menu = window.previous.menu
    assert menu.title() == "&Edelliset kierrokset"
    window.set_language("sv")
    assert menu.title() == "&Tidigare omgångar"
    assert window.previous.compare.text() == "&Jämför omgångar…"
    window.set_language("en")
    assert menu.title() == "&Previous rounds"


def _letter(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_alt_letters_of_the_window_and_of_each_menu_are_distinct(
    window: MainWindow, lang: Lang
) -> None:
    """Alt and a letter goes to one place: the menu bar's titles and the window's labels
    share the window's letters, and the items of one menu share that menu's."""
    from PySide6.QtWidgets import QLabel

    window.menu.languages[lang].trigger()
    top = [
        m.title() for m in window.menuBar().findChildren(QMenu) if m.parent() is window.menuBar()
    ]
    top += [label.text() for label in window.findChildren(QLabel) if label.buddy() is not None]
    letters = [_letter(t) for t in top if _letter(t)]
    assert len(letters) == len(set(letters)), top
    for menu in window.menuBar().findChildren(QMenu):
        items = [a.text() for a in menu.actions() if not a.isSeparator()]
        letters = [_letter(t) for t in items if _letter(t)]
        assert len(letters) == len(set(letters)), (menu.title(), items)
        assert all(_letter(t) for t in items), (menu.title(), items)  # each item has one

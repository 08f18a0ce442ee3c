"""The first start speaks the language of the user's system (Swedish on a Swedish Windows),
until a language is chosen in the window or on the command line."""

from __future__ import annotations

import pytest

from desktop.ui.shell.app import first_language


@pytest.mark.parametrize(
    ("languages", "lang"),
    [
        (["sv-FI", "sv", "fi-FI"], "sv"),
        (["sv-SE"], "sv"),
        (["fi-FI", "en-US"], "fi"),
        (["en-GB"], "en"),
        (["de-DE", "sv-FI"], "sv"),  # the first the program speaks
        (["de-DE", "fr-FR"], "fi"),  # none: Finnish, the survey's own language
        ([], "fi"),
        (["C"], "fi"),
    ],
)
def test_the_system_languages_choose_the_first_ones(languages: list[str], lang: str) -> None:
    assert first_language(languages) == lang

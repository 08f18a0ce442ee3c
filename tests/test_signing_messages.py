"""Every message of the signing package (and of reading received JSON) exists in Finnish,
Swedish and English alike."""

from __future__ import annotations

import string

from desktop import messages as top_messages
from desktop.i18n import LANGS
from desktop.signing import messages as signing_messages
from desktop.signing import verdict

# The signing package's messages and those of reading received JSON, which it uses.
CATALOGUE = {
    **signing_messages.MESSAGES,
    **{k: v for k, v in top_messages.MESSAGES.items() if k.startswith("safejson.")},
}


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


def test_every_message_in_every_language() -> None:
    # Stricter than the whole program's test: English too, and never copied from another language.
    assert CATALOGUE
    for key, texts in CATALOGUE.items():
        assert key.startswith(("signing.", "safejson.")), key
        assert set(texts) == set(LANGS), key
        assert all(texts[lang].strip() for lang in LANGS), key
        assert len({texts[lang] for lang in LANGS}) == len(LANGS), key
        fields = {lang: _fields(texts[lang]) for lang in LANGS}
        assert fields["fi"] == fields["sv"] == fields["en"], (key, fields)


def test_every_check_says_something_when_it_holds() -> None:
    # Reading the file is told only when it fails: a file read is no news.
    passed = {
        key.removeprefix("signing.passed.")
        for key in CATALOGUE
        if key.startswith("signing.passed.")
    }
    assert passed == {check.value for check in verdict.CheckId} - {verdict.CheckId.FILE.value}

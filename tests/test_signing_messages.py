"""Every message of the signing package exists in Finnish, Swedish and English alike."""

from __future__ import annotations

import string
from collections.abc import Mapping

import pytest

from desktop import safejson
from desktop.errors import UserError
from desktop.i18n import LANGS, Texts
from desktop.signing import (
    asice,
    cades,
    keys,
    manifest,
    pdfsign,
    received,
    safezip,
    verdict,
)

ERRORS: list[type[UserError]] = [
    keys.KeyStoreError,
    safezip.SafeZipError,
    safejson.SafeJsonError,
    manifest.ManifestError,
    cades.SignatureError,
    asice.AsiceError,
    pdfsign.PdfSignatureError,
    verdict.VerifyError,
    received.ReceivedFileError,
]
CATALOGS: dict[str, Mapping[str, Texts]] = {error.__name__: error.catalog for error in ERRORS} | {
    "passed checks": verdict.PASSED
}


def _fields(text: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


@pytest.mark.parametrize("name", sorted(CATALOGS))
def test_every_message_in_every_language(name: str) -> None:
    for key, texts in CATALOGS[name].items():
        assert set(texts) == set(LANGS), (name, key)
        assert all(texts[lang].strip() for lang in LANGS), (name, key)
        assert len({texts[lang] for lang in LANGS}) == len(LANGS), (name, key)
        fields = {lang: _fields(texts[lang]) for lang in LANGS}
        assert fields["fi"] == fields["sv"] == fields["en"], (name, key, fields)


def test_every_check_says_something_when_it_holds() -> None:
    # Reading the file is told only when it fails: a file read is no news.
    assert set(verdict.PASSED) == set(verdict.CheckId) - {verdict.CheckId.FILE}

"""Every file of the hostile corpus is refused with the expected check and a clear message.

The files are found by glob, so a file added to the folder without an
expected verdict in ``index.json`` fails the test instead of being skipped.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from desktop.i18n import LANGS, Lang
from desktop.signing import asice, pdfsign
from desktop.signing.verdict import Verdict
from tests.fixtures.hostile import make_hostile

HOSTILE = Path(__file__).resolve().parent / "fixtures" / "hostile"
INDEX: dict[str, dict[str, str]] = json.loads((HOSTILE / "index.json").read_text("utf-8"))
TRUSTED = frozenset(json.loads((HOSTILE / "trusted.json").read_text("utf-8"))["trusted"])
CORPUS = sorted(
    path
    for path in HOSTILE.iterdir()
    if path.is_file() and path.name not in make_hostile.META_FILES
)


def verify(path: Path) -> Verdict:
    data = path.read_bytes()
    if path.suffix == ".pdf":
        return pdfsign.verify_pdf(data, trusted=TRUSTED)
    return asice.verify(data, trusted=TRUSTED)


def test_corpus_is_large_and_fully_indexed() -> None:
    assert len(CORPUS) >= 30
    assert {path.name for path in CORPUS} == set(INDEX)


@pytest.mark.parametrize("path", CORPUS, ids=lambda path: path.name)
def test_refused_with_the_expected_check(path: Path) -> None:
    expected = INDEX[path.name]
    verdict = verify(path)  # anything but a verdict (an exception) fails the test
    assert not verdict.ok
    failure = verdict.failure
    assert failure is not None
    assert failure.id == expected["check"], failure.message("en")
    assert expected["message"] in failure.message("en")
    assert all(check.ok for check in verdict.checks[:-1])
    assert verdict.checks[-1] is failure
    for lang in LANGS:
        assert failure.message(lang).strip()
    assert failure.message("fi") != failure.message("sv")


def test_generator_makes_the_same_corpus(tmp_path: Path) -> None:
    corpus = make_hostile.write(tmp_path)
    assert json.loads((tmp_path / "index.json").read_text("utf-8")) == INDEX
    # The intact package the corpus is cut from passes every check.
    trusted = {corpus.key.fingerprint}
    verdict = asice.verify(corpus.package, trusted=trusted)
    assert verdict.ok, [c.message("en") for c in verdict.checks]
    assert pdfsign.verify_pdf(corpus.report, trusted=trusted).ok


# Words of the zip, XML, PDF and CMS readers' English that a refusal once carried.
ENGLISH = re.compile(
    r"\b(the|of|no|not|end|before|between|inside|error|found|could|read|directory|central|"
    r"syntax|line|column|marker|should|was|but|archive|crc|compressed|size|offset|order|"
    r"disk|malformed|parsing|tag|encoding)\b",
    re.IGNORECASE,
)
TECHNICAL = {"fi": "Tekninen tieto (englanniksi):", "sv": "Teknisk uppgift (på engelska):"}


@pytest.mark.parametrize("path", CORPUS, ids=lambda path: path.name)
@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_a_refusal_is_wholly_in_the_users_language(path: Path, lang: Lang) -> None:
    failure = verify(path).failure
    assert failure is not None
    said = failure.message(lang).partition(TECHNICAL[lang])[0]
    # Names quoted from the package are the package's own; the reader's English detail, if
    # kept, comes last and marked as such.
    told = re.sub(r"'[^']*'|\([^)]*0x[0-9a-f]+\)", "", said)
    assert not ENGLISH.search(told), failure.message(lang)

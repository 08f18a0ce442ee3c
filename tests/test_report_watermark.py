"""A draft's diagonal watermark is seen on every page but is not part of its text: copying,
searching or reading the draft aloud gives the answers without stray watermark letters."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from desktop.i18n import Lang
from tests.test_report import ROUND, demo_answers, page_count, render


@pytest.mark.parametrize(("lang", "word"), [("fi", "LUONNOS"), ("sv", "UTKAST"), ("en", "DRAFT")])
def test_the_watermark_is_not_extracted_with_the_text(
    lang: Lang, word: str, tmp_path: Path
) -> None:
    path = tmp_path / "draft.pdf"
    path.write_bytes(render(demo_answers(ROUND, "148"), lang=lang, draft=True))
    for page in range(1, page_count(path.read_bytes(), tmp_path) + 1):
        command = ["pdftotext", "-enc", "UTF-8", "-layout", "-f", str(page), "-l", str(page)]
        text = subprocess.run(
            [*command, str(path), "-"], capture_output=True, check=True, text=True
        ).stdout
        # Once, in the footer (and on the cover's notice), never in pieces between the lines.
        assert text.count(word) == (2 if page == 1 else 1), text
        stray = [line for line in text.splitlines() if re.fullmatch(r"\s*[A-ZÅÄÖ]{1,4}\s*", line)]
        assert not stray, stray

"""The signed report as a reader's viewer and an archive see it: a bookmark per section,
its language and title, in the file's XMP too, and a signature that still verifies."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
from pathlib import Path

import pytest

from desktop.i18n import Lang, pick
from desktop.signing.keys import Organisation, OrganisationKey, create_key
from desktop.signing.pdfsign import sign_pdf, verify_pdf
from desktop.survey import shipped_catalog
from tests.test_report import ROUND, demo_answers, flat, pdf_info, pdf_text, render


@pytest.fixture(scope="module")
def key() -> OrganisationKey:
    return create_key(Organisation("Inari", "Inari", "0201256-6"))


def outline(pdf: Path) -> list[tuple[str, int]]:
    if not shutil.which("qpdf"):
        pytest.fail("qpdf not found: install Debian's qpdf")
    shown = subprocess.run(
        ["qpdf", "--json", "--json-key=outlines", str(pdf)],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return [(o["title"], o["destpageposfrom1"]) for o in json.loads(shown)["outlines"]]


@pytest.mark.parametrize(
    ("lang", "tag", "summary"),
    [("fi", "fi-FI", "Tarkistuksen tulos"), ("sv", "sv-FI", "Kontrollresultat")],
)
def test_signed_report_has_a_bookmark_per_section_its_language_and_title(
    lang: Lang, tag: str, summary: str, key: OrganisationKey, tmp_path: Path
) -> None:
    from pyhanko.pdf_utils.reader import PdfFileReader

    signed = sign_pdf(render(demo_answers(ROUND, "148"), lang=lang), key)
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    rnd = shipped_catalog().round(ROUND)
    sections = [f"{n}. {pick(s.title, lang)}" for n, s in enumerate(rnd.sections, start=1)]
    marks = outline(path)
    assert [title for title, _ in marks] == [*sections, summary]
    for title, page in marks:  # each bookmark opens the page its heading is on
        assert title in flat(pdf_text(signed, tmp_path, page=page))

    title = f"{pick(rnd.title, lang)} – {'Inari' if lang == 'fi' else 'Enare'}"
    assert pdf_info(signed, tmp_path)["Title"] == title
    reader = PdfFileReader(io.BytesIO(signed), strict=True)
    assert reader.root["/Lang"] == tag
    xmp = reader.root["/Metadata"].get_object().data.decode("utf-8")
    assert title in xmp and "dc:title" in xmp
    assert "Inari – Anár – Aanaar – Aanar" in xmp or "Enare – Anár – Aanaar – Aanar" in xmp

    assert verify_pdf(signed, trusted={key.fingerprint}).ok
    checked = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in checked and "Total document signed" in checked
    structure = subprocess.run(["qpdf", "--check", str(path)], capture_output=True, text=True)
    assert structure.returncode == 0, structure.stdout
    assert "No syntax or stream encoding errors found" in structure.stdout

"""A draft of the report (``export --draft``, and the window's "Tee luonnos (PDF)", which
exports the same way) describes itself in XMP as the signed report does, read with poppler's
``pdfinfo -meta`` as an archive's validator reads it: each property once, the title, the
author, the report's language, and a subject and keywords that say it is a draft."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.i18n import Lang
from desktop.paths import DataPaths
from tests.exported_round import ROUND, Run
from tests.test_report_xmp import DC, PDF, RDF, XMP, properties

DRAFT = {
    "fi": ("luonnos, ei allekirjoitettu eikä lähetetty", "LUONNOS"),
    "sv": ("utkast, inte signerat och inte inskickat", "UTKAST"),
    "en": ("draft, not signed and not submitted", "DRAFT"),
}


def _draft(run: Run, lang: Lang, out: Path) -> Path:
    code, stdout, stderr = run("--lang", lang, "export", ROUND, "--draft", "--out", str(out))
    assert code == 0, stdout + stderr
    (report,) = out.glob("*.pdf")
    return report


def _items(xmp: ET.Element, name: str) -> list[str]:
    return [
        item.text or ""
        for found in xmp.iter(f"{{{DC}}}{name}")
        for item in found.iter(f"{{{RDF}}}li")
    ]


def _info(report: Path) -> dict[str, str]:
    said = subprocess.run(
        ["pdfinfo", "-enc", "UTF-8", str(report)], capture_output=True, check=True, text=True
    ).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in said.splitlines())}


@pytest.mark.parametrize(("lang", "tag"), [("fi", "fi-FI"), ("sv", "sv-FI"), ("en", "en")])
def test_a_draft_describes_itself_in_xmp_as_a_draft(
    run: Run, ready: DataPaths, tmp_path: Path, lang: Lang, tag: str
) -> None:
    report = _draft(run, lang, tmp_path / "out")
    shown = subprocess.run(
        ["pdfinfo", "-meta", str(report)], capture_output=True, check=True
    ).stdout
    assert b"<x:xmpmeta" in shown, "the draft has no XMP"
    end = b"</x:xmpmeta>"
    xmp = ET.fromstring(shown[shown.index(b"<x:xmpmeta") : shown.index(end) + len(end)])
    found = properties(xmp)
    assert sorted(name for name, count in found.items() if count > 1) == []
    assert {
        f"{{{DC}}}title",
        f"{{{DC}}}creator",
        f"{{{DC}}}description",
        f"{{{DC}}}language",
        f"{{{PDF}}}Keywords",
        f"{{{PDF}}}Producer",
        f"{{{XMP}}}CreateDate",
        f"{{{XMP}}}CreatorTool",
    } <= set(found)
    assert f"{{{PDF}}}keywords" not in found
    assert _items(xmp, "language") == [tag]
    # What the XMP says is what the Info dictionary says, and both say it is a draft.
    info = _info(report)
    assert _items(xmp, "title") == [info["Title"]]
    assert _items(xmp, "creator") == [info["Author"]]
    assert _items(xmp, "description") == [info["Subject"]]
    subject, keyword = DRAFT[lang]
    assert info["Subject"].endswith(subject), info["Subject"]
    keywords = [
        element.text or (element.get(f"{{{PDF}}}Keywords") or "")
        for element in xmp.iter()
        if element.tag == f"{{{PDF}}}Keywords"
    ] + [d.get(f"{{{PDF}}}Keywords") or "" for d in xmp.iter(f"{{{RDF}}}Description")]
    assert keyword in [k.strip() for k in ",".join(keywords).split(",")], keywords
    assert keyword in [k.strip() for k in info["Keywords"].split(",")]


def test_a_title_with_a_control_character_still_has_its_xmp() -> None:
    # A round package's title is data: what XML cannot hold is left out, not a failed draft.
    from datetime import UTC, datetime

    from desktop.signing.pdfsign import unsigned_xmp

    packet = unsigned_xmp(
        title="Kysely\x01 <2/2022> & muuta",
        author="Inari",
        subject="s",
        keywords="2022-1, 148, LUONNOS",
        creator="Tilannekuva",
        producer="ReportLab",
        created=datetime(2022, 2, 10, 14, 5, tzinfo=UTC),
        lang="fi-FI",
    )
    xmp = ET.fromstring(packet[packet.index(b"<x:xmpmeta") : packet.index(b"</x:xmpmeta>") + 12])
    assert _items(xmp, "title") == ["Kysely <2/2022> & muuta"]

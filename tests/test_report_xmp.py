"""The exported, signed report's XMP as an archive's validator reads it (with poppler's
``pdfinfo -meta``, not our own code): each property once, the report's language, the
properties named as the XMP specification names them, and the signature still verifies."""

from __future__ import annotations

import subprocess
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from desktop.i18n import Lang
from desktop.paths import DataPaths
from desktop.signing.keys import OrganisationKey
from tests.exported_round import ROUND, Run

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
PDF = "http://ns.adobe.com/pdf/1.3/"
XMP = "http://ns.adobe.com/xap/1.0/"


def exported_xmp(run: Run, lang: Lang, out: Path) -> tuple[Path, ET.Element]:
    code, stdout, _ = run("--lang", lang, "export", ROUND, "--yes", "--out", str(out))
    assert code == 0, stdout
    (report,) = out.glob("*.pdf")
    shown = subprocess.run(
        ["pdfinfo", "-meta", str(report)], capture_output=True, check=True
    ).stdout
    end = b"</x:xmpmeta>"
    return report, ET.fromstring(shown[shown.index(b"<x:xmpmeta") : shown.index(end) + len(end)])


def properties(xmp: ET.Element) -> Counter[str]:
    """Every property of the document (``rdf:about=""``), however its descriptions split
    them: as attributes (``pdf:Producer="…"``) or as elements (``<dc:title>``)."""
    found: Counter[str] = Counter()
    for description in xmp.iter(f"{{{RDF}}}Description"):
        assert description.get(f"{{{RDF}}}about") == ""
        found.update(name for name in description.attrib if not name.startswith(f"{{{RDF}}}"))
        found.update(child.tag for child in description)
    return found


@pytest.mark.parametrize(("lang", "tag"), [("fi", "fi-FI"), ("sv", "sv-FI"), ("en", "en")])
def test_the_signed_reports_xmp_has_each_property_once_and_its_language(
    run: Run,
    ready: DataPaths,
    tmp_path: Path,
    organisation_key: OrganisationKey,
    lang: Lang,
    tag: str,
) -> None:
    report, xmp = exported_xmp(run, lang, tmp_path / "out")
    found = properties(xmp)
    twice = sorted(name for name, count in found.items() if count > 1)
    assert twice == []
    assert {f"{{{DC}}}title", f"{{{DC}}}creator", f"{{{XMP}}}CreateDate"} <= set(found)
    # The keywords as the Adobe PDF schema names them (pdf:keywords is in no schema).
    assert f"{{{PDF}}}Keywords" in found and f"{{{PDF}}}keywords" not in found
    languages = [
        item.text
        for language in xmp.iter(f"{{{DC}}}language")
        for item in language.iter(f"{{{RDF}}}li")
    ]
    assert languages == [tag]

    code, stdout, _ = run("verify", str(report), "--trusted", organisation_key.fingerprint)
    assert code == 0, stdout


def _info(report: Path) -> dict[str, str]:
    said = subprocess.run(
        ["pdfinfo", "-enc", "UTF-8", "-isodates", str(report)],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in said.splitlines())}


def _value(xmp: ET.Element, name: str) -> list[str]:
    """A property's text, however it is written: an attribute, an element, a list's items."""
    found = [d.get(name) for d in xmp.iter(f"{{{RDF}}}Description") if d.get(name) is not None]
    for element in xmp.iter(name):
        items = [item.text or "" for item in element.iter(f"{{{RDF}}}li")]
        found.extend(items or [element.text or ""])
    return [value for value in found if value is not None]


def _moment(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_the_signed_reports_xmp_says_what_its_info_dictionary_says(
    run: Run,
    ready: DataPaths,
    tmp_path: Path,
    organisation_key: OrganisationKey,
    lang: Lang,
) -> None:
    # An archive's validator (PDF/A-style) refuses a file whose XMP and Info disagree.
    report, xmp = exported_xmp(run, lang, tmp_path / "out")
    info = _info(report)
    assert info["Producer"].startswith("pyHanko "), info  # which wrote its last revision
    assert _value(xmp, f"{{{PDF}}}Producer") == [info["Producer"]]
    assert _value(xmp, f"{{{DC}}}title") == [info["Title"]]
    assert _value(xmp, f"{{{DC}}}creator") == [info["Author"]]
    assert _value(xmp, f"{{{DC}}}description") == [info["Subject"]]
    assert _value(xmp, f"{{{PDF}}}Keywords") == [info["Keywords"]]
    assert _value(xmp, f"{{{XMP}}}CreatorTool") == [info["Creator"]]
    for xmp_name, info_name in (("CreateDate", "CreationDate"), ("ModifyDate", "ModDate")):
        (said,) = _value(xmp, f"{{{XMP}}}{xmp_name}")
        assert _moment(said) == _moment(info[info_name]), xmp_name

    code, stdout, _ = run("verify", str(report), "--trusted", organisation_key.fingerprint)
    assert code == 0, stdout
    checked = subprocess.run(["pdfsig", str(report)], capture_output=True, text=True)
    assert "Signature is Valid." in checked.stdout, checked.stdout + checked.stderr
    assert "Total document signed" in checked.stdout

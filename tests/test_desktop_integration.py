"""The Linux desktop files: valid for their tools, and agreeing with each other and the program."""

from __future__ import annotations

import configparser
import shutil
import struct
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop import APP_NAME
from desktop.paths import ROUND_SUFFIX
from desktop.signing.asice import MIMETYPE, assemble
from tests.conftest import REPO

LINUX = REPO / "packaging" / "linux"
APP_ID = "fi.tilannekuva.Tilannekuva"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
ROUND_TYPE = "application/x-tilannekuva-round"  # a survey round package (.tkround)
MIME = LINUX / f"{APP_ID}.mime.xml"
ICONS = REPO / "resources" / "icons"
SHARED_MIME = "{http://www.freedesktop.org/standards/shared-mime-info}"


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (Debian package: see .ci/run)")
    return found


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_is_valid() -> None:
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout + result.stderr


def test_metainfo_is_valid() -> None:
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", "--explain", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mime_type_is_accepted_by_the_mime_database(tmp_path: Path) -> None:
    packages = tmp_path / "mime" / "packages"
    packages.mkdir(parents=True)
    shutil.copy(MIME, packages / f"{APP_ID}.xml")
    result = subprocess.run(
        [_tool("update-mime-database"), "-V", str(tmp_path / "mime")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "error" not in result.stderr.lower(), result.stderr
    assert (tmp_path / "mime" / "application" / "vnd.etsi.asic-e+zip.xml").is_file()
    assert (tmp_path / "mime" / "application" / f"{ROUND_TYPE.split('/')[1]}.xml").is_file()


def test_the_files_name_the_same_type_the_program_writes() -> None:
    mime_type = MIMETYPE.decode("ascii")
    entry = _desktop_entry()
    assert entry["MimeType"] == f"{mime_type};{ROUND_TYPE};"
    assert entry["Icon"] == APP_ID
    # On X11 the window's WM_CLASS class is the application's name (desktop.ui.shell.app):
    # a dock ties the window to this entry by it (Wayland goes by the desktop file name).
    assert entry["StartupWMClass"] == APP_NAME
    assert entry["Exec"].split()[-1] == "%f", "a file given by the file manager reaches the program"
    declared = {t.get("type"): t for t in ET.parse(MIME).getroot().iter(f"{SHARED_MIME}mime-type")}
    assert list(declared) == [mime_type, ROUND_TYPE]
    globs = [g.get("pattern") for g in declared[mime_type].iter(f"{SHARED_MIME}glob")]
    assert "*.asice" in globs
    # A survey round package arrives by e-mail or on a stick: it opens in the program too.
    round_globs = [g.get("pattern") for g in declared[ROUND_TYPE].iter(f"{SHARED_MIME}glob")]
    assert round_globs == [f"*{ROUND_SUFFIX}"]
    metainfo = ET.parse(METAINFO).getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == DESKTOP.name
    assert [m.text for m in metainfo.iter("mediatype")] == [mime_type, ROUND_TYPE]


def test_the_mime_magic_matches_a_real_package() -> None:
    """The magic says where a package's stored ``mimetype`` member and its content are."""
    package = assemble({"survey.json": b"{}", "report.pdf": b"%PDF-"}, b"<manifest/>", b"sig")
    declared = ET.parse(MIME).getroot().find(f"{SHARED_MIME}mime-type")  # the first: ASiC-E
    assert declared is not None
    outer = declared.find(f"{SHARED_MIME}magic/{SHARED_MIME}match")
    assert outer is not None
    inner = outer.find(f"{SHARED_MIME}match")
    assert inner is not None
    for match in (outer, inner):
        offset, value = int(match.get("offset", "")), match.get("value", "").encode()
        assert package[offset : offset + len(value)] == value
    # The zip's local header: the member's name starts at 30 (the header has no extra field).
    assert struct.unpack("<H", package[28:30])[0] == 0


def test_icons_are_drawn_at_the_sizes_desktops_ask_for() -> None:
    from PIL import Image

    assert (ICONS / "tilannekuva.svg").is_file()
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        with Image.open(ICONS / f"tilannekuva-{size}.png") as image:
            assert image.size == (size, size)
    with Image.open(ICONS / "tilannekuva.ico") as ico:
        assert (256, 256) in ico.info["sizes"] and (16, 16) in ico.info["sizes"]


def test_the_screenshot_named_in_the_metainfo_is_in_the_repository() -> None:
    urls = [image.text or "" for image in ET.parse(METAINFO).getroot().iter("image")]
    assert urls
    for url in urls:
        assert url.startswith("https://")
        assert (REPO / "resources" / "screenshots" / url.rsplit("/", 1)[-1]).is_file()


def test_the_software_centre_names_the_programs_version() -> None:
    """The newest release the metainfo lists is the program's own version (About, the PDF)."""
    from desktop import __version__

    releases = ET.parse(METAINFO).getroot().iter("release")
    assert next(releases).get("version") == __version__

"""The Windows build's recipe: an upgrade leaves nothing of the earlier version loaded, a
pre-release version number builds, and the Qt plugins left out are left out on Windows too.

Only Linux runs here: the spec's functions are taken out of it and run on the paths
PyInstaller gives on Windows (``PySide6/plugins/...``, no ``Qt/`` between)."""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from typing import Any

import pytest

from tests.conftest import REPO

SPEC = REPO / "packaging" / "tilannekuva.spec"
ISS = REPO / "packaging" / "windows" / "tilannekuva.iss"


def _from_spec(*names: str) -> dict[str, Any]:
    """The spec's top-level definitions ``names``, run alone."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))

    def defines(node: ast.stmt) -> bool:
        if isinstance(node, ast.FunctionDef):
            return node.name in names
        return isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id in names for t in node.targets
        )

    wanted = [node for node in tree.body if defines(node)]
    found: dict[str, Any] = {}
    exec(compile(ast.Module(wanted, []), str(SPEC), "exec"), found)
    assert set(names) <= found.keys()
    return found


def _section(text: str, name: str) -> list[str]:
    found = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
    assert found, f"the installer has a [{name}] section"
    return [
        line.strip()
        for line in found.group(1).splitlines()
        if line.strip() and not line.startswith(";")
    ]


def test_an_upgrade_removes_the_earlier_bundle_before_installing() -> None:
    lines = _section(ISS.read_text(encoding="utf-8"), "InstallDelete")
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in lines


@pytest.mark.parametrize(
    ("version", "numbers"),
    [
        ("0.1.0", (0, 1, 0, 0)),
        ("0.2.0rc1", (0, 2, 0, 0)),
        ("1.0.0.dev3", (1, 0, 0, 0)),
        ("2.1", (2, 1, 0, 0)),
        ("1.2.3.4.5", (1, 2, 3, 4)),
        ("1.0.post2", (1, 0, 0, 0)),
    ],
)
def test_the_windows_version_resource_takes_any_release_number(
    version: str, numbers: tuple[int, int, int, int]
) -> None:
    version_numbers: Callable[[str], tuple[int, ...]] = _from_spec("version_numbers")[
        "version_numbers"
    ]
    assert version_numbers(version) == numbers


@pytest.mark.parametrize(
    ("destination", "kept"),
    [
        # Linux: the wheel keeps Qt under PySide6/Qt/.
        ("PySide6/Qt/plugins/tls/libqopensslbackend.so", False),
        ("PySide6/Qt/plugins/imageformats/libqjpeg.so", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        # Windows: PyInstaller puts the plugins under PySide6/plugins/.
        ("PySide6\\plugins\\tls\\qschannelbackend.dll", False),
        ("PySide6/plugins/tls/qopensslbackend.dll", False),
        ("PySide6/plugins/networkinformation/qnetworklistmanager.dll", False),
        ("PySide6/plugins/imageformats/qjpeg.dll", False),
        ("PySide6/plugins/iconengines/qsvgicon.dll", False),
        ("PySide6/plugins/generic/qtuiotouchplugin.dll", False),
        ("PySide6/plugins/platforms/qwindows.dll", True),
        ("PySide6/plugins/styles/qmodernwindowsstyle.dll", True),
        ("PySide6/Qt6Widgets.dll", True),
    ],
)
def test_unused_qt_plugins_are_left_out_on_windows_and_linux(destination: str, kept: bool) -> None:
    needed = _from_spec("QT_DROPPED", "needed")["needed"]
    assert needed((destination, "source", "BINARY")) is kept


def test_the_installer_names_the_version_the_program_was_built_with() -> None:
    """The installer's version (Settings > Apps, the setup file's name) is read from the built
    program's version resource, which the spec fills from ``desktop.__version__``: no second
    number to forget at a release."""
    text = ISS.read_text(encoding="utf-8")
    defined = re.search(r"^\s*#define AppVersion (.+)$", text, re.MULTILINE)
    assert defined is not None
    assert defined.group(1).startswith("GetStringFileInfo(Bundle")
    assert '"ProductVersion"' in defined.group(1)
    assert not re.search(r"\d+\.\d+\.\d+", text), "no version number written in the installer"
    spec = SPEC.read_text(encoding="utf-8")
    assert 'vi.StringStruct("ProductVersion", __version__)' in spec

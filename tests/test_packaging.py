"""The bundle's recipe agrees with the repository: what the spec, the build script and the
Windows installer name exists, and the wheel and the bundle carry the same data."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path

import pytest

from desktop import cli
from tests.conftest import REPO

PACKAGING = REPO / "packaging"
SPEC = PACKAGING / "tilannekuva.spec"
ISS = PACKAGING / "windows" / "tilannekuva.iss"


def _spec_tree() -> ast.Module:
    return ast.parse(SPEC.read_text(encoding="utf-8"))


def test_the_spec_is_python_and_names_files_that_exist() -> None:
    tree = _spec_tree()
    strings = {
        n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str)
    }
    assert "launcher.py" in strings and (PACKAGING / "launcher.py").is_file()
    assert (REPO / "resources" / "icons" / "tilannekuva.ico").is_file()
    for name in ("demo", "fonts", "municipalities", "icons"):
        assert name in strings
        assert (REPO / "resources" / name).is_dir()
    assert (REPO / "resources" / "translations").is_dir()
    assert (REPO / "schemas").is_dir()
    for text in ("LGPL-3.0.txt", "GPL-3.0.txt"):
        assert text in strings and (PACKAGING / "licences" / text).is_file()


def test_the_wheel_and_the_bundle_carry_the_same_data() -> None:
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    wheel = config["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    in_wheel = {source.removeprefix("resources/") for source in wheel}
    spec = SPEC.read_text(encoding="utf-8")
    found = re.search(r'for name in \(([^)]*)\):\n\s+pairs\.append\(\(REPO / "resources"', spec)
    assert found, "the spec lists the resource folders it bundles"
    in_bundle = set(ast.literal_eval(f"({found.group(1)})")) | {"schemas"}
    assert in_bundle == in_wheel
    assert "pyinstaller" in " ".join(config["project"]["optional-dependencies"]["build"]).lower()


def test_the_bundle_leaves_out_tests_and_unused_qt() -> None:
    spec = SPEC.read_text(encoding="utf-8")
    for excluded in ("pytest", "hypothesis", "PySide6.QtQml", "PySide6.QtQuick"):
        assert f'"{excluded}"' in spec
    # The local socket on which a second start finds the open window (its TLS plugins are not).
    assert '"PySide6.QtNetwork"' not in spec and '"plugins/tls/"' in spec
    assert "tests" not in {p.name for p in (REPO / "resources").iterdir()}


def test_the_build_script_copies_files_that_exist() -> None:
    import importlib.util

    loaded = importlib.util.spec_from_file_location("build", PACKAGING / "build.py")
    assert loaded is not None and loaded.loader is not None
    build = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(build)
    for source, place in build.linux_share_files():
        assert source.is_file(), source
        assert place.split("/")[0] in {"applications", "metainfo", "mime", "icons"}
    assert (PACKAGING / "linux" / "install.sh").is_file()


def test_the_bundle_keeps_no_link_to_a_library_left_out(tmp_path: Path) -> None:
    import importlib.util

    loaded = importlib.util.spec_from_file_location("build", PACKAGING / "build.py")
    assert loaded is not None and loaded.loader is not None
    build = importlib.util.module_from_spec(loaded)
    loaded.loader.exec_module(build)
    bundle = tmp_path / "tilannekuva"
    (bundle / "_internal" / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    kept = bundle / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Core.so.6"
    kept.write_bytes(b"\x7fELF")
    (bundle / "_internal" / "libQt6Core.so.6").symlink_to("PySide6/Qt/lib/libQt6Core.so.6")
    (bundle / "_internal" / "libQt6Svg.so.6").symlink_to("PySide6/Qt/lib/libQt6Svg.so.6")
    dropped = build.drop_dangling_links(bundle)
    assert [p.name for p in dropped] == ["libQt6Svg.so.6"]
    assert (bundle / "_internal" / "libQt6Core.so.6").resolve() == kept.resolve()
    assert not any(p.is_symlink() and not p.exists() for p in bundle.rglob("*"))


def test_the_windows_installer_is_per_user_and_opens_packages() -> None:
    text = ISS.read_text(encoding="utf-8")
    setup = dict(
        line.split("=", 1)
        for line in text.split("[Setup]")[1].split("[")[0].splitlines()
        if "=" in line and not line.startswith(";")
    )
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["ChangesAssociations"] == "yes"
    assert setup["DefaultDirName"].startswith("{autopf}")
    assert (ISS.parent / setup["SetupIconFile"].replace("\\", "/")).resolve().is_file()
    bundle = re.search(r'#define Bundle "([^"]+)"', text)
    assert (
        bundle
        and (ISS.parent / bundle.group(1).replace("\\", "/")).resolve()
        == REPO / "dist" / "tilannekuva"
    )
    exe = re.search(r'#define AppExe "([^"]+)"', text)
    assert exe and exe.group(1) == "tilannekuva.exe"
    assert 'executable("tilannekuva", not WINDOWS' in SPEC.read_text(encoding="utf-8")
    assert "Software\\Classes\\.asice" in text
    # The program's own round packages open in it too (the type is the program's: default).
    assert 'Subkey: "Software\\Classes\\.tkround"; ValueType: string; ValueName: ""' in text
    assert '""%1""' in text, "the package's path reaches the program"
    assert "{autoprograms}" in text
    for line in text.splitlines():
        assert not line.startswith("Root: HKLM"), "a per-user install writes no machine keys"


@pytest.mark.parametrize(
    ("argv", "received"),
    [
        (["paketti.asice"], "paketti.asice"),
        (["--lang", "sv", "paketti.asice"], "paketti.asice"),
        (["verify", "paketti.asice"], None),
        (["backup", "restore", "paketti.asice"], None),
        # A file since moved is handed to the window, which tells the user it is not there.
        (["ei-ole.asice"], "ei-ole.asice"),
        (["rounds"], None),  # a command's name is never a file
    ],
)
def test_only_a_file_alone_opens_in_the_window(
    argv: list[str],
    received: str | None,
    tmp_path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "paketti.asice").write_bytes(b"PK")
    rest, found = cli._received_file(argv)
    assert found == received
    assert rest == (argv[:-1] if received else argv)

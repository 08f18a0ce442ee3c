"""Build the one-folder bundle into ``dist/tilannekuva``.

    python -m pip install -e ".[build]"
    python packaging/build.py            # then: python packaging/smoke.py

Runs PyInstaller with ``packaging/tilannekuva.spec`` and, on Linux, puts the
desktop integration beside the program: ``share/`` (the menu entry, the
AppStream metainfo, the file type of ``.asice`` and the icons, laid out as
under ``~/.local/share``) and ``install.sh``, which installs all of it for
one user. On Windows ``packaging/windows/tilannekuva.iss`` makes the
installer from the same folder.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SPEC = REPO / "packaging" / "tilannekuva.spec"
LINUX = REPO / "packaging" / "linux"
ICONS = REPO / "resources" / "icons"
APP_ID = "fi.tilannekuva.Tilannekuva"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def bundle_dir(dist: Path) -> Path:
    return dist / "tilannekuva"


def run_pyinstaller(dist: Path, work: Path) -> Path:
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(dist),
        "--workpath",
        str(work),
        str(SPEC),
    ]
    subprocess.run(command, cwd=REPO, check=True)
    return bundle_dir(dist)


def linux_share_files() -> list[tuple[Path, str]]:
    """(source, place under ``share/``) of the desktop integration."""
    pairs = [
        (LINUX / f"{APP_ID}.desktop", f"applications/{APP_ID}.desktop"),
        (LINUX / f"{APP_ID}.metainfo.xml", f"metainfo/{APP_ID}.metainfo.xml"),
        (LINUX / f"{APP_ID}.mime.xml", f"mime/packages/{APP_ID}.xml"),
        (ICONS / "tilannekuva.svg", f"icons/hicolor/scalable/apps/{APP_ID}.svg"),
    ]
    pairs += [
        (ICONS / f"tilannekuva-{size}.png", f"icons/hicolor/{size}x{size}/apps/{APP_ID}.png")
        for size in PNG_SIZES
    ]
    return pairs


def add_linux_integration(bundle: Path) -> None:
    for source, place in linux_share_files():
        target = bundle / "share" / place
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    shutil.copy2(LINUX / "install.sh", bundle / "install.sh")


def drop_dangling_links(bundle: Path) -> list[Path]:
    """Remove the links whose target is not in the bundle (PyInstaller links a library it
    found under ``PySide6/Qt/lib`` into ``_internal``, also one the spec left out): a tool that
    copies by following links (``cp -L``, ``rsync -L``, a packager's checks) would fail on
    them. The links removed, sorted."""
    dropped = sorted(path for path in bundle.rglob("*") if path.is_symlink() and not path.exists())
    for path in dropped:
        path.unlink()
    return dropped


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist")
    parser.add_argument("--work", type=Path, default=REPO / "build" / "pyinstaller")
    parser.add_argument(
        "--archive",
        action="store_true",
        help="also pack the folder as dist/tilannekuva-VERSION-PLATFORM",
    )
    args = parser.parse_args(argv)
    bundle = run_pyinstaller(args.dist, args.work)
    for link in drop_dangling_links(bundle):
        print(f"left out a link to a library not in the bundle: {link.relative_to(bundle)}")
    if sys.platform.startswith("linux"):
        add_linux_integration(bundle)
    print(f"{bundle}: {folder_size(bundle) / 2**20:.1f} MiB")
    if args.archive:
        print(pack(bundle))
    return 0


def pack(bundle: Path) -> Path:
    """What IT support receives: ``.tar.gz`` on Linux (keeps the permissions), ``.zip`` elsewhere."""
    sys.path.insert(0, str(REPO))
    from desktop import __version__

    linux = sys.platform.startswith("linux")
    base = bundle.parent / f"tilannekuva-{__version__}-{'linux' if linux else sys.platform}"
    made = shutil.make_archive(str(base), "gztar" if linux else "zip", bundle.parent, bundle.name)
    return Path(made)


if __name__ == "__main__":
    sys.exit(main())

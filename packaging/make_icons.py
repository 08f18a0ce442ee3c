"""Draw the application's PNG icons and the Windows ``.ico`` from its SVG.

    python packaging/make_icons.py

``resources/icons/tilannekuva.svg`` is the one drawing; this renders it with
Qt's SVG renderer at the sizes desktops look for (freedesktop's hicolor
theme sizes, and those of a Windows icon) into
``resources/icons/tilannekuva-SIZE.png``, and packs the Windows sizes into
``resources/icons/tilannekuva.ico`` with Pillow. Run it after changing the
SVG and commit what it writes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
ICONS = REPO / "resources" / "icons"
SVG = ICONS / "tilannekuva.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def png_path(size: int) -> Path:
    return ICONS / f"tilannekuva-{size}.png"


def render(svg: Path = SVG, sizes: tuple[int, ...] = PNG_SIZES) -> list[Path]:
    """Render ``svg`` into one PNG per size; returns the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        target = png_path(size)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    return written


def pack_ico(target: Path = ICONS / "tilannekuva.ico") -> Path:
    """The Windows icon: every size rendered, not scaled down from one."""
    from PIL import Image  # Pillow comes with reportlab

    images = [Image.open(png_path(size)) for size in ICO_SIZES]
    largest = images[-1]
    largest.save(
        target,
        format="ICO",
        sizes=[(size, size) for size in ICO_SIZES],
        append_images=images[:-1],
    )
    return target


def main() -> None:
    for path in [*render(), pack_ico()]:
        print(path.relative_to(REPO))


if __name__ == "__main__":
    main()

"""Render the application icon for installers: PNGs in the sizes Linux desktops
use (a hicolor theme tree) and a Windows ``.ico``, all from ``resources/icons/logo.svg``.

    python installer/make_icons.py OUT_DIR

writes ``OUT_DIR/hicolor/<N>x<N>/apps/fieldservice.png``,
``OUT_DIR/hicolor/scalable/apps/fieldservice.svg`` and ``OUT_DIR/fieldservice.ico``.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

LOGO = Path(__file__).resolve().parent.parent / "resources" / "icons" / "logo.svg"
# The freedesktop icon theme's usual sizes; 256 is the largest a .ico holds.
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main(out: Path) -> None:
    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(LOGO))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {LOGO}")
    for size in PNG_SIZES:
        target = out / "hicolor" / f"{size}x{size}" / "apps" / "fieldservice.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(renderer, size).save(str(target), "PNG"):
            raise SystemExit(f"cannot write {target}")
    scalable = out / "hicolor" / "scalable" / "apps" / "fieldservice.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(LOGO, scalable)
    # Qt's ICO writer stores one image per file; a Windows icon holds every size,
    # so the entries are packed here (PNG-compressed entries, as Windows Vista+ reads).
    write_ico(out / "fieldservice.ico", [render(renderer, s) for s in ICO_SIZES])


def write_ico(target: Path, images: list[QImage]) -> None:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    blobs = []
    for image in images:
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        blobs.append(bytes(data))
    # ICONDIR, then one ICONDIRENTRY per image (width and height 0 mean 256).
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for image, blob in zip(images, blobs, strict=True):
        side = image.width() % 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    target.write_bytes(header + entries + b"".join(blobs))


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    main(Path(sys.argv[1]))

"""The look: style sheet, fonts and icons.

Icons are line drawings in ``resources/icons`` stroked with ``currentColor``;
:func:`icon` paints them in the colour wanted (one for the normal state, one
for the selected state), so the same drawing serves the dark navigation rail
and the light pages.
"""

from __future__ import annotations

import functools
import logging
from pathlib import Path

from PySide6.QtCore import QSize, QTemporaryDir
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

import resources

log = logging.getLogger("fieldservice.ui.theme")

INK = "#1f2933"
MUTED = "#5b6b7d"
ACTION = "#3b4a5c"
ACCENT = "#2563eb"
WARNING = "#b54708"
DANGER = "#c4320a"
RAIL = "#b3c0cf"
RAIL_SELECTED = "#ffffff"


# Bundled fonts used where the system's font has no glyph, in this order: Chinese
# names on a machine without CJK fonts, the Hong Kong characters beyond the basic
# plane (CJK Extension B), emoji. The same fonts print them on paper.
FALLBACK_FONTS = ("DroidSansFallbackFull.ttf", "FieldServiceHanExtB.ttf", "FieldServiceEmoji.ttf")


def apply(app: QApplication) -> None:
    """Give the application its font, style sheet and icon."""
    font = QFont(app.font())
    font.setPointSizeF(10)
    font.setFamilies([font.family(), *_load_fallback_fonts()])
    app.setFont(font)
    app.setStyle("Fusion")
    try:
        sheet = resources.path("style.qss").read_text(encoding="utf-8")
    except FileNotFoundError:  # pragma: no cover - a broken installation still starts
        log.warning("style sheet missing; using the plain Qt look")
    else:
        if app.styleSheet() != sheet:
            app.setStyleSheet(sheet)
    app.setWindowIcon(app_icon())


@functools.cache
def _load_fallback_fonts() -> tuple[str, ...]:
    families: list[str] = []
    for name in FALLBACK_FONTS:
        try:
            file = resources.path("fonts", name)
        except FileNotFoundError:
            continue
        loaded = QFontDatabase.addApplicationFont(str(file))
        if loaded < 0:
            log.warning("cannot load the font %s", file)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(loaded))
    return tuple(families)


def app_icon() -> QIcon:
    return _svg_icon("logo", None, None)


@functools.cache
def _svg(name: str) -> str:
    return resources.icon_path(name).read_text(encoding="utf-8")


# Coloured copies of the icons, written on first use: Qt's own SVG icon engine
# draws an icon from its file when a window first asks for a size and mode, so no
# icon is drawn before it is shown. (An icon engine written in Python was tried:
# Qt hands its paint() painters that PySide could not always wrap safely.)
_folder: QTemporaryDir | None = None


def _coloured_file(name: str, colour: str | None) -> str:
    global _folder
    if _folder is None:
        _folder = QTemporaryDir()
    path = Path(_folder.path()) / f"{name}-{(colour or 'plain').lstrip('#')}.svg"
    if not path.exists():
        svg = _svg(name)
        path.write_text(svg.replace("currentColor", colour) if colour else svg, "utf-8")
    return str(path)


@functools.cache
def _svg_icon(name: str, color: str | None, selected: str | None) -> QIcon:
    modes = {
        QIcon.Mode.Normal: color,
        QIcon.Mode.Active: color,
        QIcon.Mode.Selected: selected or color,
        QIcon.Mode.Disabled: "#aab4c0" if color else None,
    }
    drawn = QIcon()
    for mode, colour in modes.items():
        drawn.addFile(_coloured_file(name, colour), QSize(), mode, QIcon.State.Off)
    return drawn


def icon(name: str, color: str = ACTION, selected: str | None = None) -> QIcon:
    """The icon *name* drawn in *color* (and in *selected* when its item is selected)."""
    return _svg_icon(name, color, selected)


def pixmap(name: str, size: int, color: str = ACTION) -> QPixmap:
    return icon(name, color).pixmap(QSize(size, size))


def set_property(widget: QWidget, name: str, value) -> None:
    """Set a dynamic property the style sheet selects on, and restyle the widget."""
    if widget.property(name) == value:
        return
    widget.setProperty(name, value)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    widget.update()

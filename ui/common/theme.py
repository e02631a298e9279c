"""The look: style sheet, fonts and icons.

Icons are line drawings in ``resources/icons`` stroked with ``currentColor``;
:func:`icon` paints them in the colour wanted (one for the normal state, one
for the selected state), so the same drawing serves the dark navigation rail
and the light pages.
"""

from __future__ import annotations

import functools
import logging

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontDatabase, QIcon, QIconEngine, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
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

_SIZES = (16, 18, 20, 24, 32, 48, 64)


# Bundled fonts used where the system's font has no glyph (Chinese names on a
# machine without CJK fonts).
FALLBACK_FONTS = ("DroidSansFallbackFull.ttf",)


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


class _SvgIconEngine(QIconEngine):
    """An icon drawn from its SVG when Qt first asks for it at a size and mode: a
    window shows a few of the sizes, and none need drawing before it is shown."""

    def __init__(self, svg_by_mode: dict[QIcon.Mode, str]) -> None:
        super().__init__()
        self._svg_by_mode = svg_by_mode
        self._drawn: dict[tuple[int, int, QIcon.Mode], QPixmap] = {}

    def _renderer(self, mode: QIcon.Mode) -> QSvgRenderer:
        svg = self._svg_by_mode.get(mode) or self._svg_by_mode[QIcon.Mode.Normal]
        return QSvgRenderer(QByteArray(svg.encode("utf-8")))

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self._renderer(mode).render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        key = (size.width(), size.height(), mode)
        drawn = self._drawn.get(key)
        if drawn is None:
            drawn = QPixmap(size)
            drawn.fill(Qt.GlobalColor.transparent)
            painter = QPainter(drawn)
            self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
            painter.end()
            self._drawn[key] = drawn
        return QPixmap(drawn)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        drawn = self.pixmap(size * scale, mode, state)
        drawn.setDevicePixelRatio(scale)
        return drawn

    def availableSizes(
        self, mode: QIcon.Mode = QIcon.Mode.Normal, state: QIcon.State = QIcon.State.Off
    ) -> list[QSize]:
        return [QSize(size, size) for size in _SIZES]

    def clone(self) -> QIconEngine:
        return _SvgIconEngine(self._svg_by_mode)


@functools.cache
def _svg_icon(name: str, color: str | None, selected: str | None) -> QIcon:
    svg = _svg(name)
    modes = {
        QIcon.Mode.Normal: color,
        QIcon.Mode.Active: color,
        QIcon.Mode.Selected: selected or color,
        QIcon.Mode.Disabled: "#aab4c0" if color else None,
    }
    engine = _SvgIconEngine(
        {
            mode: svg.replace("currentColor", colour) if colour else svg
            for mode, colour in modes.items()
        }
    )
    _ENGINES.append(engine)  # Qt holds it by pointer: keep the Python side alive
    return QIcon(engine)


_ENGINES: list[_SvgIconEngine] = []


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

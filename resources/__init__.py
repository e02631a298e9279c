"""Files the desktop application ships with: the style sheet, icons, fonts and
translations. ``path("style.qss")`` or ``icon_path("desk")`` locate them, also
inside a frozen (PyInstaller) build, where this package's folder is bundled."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def path(*parts: str) -> Path:
    """The file *parts* (relative to this folder); FileNotFoundError if it is missing."""
    found = ROOT.joinpath(*parts)
    if not found.exists():
        raise FileNotFoundError(f"resource {'/'.join(parts)} is missing from {ROOT}")
    return found


def icon_path(name: str) -> Path:
    """The SVG of the icon *name* (e.g. ``"desk"``)."""
    return path("icons", f"{name}.svg")


def icon_names() -> list[str]:
    return sorted(p.stem for p in (ROOT / "icons").glob("*.svg"))

"""The core never imports Qt; the UI never imports SQLAlchemy (DESIGN.md)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def imported_modules(package: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for path in sorted((ROOT / package).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names.add(node.module)
            elif (
                isinstance(node, ast.Call)
                and getattr(node.func, "attr", getattr(node.func, "id", ""))
                in ("import_module", "__import__")
                and node.args
                and isinstance(node.args[0], ast.Constant)
            ):
                names.add(str(node.args[0].value))
        found[str(path.relative_to(ROOT))] = names
    return found


def offenders(package: str, forbidden: tuple[str, ...]) -> list[str]:
    return [
        f"{path} imports {name}"
        for path, names in imported_modules(package).items()
        for name in sorted(names)
        if name.split(".")[0] in forbidden
    ]


def test_the_core_never_imports_qt():
    assert offenders("fieldservice", ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui")) == []


def test_the_ui_never_imports_sqlalchemy():
    assert offenders("ui", ("sqlalchemy", "alembic", "sqlite3", "psycopg")) == []


def test_the_check_itself_sees_imports():
    assert "sqlalchemy" in {
        name.split(".")[0] for names in imported_modules("fieldservice").values() for name in names
    }

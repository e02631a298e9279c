"""The UI talks to the core through its services only (DESIGN.md, STYLE.md #1)."""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
ALLOWED_CORE = (
    "fieldservice.services",
    "fieldservice.db",
    "fieldservice.errors",
    "fieldservice.config",
    # Dates, numbers, money and spans in the user's language (Babel), as on paper.
    "fieldservice.formatting",
    # The core's messages follow the screens' language (gettext catalogues).
    "fieldservice.i18n",
    # The use cases of the core's top layer: the branch's side of sync and the
    # demo centre (they sit above the services, so no service can stand for them).
    "fieldservice.sync",
    "fieldservice.demo",
)


def core_imports() -> list[tuple[str, str]]:
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
                if node.module == "fieldservice":
                    names = [f"fieldservice.{alias.name}" for alias in node.names]
            found.extend((path.name, name) for name in names if name.startswith("fieldservice"))
    return found


def test_the_ui_uses_only_services_the_database_errors_and_config():
    allowed = ("fieldservice.cli", "fieldservice.__version__", *ALLOWED_CORE)
    wrong = [
        f"{file} imports {name}"
        for file, name in core_imports()
        if not any(name == a or name.startswith(a + ".") for a in allowed)
    ]
    assert wrong == []


def test_the_check_sees_the_imports():
    assert ("mainwindow.py", "fieldservice.services") in core_imports()

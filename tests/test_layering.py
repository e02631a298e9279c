"""The walls between the rooms (DESIGN.md): the core never imports Qt and its layers
only point down; the UI never imports the database; a UI area never imports another."""

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


# -- layers ---------------------------------------------------------------------------------
#
# The core's packages in layers that only point down (DESIGN.md). A module may import
# its own layer and the layers below; in the top layer, only its own package and
# what MAY_ALSO_IMPORT names besides.

CORE_LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "base",
        (
            "fieldservice",
            "fieldservice.errors",
            "fieldservice.ids",
            "fieldservice.clock",
            "fieldservice.config",
            "fieldservice.progress",
            "fieldservice.formatting",
            "fieldservice.shipped",
            "fieldservice.i18n",
        ),
    ),
    ("models", ("fieldservice.models", "fieldservice.migrations")),
    ("db", ("fieldservice.db", "fieldservice.capture", "fieldservice.wire")),
    ("services", ("fieldservice.services", "fieldservice.printing")),
    (
        "top",
        (
            "fieldservice.sync",
            "fieldservice.headoffice",
            "fieldservice.demo",
            "fieldservice.cli",
            "fieldservice.__main__",
        ),
    ),
)

# Within the top layer, besides itself: the CLI is the entry point; demo data starts
# a trial head office and enrols with it. Sync and the head office never import each
# other: they meet only in the wire format (fieldservice.wire).
MAY_ALSO_IMPORT: dict[str, frozenset[str]] = {
    "fieldservice.cli": frozenset(
        {"fieldservice.sync", "fieldservice.headoffice", "fieldservice.demo"}
    ),
    "fieldservice.__main__": frozenset({"fieldservice.cli"}),
    "fieldservice.demo": frozenset({"fieldservice.sync", "fieldservice.headoffice"}),
}

# Printing takes plain data (printing.data) and draws it: base modules only (so the
# services beside it may import printing, never the other way).
ONLY_BASE = frozenset({"fieldservice.printing"})

UI_AREAS = (
    "desk",
    "repairs",
    "warranty",
    "parts",
    "maintenance",
    "followups",
    "customers",
    "units",
    "sync",
    "reports",
    "people",
)

QT = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "ui")
DATABASE = ("sqlalchemy", "alembic", "sqlite3", "psycopg")


def _module_name(path: str) -> str:
    parts = list(Path(path).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _is_module(name: str) -> bool:
    base = ROOT.joinpath(*name.split("."))
    return base.with_suffix(".py").exists() or (base / "__init__.py").exists()


def imports_in(path: str, source: str) -> list[tuple[int, str]]:
    """Every module a file imports, with its line: at the top and inside functions,
    relative imports resolved, ``from package import module`` as the module."""
    package = _module_name(path).split(".")
    if not path.endswith("__init__.py"):
        package.pop()
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source, path)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                start = package[: len(package) - node.level + 1]
                module = ".".join([*start, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            targets = {f"{module}.{a.name}" for a in node.names}
            targets = {t if _is_module(t) else module for t in targets}
            found.extend((node.lineno, target) for target in sorted(targets))
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", ""))
            in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.append((node.lineno, str(node.args[0].value)))
    return found


def core_package(module: str) -> str | None:
    """The entry of CORE_LAYERS a core module belongs to (None: not in the map)."""
    best = None
    for _layer, packages in CORE_LAYERS:
        for package in packages:
            inside = module == package or (
                package != "fieldservice" and module.startswith(package + ".")
            )
            if inside and (best is None or len(package) > len(best)):
                best = package
    return best


def _layer(package: str) -> int:
    return next(i for i, (_name, members) in enumerate(CORE_LAYERS) if package in members)


def _core_may_import(importer: str, imported: str) -> bool:
    if importer == imported:
        return True
    if importer in ONLY_BASE:
        return _layer(imported) == 0
    here, there = _layer(importer), _layer(imported)
    if there == here and CORE_LAYERS[here][0] != "top":
        return True
    return there < here or imported in MAY_ALSO_IMPORT.get(importer, frozenset())


def _ui_area(module: str) -> str | None:
    parts = module.split(".")
    if len(parts) >= 2 and parts[0] == "ui" and parts[1] in UI_AREAS:
        return parts[1]
    return None


def wrong_imports(path: str, source: str) -> list[str]:
    """What the file at *path* (relative to the repository) imports against the rules:
    the core never imports Qt, and its layers only point down; the UI never imports
    the database; a UI area never imports another area, and ui.common no area (nor
    the main window)."""
    module = _module_name(path)
    top = module.split(".")[0]
    wrong: list[str] = []

    def refuse(line: int, name: str, why: str) -> None:
        wrong.append(f"{path}:{line} imports {name} ({why})")

    importer = core_package(module) if top == "fieldservice" else None
    area = _ui_area(module)
    for line, name in imports_in(path, source):
        first = name.split(".")[0]
        if top == "fieldservice":
            if first in QT:
                refuse(line, name, "the core never imports Qt")
            elif first == "fieldservice":
                imported = core_package(name)
                if importer is None:
                    refuse(line, name, f"{module} is in no layer of CORE_LAYERS")
                elif imported is None:
                    refuse(line, name, "it is in no layer of CORE_LAYERS")
                elif not _core_may_import(importer, imported):
                    refuse(line, name, f"{importer} may not import {imported}")
        elif top == "ui":
            if first in DATABASE:
                refuse(line, name, "the UI never imports the database")
            elif first == "ui":
                other = _ui_area(name)
                if area is not None and other is not None and other != area:
                    refuse(line, name, f"area {area} may not import area {other}")
                elif module.startswith("ui.common") and (
                    other is not None or name.startswith(("ui.mainwindow", "ui.app"))
                ):
                    refuse(line, name, "ui.common imports no area nor the main window")
    return wrong


def _wrong_imports_under(package: str) -> list[str]:
    return [
        problem
        for path in sorted((ROOT / package).rglob("*.py"))
        for problem in wrong_imports(str(path.relative_to(ROOT)), path.read_text(encoding="utf-8"))
    ]


def test_the_core_imports_only_down_its_layers():
    assert _wrong_imports_under("fieldservice") == []


# Going to another area's record is MainWindow.open_record (or a signal the main
# window connects); what two areas share lives in ui.common.
def test_a_ui_area_imports_no_other_area_and_common_no_area():
    assert _wrong_imports_under("ui") == []


def test_every_core_module_is_in_a_layer():
    modules = [
        _module_name(str(path.relative_to(ROOT))) for path in (ROOT / "fieldservice").rglob("*.py")
    ]
    assert [m for m in modules if core_package(m) is None] == []


def test_the_layer_check_sees_each_kind_of_wrong_import():
    def caught(path: str, source: str) -> bool:
        return bool(wrong_imports(path, source))

    # The core, upwards or sideways, at the top of a module and inside a function.
    assert caught("fieldservice/services/stock.py", "from fieldservice.sync.client import enroll\n")
    assert caught("fieldservice/services/stock.py", "from fieldservice.sync import client\n")
    assert caught(
        "fieldservice/services/stock.py",
        "def later():\n    from fieldservice.sync.client import enroll\n",
    )
    assert caught("fieldservice/models/unit.py", "from fieldservice.services import stock\n")
    assert caught("fieldservice/db.py", "import fieldservice.services.stock\n")
    assert caught("fieldservice/wire.py", "from fieldservice.sync.client import TABLES\n")
    assert caught("fieldservice/printing/labels.py", "from fieldservice.models import Part\n")
    assert caught("fieldservice/errors.py", "from fieldservice import db\n")
    assert caught("fieldservice/headoffice/sync.py", "from fieldservice.sync import client\n")
    assert caught("fieldservice/sync/client.py", "from fieldservice.headoffice import sync\n")
    assert caught("fieldservice/sync/client.py", "from fieldservice import demo\n")
    assert caught("fieldservice/headoffice/app.py", "from fieldservice import cli\n")
    assert caught("fieldservice/services/lookup.py", "import_module('fieldservice.sync.client')\n")
    assert caught("fieldservice/sync/lookup.py", "from ..headoffice import sync\n")
    # The core never imports Qt.
    assert caught("fieldservice/services/stock.py", "from PySide6.QtCore import QObject\n")
    # A UI area imports no other area; ui.common no area, nor the main window.
    assert caught("ui/desk/screen.py", "from ui.repairs.orderview import OrderView\n")
    assert caught("ui/desk/screen.py", "from ui.repairs import orderview\n")
    assert caught("ui/desk/screen.py", "def later():\n    import ui.repairs.orderview\n")
    assert caught("ui/common/forms.py", "from ui.parts import screen\n")
    assert caught("ui/common/forms.py", "from ui.mainwindow import MainWindow\n")
    assert caught("ui/common/forms.py", "import ui.app\n")
    # The UI never imports the database.
    assert caught("ui/desk/screen.py", "from sqlalchemy import select\n")
    assert caught("ui/common/forms.py", "import sqlite3\n")

    # ... and lets the right ones through.
    assert not caught(
        "fieldservice/services/stock.py", "from fieldservice.capture import bulk_insert\n"
    )
    assert not caught(
        "fieldservice/services/stock.py", "from fieldservice.printing import labels\n"
    )
    assert not caught("fieldservice/sync/client.py", "from fieldservice.wire import TABLES\n")
    assert not caught("fieldservice/headoffice/sync.py", "from fieldservice.wire import TABLES\n")
    assert not caught(
        "fieldservice/headoffice/sync.py", "from fieldservice.services import stock\n"
    )
    assert not caught("fieldservice/demo.py", "from fieldservice.headoffice import catalogue\n")
    assert not caught("fieldservice/cli.py", "from fieldservice.sync import client\n")
    assert not caught(
        "fieldservice/printing/labels.py", "from fieldservice.errors import NotFound\n"
    )
    assert not caught("ui/desk/screen.py", "from ui.common import forms\nimport ui.desk.scan\n")
    assert not caught("ui/desk/screen.py", "from fieldservice.services import lookup\n")
    assert not caught("ui/mainwindow.py", "from ui.desk import screen\nfrom ui.repairs import x\n")

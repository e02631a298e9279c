"""Fixtures for the desktop tests: a centre's database in a temporary folder,
built through the services as a clerk would, and settings kept out of the
user's own settings store.

Background work runs synchronously here (``ops.set_synchronous``), so a test
reads the screen right after acting on it; the tests of ``ui.common.ops`` and of the
paged model that need real worker threads switch it off themselves.

A form closed with something typed in it asks "Discard what you typed?"; here
the answer is Discard unless a test answers itself, so that no modal box waits
for a click (closing a test's windows at its end closes such forms too).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from fieldservice.db import Database
from fieldservice.services import products
from ui import app
from ui.common import forms, ops, settings

HERE = Path(__file__).resolve().parent


def pytest_collection_modifyitems(items):
    # The offscreen platform cannot pass a window's size limits to a window
    # system and says so for every window that has them; it is not our warning.
    for item in items:
        if HERE in Path(item.path).resolve().parents:
            item.add_marker(pytest.mark.qt_log_ignore("does not support propagateSizeHints"))


@pytest.fixture(scope="session")
def qapp_args(tmp_path_factory):
    """Under the offscreen platform, a 1920×1200 screen (its default is 800×800,
    smaller than the main window, which would then be squeezed to fit)."""
    args = ["fieldservice-tests"]
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        config = tmp_path_factory.mktemp("offscreen") / "screens.json"
        screen = {"name": "screen", "x": 0, "y": 0, "width": 1920, "height": 1200}
        config.write_text(json.dumps({"screens": [{**screen, "logicalDpi": 96, "dpr": 1}]}))
        args += ["-platform", f"offscreen:configfile={config}"]
    return args


@pytest.fixture(autouse=True)
def private_settings(tmp_path):
    """QSettings write under tmp_path, never to the user's settings."""
    settings.use_folder(tmp_path / "settings")
    yield tmp_path / "settings"


@pytest.fixture(autouse=True)
def discard_when_asked(monkeypatch):
    monkeypatch.setattr(forms, "confirm_discard", lambda _parent: True)


@pytest.fixture(autouse=True)
def synchronous_ops():
    ops.set_synchronous(True)
    yield
    ops.set_synchronous(False)
    assert ops.wait_for_all(10_000)


UI = str(Path(ops.__file__).resolve().parents[1])


def _write_from_the_ui_outside_a_write_op() -> str | None:
    """Where the UI opened a unit of work other than through ``ops.write`` (the
    window would freeze while another program holds the database's lock)."""
    frame = sys._getframe(2)
    caller = None
    while frame is not None:
        code = frame.f_code
        if code.co_name == "_execute" and code.co_filename == ops.__file__:
            op = frame.f_locals.get("self")
            return None if getattr(op, "writes", False) else caller
        if caller is None and code.co_filename.startswith(UI):
            caller = f"{code.co_filename[len(UI) + 1 :]}:{frame.f_lineno} ({code.co_name})"
        frame = frame.f_back
    return caller


@pytest.fixture(autouse=True)
def writes_go_through_the_writer(monkeypatch):
    """Every write the UI makes runs as an ``ops.write`` op (DESIGN.md): a test that
    makes the UI write any other way fails, naming the line."""
    wrong: list[str] = []
    write = Database.write

    def checked(self):
        where = _write_from_the_ui_outside_a_write_op()
        if where is not None:
            wrong.append(where)
        return write(self)

    monkeypatch.setattr(Database, "write", checked)
    yield
    assert wrong == [], "the UI wrote outside ops.write: " + ", ".join(dict.fromkeys(wrong))


@pytest.fixture(autouse=True, scope="session")
def application(qapp):
    """The QApplication with the product's style sheet, icon and names."""
    return app.create_application()


# The data fixtures (db, jane, dishwasher, …) come from tests/conftest.py; this
# fresh_db replaces the core one so that background ops finish before it closes.
@pytest.fixture
def chinese():
    """The screens in Simplified Chinese (the catalogues built first), English
    again afterwards."""
    from tests.qt.test_translations import translations
    from ui.common import language

    translations.build()
    language.use_language("zh_CN")
    yield
    language.use_language("en")


@pytest.fixture
def fresh_db(tmp_path):
    """A new database with no centre set up yet."""
    db = Database.open(path=tmp_path / "fs.sqlite3")
    yield db
    ops.wait_for_all(10_000)
    db.close()


@pytest.fixture
def coffee_machine(db):
    return products.create_product(
        db,
        products.ProductDraft("BRE-CM450", "Brewmaster Espresso Machine CM450", "Brewmaster"),
    )


@pytest.fixture
def window(qtbot, db):
    from ui.mainwindow import MainWindow

    main = MainWindow(db)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.scanner.remove()

"""The main window: navigation rail, top bar with the scan field, the areas,
and a status bar saying which centre and database this is."""

from __future__ import annotations

import datetime as dt
import importlib
import logging
import random
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from fieldservice import __version__
from fieldservice.db import Database
from fieldservice.services import about, customers, documents, lookup, site, units, validation
from ui.common import language, ops, settings, theme
from ui.common.scan import ScannerInput
from ui.common.widgets import Banner, OnFirstPaint, counted, label

if TYPE_CHECKING:
    from ui.about import AboutDialog
    from ui.common.pickers import PickCustomerDialog
    from ui.common.syncworker import SyncWorker
    from ui.customers.screen import CustomersScreen
    from ui.desk.screen import DeskScreen
    from ui.documents import DocumentSettingsDialog
    from ui.repairs.screen import RepairOrdersScreen
    from ui.sync.screen import SyncScreen
    from ui.units.screen import UnitsScreen
    from ui.warranty.screen import WarrantyScreen

# The areas that have their own screen: the module and class of each. A screen's
# module is imported when the screen is first built, or soon after the window's
# first paint (MainWindow.load_screens): not before it.
SCREENS = {
    "desk": ("ui.desk.screen", "DeskScreen"),
    "repairs": ("ui.repairs.screen", "RepairOrdersScreen"),
    "warranty": ("ui.warranty.screen", "WarrantyScreen"),
    "parts": ("ui.parts.screen", "StockScreen"),
    "maintenance": ("ui.maintenance.screen", "MaintenanceScreen"),
    "customers": ("ui.customers.screen", "CustomersScreen"),
    "units": ("ui.units.screen", "UnitsScreen"),
    "followups": ("ui.followups.screen", "FollowUpsScreen"),
    "reports": ("ui.reports.screen", "ReportsScreen"),
    "sync": ("ui.sync.screen", "SyncScreen"),
}


# Sync starts after the window's first paint, or this long after the window is
# made if it is not painted (started minimised, on another desktop).
AFTER_PAINT_AT_LATEST_MS = 3000


def screen_class(key: str) -> Callable[..., QWidget]:
    """The screen of area *key* (its module imported on first use)."""
    module, name = SCREENS[key]
    return getattr(importlib.import_module(module), name)


if TYPE_CHECKING:
    from fieldservice import demo

log = logging.getLogger("fieldservice.ui.mainwindow")


@dataclass(frozen=True)
class Area:
    key: str
    title: str
    icon: str


class ScanField(QLineEdit):
    """The top bar's scan field (the Desk has its own, larger one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanField")
        self.setPlaceholderText(self.tr("Scan or search: serial, phone, customer number, name"))
        self.setClearButtonEnabled(True)
        self.addAction(theme.icon("scan", theme.MUTED), QLineEdit.ActionPosition.LeadingPosition)
        self.setMinimumWidth(380)


class DemoDataDialog(QDialog):
    """How much demo data to add."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Load demo data"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(14)
        layout.addWidget(label(self.tr("Load demo data"), "dialogTitle"))
        layout.addWidget(
            label(
                self.tr(
                    "Adds made-up customers, a product catalogue and units to this centre, "
                    "to try the application out. They are saved like real records."
                ),
                "dialogIntro",
                wrap=True,
            )
        )
        form = QFormLayout()
        form.setHorizontalSpacing(16)
        self.customers = QSpinBox()
        self.customers.setRange(0, 2_000_000)
        self.customers.setSingleStep(100)
        self.customers.setValue(300)
        self.customers.setGroupSeparatorShown(True)
        self.units = QSpinBox()
        self.units.setRange(0, 5_000_000)
        self.units.setSingleStep(100)
        self.units.setValue(600)
        self.units.setGroupSeparatorShown(True)
        form.addRow(self.tr("Customers"), self.customers)
        form.addRow(self.tr("Units"), self.units)
        layout.addLayout(form)
        buttons = QDialogButtonBox()
        load = buttons.addButton(self.tr("Load"), QDialogButtonBox.ButtonRole.AcceptRole)
        load.setProperty("primary", True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def size_chosen(self) -> demo.DemoSize:
        from fieldservice import demo  # loaded when asked for, not at start-up

        # A new seed each time: the same seed twice would make the same serials again.
        return demo.DemoSize(
            customers=self.customers.value(),
            units=self.units.value(),
            seed=random.randrange(1, 2**31),
        )


def _has_typing(widget: QWidget) -> bool:
    """Whether *widget* says it holds typing not saved (a form: ``has_typing()``)."""
    has_typing = getattr(widget, "has_typing", None)
    return callable(has_typing) and bool(has_typing())


def _holds_typing(page: QWidget) -> bool:
    """Whether a screen holds typing not saved: a part of it that says so, or a
    field the clerk typed in (a search, with its clear button, is not typing)."""
    for widget in [page, *page.findChildren(QWidget)]:
        if widget is not page and not widget.isVisibleTo(page):
            continue
        if _has_typing(widget):
            return True
        if isinstance(widget, QLineEdit):
            typed = (
                not widget.isReadOnly()
                and not widget.isClearButtonEnabled()
                and widget.isModified()
                and bool(widget.text().strip())
            )
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            typed = (
                not widget.isReadOnly()
                and widget.document().isModified()
                and bool(widget.toPlainText().strip())
            )
        else:
            typed = False
        if typed:
            return True
    return False


class Pages(dict[str, QWidget]):
    """The window's screens by area; a screen not built yet is built when asked for."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        super().__init__()
        self._build = build

    def __missing__(self, key: str) -> QWidget:
        page = self[key] = self._build(key)
        return page


class MainWindow(QMainWindow):
    """One window for the whole working day."""

    lookupFinished = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.site = site.current_site(db)
        # Before the screens are built: they restore their splitters from here.
        settings.use_database(db.path, self.site.code)
        self.pick_dialog: PickCustomerDialog | None = None
        self.about_dialog: AboutDialog | None = None
        self.documents_dialog: DocumentSettingsDialog | None = None
        self.setMinimumSize(QSize(1024, 640))
        self._sync_worker: SyncWorker | None = None
        # The areas' screens (SCREENS). The Desk is built at once; Sync (which the
        # status bar shows) right after the first paint; the others on their first
        # visit, which keeps them out of the time to the first paint. A screen may declare
        # ``record_kinds = {lookup kind: method name}``: a desk scan that finds such
        # a record opens the screen and calls that method with the record's id. A
        # screen with a ``changed`` signal refreshes the status bar's counts.
        self._build_in_language()
        self.scanner = ScannerInput(self, self.scan)
        self.scanner.install()
        self._restore()
        self.refresh_counts()
        self._after_paint_done = False
        self.installEventFilter(OnFirstPaint(self, self._after_first_paint))
        # A window that is not painted (started minimised, or on another desktop)
        # still starts sync: the centre's changes go to the head office all the same.
        self._after_paint_at_latest = QTimer(self)
        self._after_paint_at_latest.setSingleShot(True)
        self._after_paint_at_latest.timeout.connect(self._after_first_paint)
        self._after_paint_at_latest.start(AFTER_PAINT_AT_LATEST_MS)

    @property
    def sync_worker(self) -> SyncWorker:
        """The application's sync: it runs whichever screen is shown. Started once
        the window has painted (AFTER_PAINT_AT_LATEST_MS at the latest), or when
        first asked for, if sooner."""
        if self._sync_worker is None:
            from ui.common.syncworker import SyncWorker

            self._sync_worker = SyncWorker(self.db, self)
            self._sync_worker.start()
        return self._sync_worker

    def _after_first_paint(self) -> None:
        """Start sync and show how it stands (the Sync screen keeps the status bar's
        label), then load the other screens' code while people look at the window.
        Once: after the first paint, or AFTER_PAINT_AT_LATEST_MS without one."""
        if self._after_paint_done:
            return
        self._after_paint_done = True
        self._after_paint_at_latest.stop()
        self.pages["sync"]
        self.load_screens()

    def _build_in_language(self) -> None:
        """Build everything the window says in the screens' language: its title,
        navigation, top bar, status bar, menus, and the Desk screen (Sync after the
        first paint, the others on their first visit). Called again, it builds them anew in
        the language chosen since (:meth:`choose_language`)."""
        self.setWindowTitle(self.tr("fieldservice · %s") % self.site.name)
        self.areas = [
            Area("desk", self.tr("Desk"), "desk"),
            Area("repairs", self.tr("Repair orders"), "repairs"),
            Area("warranty", self.tr("Warranty"), "warranty"),
            Area("parts", self.tr("Parts & stock"), "parts"),
            Area("maintenance", self.tr("Maintenance"), "maintenance"),
            Area("customers", self.tr("Customers"), "customers"),
            Area("units", self.tr("Units"), "units"),
            Area("followups", self.tr("Follow-ups & feedback"), "followups"),
            Area("reports", self.tr("Reports"), "reports"),
            Area("sync", self.tr("Sync"), "sync"),
        ]
        self.pages = Pages(self._build_page)
        self._placeholders: dict[str, QWidget] = {}
        self._build()
        self.pages["desk"]
        if self._sync_worker is not None:  # the window has painted: Sync says how it stands
            self.pages["sync"]
        self._connect()
        self._build_menus()

    @property
    def desk(self) -> DeskScreen:
        return cast("DeskScreen", self.pages["desk"])

    @property
    def sync_screen(self) -> SyncScreen:
        return cast("SyncScreen", self.pages["sync"])

    # -- layout ------------------------------------------------------------------------

    def _build(self) -> None:
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self._build_sidebar())
        main = QVBoxLayout()
        main.setContentsMargins(0, 0, 0, 0)
        main.setSpacing(0)
        main.addWidget(self._build_topbar())
        self.stack = QStackedWidget()
        for area in self.areas:
            if area.key in self.pages:
                page = self.pages[area.key]
            else:
                page = self._placeholders[area.key] = QWidget()
            page.setProperty(Banner.AREA, True)  # one message at a time on a page
            self.stack.addWidget(page)
        main.addWidget(self.stack, 1)
        row.addLayout(main, 1)
        self.setCentralWidget(central)

        # The status bar's labels are made once and said again in a new language (a
        # label added to a shown bar would appear only later, over a message).
        if not hasattr(self, "site_label"):
            status = self.statusBar()
            status.setSizeGripEnabled(True)
            self.site_label = QLabel(f"{self.site.code} · {self.site.name}")
            self.database_label = QLabel()
            self.database_label.setToolTip(str(self.db.path))
            self.counts_label = QLabel()
            self.sync_label = QLabel()
            status.addWidget(self.site_label)
            status.addWidget(self.database_label, 1)
            status.addPermanentWidget(self.counts_label)
            status.addPermanentWidget(self.sync_label)
        self.site_label.setToolTip(self.tr("This service centre"))
        self.database_label.setText(self.tr("Database: %s") % self.db.path)
        # Until the Sync screen, built right after the first paint, says how it stands.
        self.sync_label.setText("")

    def _build_sidebar(self) -> QWidget:
        sidebar = QFrame()
        sidebar.setObjectName("sidebar")
        sidebar.setFixedWidth(228)
        layout = QVBoxLayout(sidebar)
        layout.setContentsMargins(0, 18, 0, 14)
        layout.setSpacing(0)
        brand = QHBoxLayout()
        brand.setContentsMargins(20, 0, 16, 0)
        brand.setSpacing(10)
        logo = QLabel()
        logo.setPixmap(theme.app_icon().pixmap(QSize(32, 32)))
        brand.addWidget(logo)
        names = QVBoxLayout()
        names.setSpacing(0)
        names.addWidget(label("fieldservice", "brandName"))
        self.brand_site = label(self.site.name, "brandSite", wrap=True)
        self.brand_site.setToolTip(f"{self.site.code} · {self.site.name}")
        names.addWidget(self.brand_site)
        brand.addLayout(names, 1)
        layout.addLayout(brand)
        layout.addSpacing(22)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.navigation.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for number, area in enumerate(self.areas, start=1):
            item = QListWidgetItem(
                theme.icon(area.icon, theme.RAIL, theme.RAIL_SELECTED), area.title
            )
            item.setData(Qt.ItemDataRole.UserRole, area.key)
            item.setSizeHint(QSize(200, 40))
            if number <= 9:
                item.setToolTip(self.tr("%s (Ctrl+%d)") % (area.title, number))
            self.navigation.addItem(item)
        layout.addWidget(self.navigation, 1)
        footer = label(self.tr("Version %s") % __version__, "sidebarFooter")
        footer.setContentsMargins(22, 0, 0, 0)
        layout.addWidget(footer)
        return sidebar

    def _build_topbar(self) -> QWidget:
        bar = QFrame()
        bar.setObjectName("topbar")
        bar.setFixedHeight(62)
        layout = QHBoxLayout(bar)
        layout.setContentsMargins(24, 10, 20, 10)
        layout.setSpacing(12)
        self.page_title = label("", "pageTitle")
        layout.addWidget(self.page_title)
        layout.addStretch(1)
        self.scan_hint = label(self.tr("F2"), "scanHint")
        self.scan_field = ScanField()
        layout.addWidget(self.scan_field)
        layout.addWidget(self.scan_hint)
        return bar

    # Each language named in itself, as people look for it.
    LANGUAGE_NAMES = language.NAMES

    def _build_language_menu(self, menu: QMenu) -> None:
        group = QActionGroup(menu)
        self.language_actions: dict[str, QAction] = {}
        for code, name in self.LANGUAGE_NAMES.items():
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setChecked(code == language.current())
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            group.addAction(action)
            menu.addAction(action)
            self.language_actions[code] = action

    def choose_language(self, code: str) -> QMessageBox | None:
        """Speak *code* from now on, and at the next start.

        The window is built anew in it at once (menus, navigation, status bar, the
        current area; the other screens on their next visit), unless something
        typed and not saved would be lost with a screen or form: then the choice is
        kept for the next start, and the box returned says so."""
        settings.put(settings.LANGUAGE, code)
        if code == language.current():
            return None
        unsaved = self.unsaved_typing()
        if unsaved:
            for other, action in self.language_actions.items():
                action.setChecked(other == language.current())
            box = QMessageBox(
                QMessageBox.Icon.Information,
                self.tr("Language"),
                self.tr(
                    "What you typed in %1 is not saved yet, so the screens keep their "
                    "language for now. fieldservice will speak %2 the next time it "
                    "starts, or as soon as you save or close what you typed and "
                    "choose %2 again."
                )
                .replace("%1", validation.listed(unsaved))
                .replace("%2", self.LANGUAGE_NAMES[code]),
                QMessageBox.StandardButton.Ok,
                self,
            )
            box.setObjectName("languageLater")
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return box
        area = self.current_area()
        self.save_state()  # the screens built anew find their splitters as they were
        query = self.desk.scan.text()
        language.use_language(code)
        self._drop_screens()
        self._build_in_language()
        self.open_area(area)
        self.desk.scan.setText(query)
        self.refresh_counts()
        self.statusBar().showMessage(
            self.tr("The screens now speak %s.") % self.LANGUAGE_NAMES[code], 10_000
        )
        return None

    def unsaved_typing(self) -> list[str]:
        """Where something typed has not been saved: the titles of the forms (open
        windows of this program) and of the areas whose screen holds such typing."""
        found: list[str] = []
        for widget in QApplication.topLevelWidgets():
            if widget is not self and widget.isVisible() and _has_typing(widget):
                found.append(widget.windowTitle() or self.tr("an open window"))
        for area in self.areas:
            page = self.pages.get(area.key)
            if page is not None and _holds_typing(page):
                found.append(area.title)
        return list(dict.fromkeys(found))

    def _drop_screens(self) -> None:
        """Let go of the screens, menus and bars built in the language spoken before
        (the windows a screen opened close with it)."""
        for page in self.pages.values():
            page.deleteLater()
        self.pages.clear()
        central = self.takeCentralWidget()
        if central is not None:
            central.deleteLater()
        # The menus go later: the action that asked for this may be one of theirs.
        bar = self.menuBar()
        old_menus = [action.menu() for action in bar.actions() if action.menu() is not None]
        for action in self.actions():  # the menus' shortcuts kept on the window
            self.removeAction(action)
        bar.clear()
        for menu in old_menus:
            menu.deleteLater()

    def _build_menus(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.demo_action = QAction(theme.icon("database"), self.tr("Load &demo data…"), file_menu)
        self.demo_action.triggered.connect(self.load_demo_data)
        file_menu.addAction(self.demo_action)
        self.documents_action = QAction(
            theme.icon("print"), self.tr("&Printed documents…"), file_menu
        )
        self.documents_action.triggered.connect(self.show_document_settings)
        file_menu.addAction(self.documents_action)
        self.head_office_reports_action = QAction(
            theme.icon("reports"), self.tr("&Head-office reports…"), file_menu
        )
        self.head_office_reports_action.triggered.connect(self._open_head_office_reports)
        file_menu.addAction(self.head_office_reports_action)
        self._build_language_menu(file_menu.addMenu(self.tr("&Language")))
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), file_menu)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        new_menu = menu.addMenu(self.tr("&New"))
        new_customer = QAction(theme.icon("user"), self.tr("&Customer…"), new_menu)
        new_customer.setShortcut(QKeySequence("Ctrl+Shift+C"))
        new_customer.triggered.connect(self._new_customer)
        new_menu.addAction(new_customer)
        new_unit = QAction(theme.icon("units"), self.tr("&Unit…"), new_menu)
        new_unit.setShortcut(QKeySequence("Ctrl+Shift+U"))
        new_unit.triggered.connect(self._new_unit)
        new_menu.addAction(new_unit)
        new_order = QAction(theme.icon("repairs"), self.tr("&Repair order…"), new_menu)
        new_order.setShortcut(QKeySequence("Ctrl+Shift+R"))
        new_order.triggered.connect(lambda: self.open_area("repairs"))
        new_order.triggered.connect(lambda: self.repairs.new_order())
        new_menu.addAction(new_order)
        new_warranty = QAction(theme.icon("warranty"), self.tr("&Warranty registration…"), new_menu)
        new_warranty.setShortcut(QKeySequence("Ctrl+Shift+W"))
        new_warranty.triggered.connect(lambda: self.open_area("warranty"))
        new_warranty.triggered.connect(lambda: self.warranty.new_record())
        new_menu.addAction(new_warranty)

        go_menu = menu.addMenu(self.tr("&Go"))
        find = QAction(theme.icon("scan"), self.tr("&Scan or search"), go_menu)
        find.setShortcuts([QKeySequence("F2"), QKeySequence("Ctrl+K")])
        find.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        find.triggered.connect(self.focus_scan)
        go_menu.addAction(find)
        self.addAction(find)
        go_menu.addSeparator()
        for number, area in enumerate(self.areas, start=1):
            go = QAction(theme.icon(area.icon), area.title, go_menu)
            if number <= 9:
                go.setShortcut(QKeySequence(f"Ctrl+{number}"))
            go.triggered.connect(lambda _checked=False, key=area.key: self.open_area(key))
            go_menu.addAction(go)

        help_menu = menu.addMenu(self.tr("&Help"))
        self.about_action = QAction(self.tr("&About fieldservice"), help_menu)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)
        # Escape on the scan field gives the focus back to the page.
        leave = QShortcut(QKeySequence("Escape"), self.scan_field, self._leave_scan_field)
        leave.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _connect(self) -> None:
        self.navigation.currentRowChanged.connect(self._navigated)
        self.scan_field.returnPressed.connect(self._scan_field_entered)

    def _connect_changed(self, screen: QWidget) -> None:
        changed = getattr(screen, "changed", None)
        if changed is not None:
            changed.connect(self._data_changed)

    def _build_page(self, key: str) -> QWidget:
        """Build the screen of area *key* (its first visit) in its placeholder's place."""
        if key == "sync":
            page: QWidget = screen_class(key)(self.db, self.sync_worker)
        else:
            page = screen_class(key)(self.db)
        page.setProperty(Banner.AREA, True)
        placeholder = self._placeholders.pop(key)
        current = self.stack.currentWidget() is placeholder
        index = self.stack.indexOf(placeholder)
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if current:
            self.stack.setCurrentWidget(page)
        if key == "desk":
            desk = cast("DeskScreen", page)
            desk.lookupRequested.connect(self.scan)
            desk.openUnitRequested.connect(self.open_unit)
            desk.openCustomerRequested.connect(self.open_customer)
            desk.newRepairOrderRequested.connect(lambda _unit: self.open_area("repairs"))
            desk.newRepairOrderRequested.connect(lambda u: self.repairs.new_order(u))
            desk.openOrderRequested.connect(lambda order: self.open_record("repair_order", order))
        elif key == "sync":
            cast("SyncScreen", page).show_status_in(self.sync_label, lambda: self.open_area("sync"))
        elif key == "customers":
            customers_screen = cast("CustomersScreen", page)
            customers_screen.openUnitRequested.connect(self.open_unit)
            customers_screen.newUnitRequested.connect(self._new_unit_for)
        elif key == "units":
            units_screen = cast("UnitsScreen", page)
            units_screen.openCustomerRequested.connect(self.open_customer)
            units_screen.card.openOrderRequested.connect(
                lambda o: self.open_record("repair_order", o)
            )
        elif key == "repairs":
            repairs_screen = cast("RepairOrdersScreen", page)
            repairs_screen.openUnitRequested.connect(self.open_unit)
            repairs_screen.openCustomerRequested.connect(self.open_customer)
        self._connect_changed(page)
        return page

    # The screens built on their first visit, by the names the window uses for them.
    @property
    def customers(self) -> CustomersScreen:
        return cast("CustomersScreen", self.pages["customers"])

    @property
    def units(self) -> UnitsScreen:
        return cast("UnitsScreen", self.pages["units"])

    @property
    def repairs(self) -> RepairOrdersScreen:
        return cast("RepairOrdersScreen", self.pages["repairs"])

    @property
    def warranty(self) -> WarrantyScreen:
        return cast("WarrantyScreen", self.pages["warranty"])

    def _lists(self) -> list[DeskScreen | CustomersScreen | UnitsScreen]:
        """The desk and the customer and unit lists, those built so far (one not
        built yet has nothing to refresh and will load fresh)."""
        return [
            cast("DeskScreen | CustomersScreen | UnitsScreen", self.pages[key])
            for key in ("desk", "customers", "units")
            if key in self.pages
        ]

    def load_screens(self) -> None:
        """Import the screens' modules not imported yet, one per turn of the event
        loop: called once the window is shown, so that the first visit to an area
        and the first scan that opens a record do not wait for them."""
        waiting = [module for module, _name in SCREENS.values() if module not in sys.modules]
        if waiting:
            importlib.import_module(waiting[0])
            QTimer.singleShot(0, self.load_screens)

    # -- areas ---------------------------------------------------------------------------

    def current_area(self) -> str:
        item = self.navigation.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else "desk"

    def open_area(self, key: str) -> None:
        for row in range(self.navigation.count()):
            if self.navigation.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.navigation.setCurrentRow(row)
                return
        raise KeyError(key)

    def _navigated(self, row: int) -> None:
        if row < 0:
            return
        area = self.areas[row]
        self.stack.setCurrentWidget(self.pages[area.key])
        self.page_title.setText(area.title)
        # The Desk has its own big scan field; elsewhere the top bar's is shown.
        on_desk = area.key == "desk"
        self.scan_field.setVisible(not on_desk)
        self.scan_hint.setVisible(not on_desk)

    def scan_target(self) -> QLineEdit:
        """The scan field in view: the Desk's big one, or the top bar's."""
        return self.desk.scan if self.current_area() == "desk" else self.scan_field

    def focus_scan(self) -> None:
        field = self.scan_target()
        field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        field.selectAll()

    def _leave_scan_field(self) -> None:
        page = self.stack.currentWidget()
        if page is not None:
            page.setFocus()

    # -- scanning and look-up -------------------------------------------------------------

    def _scan_field_entered(self) -> None:
        text = self.scan_field.text().strip()
        self.scan_field.selectAll()
        if text:
            self.scan(text)

    def scan(self, text: str) -> None:
        """Open what *text* (scanned or typed) names: a unit, a customer, or a choice."""
        text = text.strip()
        if not text:
            return
        field = self.scan_target()
        if field.text().strip() != text:
            field.setText(text)
        field.selectAll()
        self.statusBar().showMessage(self.tr("Looking up “%s”…") % text)
        self.desk.look_up(text, self._looked_up)

    def _to_desk(self, query: str) -> None:
        """Answers are shown on the Desk, with what was looked up in its field."""
        self.open_area("desk")
        if self.desk.scan.text() != query:
            self.desk.scan.setText(query)
        self.desk.scan.selectAll()

    def _looked_up(self, result: lookup.LookupResult) -> None:
        self.statusBar().clearMessage()
        if result.kind == "unit" and result.id is not None:
            self._to_desk(result.query)
            self.desk.show_unit(result.id)
        elif result.kind == "customer" and result.id is not None:
            self._to_desk(result.query)
            self.desk.show_customer(result.id)
        elif result.kind == "customers":
            self._pick_customer(result)
        elif result.kind == "none":
            self._to_desk(result.query)
            self.desk.show_not_found(result.query)
            self._ask_head_office(result)
        elif result.id is not None and self.open_record(result.kind, result.id):
            pass
        else:
            self._to_desk(result.query)
            self.desk.show_message(
                "info",
                result.label or result.query,
                self.tr(
                    "This number belongs to a kind of record that opens in a module not "
                    "available in this version yet."
                ),
            )
        self.lookupFinished.emit(result)

    def _ask_head_office(self, result: lookup.LookupResult) -> None:
        """Not known here: the head office may know it (registered at another centre)."""
        query = result.query

        def shown(found: lookup.LookupResult) -> None:
            if found.remote is not None and self.desk.scan.text().strip() == query:
                self.desk.show_remote_unit(query, found.remote.summary(dt.date.today()))

        def offline(exc: BaseException) -> None:
            self.statusBar().showMessage(
                self.tr("The head office could not be asked about “%s”: %s") % (query, exc),
                8000,
            )

        db = self.db
        from fieldservice.sync import lookup as sync_lookup  # only when a scan finds nothing here

        ops.Op(self, lambda: sync_lookup.ask_head_office(db, result)).success(shown).failure(
            offline
        ).run()

    def _pick_customer(self, result: lookup.LookupResult) -> None:
        from ui.common.pickers import PickCustomerDialog

        matches = result.matches
        intro = counted(
            len(matches),
            self.tr("One customer matches “%s”.") % result.query,
            self.tr("{n} customers match “%s”. Choose the one in front of you.") % result.query,
        )
        if len(matches) >= lookup.MAX_MATCHES:
            intro += (
                " "
                + self.tr(
                    "Only the first %d are listed: add a word (a surname, a town) "
                    "to narrow it down."
                )
                % lookup.MAX_MATCHES
            )
        dialog = PickCustomerDialog(
            self, rows=matches, title=self.tr("Which customer?"), intro=intro
        )
        self.pick_dialog = dialog

        def chosen() -> None:
            if dialog.chosen is not None:
                self._to_desk(result.query)
                self.desk.show_customer(dialog.chosen.id)

        dialog.accepted.connect(chosen)
        dialog.open()

    def _open_head_office_reports(self) -> None:
        from ui.reports.headoffice import open_head_office_reports  # seldom used: not at start

        open_head_office_reports(self.db, self)

    # -- opening records -------------------------------------------------------------------

    def open_record(self, kind: str, record_id: uuid.UUID) -> bool:
        """Open a record of *kind* in the screen that declares it; False if none does."""
        for key in SCREENS:
            method = getattr(screen_class(key), "record_kinds", {}).get(kind)
            if method:
                self.open_area(key)
                getattr(self.pages[key], method)(record_id)
                return True
        return False

    def open_unit(self, unit_id: uuid.UUID) -> None:
        self.open_area("units")
        self.units.open_unit(unit_id)

    def open_customer(self, customer_id: uuid.UUID) -> None:
        self.open_area("customers")
        self.customers.open_customer(customer_id)

    def _new_customer(self) -> None:
        self.open_area("customers")
        self.customers.new_customer()

    def _new_unit(self) -> None:
        self.open_area("units")
        self.units.new_unit()

    def _new_unit_for(self, customer_id: uuid.UUID) -> None:
        self.open_area("units")
        self.units.new_unit(customer_id)

    # -- data -----------------------------------------------------------------------------

    def refresh_counts(self) -> None:
        db = self.db

        def count() -> tuple[int, int]:
            return customers.count_customers(db), units.count_units(db)

        ops.Op(self, count).success(self._show_counts).failure(
            lambda exc: self.counts_label.setText(self.tr("Counts unavailable"))
        ).run()

    def _show_counts(self, counts: tuple[int, int]) -> None:
        n_customers, n_units = counts
        self.counts_label.setText(
            counted(n_customers, self.tr("1 customer"), self.tr("{n} customers"))
            + " · "
            + counted(n_units, self.tr("1 unit"), self.tr("{n} units"))
        )

    def _data_changed(self) -> None:
        self.refresh_counts()
        sender = self.sender()
        for screen in self._lists():
            if screen is not sender:
                screen.refresh()

    def load_demo_data(self) -> ops.Op | None:
        dialog = DemoDataDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.add_demo_data(dialog.size_chosen())

    def add_demo_data(self, size: demo.DemoSize) -> ops.Op:
        from fieldservice import demo  # its word lists pull in services not yet needed

        db = self.db
        names = {
            "products": self.tr("Adding the product catalogue"),
            "customers": self.tr("Adding customers"),
            "units": self.tr("Adding units"),
        }

        def work():
            for done, total, what in demo.generate(db, size):
                yield done, total, names.get(what, what)

        def finished(_result) -> None:
            self.statusBar().showMessage(
                self.tr("Demo data added: %s customers and %s units.")
                % (f"{size.customers:,}", f"{size.units:,}"),
                8000,
            )
            self._reload_all()

        return (
            ops.write(self, work)
            .with_progress(self.tr("Loading demo data…"))
            .success(finished)
            .cancelled(self._reload_all)
            .run()
        )

    def _reload_all(self) -> None:
        self.refresh_counts()
        for screen in self._lists():
            screen.refresh()

    # -- window state ----------------------------------------------------------------------

    def _restore(self) -> None:
        geometry = settings.get(settings.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        area = settings.get(settings.CURRENT_AREA)
        try:
            self.open_area(area)
        except KeyError:
            self.open_area("desk")

    def save_state(self) -> None:
        settings.put(settings.WINDOW_GEOMETRY, self.saveGeometry())
        settings.put(settings.CURRENT_AREA, self.current_area())
        for key in ("customers", "units"):
            if key in self.pages:
                cast("CustomersScreen | UnitsScreen", self.pages[key]).save_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.scanner.remove()
        self._after_paint_at_latest.stop()
        if self._sync_worker is not None:
            self._sync_worker.stop()
        super().closeEvent(event)

    def show_about(self) -> ops.Op:
        """Help > About: the version, database, schema revision, centre and platform."""
        db = self.db

        def shown(installation: about.Installation) -> None:
            from ui.about import AboutDialog

            if self.about_dialog is not None:
                self.about_dialog.deleteLater()
            self.about_dialog = AboutDialog(installation, self)
            self.about_dialog.open()

        return ops.Op(self, lambda: about.installation(db)).success(shown).run()

    def show_document_settings(self) -> ops.Op:
        """File > Printed documents: the language documents print in and the centre's
        conditions of service."""
        db = self.db

        def shown(current: documents.DocumentSettings) -> None:
            from ui.documents import DocumentSettingsDialog

            if self.documents_dialog is not None:
                self.documents_dialog.deleteLater()
            self.documents_dialog = DocumentSettingsDialog(db, current, self)
            self.documents_dialog.accepted.connect(
                lambda: self.statusBar().showMessage(
                    self.tr("The settings of the printed documents are saved."), 8000
                )
            )
            self.documents_dialog.open()

        return ops.Op(self, lambda: documents.document_settings(db)).success(shown).run()

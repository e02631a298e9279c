"""The report an import from a file ends with: how many lines were imported, were
there already or were refused, and every refused line's number and reason,
copyable to correct the file."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QTableView, QVBoxLayout, QWidget

from fieldservice.services.csvfiles import ImportReport, RowError
from ui.common import theme
from ui.common.pagedmodel import Column, PagedTableModel, display
from ui.common.widgets import Banner, button, label, make_table, primary_button

IMPORTED_COLOUR = "#067647"


class Tally(QFrame):
    """One number of an import report, with what it counts."""

    def __init__(self, number: int, text: str, colour: str) -> None:
        super().__init__()
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        self.number = label(display(number))
        self.number.setStyleSheet(f"font-size: 20pt; font-weight: 600; color: {colour};")
        layout.addWidget(self.number)
        layout.addWidget(label(text, "muted"))


class ImportReportDialog(QDialog):
    """What an import did: imported, already there, refused with every refused
    line's number and reason (copyable).

    *title* heads the report (``"Catalogue import"``); without one it says
    whether the import finished or was stopped.
    """

    def __init__(
        self,
        report: ImportReport,
        filename: str,
        parent: QWidget | None = None,
        *,
        title: str = "",
    ) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(title or self.tr("Import report"))
        self.resize(760, 540 if report.errors else 300)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(14)
        if not title:
            title = self.tr("Import stopped") if report.cancelled else self.tr("Import finished")
        layout.addWidget(label(title, "dialogTitle"))
        intro = filename
        if report.read_as:
            intro += " · " + self.tr("read as %s") % report.read_as
        self.intro = label(intro, "dialogIntro", wrap=True)
        layout.addWidget(self.intro)
        tallies = QHBoxLayout()
        tallies.setSpacing(12)
        self.imported = Tally(report.imported, self.tr("imported"), IMPORTED_COLOUR)
        self.unchanged = Tally(report.unchanged, self.tr("already there"), theme.MUTED)
        self.refused = Tally(
            len(report.errors), self.tr("refused"), theme.DANGER if report.errors else theme.MUTED
        )
        for tally in (self.imported, self.unchanged, self.refused):
            tallies.addWidget(tally, 1)
        layout.addLayout(tallies)
        errors: Sequence[RowError] = list(report.errors)
        self.model = PagedTableModel(
            [
                Column(self.tr("Line"), lambda e: e.line, width=70),
                Column(self.tr("Why it was refused"), lambda e: e.message, stretch=True),
            ],
            count=lambda _q: len(errors),
            fetch=lambda _q, offset, limit: errors[offset : offset + limit],
            key=lambda e: e.line,
            parent=self,
        )
        self.table: QTableView = make_table(self.model, self)
        self.table.setSelectionMode(QTableView.SelectionMode.ExtendedSelection)
        self.table.setWordWrap(False)
        if report.cancelled:
            stopped = Banner()
            stopped.show_message(
                "warning",
                self.tr("The import was stopped before the end; the lines before stay imported."),
            )
            layout.addWidget(stopped)
        if errors:
            layout.addWidget(
                label(
                    self.tr(
                        "Refused lines changed nothing. Correct them in the file and import "
                        "it again: lines already imported are recognised and skipped."
                    ),
                    "muted",
                    wrap=True,
                )
            )
            layout.addWidget(self.table, 1)
        else:
            self.table.hide()
            if not report.cancelled:
                note = self.tr("Every line was imported or was there already.")
                layout.addWidget(label(note, "muted", wrap=True))
            layout.addStretch(1)
        buttons = QHBoxLayout()
        self.copy_button = button(self.tr("Copy refused lines"))
        self.copy_button.setVisible(bool(errors))
        self.copy_button.clicked.connect(self.copy_all)
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        close = primary_button(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        copy = QShortcut(QKeySequence.StandardKey.Copy, self.table, self.copy_selected)
        copy.setContext(Qt.ShortcutContext.WidgetShortcut)

    def refused_lines(self) -> list[tuple[int, str]]:
        """(line number, reason) of every refused line."""
        return [(e.line, e.message) for e in self.report.errors]

    @staticmethod
    def as_text(errors: Sequence[RowError]) -> str:
        return "".join(f"{e.line}\t{e.message}\n" for e in errors)

    def copy_all(self) -> str:
        """Put every refused line on the clipboard (line number, tab, reason)."""
        text = self.as_text(self.report.errors)
        QGuiApplication.clipboard().setText(text)
        return text

    def copy_selected(self) -> str:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        chosen = [e for e in (self.model.row(r) for r in rows) if e is not None]
        text = self.as_text(chosen)
        QGuiApplication.clipboard().setText(text)
        return text

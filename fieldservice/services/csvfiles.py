"""Reading CSV files that people make (dealers' lists, catalogues, opening stock).

Spreadsheets save CSV in different ways: UTF-8 with or without a byte-order
mark or a Windows code page, commas or semicolons. ``read_rows`` copes with
those, matches column names loosely ("Serial No." = "serial_no"), and yields
each data row with the line number a person sees in a text editor, so every
problem can be reported as "line 14: …".
"""

from __future__ import annotations

import concurrent.futures
import csv
import io
import itertools
import logging
import multiprocessing
import re
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from fieldservice import i18n
from fieldservice.errors import FieldServiceError, InvalidInput
from fieldservice.i18n import _
from fieldservice.services import spreadsheets
from fieldservice.services.validation import listed


@dataclass(frozen=True)
class RowError:
    line: int
    message: str


@dataclass
class ImportReport:
    """What an import did: rows imported, rows that were there already, rows refused."""

    imported: int = 0
    unchanged: int = 0
    errors: list[RowError] = field(default_factory=list)
    cancelled: bool = False
    read_as: str = ""  # how the file was read: "GB18030 (Simplified Chinese, GBK)"

    @property
    def summary(self) -> str:
        if self.cancelled:
            text = _(
                "{imported} imported, {unchanged} already there, {refused} refused "
                "(stopped before the end)"
            )
        else:
            text = _("{imported} imported, {unchanged} already there, {refused} refused")
        return text.format(
            imported=self.imported, unchanged=self.unchanged, refused=len(self.errors)
        )


def column_key(name: str) -> str:
    """ "Serial No." -> "serial_no"; "Purchase date" -> "purchase_date"; "序列号" stays."""
    # Letters of any script stay: "序列号" and "購買日期" are column names too.
    return re.sub(r"[\W_]+", "_", name.strip().lower()).strip("_")


class RowsRead(NamedTuple):
    """A file's data rows, and how the file was read (for the import's report)."""

    total: int
    rows: Iterator[tuple[int, dict[str, str]]]
    read_as: str


def read_rows(
    source: str | Path | bytes,
    *,
    required: tuple[str, ...],
    aliases: dict[str, str] | None = None,
    region: str = "",
) -> RowsRead:
    """The data rows of a CSV file or an XLSX workbook: (number of data rows,
    iterator of (line number, row by column key), how the file was read).

    A CSV file is read in the encoding it was saved in (:func:`spreadsheets.decode`;
    *region*, the centre's country, settles a tie between Chinese encodings); a
    workbook's first sheet is read cell by cell, its line numbers the sheet's row
    numbers. *aliases* maps other column names people use to ours (``"sku":
    "product"``, ``"序列号": "serial"``). A file without one of the *required*
    columns is refused as a whole.
    """
    raw = source if isinstance(source, bytes) else Path(source).read_bytes()
    if spreadsheets.is_workbook(raw):
        lines = spreadsheets.workbook_rows(raw)
        read_as = _(spreadsheets.ENCODING_NAMES["xlsx"])
    else:
        decoded = spreadsheets.decode(raw, region)
        lines = _csv_lines(decoded.text)
        read_as = decoded.described
    if not lines:
        raise InvalidInput(_("The file is empty."))
    (_first, header), data = lines[0], lines[1:]
    aliases = aliases or {}
    keys = [aliases.get(column_key(h), column_key(h)) for h in header]
    missing = [c for c in required if c not in keys]
    if missing:
        raise InvalidInput(
            _("The file has no column {missing} (its columns are: {columns}).").format(
                missing=listed(f"“{m}”" for m in missing),
                columns=listed(h.strip() for h in header),
            )
        )

    def iterate() -> Iterator[tuple[int, dict[str, str]]]:
        for line, values in data:
            yield line, {k: v.strip() for k, v in zip(keys, values, strict=False)}

    return RowsRead(len(data), iterate(), read_as)


def _csv_lines(text: str) -> list[tuple[int, list[str]]]:
    """(line where the row starts, values) for each row of CSV text with something
    in it, the header first; commas, semicolons or tabs, as the file has them."""
    if not text.strip():
        return []
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(
            text[:4096], delimiters=",;\t"
        )
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    lines = []
    last = 0
    for values in reader:
        if any(v.strip() for v in values):
            lines.append((last + 1, values))
        last = reader.line_num
    return lines


def import_rows(
    rows: Iterator[tuple[int, dict[str, str]]],
    total: int,
    import_row: Callable[[dict[str, str]], bool],
    *,
    read_as: str = "",
) -> Generator[tuple[int, int], None, ImportReport]:
    """Run *import_row* on every row; yields (rows done, rows in all), returns the report.

    *import_row* imports one row in its own transaction and says whether it changed
    anything (False: it was there already); a refusal (any FieldServiceError) is
    reported with the row's line number and changes nothing. Stopping the iteration
    stops the import; the rows done so far stay imported.
    """
    report = ImportReport(read_as=read_as)
    done = 0
    try:
        for line, row in rows:
            try:
                if import_row(row):
                    report.imported += 1
                else:
                    report.unchanged += 1
            except FieldServiceError as exc:
                report.errors.append(RowError(line, exc.message))
            done += 1
            yield done, total
    except GeneratorExit:
        report.cancelled = True
        raise
    return report


# Rows imported in one transaction by the imports that work a batch at a time: a
# transaction and a few queries a batch instead of a row, and a stop still comes
# within a second.
BATCH_ROWS = 1000

# What a batch importer says of each row: imported (True), there already (False),
# or why it was refused.
RowOutcome = bool | FieldServiceError


def import_in_batches(
    rows: Iterator[tuple[int, dict[str, str]]],
    total: int,
    import_batch: Callable[[list[Any]], list[RowOutcome]],
    *,
    batch_rows: int = BATCH_ROWS,
    check: Callable[[list[dict[str, str]]], list[Any]] | None = None,
    read_as: str = "",
) -> Generator[tuple[int, int], None, ImportReport]:
    """Run *import_batch* on the rows, *batch_rows* at a time; yields (rows done,
    rows in all) after each batch and returns the report.

    *import_batch* imports its rows in one transaction and says, for each row in
    order, what became of it; a refused row is reported with its line number and
    changes nothing, as with :func:`import_rows`. Stopping the iteration stops the
    import: the batches done so far stay imported.

    With *check* (a picklable function of a batch's rows that needs no database),
    *import_batch* gets what *check* made of them instead, and the batches after
    the first are checked in another process while the one before is written
    (see :func:`checked_ahead`).
    """
    report = ImportReport(read_as=read_as)
    done = 0
    batches = iter(lambda: list(itertools.islice(rows, batch_rows)), [])
    try:
        for batch, checked in checked_ahead(check, batches):
            outcomes = import_batch(checked)
            for (line, _row), outcome in zip(batch, outcomes, strict=True):
                if isinstance(outcome, FieldServiceError):
                    report.errors.append(RowError(line, outcome.message))
                elif outcome:
                    report.imported += 1
                else:
                    report.unchanged += 1
            done += len(batch)
            yield done, total
    except GeneratorExit:
        report.cancelled = True
        raise
    return report


log = logging.getLogger("fieldservice.imports")


def checked_ahead(
    check: Callable[[list[dict[str, str]]], list[Any]] | None,
    batches: Iterator[list[tuple[int, dict[str, str]]]],
) -> Iterator[tuple[list[tuple[int, dict[str, str]]], list[Any]]]:
    """Each batch with what *check* made of its rows (the rows themselves without
    *check*).

    Checking a row (phone numbers, e-mail addresses, dates) takes as long as
    writing it, and needs no database, so a file of more than one batch has its
    later batches checked in a second process, one or two batches ahead, while
    this one writes: a dealer's list of 100,000 rows goes in about a third
    quicker. The first batch is checked here while that process starts. Should
    the process fail to start or die, the rest is checked here.
    """
    first = next(batches, None)
    if first is None:
        return
    if check is None:
        yield first, [row for _line, row in first]
        for batch in batches:
            yield batch, [row for _line, row in batch]
        return
    second = next(batches, None)
    if second is None:
        yield first, check([row for _line, row in first])
        return
    pool = concurrent.futures.ProcessPoolExecutor(
        max_workers=1,
        mp_context=multiprocessing.get_context("spawn"),
        # The rows' problems are told in this process's language.
        initializer=i18n.use_language,
        initargs=(i18n.current_language(),),
    )
    try:
        later = itertools.chain([second], batches)
        ahead = [(batch, _submit(pool, check, batch)) for batch in itertools.islice(later, 2)]
        yield first, check([row for _line, row in first])
        while ahead:
            batch, pending = ahead.pop(0)
            following = next(later, None)
            if following is not None:
                ahead.append((following, _submit(pool, check, following)))
            yield batch, _result(pending, check, batch)
    except BaseException:
        # Stopped (or failed): the batches checked ahead are not wanted.
        pool.shutdown(wait=False, cancel_futures=True)
        raise
    pool.shutdown()


def _submit(
    pool: concurrent.futures.ProcessPoolExecutor,
    check: Callable[[list[dict[str, str]]], list[Any]],
    batch: list[tuple[int, dict[str, str]]],
) -> concurrent.futures.Future | None:
    try:
        return pool.submit(check, [row for _line, row in batch])
    except (concurrent.futures.BrokenExecutor, RuntimeError, OSError):
        log.warning("rows of an import are checked in this process: the helper is gone")
        return None


def _result(
    pending: concurrent.futures.Future | None,
    check: Callable[[list[dict[str, str]]], list[Any]],
    batch: list[tuple[int, dict[str, str]]],
) -> list[Any]:
    """What the other process made of *batch*; checked here if it could not."""
    if pending is not None:
        try:
            return pending.result()
        except concurrent.futures.BrokenExecutor:
            log.warning("the process checking an import's rows stopped; checking them here")
    return check([row for _line, row in batch])

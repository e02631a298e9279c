"""Long lists fetch only the rows that are shown, a page at a time."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from fieldservice import demo
from fieldservice.services import customers, units
from ui.common import ops
from ui.common.pagedmodel import PLACEHOLDER, Column, PagedTableModel
from ui.common.widgets import make_table


class FakeQuery:
    """count/fetch functions over *total* numbered rows, recording each call."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.counts: list[str] = []
        self.fetches: list[tuple[str, int, int]] = []
        self.threads: set[str] = set()

    def count(self, query: str) -> int:
        self.counts.append(query)
        self.threads.add(threading.current_thread().name)
        return self.total if not query else self.total // 10

    def fetch(self, query: str, offset: int, limit: int) -> list[tuple[int, str]]:
        self.fetches.append((query, offset, limit))
        self.threads.add(threading.current_thread().name)
        total = self.total if not query else self.total // 10
        return [(i, f"{query or 'row'} {i}") for i in range(offset, min(offset + limit, total))]


def make_model(source: FakeQuery, **kwargs) -> PagedTableModel:
    return PagedTableModel(
        [Column("Number", lambda r: r[0]), Column("Text", lambda r: r[1])],
        count=source.count,
        fetch=source.fetch,
        key=lambda r: r[0],
        **kwargs,
    )


def show(qtbot, model: PagedTableModel) -> QTableView:
    view = make_table(model)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    return view


def test_only_the_pages_on_screen_are_fetched(qtbot):
    source = FakeQuery(100_000)
    model = make_model(source, page_size=200)
    view = show(qtbot, model)

    assert model.rowCount() == 100_000
    assert model.index(0, 1).data() == "row 0"
    assert [offset for _q, offset, _l in source.fetches] == [0]
    assert model.rows_fetched == 200

    view.scrollToBottom()
    qtbot.wait(10)

    assert model.index(99_999, 1).data() == "row 99999"
    offsets = [offset for _q, offset, _l in source.fetches]
    assert offsets == [0, 99_800]
    assert model.rows_fetched == 400
    assert model.cached_pages() == [0, 499]


def test_the_page_cache_stays_bounded(qtbot):
    source = FakeQuery(100_000)
    model = make_model(source, page_size=100, max_pages=3)
    view = show(qtbot, model)
    for row in range(0, 5_000, 500):
        view.scrollTo(model.index(row, 0), QTableView.ScrollHint.PositionAtTop)
        qtbot.wait(1)
    assert len(model.cached_pages()) <= 3
    assert model.cached_rows() <= 300
    assert model.rows_fetched < 2_000  # 10 stops of about two pages each, not 5,000 rows


def test_a_new_search_starts_from_the_first_page(qtbot):
    source = FakeQuery(1_000)
    model = make_model(source)
    view = show(qtbot, model)
    view.scrollToBottom()
    qtbot.wait(1)

    model.set_query("smith")

    assert model.rowCount() == 100
    assert model.index(0, 1).data() == "smith 0"
    assert source.fetches[-1] == ("smith", 0, 200)
    assert model.cached_pages() == [0]


def test_refresh_fetches_again_and_keeps_the_rows_meanwhile(qtbot):
    source = FakeQuery(1_000)
    model = make_model(source)
    show(qtbot, model)
    before = len(source.fetches)
    model.refresh()
    qtbot.wait(1)
    assert len(source.fetches) > before
    assert model.index(0, 1).data() == "row 0"


def test_rows_arrive_from_a_worker_thread(qtbot):
    ops.set_synchronous(False)
    source = FakeQuery(100_000)
    model = make_model(source)
    with qtbot.waitSignals([model.pageLoaded, model.totalChanged], timeout=5_000):
        view = show(qtbot, model)
    assert model.rowCount() == 100_000
    assert model.index(0, 1).data() == "row 0"
    assert threading.main_thread().name not in source.threads

    # A row whose page has not arrived shows a placeholder, then its value.
    far = model.index(50_000, 1)
    assert model.index(50_000, 0).data() == PLACEHOLDER
    view.scrollTo(far)
    qtbot.waitUntil(lambda: far.data() == "row 50000", timeout=5_000)
    assert ops.wait_for_all(5_000)


def test_results_of_an_old_search_are_thrown_away(qtbot):
    ops.set_synchronous(False)
    source = FakeQuery(1_000)
    model = make_model(source)
    model.set_query("smith")  # before the first page of "" arrived
    qtbot.waitUntil(lambda: model.total() == 100 and model.row(0) is not None, timeout=5_000)
    assert model.row(0) == (0, "smith 0")
    assert ops.wait_for_all(5_000)


def test_a_failing_fetch_is_reported_not_raised(qtbot):
    unplugged = False

    def fetch(_query, offset, limit):
        if unplugged:
            raise OSError("disk unplugged")
        return list(range(offset, min(offset + limit, 10)))

    model = PagedTableModel([Column("A", lambda r: r)], count=lambda q: 10, fetch=fetch)
    unplugged = True
    with qtbot.waitSignal(model.loadFailed) as failed:
        model.refresh()
    assert "disk unplugged" in failed.args[0]
    assert not model.is_loading()


@pytest.mark.parametrize("page_size", [50])
def test_the_units_screen_model_pages_through_the_service(qtbot, db, page_size):
    for _ in demo.generate(db, demo.DemoSize(customers=40, units=600, seed=3)):
        pass
    model = PagedTableModel(
        [Column("Serial", lambda r: r.serial), Column("Owner", lambda r: r.customer_name)],
        count=lambda q: units.count_units(db, q),
        fetch=lambda q, offset, limit: units.list_units(db, q, offset=offset, limit=limit),
        page_size=page_size,
    )
    view = show(qtbot, model)
    assert model.rowCount() == 600
    first_page = units.list_units(db, limit=page_size)
    assert model.index(0, 0).data() == first_page[0].serial
    # A 500-pixel view shows about 16 rows: one page of 50 is all that was fetched.
    assert model.rows_fetched == page_size
    view.scrollToBottom()
    qtbot.wait(1)
    assert model.index(599, 0).data() == units.list_units(db, offset=599, limit=1)[0].serial
    assert model.rows_fetched == 2 * page_size
    assert customers.count_customers(db) == 40


def test_a_cell_is_shown_as_text_with_its_alignment(qtbot):
    source = FakeQuery(5)
    model = PagedTableModel(
        [Column("N", lambda r: r[0], align=Qt.AlignmentFlag.AlignRight)],
        count=source.count,
        fetch=source.fetch,
    )
    assert model.index(0, 0).data() == "0"
    assert model.index(0, 0).data(Qt.ItemDataRole.TextAlignmentRole) == Qt.AlignmentFlag.AlignRight
    assert model.headerData(0, Qt.Orientation.Horizontal) == "N"

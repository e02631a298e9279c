"""A large import checks its later batches in a second process while the one
before is written; what comes back is what checking here would give."""

from __future__ import annotations

import multiprocessing
import os
import pickle
import time

import pytest

from fieldservice.errors import (
    AlreadyExists,
    InvalidFields,
    InvalidInput,
    NotFound,
    PartOutOfStock,
)
from fieldservice.services.csvfiles import checked_ahead


def _batches(count: int, size: int = 2):
    line = 2
    for _ in range(count):
        batch = []
        for _ in range(size):
            batch.append((line, {"n": str(line)}))
            line += 1
        yield batch


def where_checked(rows):
    return [(row["n"], os.getpid()) for row in rows]


def checked_unless_line_five(rows):
    if any(row["n"] == "5" for row in rows) and multiprocessing.parent_process() is not None:
        os._exit(3)  # the helper dies on this batch
    return where_checked(rows)


def test_later_batches_are_checked_in_another_process_in_the_files_order():
    seen = list(checked_ahead(where_checked, _batches(5)))
    assert [n for _batch, checked in seen for n, _pid in checked] == [str(n) for n in range(2, 12)]
    pids = [checked[0][1] for _batch, checked in seen]
    assert pids[0] == os.getpid()  # the first while the helper starts
    assert all(pid != os.getpid() for pid in pids[1:])
    assert [line for batch, _ in seen for line, _row in batch] == list(range(2, 12))


def test_one_batch_is_checked_here_without_starting_a_process():
    seen = list(checked_ahead(where_checked, _batches(1)))
    assert [pid for _batch, checked in seen for _n, pid in checked] == [os.getpid()] * 2
    assert not multiprocessing.active_children()


def test_batches_are_checked_here_when_the_helper_dies():
    seen = list(checked_ahead(checked_unless_line_five, _batches(5)))
    assert [n for _batch, checked in seen for n, _pid in checked] == [str(n) for n in range(2, 12)]
    # Lines 4 and 5 (the second batch) and everything after were checked here.
    assert {pid for _batch, checked in seen for _n, pid in checked} == {os.getpid()}


def test_stopping_after_the_first_batch_leaves_no_helper_running():
    steps = checked_ahead(where_checked, _batches(50, size=200))
    next(steps)
    steps.close()
    deadline = time.monotonic() + 20
    while multiprocessing.active_children() and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not multiprocessing.active_children()


@pytest.mark.parametrize(
    "error",
    [
        InvalidInput("Enter the purchase date.", field="purchase_date"),
        InvalidFields(
            [InvalidInput("Enter the name.", field="name"), InvalidInput("Bad.", field="phone")]
        ),
        AlreadyExists("Serial taken.", field="serial", existing_id=7),
        PartOutOfStock("Only 2 left.", available=2, elsewhere=["A3"]),
        NotFound("Gone."),
    ],
)
def test_a_refusal_crosses_between_processes_whole(error):
    back = pickle.loads(pickle.dumps(error))
    assert type(back) is type(error)
    assert (back.message, back.field, str(back)) == (error.message, error.field, str(error))
    assert [(p.message, p.field) for p in back.problems] == [
        (p.message, p.field) for p in error.problems
    ]
    assert vars(back).keys() == vars(error).keys()

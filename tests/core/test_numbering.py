"""Document numbers are <site>-<kind>-<sequence> and never given out twice."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import pytest

from fieldservice.db import Database
from fieldservice.errors import InvalidInput
from fieldservice.services import customers, numbering


def test_customer_numbers_count_up_from_one_with_the_site_code(db):
    first = customers.create_customer(db, customers.CustomerDraft("Ann Lee"))
    second = customers.create_customer(db, customers.CustomerDraft("Bob Ray"))
    assert (first.number, second.number) == ("LD01-CU-000001", "LD01-CU-000002")


def test_a_refused_save_gives_its_number_back(db):
    customers.create_customer(db, customers.CustomerDraft("Ann Lee"))
    with pytest.raises(InvalidInput):
        customers.create_customer(db, customers.CustomerDraft("Bob Ray", phone="12"))
    assert customers.create_customer(db, customers.CustomerDraft("Cy Day")).number.endswith("02")


def test_document_numbers_parse_back():
    assert numbering.parse_number(" ld01-ro-000123 ") == ("LD01", "RO", 123)
    assert numbering.parse_number("AQD-1001") is None


def _create_customers(path: str, worker: int, count: int, queue) -> None:
    with Database.open(path=Path(path)) as db:
        numbers = [
            customers.create_customer(db, customers.CustomerDraft(f"Worker {worker} #{i}")).number
            for i in range(count)
        ]
    queue.put(numbers)


def test_two_processes_writing_at_once_never_get_the_same_number(db):
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    workers = [
        context.Process(target=_create_customers, args=(str(db.path), w, 40, queue))
        for w in range(2)
    ]
    for w in workers:
        w.start()
    numbers = queue.get(timeout=120) + queue.get(timeout=120)
    for w in workers:
        w.join(timeout=60)
        assert w.exitcode == 0
    assert len(numbers) == 80
    assert len(set(numbers)) == 80
    assert customers.count_customers(db) == 80

"""Row ids: version-7 UUIDs that only ever increase and never repeat."""

from __future__ import annotations

import datetime as dt
import multiprocessing
import time
import uuid

from fieldservice import ids


def _ms(value: uuid.UUID) -> int:
    return value.int >> 80


def test_ids_made_in_a_burst_are_unique_and_in_order_of_making():
    before = time.time_ns() // 1_000_000
    made = [ids.new_id() for _ in range(50_000)]
    assert len(set(made)) == len(made)
    assert made == sorted(made)
    assert all(i.version == 7 and i.variant == uuid.RFC_4122 for i in made[:100])
    # Within a millisecond the next id is the last plus one: the time part does
    # not run ahead of the clock however many ids are made.
    assert before <= _ms(made[0]) <= _ms(made[-1]) <= time.time_ns() // 1_000_000


def test_ids_keep_increasing_when_the_clock_is_set_back(monkeypatch):
    first = ids.new_id()
    monkeypatch.setattr(ids.time, "time_ns", lambda: (_ms(first) - 60_000) * 1_000_000)
    later = [ids.new_id() for _ in range(3)]
    assert first < later[0] < later[1] < later[2]


def _child_ids(queue) -> None:
    queue.put([ids.new_id() for _ in range(100)])


def test_a_forked_process_does_not_make_its_parents_ids():
    ids.new_id()  # random bits read ahead, which the child must not reuse
    context = multiprocessing.get_context("fork")
    queue = context.Queue()
    child = context.Process(target=_child_ids, args=(queue,))
    child.start()
    theirs = queue.get(timeout=30)
    child.join(timeout=30)
    ours = [ids.new_id() for _ in range(100)]
    assert not set(ours) & set(theirs)
    # Not just different at the end: the random bits differ too.
    random_bits = {i.int & ((1 << 62) - 1) for i in ours}
    assert not random_bits & {i.int & ((1 << 62) - 1) for i in theirs}


def test_an_id_for_a_past_moment_carries_that_moment():
    moment = dt.datetime(2024, 2, 29, 12, 0, tzinfo=dt.UTC)
    made = ids.id_at(moment)
    assert made.version == 7
    assert _ms(made) == int(moment.timestamp() * 1000)

"""The ledger's promises: the balance cache always equals the ledger's sum, and
two clerks cannot both take the last unit."""

from __future__ import annotations

import contextlib
import multiprocessing
import uuid
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from fieldservice.db import Database
from fieldservice.errors import FieldServiceError, PartOutOfStock
from fieldservice.models import StockBalance, StockMovement
from fieldservice.services import site, stock
from fieldservice.services.stock import PartDraft

PARTS = ("P1", "P2")
LOCATIONS = ("MAIN", "VAN")
BINS = ("", "A1", "B2")

quantities = st.decimals(min_value=Decimal("0.001"), max_value=Decimal(50), places=3)
steps = st.one_of(
    st.tuples(
        st.just("receive"),
        st.sampled_from(PARTS),
        quantities,
        st.sampled_from(LOCATIONS),
        st.sampled_from(BINS),
    ),
    st.tuples(
        st.just("issue"),
        st.sampled_from(PARTS),
        quantities,
        st.sampled_from(LOCATIONS),
        st.booleans(),
    ),
    st.tuples(
        st.just("transfer"),
        st.sampled_from(PARTS),
        quantities,
        st.sampled_from(LOCATIONS),
        st.sampled_from(BINS),
    ),
    st.tuples(
        st.just("adjust"),
        st.sampled_from(PARTS),
        quantities,
        st.sampled_from(LOCATIONS),
        st.booleans(),
    ),
    st.tuples(st.just("reverse"), st.integers(min_value=0, max_value=30)),
)


def _apply(db: Database, step: tuple, done: list[uuid.UUID]) -> None:
    kind = step[0]
    if kind == "receive":
        _, part, qty, loc, bin_code = step
        done.append(stock.receive(db, part, qty, loc, bin=bin_code).id)
    elif kind == "issue":
        _, part, qty, loc, override = step
        moved = stock.issue_part_to_order(
            db,
            part,
            qty,
            loc,
            order_id=uuid.uuid4(),
            order_number="RO-T",
            override_by="Manager" if override else "",
            reason="test" if override else "",
        )
        done.extend(m.id for m in moved)
    elif kind == "transfer":
        _, part, qty, loc, bin_code = step
        other = LOCATIONS[1 - LOCATIONS.index(loc)]
        done.extend(m.id for m in stock.transfer(db, part, qty, loc, other, to_bin=bin_code))
    elif kind == "adjust":
        _, part, qty, loc, down = step
        done.append(stock.adjust(db, part, f"{'-' if down else ''}{qty}", loc, reason="test").id)
    elif kind == "reverse" and done:
        done.extend(m.id for m in stock.reverse(db, done[step[1] % len(done)], "test"))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(steps, max_size=25))
def test_for_any_sequence_of_movements_the_balance_cache_equals_the_ledger_sum(
    tmp_path_factory, sequence
):
    path = tmp_path_factory.mktemp("ledger") / "fs.sqlite3"
    with Database.open(path=path) as db:
        site.setup_site(db, "LD01", "Leeds")
        stock.create_location(db, "MAIN", "Main store")
        stock.create_location(db, "VAN", "Van", "van")
        for part in PARTS:
            stock.create_part(db, PartDraft(part, f"Part {part}"))
        done: list[uuid.UUID] = []
        for step in sequence:
            # A refused move (out of stock, already reversed) changes nothing.
            with contextlib.suppress(FieldServiceError):
                _apply(db, step, done)
        with db.read() as s:
            ledger: dict[tuple, Decimal] = defaultdict(Decimal)
            for part_id, loc, bin_code, total in s.execute(
                select(
                    StockMovement.part_id,
                    StockMovement.location_id,
                    StockMovement.bin,
                    func.sum(StockMovement.quantity),
                ).group_by(StockMovement.part_id, StockMovement.location_id, StockMovement.bin)
            ):
                ledger[(part_id, loc, bin_code)] = total
            cache = {
                (b.part_id, b.location_id, b.bin): b.on_hand
                for b in s.scalars(select(StockBalance))
            }
        assert {k: v for k, v in cache.items() if v} == {k: v for k, v in ledger.items() if v}
        assert set(ledger) <= set(cache)
        # Without a manager's override, no balance goes below zero.
        if not any(step[0] == "issue" and step[4] for step in sequence) and not any(
            step[0] in ("adjust", "reverse") for step in sequence
        ):
            assert all(v >= 0 for v in cache.values())


def _issue_last_unit(path: str, clerk: int, start, results) -> None:
    with Database.open(path=Path(path)) as db:
        start.wait()
        try:
            stock.issue_part_to_order(
                db, "FAN-120", 1, "MAIN", order_id=uuid.uuid4(), order_number=f"RO-{clerk}"
            )
            results.put("issued")
        except PartOutOfStock as refused:
            results.put(refused.message)


def test_two_clerks_issuing_the_last_unit_at_once_only_one_succeeds(db):
    stock.create_location(db, "MAIN", "Main store")
    stock.create_part(db, PartDraft("FAN-120", "Fan motor"))
    stock.receive(db, "FAN-120", 1, "MAIN")
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(2), context.Queue()
    clerks = [
        context.Process(target=_issue_last_unit, args=(str(db.path), n, start, results))
        for n in (1, 2)
    ]
    for clerk in clerks:
        clerk.start()
    outcomes = sorted(results.get(timeout=120) for _ in clerks)
    for clerk in clerks:
        clerk.join(timeout=60)
        assert clerk.exitcode == 0
    assert outcomes == ["None × FAN-120 left in MAIN.", "issued"]
    assert stock.on_hand(db, "FAN-120").on_hand == 0

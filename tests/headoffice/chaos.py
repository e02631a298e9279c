"""Several centres working offline against one head office while the network and
the machines misbehave, and the checks that nothing was lost.

Used by a short randomised test (tests/headoffice/test_convergence.py) and by
the long soak (bench/soak.py). The faults:

* a reply lost after the head office did the work;
* a batch replayed (sent twice, the second answer taken);
* a centre "killed" mid-push (after the head office applied a batch, before the
  answer was recorded) and mid-pull (after a page arrived, before it was stored):
  SQLite's transactions make an exception at those points what a kill leaves;
* the head office restarted between rounds;
* a centre's clock skewed by up to ±5 hours, and later corrected.

The edits: new customers (some sharing a phone number), edits of different
fields of the same customers at different centres, units of the published
products, and the same location and priority codes at every centre.

What "lost" means: each edit of a field records every earlier edit of that field
the centre had seen when it was made (it replaced them). After quiescence, a
field whose value is one of those replaced edits — while the edit that replaced
it was neither listed as refused — is a lost edit.
"""

from __future__ import annotations

import dataclasses
import itertools
import json
import random
import time
import uuid
from collections import Counter
from collections.abc import Callable

import requests
from requests.adapters import HTTPAdapter
from sqlalchemy import select

from fieldservice.db import Database
from fieldservice.errors import InvalidInput
from fieldservice.headoffice import catalogue, sync
from fieldservice.headoffice.store import HeadOfficeStore
from fieldservice.models import Product
from fieldservice.progress import run_to_end
from fieldservice.services import customers, products, repairs, site, stock, units
from fieldservice.sync import client
from fieldservice.wire import TABLES

FIELDS = ("name", "notes", "company", "email")
SHARED_PHONES = ("0113 496 0001", "0113 496 0002", "0113 496 0003")
# What every centre must end with, as the head office has it.
COMPARED = ("customer", "unit", "site", "product", "warranty_policy")
HOUR_MS = 3600 * 1000


class Killed(Exception):
    """A centre's process stopped here (an exception where a kill would be)."""


class FaultyAdapter(HTTPAdapter):
    """Loses a reply, or sends a push twice, when told to."""

    def __init__(self) -> None:
        super().__init__()
        self.lose_next_reply = False
        self.replay_next_push = False

    def send(self, request, **kwargs):
        if self.replay_next_push and request.url.endswith("/sync/push"):
            self.replay_next_push = False
            super().send(request, **kwargs)
        response = super().send(request, **kwargs)
        if self.lose_next_reply:
            self.lose_next_reply = False
            raise requests.ConnectionError("connection reset by peer")
        return response


@dataclasses.dataclass
class Edit:
    key: str  # the value written, unique
    centre: str
    row: uuid.UUID
    field: str
    replaced: frozenset[str]  # edits of this field the centre had seen


@dataclasses.dataclass
class Centre:
    code: str
    db: Database
    adapter: FaultyAdapter
    http: requests.Session
    skew_ms: int = 0
    # (row, field) -> keys of the edits this centre has seen
    seen: dict[tuple[uuid.UUID, str], set[str]] = dataclasses.field(default_factory=dict)


@dataclasses.dataclass
class Outcome:
    faults: Counter
    rounds: int
    edits: int
    lost_edits: list[str]
    missing_rows: list[str]
    differences: list[str]
    unlisted_refusals: list[str]
    problems: int
    pending: int
    parked: int


class Network:
    def __init__(
        self,
        store: HeadOfficeStore,
        url: str,
        restart: Callable[[], None],
        make_db: Callable[[str], Database],
        rng: random.Random,
        codes: tuple[str, ...] = ("LD01", "YK01", "HX01"),
    ) -> None:
        self.store, self.url, self.restart, self.rng = store, url, restart, rng
        self.faults: Counter = Counter()
        self.edits: dict[str, Edit] = {}
        self.rounds = 0
        self._keys = itertools.count(1)
        self._serials = itertools.count(1)
        run_to_end(catalogue.import_products(store, b"sku,name\nP-1,Pump\nP-2,Fan\n"))
        self.centres: list[Centre] = []
        for code in codes:
            db = make_db(code)
            site.setup_site(db, code, f"Centre {code}")
            session = requests.Session()
            adapter = FaultyAdapter()
            session.mount("http://", adapter)
            client.enroll(db, url, sync.add_site(store, code, code), http=session)
            # Codes every centre chooses alike: scoped by centre, never a conflict.
            stock.create_location(db, "MAIN", "Main store")
            repairs.targets(db)
            self.centres.append(Centre(code, db, adapter, session))
        for centre in self.centres:
            self.sync(centre, faults=False)

    # -- the work -----------------------------------------------------------------------

    def step(self) -> None:
        centre = self.rng.choice(self.centres)
        action = self.rng.random()
        if action < 0.2:
            phone = self.rng.choice(SHARED_PHONES) if self.rng.random() < 0.3 else ""
            customers.create_customer(
                centre.db, customers.CustomerDraft(f"C{next(self._keys)}", phone=phone)
            )
        elif action < 0.55:
            self.edit_customer(centre)
        elif action < 0.62:
            known = products.get_product_by_sku(centre.db, self.rng.choice(["P-1", "P-2"]))
            units.create_unit(
                centre.db, units.UnitDraft(f"SN-{centre.code}-{next(self._serials)}", known.id)
            )
        elif action < 0.65:
            self.refused_work(centre)
        elif action < 0.7:
            self.skew_clock(centre)
        else:
            self.sync(centre)

    def edit_customer(self, centre: Centre) -> None:
        known = customers.list_customers(centre.db, limit=50)
        if not known:
            return
        row = self.rng.choice(known).id
        record = customers.get_customer(centre.db, row)
        field = self.rng.choice(FIELDS)
        key = f"e{next(self._keys)}"
        value = f"{key}@example.com" if field == "email" else key
        draft = customers.CustomerDraft(
            record.name,
            phone=record.phone,
            email=record.email,
            address=record.address,
            company=record.company,
            notes=record.notes,
        )
        customers.update_customer(centre.db, row, dataclasses.replace(draft, **{field: value}))
        seen = centre.seen.setdefault((row, field), set())
        self.edits[key] = Edit(key, centre.code, row, field, frozenset(seen))
        seen.add(key)

    def refused_work(self, centre: Centre) -> None:
        """Work the head office will refuse: a serial another centre may have
        registered too, or a change to the head office's catalogue."""
        if self.rng.random() < 0.5:
            pump = products.get_product_by_sku(centre.db, "P-1")
            serial = f"SN-SHARED-{self.rng.randrange(8)}"
            if units.find_by_serial(centre.db, serial) is None:
                units.create_unit(centre.db, units.UnitDraft(serial, pump.id))
                self.faults["serial registered at two centres (maybe)"] += 1
        else:
            fan = products.get_product_by_sku(centre.db, "P-2")
            draft = products.ProductDraft("P-2", fan.name, brand=f"B{self.rng.randrange(99)}")
            try:
                products.update_product(centre.db, fan.id, draft)
            except InvalidInput:
                pass  # the centre refuses it itself: the head office publishes P-2
            else:
                raise AssertionError("a centre changed the head office's product")
            # As a centre that had not heard the head office publishes it would.
            with centre.db.write() as s:
                row = s.get(Product, fan.id)
                assert row is not None
                row.brand = draft.brand
            self.faults["catalogue changed at a centre"] += 1

    def skew_clock(self, centre: Centre) -> None:
        """Set the centre's machine clock wrong by up to five hours, or right again."""
        assert centre.db.clock is not None
        if centre.skew_ms:
            centre.skew_ms = 0
            self.faults["clock corrected"] += 1
        else:
            centre.skew_ms = self.rng.choice([-1, 1]) * self.rng.randint(1, 5 * HOUR_MS)
            self.faults["clock skewed"] += 1
        skew = centre.skew_ms
        centre.db.clock._wall = lambda: time.time_ns() // 1_000_000 + skew

    def sync(self, centre: Centre, *, faults: bool = True) -> None:
        self.rounds += 1
        fault = self.rng.random() if faults else 1.0
        undo: Callable[[], None] = lambda: None  # noqa: E731
        if fault < 0.08:
            centre.adapter.lose_next_reply = True
            self.faults["reply lost"] += 1
        elif fault < 0.16:
            centre.adapter.replay_next_push = True
            self.faults["batch replayed"] += 1
        elif fault < 0.22:
            undo = self._kill_in(client, "_record_answer", "killed mid-push")
        elif fault < 0.28:
            undo = self._kill_in(client, "_store_pulled", "killed mid-pull")
        elif fault < 0.31:
            self.restart()
            self.faults["head office restarted"] += 1
        try:
            client.sync_round(centre.db, http=centre.http)
        except (client.SyncUnavailable, Killed):
            pass
        finally:
            undo()
            centre.adapter.lose_next_reply = centre.adapter.replay_next_push = False
        self._learn(centre)

    def _kill_in(self, module, name: str, fault: str) -> Callable[[], None]:
        original = getattr(module, name)

        def dies(*args, **kwargs):
            # Mid-push: the head office applied the batch, its answer is never kept.
            # Mid-pull: the page arrived, nothing of it is stored.
            setattr(module, name, original)
            self.faults[fault] += 1
            raise Killed(fault)

        setattr(module, name, dies)
        return lambda: setattr(module, name, original)

    def _learn(self, centre: Centre) -> None:
        """What the centre has now seen of others' edits (and what they replaced)."""
        with centre.db.read() as s:
            table = TABLES["customer"]
            values = {r.id: r for r in s.execute(select(table))}
        for edit_key, edit in list(self.edits.items()):
            row = values.get(edit.row)
            if row is None:
                continue
            shown = getattr(row, edit.field)
            if shown in (edit_key, f"{edit_key}@example.com"):
                seen = centre.seen.setdefault((edit.row, edit.field), set())
                seen.add(edit_key)
                seen.update(edit.replaced)

    # -- the end ----------------------------------------------------------------------

    def quiesce(self) -> None:
        """Clocks right, no faults, every centre syncs until nothing moves."""
        for centre in self.centres:
            if centre.skew_ms:
                self.skew_clock(centre)
        for _ in range(3):
            for centre in self.centres:
                self.sync(centre, faults=False)

    def outcome(self) -> Outcome:
        head = {name: _head_office_rows(self.store, name) for name in COMPARED}
        differences, missing = [], []
        for centre in self.centres:
            for name in COMPARED:
                mine = _centre_rows(centre.db, name)
                for row_id in head[name].keys() - mine.keys():
                    missing.append(f"{centre.code} lacks {name} {row_id}")
                for row_id in mine.keys() & head[name].keys():
                    if mine[row_id] != head[name][row_id]:
                        differences.append(f"{centre.code} {name} {row_id}")
                for row_id in mine.keys() - head[name].keys():
                    differences.append(f"{centre.code} has {name} {row_id} the head office lacks")
        refused_keys = set()
        problems = 0
        for centre in self.centres:
            for problem in client.problems(centre.db):
                problems += 1
                refused_keys.update(_keys_in(centre.db, problem.op_id))
        final = head["customer"]
        lost = []
        for edit in self.edits.values():
            row = final.get(str(edit.row))
            if row is None:
                continue
            shown = str(row[edit.field]).removesuffix("@example.com")
            # The field shows an edit that this one replaced: this one was lost,
            # unless it is listed as refused at its centre.
            if shown in edit.replaced and edit.key not in refused_keys:
                lost.append(f"{edit.key} ({edit.centre}, {edit.field}) lost to {shown}")
        return Outcome(
            faults=self.faults,
            rounds=self.rounds,
            edits=len(self.edits),
            lost_edits=lost,
            missing_rows=missing,
            differences=differences,
            unlisted_refusals=_refusals_not_listed(self),
            problems=problems,
            pending=sum(client.state(c.db).pending for c in self.centres),
            parked=sum(_parked(c.db) for c in self.centres),
        )


def _keys_in(db: Database, op_id: uuid.UUID) -> set[str]:
    from fieldservice.models import SyncProblem

    with db.read() as s:
        changes = s.scalar(select(SyncProblem.changes).where(SyncProblem.op_id == op_id))
    values = json.loads(changes or "{}")
    return {str(v).removesuffix("@example.com") for v in values.values() if isinstance(v, str)}


def _refusals_not_listed(network: Network) -> list[str]:
    """Every change the head office refused is listed at the centre that made it."""
    listed = set()
    for centre in network.centres:
        listed.update(str(p.op_id) for p in client.problems(centre.db))
    return [
        f"{c.site}: {c.reason}"
        for c in sync.list_conflicts(network.store, resolved=True, limit=100_000)
        if str(c.op_id) not in listed
    ]


def _parked(db: Database) -> int:
    from fieldservice.models import SyncParked

    with db.read() as s:
        return len(s.scalars(select(SyncParked.row_id)).all())


_IGNORED = {"server_version"}


def _centre_rows(db: Database, name: str) -> dict[str, dict]:
    table = TABLES[name]
    with db.read() as s:
        return {str(r.id): _comparable(r._mapping) for r in s.execute(select(table))}


def _head_office_rows(store: HeadOfficeStore, name: str) -> dict[str, dict]:
    table = TABLES[name]
    with store.session() as s:
        return {str(r.id): _comparable(r._mapping) for r in s.execute(select(table))}


def _comparable(row) -> dict:
    return {k: str(v) for k, v in row.items() if k not in _IGNORED}

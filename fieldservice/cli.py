"""The command line: ``python -m fieldservice COMMAND`` (and ``fieldservice COMMAND``).

For scripts and tests. Every command takes ``--home DIR`` (else
``$FIELDSERVICE_HOME``, else the user's data directory) and ``--json`` for
machine-readable output. Exit status: 0 done, 1 refused or not found (the
message says why), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import decimal
import json
import os
import sys
import textwrap
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from fieldservice import __version__, config, demo, i18n
from fieldservice.db import Database, backup_file
from fieldservice.errors import FieldServiceError, InvalidInput, NotFound, PartOutOfStock
from fieldservice.progress import run_to_end
from fieldservice.services import (
    about,
    customers,
    followups,
    maintenance,
    products,
    repairs,
    site,
    stock,
    stock_io,
    stockcount,
    units,
    warranty,
)
from fieldservice.services.lookup import RemoteUnit
from fieldservice.services.warranty_import import import_registrations
from fieldservice.sync import client as sync_client
from fieldservice.sync import lookup

T = TypeVar("T")


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, uuid.UUID | Path):
        return str(value)
    if isinstance(value, decimal.Decimal):
        return stock.shown(value)
    return value


class Output:
    """Prints results as JSON (``--json``) or as readable text."""

    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json

    def result(self, value: Any, text: str | Callable[[], str]) -> None:
        if self.as_json:
            print(json.dumps(_jsonable(value), ensure_ascii=False, indent=2))
        else:
            print(text() if callable(text) else text)

    def progress(self, message: str) -> None:
        if not self.as_json:
            print(message, file=sys.stderr, flush=True)


def _date(text: str | None) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise InvalidInput(f"“{text}” is not a date: write it as YYYY-MM-DD.") from None


# -- commands -----------------------------------------------------------------------


def cmd_init(db: Database, args, out: Output) -> int:
    info = site.setup_site(
        db,
        args.site_code,
        args.site_name,
        country=args.country,
        address=args.address,
        phone=args.phone,
        email=args.email,
    )
    out.result(
        {"site": info, "database": db.path}, f"Centre {info.code} ({info.name}) set up in {db.path}"
    )
    return 0


def cmd_demo(db: Database, args, out: Output) -> int:
    if not site.is_set_up(db):
        site.setup_site(db, args.site_code, args.site_name, country=args.country)
    size = demo.DemoSize(
        customers=args.customers,
        units=args.units,
        parts=args.parts,
        movements=args.movements,
        orders=args.orders,
        plans=args.plans,
        seed=args.seed,
    )
    last = ""
    for done, total, what in demo.generate(db, size):
        if what != last or done == total:
            out.progress(f"  {what}: {done:,} / {total:,}")
            last = what
    counts = _counts(db)
    out.result(
        {"site": site.current_site(db), "counts": counts, "database": db.path},
        f"Demo data ready in {db.path}: " + ", ".join(f"{n:,} {k}" for k, n in counts.items()),
    )
    return 0


def _counts(db: Database) -> dict[str, int]:
    return {
        "customers": customers.count_customers(db),
        "products": products.count_products(db),
        "units": units.count_units(db),
        "warranties": warranty.count_registrations(db),
        "parts": stock.count_parts(db),
        "repair orders": repairs.count_orders(db),
    }


def _describe_unit(u: units.UnitRecord) -> str:
    owner = f"{u.customer_name} ({u.customer_number}) {u.customer_phone}" if u.customer_id else "-"
    bought = u.purchase_date.isoformat() if u.purchase_date else "-"
    return (
        f"Unit {u.serial}\n  product:   {u.product_name} ({u.product_sku})\n"
        f"  owner:     {owner}\n  purchased: {bought}"
    )


def _describe_customer(c: customers.CustomerRecord) -> str:
    flag = "  (possible duplicate: same phone as another customer)" if c.flagged_duplicate else ""
    lines = [f"Customer {c.number}: {c.name}{flag}"]
    for label, value in (
        ("company", c.company),
        ("phone", c.phone),
        ("e-mail", c.email),
        ("address", c.address.replace("\n", ", ")),
    ):
        if value:
            lines.append(f"  {label + ':':9}{value}")
    return "\n".join(lines)


def _asking_head_office(what: str, ask: Callable[[], T]) -> T:
    """*ask*, which may ask the head office; when it cannot be asked, say so in words."""
    try:
        return ask()
    except (sync_client.SyncUnavailable, sync_client.NotEnrolled) as exc:
        raise sync_client.SyncUnavailable(
            f"{what} is not known here, and the head office could not be asked: {exc.message}"
        ) from None


def _describe_remote(r: RemoteUnit) -> str:
    return f"Unit {r.serial}: registered at centre {r.centre} (the head office's record)\n" + (
        textwrap.fill(r.summary(dt.date.today()), 79, initial_indent="  ", subsequent_indent="  ")
    )


def cmd_lookup(db: Database, args, out: Output) -> int:
    found = _asking_head_office(
        f"“{args.code.strip()}”", lambda: lookup.lookup_anywhere(db, args.code)
    )
    record: Any = None
    text = f"Nothing found for “{args.code.strip()}”."
    if found.kind == "remote_unit" and found.remote is not None:
        record = found.remote
        text = _describe_remote(found.remote)
    elif found.kind == "part" and found.id:
        info = stock.on_hand(db, stock.get_part(db, found.id).part_number)
        record = _on_hand_json(info)
        text = _describe_on_hand(info)
    elif found.kind == "unit" and found.id:
        record = units.get_unit(db, found.id)
        text = _describe_unit(record)
    elif found.kind == "customer" and found.id:
        record = customers.get_customer(db, found.id)
        text = _describe_customer(record)
    elif found.kind == "warranty" and found.id:
        record = warranty.get_registration(db, found.id)
        text = _describe_registration(record)
    elif found.kind == "repair_order" and found.id:
        record = repairs.get_order(db, found.id)
        text = _describe_order(record)
    elif found.kind == "customers":
        text = f"{len(found.matches)} customers match “{args.code}”:\n" + "\n".join(
            f"  {m.number}  {m.name:30}  {m.phone}" for m in found.matches
        )
    elif found.found:
        # A kind of record this command does not describe yet: its name at least.
        text = f"{found.kind.replace('_', ' ').capitalize()}: {found.label or found.query}"
    out.result({"kind": found.kind, "record": record, "matches": found.matches}, text)
    return 0 if found.found else 1


def cmd_customer_add(db: Database, args, out: Output) -> int:
    c = customers.create_customer(
        db,
        customers.CustomerDraft(
            args.name, args.phone, args.email, args.address, args.company, args.notes
        ),
    )
    out.result(c, _describe_customer(c))
    return 0


def cmd_customer_list(db: Database, args, out: Output) -> int:
    rows = customers.list_customers(db, args.search, limit=args.limit)
    total = customers.count_customers(db, args.search)
    out.result(
        {"total": total, "customers": rows},
        lambda: (
            "\n".join(f"{r.number}  {r.name:30}  {r.phone:16}  {r.email}" for r in rows)
            + f"\n({len(rows)} of {total:,})"
        ),
    )
    return 0


def cmd_product_add(db: Database, args, out: Output) -> int:
    p = products.create_product(
        db, products.ProductDraft(args.sku, args.name, args.brand, args.model, args.category)
    )
    out.result(p, f"Product {p.sku}: {p.name}")
    return 0


def cmd_product_list(db: Database, args, out: Output) -> int:
    rows = products.list_products(db, args.search)
    out.result(rows, lambda: "\n".join(f"{p.sku:16}  {p.name}" for p in rows))
    return 0


def cmd_unit_add(db: Database, args, out: Output) -> int:
    product = products.get_product_by_sku(db, args.product)
    owner = None
    if args.customer:
        owner = customers.get_customer_by_number(db, args.customer).id
    u = units.create_unit(
        db,
        units.UnitDraft(
            args.serial, product.id, owner, _date(args.purchase_date), args.install_address
        ),
    )
    out.result(u, _describe_unit(u))
    return 0


def _describe_registration(r: warranty.RegistrationRecord) -> str:
    lines = [
        f"Warranty certificate {r.number}",
        f"  unit:      {r.serial}  {r.product_name} ({r.product_sku})",
        f"  owner:     {r.customer_name or '-'}",
        f"  purchased: {r.purchase_date:%d %b %Y}  dealer: {r.dealer or '-'}"
        f"  invoice: {r.invoice_ref or '-'}",
        f"  warranty:  {r.warranty_months} months"
        + (f" + {r.extension_months} extension" if r.extension_months else "")
        + f", until {r.warranty_end:%d %b %Y}",
        f"  service:   until {r.service_end:%d %b %Y}",
    ]
    if r.voided:
        lines.append(f"  VOID:      {r.void_reason} ({r.voided_on:%d %b %Y}, {r.voided_by})")
    return "\n".join(lines)


def cmd_warranty_policy(db: Database, args, out: Output) -> int:
    product = products.get_product_by_sku(db, args.product)
    policy = warranty.set_policy(
        db,
        warranty.PolicyDraft(
            product.id,
            args.months,
            args.service_months,
            args.terms,
            tuple(args.void_condition) or warranty.DEFAULT_VOID_CONDITIONS,
        ),
    )
    out.result(
        policy,
        f"{policy.product_name}: {policy.warranty_months} months warranty, "
        f"then {policy.service_months} months service period",
    )
    return 0


def cmd_warranty_register(db: Database, args, out: Output) -> int:
    product = products.get_product_by_sku(db, args.product)
    owner = customers.get_customer_by_number(db, args.customer).id if args.customer else None
    record = warranty.register(
        db,
        warranty.RegistrationDraft(
            args.serial,
            product.id,
            _date(args.purchase_date),
            customer_id=owner,
            dealer=args.dealer,
            invoice_ref=args.invoice,
            channel=args.channel,
            registered_on=_date(args.registered_on),
        ),
    )
    out.result(record, _describe_registration(record))
    return 0


def cmd_warranty_status(db: Database, args, out: Output) -> int:
    answer, remote = _asking_head_office(
        f"Serial {args.serial.strip().upper()}",
        lambda: lookup.coverage_anywhere(db, args.serial, _date(args.on)),
    )
    text = f"{answer.serial}: {answer.status.label}. {answer.summary}"
    if remote is not None:
        text += (
            f"\n  Registered at centre {remote.centre}, as the head office has it: "
            f"{remote.product_name} ({remote.product_sku})"
            + (f", certificate {remote.certificate_number}." if remote.certificate_number else ".")
        )
    out.result(
        {
            **_jsonable(answer),
            "label": answer.status.label,
            "summary": answer.summary,
            "centre": remote.centre if remote else None,
            "head_office": remote,
        },
        text,
    )
    return 0


def cmd_warranty_show(db: Database, args, out: Output) -> int:
    record = warranty.find_registration(db, args.code)
    lines = warranty.history(db, record.id)
    out.result(
        {"registration": record, "history": [{**_jsonable(h), "text": h.text} for h in lines]},
        lambda: (
            _describe_registration(record)
            + "\n  history:\n"
            + "\n".join(
                f"    {h.at.astimezone():%Y-%m-%d %H:%M} {h.by:10} {h.text}"
                + (f" — {h.reason}" if h.reason else "")
                for h in lines
            )
        ),
    )
    return 0


def cmd_warranty_extend(db: Database, args, out: Output) -> int:
    record = warranty.extend(
        db, warranty.find_registration(db, args.code).id, args.months, args.reason
    )
    out.result(record, _describe_registration(record))
    return 0


def cmd_warranty_void(db: Database, args, out: Output) -> int:
    record = warranty.void(db, warranty.find_registration(db, args.code).id, args.reason, args.note)
    out.result(record, _describe_registration(record))
    return 0


def cmd_warranty_certificate(db: Database, args, out: Output) -> int:
    from fieldservice.printing.certificates import render_certificate

    record = warranty.find_registration(db, args.code)
    render_certificate(warranty.certificate_data(db, record.id), Path(args.output))
    out.result(
        {"certificate": record.number, "file": args.output},
        f"Certificate {record.number} written to {args.output}",
    )
    return 0


def cmd_warranty_print_batch(db: Database, args, out: Output) -> int:
    from fieldservice.printing.certificates import render_batch

    ids = warranty.registrations_for_batch(
        db,
        dealer=args.dealer,
        invoice_ref=args.invoice,
        registered_from=_date(args.registered_from),
        registered_to=_date(args.registered_to),
    )
    if not ids:
        raise NotFound("No registrations match: nothing to print.")
    for done, total in render_batch(warranty.certificates(db, ids), Path(args.output), len(ids)):
        if done % 100 == 0 or done == total:
            out.progress(f"  {done:,} / {total:,} certificates")
    out.result(
        {"certificates": len(ids), "file": args.output},
        f"{len(ids):,} certificates written to {args.output}",
    )
    return 0


def cmd_warranty_import(db: Database, args, out: Output) -> int:
    steps = import_registrations(db, Path(args.file))
    while True:
        try:
            done, total = next(steps)
        except StopIteration as finished:
            report = finished.value
            break
        if done % 500 == 0:
            out.progress(f"  {done:,} / {total:,} rows")
    out.result(
        report,
        lambda: report.summary + "".join(f"\n  line {e.line}: {e.message}" for e in report.errors),
    )
    return 0 if not report.errors else 1


def _describe_moves(moves: list[stock.MovementRecord]) -> str:
    return "\n".join(
        f"{m.kind_label}: {stock.shown(abs(m.quantity))} × {m.part_number} "
        f"{'into' if m.quantity > 0 else 'from'} {m.location}{'/' + m.bin if m.bin else ''}"
        for m in moves
    )


def cmd_stock_location(db: Database, args, out: Output) -> int:
    loc = stock.create_location(db, args.code, args.name, args.kind, args.technician)
    out.result(loc, f"Location {loc.code}: {loc.name} ({stock.LOCATION_KINDS[loc.kind]})")
    return 0


def cmd_stock_receive(db: Database, args, out: Output) -> int:
    move = stock.receive(
        db,
        args.part,
        args.quantity,
        args.location,
        bin=args.bin,
        unit_cost=args.cost,
        supplier_ref=args.supplier_ref,
        supplier_order=args.order,
    )
    out.result(move, _describe_moves([move]))
    return 0


def cmd_stock_issue(db: Database, args, out: Output) -> int:
    order = repairs.get_order_by_number(db, args.order)
    moves = repairs.issue_part(
        db,
        order.id,
        args.part,
        args.quantity,
        args.location,
        bin=args.bin,
        override_by=args.override_by,
        reason=args.reason,
    )
    out.result(moves, _describe_moves(moves))
    return 0


def cmd_stock_return(db: Database, args, out: Output) -> int:
    order = repairs.get_order_by_number(db, args.order)
    move = repairs.return_part(
        db,
        order.id,
        args.part,
        args.quantity,
        args.location,
        bin=args.bin,
        faulty=args.faulty,
        reason=args.reason,
    )
    out.result(move, _describe_moves([move]))
    return 0


def cmd_stock_transfer(db: Database, args, out: Output) -> int:
    moves = stock.transfer(
        db,
        args.part,
        args.quantity,
        args.from_location,
        args.to_location,
        from_bin=args.from_bin,
        to_bin=args.to_bin,
        reason=args.reason,
    )
    out.result(moves, _describe_moves(moves))
    return 0


def cmd_stock_adjust(db: Database, args, out: Output) -> int:
    move = stock.adjust(db, args.part, args.change, args.location, reason=args.reason, bin=args.bin)
    out.result(move, _describe_moves([move]))
    return 0


def _on_hand_json(info: stock.PartStock) -> dict:
    return {
        "part": info.part,
        "on_hand": info.on_hand,
        "average_cost": info.average_cost,
        "bins": [{"location": c, "bin": b, "on_hand": q} for c, b, q in info.bins],
        "locations": [{**_jsonable(p), "available": p.available} for p in info.positions],
    }


def _describe_on_hand(info: stock.PartStock) -> str:
    return (
        f"{info.part.part_number}  {info.part.description}\n"
        + "".join(
            f"  {p.location:10} on hand {stock.shown(p.on_hand):>8}  requested "
            f"{stock.shown(p.requested):>6}  on order {stock.shown(p.on_order):>6}  "
            f"available {stock.shown(p.available):>8}\n"
            for p in info.positions
        )
        + "".join(f"    {c}/{b or '-'}: {stock.shown(q)}\n" for c, b, q in info.bins)
        + ("" if info.positions else "  no stock at any location\n")
    ).rstrip("\n")


def cmd_stock_on_hand(db: Database, args, out: Output) -> int:
    info = stock.on_hand(db, args.part)
    out.result(_on_hand_json(info), lambda: _describe_on_hand(info))
    return 0


def cmd_stock_to_order(db: Database, args, out: Output) -> int:
    lines = stock.to_order(db)
    out.result(
        [{**_jsonable(x), "available": x.available, "suggested": x.suggested} for x in lines],
        lambda: (
            "\n".join(
                f"{x.part_number:14} {x.location:8} on hand {stock.shown(x.on_hand):>6} "
                f"requested {stock.shown(x.requested):>5} on order {stock.shown(x.on_order):>5} "
                f"-> order {stock.shown(x.suggested):>6}  ({x.supplier or 'no supplier'})"
                for x in lines
            )
            or "Nothing to order."
        ),
    )
    return 0


def cmd_stock_reorder(db: Database, args, out: Output) -> int:
    stock.set_reorder_rule(
        db,
        args.part,
        args.location,
        args.point,
        max_quantity=args.max,
        reorder_quantity=args.quantity,
    )
    out.result({"part": args.part, "location": args.location}, "Reorder rule saved.")
    return 0


def cmd_stock_import(db: Database, args, out: Output) -> int:
    header = Path(args.file).read_bytes()[:2048].decode("utf-8", "replace").lower()
    balances = args.kind == "balances" or (
        args.kind == "auto" and "location" in header and "quantity" in header
    )
    steps = (stock_io.import_opening_balances if balances else stock_io.import_parts)(
        db, Path(args.file)
    )
    report = run_to_end(steps)
    out.result(
        report,
        lambda: (
            ("Opening balances: " if balances else "Parts: ")
            + report.summary
            + "".join(f"\n  line {e.line}: {e.message}" for e in report.errors)
        ),
    )
    return 0 if not report.errors else 1


def cmd_stock_export(db: Database, args, out: Output) -> int:
    path = Path(args.output)
    if args.movements:
        stock_io.export_movements(db, path, _date(args.since))
    else:
        stock_io.export_stock(db, path)
    out.result({"file": path}, f"Written {path}")
    return 0


def _count_line_json(line: stockcount.CountLine) -> dict:
    return {**_jsonable(line), "difference": line.difference}


def _count_json(sheet: stockcount.CountSheet) -> dict:
    return {**_jsonable(sheet), "lines": [_count_line_json(line) for line in sheet.lines]}


def _many(n: int, thing: str) -> str:
    return f"{n:,} {thing}{'' if n == 1 else 's'}"


def _signed(value: decimal.Decimal) -> str:
    return ("+" if value > 0 else "") + stock.shown(value)


def _count_line(line: stockcount.CountLine) -> str:
    counted = "-" if line.counted is None else stock.shown(line.counted)
    difference = "" if line.difference is None else _signed(line.difference)
    return (
        f"  {line.bin or '-':8} {line.part_number:14} {line.description[:28]:28} "
        f"{stock.shown(line.on_hand):>8} {counted:>8} {difference:>8}"
    )


def _describe_count(sheet: stockcount.CountSheet) -> str:
    bins = (
        f" (bins {sheet.bin_from or '…'} to {sheet.bin_to or '…'})"
        if sheet.bin_from or sheet.bin_to
        else ""
    )
    head = f"Stock count {sheet.number} of {sheet.location}{bins}: {sheet.status}"
    if not sheet.lines:
        return head + "\n  nothing listed yet: enter what you find"
    columns = (
        f"  {'bin':8} {'part':14} {'description':28} {'on hand':>8} {'counted':>8} {'diff':>8}"
    )
    return "\n".join([head, columns, *(_count_line(line) for line in sheet.lines)])


def _open_count(db: Database, number: str) -> stockcount.CountSummary:
    """An open count by its number (only an open count is counted into or posted)."""
    wanted = number.strip().upper()
    for count in stockcount.open_counts(db):
        if count.number == wanted:
            return count
    raise NotFound(
        f"There is no open stock count {wanted}: 'fieldservice stock count list' shows them."
    )


def cmd_stock_count_start(db: Database, args, out: Output) -> int:
    sheet = stockcount.start_count(db, args.location, args.from_bin, args.to_bin)
    out.result(_count_json(sheet), lambda: _describe_count(sheet))
    return 0


def cmd_stock_count_list(db: Database, args, out: Output) -> int:
    counts = stockcount.open_counts(db)
    out.result(
        counts,
        lambda: (
            "\n".join(
                f"{c.number}  {c.location:10} "
                + (
                    f"bins {c.bin_from or '…'} to {c.bin_to or '…'}  "
                    if c.bin_from or c.bin_to
                    else "all bins  "
                )
                + f"{c.counted} of {c.lines} lines counted  "
                f"started {c.started_at.astimezone():%Y-%m-%d %H:%M} by {c.started_by or '-'}"
                for c in counts
            )
            or "No count is open."
        ),
    )
    return 0


def cmd_stock_count_show(db: Database, args, out: Output) -> int:
    sheet = stockcount.count_sheet(db, _open_count(db, args.number).id)
    out.result(_count_json(sheet), lambda: _describe_count(sheet))
    return 0


def cmd_stock_count_enter(db: Database, args, out: Output) -> int:
    count = _open_count(db, args.number)
    line = stockcount.record_count(db, count.id, args.part, args.counted, args.bin)
    assert line.difference is not None  # just counted
    out.result(
        {**_count_line_json(line), "count": count.number},
        f"{count.number}: {line.part_number} in bin {line.bin or '-'}: counted "
        f"{stock.shown(line.counted or stock.ZERO)}, on hand {stock.shown(line.on_hand)}"
        + (f" (difference {_signed(line.difference)})" if line.difference else " (no difference)"),
    )
    return 0


def cmd_stock_count_finish(db: Database, args, out: Output) -> int:
    count_id = _open_count(db, args.number).id
    # What posting books is counted less on hand at that moment: taken just before.
    booked = stockcount.count_sheet(db, count_id).differences
    sheet = stockcount.post_count(db, count_id)
    left = sheet.not_counted
    out.result(
        {**_count_json(sheet), "booked": [_count_line_json(line) for line in booked]},
        lambda: (
            f"Stock count {sheet.number} posted: "
            + (_many(len(booked), "difference") + " booked" if booked else "no differences")
            + "".join(
                f"\n  {line.part_number} in bin {line.bin or '-'}: {_signed(line.difference)}"
                for line in booked
                if line.difference is not None
            )
            + (
                f"\n{_many(len(left), 'line')} not counted, left as they were:"
                + "".join(f"\n  {line.part_number} in bin {line.bin or '-'}" for line in left)
                if left
                else ""
            )
        ),
    )
    return 0


def cmd_stock_count_cancel(db: Database, args, out: Output) -> int:
    count = _open_count(db, args.number)
    stockcount.cancel_count(db, count.id)
    out.result(
        {"count": count.number, "status": "cancelled"},
        f"Stock count {count.number} cancelled: nothing was booked.",
    )
    return 0


def cmd_followup_list(db: Database, args, out: Output) -> int:
    on = _date(args.on) or dt.date.today()
    calls = followups.list_calls_due(db, on, limit=args.limit)
    total = followups.count_calls_due(db, on)
    out.result(
        {"total": total, "calls": calls},
        lambda: (
            "\n".join(
                f"{c.due_on:%Y-%m-%d}  {c.order_number}  {c.customer_name or '-':24} "
                f"{c.customer_phone or '-':16} {c.serial:18}"
                + (f"  (attempt {c.attempts + 1})" if c.attempts else "")
                for c in calls
            )
            + f"\n({len(calls)} of {total:,} calls due)"
            if calls
            else "No follow-up call is due."
        ),
    )
    return 0


def cmd_followup_record(db: Database, args, out: Output) -> int:
    call = followups.call_for_order(db, args.order)
    outcome = followups.record_call(
        db,
        call.id,
        reached=args.reached,
        csat=args.csat,
        nps=args.nps,
        effort=args.effort,
        comment=args.comment,
        on=_date(args.on),
    )
    complaint = None
    if args.complaint:
        complaint = followups.open_complaint(
            db, args.complaint, order_id=call.order_id, assigned_to=args.assign
        )
    if outcome.status == "done":
        scores = ", ".join(
            f"{name} {value}"
            for name, value in (("CSAT", args.csat), ("NPS", args.nps), ("effort", args.effort))
            if value is not None
        )
        text = f"{call.order_number}: call recorded ({scores})."
        if outcome.unhappy and complaint is None:
            text += " An unhappy answer: record a complaint with --complaint if there is one."
    elif outcome.status == "open":
        text = (
            f"{call.order_number}: not reached; the call is due again on "
            f"{outcome.next_due_on:%Y-%m-%d}."
        )
    else:
        text = (
            f"{call.order_number}: not reached after {followups.MAX_ATTEMPTS} attempts; given up."
        )
    if complaint is not None:
        text += f"\nComplaint {complaint.number} recorded ({complaint.status})."
    out.result({"order": call.order_number, **_jsonable(outcome), "complaint": complaint}, text)
    return 0


def cmd_followup_complaints(db: Database, args, out: Output) -> int:
    rows = followups.list_complaints(db, "" if args.status == "all" else args.status)
    out.result(
        rows,
        lambda: (
            "\n".join(
                f"{c.number}  {followups.COMPLAINT_STATUSES[c.status]:13} "
                f"{c.order_number or '-':16} {c.customer_name or '-':24} {c.description[:40]}"
                for c in rows
            )
            or "No complaints."
        ),
    )
    return 0


def _describe_order(o: repairs.OrderRecord) -> str:
    local = lambda t: t.astimezone().strftime("%d %b %Y %H:%M") if t else "-"  # noqa: E731
    late = "  OVERDUE" if o.overdue() else ""
    lines = [
        f"Repair order {o.number}: {o.status_label}{late}",
        f"  unit:      {o.serial}  {o.product_name} ({o.product_sku})",
        f"  customer:  {o.customer_name or '-'} {o.customer_phone}",
        f"  type:      {repairs.SERVICE_TYPES[o.service_type]}, "
        f"{repairs.CHANNELS[o.channel]}, priority {o.priority}",
        f"  fault:     {o.fault_reported}",
        f"  coverage:  {o.coverage_note}",
        f"  opened:    {local(o.opened_at)}   due: {local(o.resolution_due)}",
    ]
    if o.technician:
        lines.append(f"  technician: {o.technician}")
    if o.rework_of_id:
        lines.append("  repeat repair: the unit was here within 30 days")
    return "\n".join(lines)


def cmd_order_open(db: Database, args, out: Output) -> int:
    unit = units.find_by_serial(db, args.serial)
    if unit is None:
        raise NotFound(
            f"Serial {args.serial.strip().upper()} is not registered here: add the unit first."
        )
    order = repairs.open_order(
        db,
        repairs.IntakeDraft(
            unit.id,
            args.fault,
            args.type,
            args.channel,
            args.priority,
            args.accessories,
            args.condition,
            args.technician,
            args.refuse_warranty or "",
        ),
    )
    out.result(order, _describe_order(order))
    return 0


def cmd_order_move(db: Database, args, out: Output) -> int:
    order = repairs.get_order_by_number(db, args.number)
    moved = repairs.move(db, order.id, args.status, args.reason)
    out.result(moved, f"{moved.number}: {order.status_label} -> {moved.status_label}")
    return 0


def cmd_order_add_part(db: Database, args, out: Output) -> int:
    order = repairs.get_order_by_number(db, args.number)
    repairs.request_part(db, order.id, args.part, args.quantity, args.location)
    try:
        moves = repairs.issue_part(db, order.id, args.part, args.quantity, args.location)
    except PartOutOfStock as short:
        out.result(
            {"requested": True, "issued": False, "error": short.message},
            f"Requested for {order.number}, not issued: {short.message}",
        )
        return 1
    out.result({"requested": True, "issued": True, "movements": moves}, _describe_moves(moves))
    return 0


def cmd_order_show(db: Database, args, out: Output) -> int:
    order = repairs.get_order_by_number(db, args.number)
    moves = repairs.history(db, order.id)
    money = repairs.charges(db, order.id)
    out.result(
        {
            "order": order,
            "overdue": order.overdue(),
            "history": [
                {"at": at, "from": a, "to": b, "by": by, "reason": why}
                for at, a, b, by, why in moves
            ],
            "charges": {**_jsonable(money), "total": money.total},
        },
        lambda: (
            _describe_order(order)
            + "\n  history:\n"
            + "\n".join(
                f"    {at.astimezone():%Y-%m-%d %H:%M} {by:10} "
                f"{repairs.STATUSES[b]}" + (f" — {why}" if why else "")
                for at, a, b, by, why in moves
            )
            + f"\n  charges: parts {money.parts}, labour {money.labour}; "
            f"covered {money.covered}, to pay {money.chargeable}"
        ),
    )
    return 0


def cmd_order_list(db: Database, args, out: Output) -> int:
    f = repairs.OrderFilter(args.search, args.status, args.technician, args.overdue)
    rows = repairs.list_orders(db, f, limit=args.limit)
    total = repairs.count_orders(db, f)
    out.result(
        {"total": total, "orders": rows},
        lambda: (
            "\n".join(
                f"{r.number}  {r.status_label:30} {r.serial:18} {r.customer_name:24}"
                + ("  OVERDUE" if r.overdue() else "")
                for r in rows
            )
            + f"\n({len(rows)} of {total:,})"
        ),
    )
    return 0


def cmd_order_print(db: Database, args, out: Output) -> int:
    from fieldservice.printing import workorders

    order = repairs.get_order_by_number(db, args.number)
    data = repairs.work_order_data(db, order.id)
    if args.receipt:
        workorders.render_intake_receipt(data, Path(args.output))
    else:
        workorders.render_work_order(data, Path(args.output), args.format)
    out.result(
        {"order": order.number, "file": args.output}, f"{order.number} written to {args.output}"
    )
    return 0


def _describe_plan(p: maintenance.PlanRecord) -> str:
    every = (
        f"every {p.interval_count} {p.interval_unit} ({maintenance.ANCHORS[p.anchor].lower()})"
        if p.interval_count
        else ""
    )
    meter = (
        f"every {stock.shown(p.meter_interval)} {p.meter_unit}"
        + (f", due at {stock.shown(p.due_meter)}" if p.due_meter is not None else "")
        if p.meter_interval
        else ""
    )
    due = f"{p.due_on:%d %b %Y}" if p.due_on else "not known yet"
    return f"{p.name} — {p.serial} {p.product_name}: " + "; ".join(
        x for x in (every, meter, f"next due {due}") if x
    )


def cmd_maintenance_due(db: Database, args, out: Output) -> int:
    on = _date(args.on) or dt.date.today()
    items = maintenance.due_list(
        db, on, horizon_days=args.days, technician=args.technician, area=args.area
    )
    out.result(
        [
            {
                **_jsonable(i.plan),
                "bucket": i.bucket(on),
                "booked": i.booked,
                "address": i.customer_address,
            }
            for i in items
        ],
        lambda: (
            "\n".join(
                f"{i.plan.due_on:%Y-%m-%d}  {i.bucket(on):9}  {i.plan.serial:18} "
                f"{i.plan.customer_name:22} {i.plan.name}" + ("  (booked)" if i.booked else "")
                for i in items
            )
            or "Nothing due."
        ),
    )
    return 0


def cmd_maintenance_reading(db: Database, args, out: Output) -> int:
    plans = maintenance.log_reading(db, args.serial, args.value, _date(args.on), args.note)
    out.result(
        {"serial": args.serial.strip().upper(), "reading": args.value, "plans": plans},
        "Reading recorded." + "".join(f"\n  {_describe_plan(p)}" for p in plans),
    )
    return 0


def cmd_maintenance_plan(db: Database, args, out: Output) -> int:
    unit = units.find_by_serial(db, args.serial)
    if unit is None:
        raise NotFound(f"There is no unit with serial {args.serial.strip().upper()}.")
    plan = maintenance.create_plan(
        db,
        maintenance.PlanDraft(
            unit.id,
            args.name,
            basis=args.basis,
            interval_count=args.every,
            interval_unit=args.unit,
            anchor=args.anchor,
            start_on=_date(args.start),
            meter_interval=args.meter_interval,
            meter_unit=args.meter_unit,
            checklist="\n".join(args.task),
            technician=args.technician,
            contract_end=_date(args.contract_end),
        ),
    )
    out.result(plan, _describe_plan(plan))
    return 0


def cmd_enroll(db: Database, args, out: Output) -> int:
    where = sync_client.enroll(db, args.url, args.code)
    out.result(
        {"url": args.url, "token_stored_in": where},
        f"Enrolled with the head office at {args.url}; the token is kept in {where}.",
    )
    return 0


def cmd_sync(db: Database, args, out: Output) -> int:
    report = sync_client.sync_round(db)
    state = sync_client.state(db)
    problems = sync_client.problems(db)
    out.result(
        {**_jsonable(report), "pending": state.pending, "problems": problems},
        lambda: (
            f"Sync: {report.summary} in {report.seconds:.1f} s."
            + "".join(f"\n  {p.kind}: {p.entity} {p.row_id}: {p.reason}" for p in problems)
        ),
    )
    return 0


def cmd_backup(db: Database, args, out: Output) -> int:
    target = (
        Path(args.output)
        if args.output
        else (
            config.backup_dir(args.home) / f"fieldservice-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3"
        )
    )
    backup_file(db.path, target)
    out.result({"backup": target}, f"Backed up to {target}")
    return 0


def cmd_info(db: Database, args, out: Output) -> int:
    info = site.current_site(db) if site.is_set_up(db) else None
    counts = _counts(db)
    data = {
        "version": __version__,
        "database": db.path,
        "site": info,
        "counts": counts,
    }
    centre = f"{info.code} {info.name}" if info else "not set up (run: fieldservice init)"
    out.result(
        data,
        f"fieldservice {__version__}\ndatabase: {db.path}\ncentre:   {centre}\n"
        + "\n".join(f"{k + ':':9} {v:,}" for k, v in counts.items()),
    )
    return 0


# -- parser ---------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    home_help = "data directory (default: $FIELDSERVICE_HOME or the user's)"
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a command's own --home is set only when given, so that one given
    # before the command (``--home DIR info``) is not overwritten with None.
    common.add_argument("--home", default=argparse.SUPPRESS, help=home_help)
    common.add_argument("--json", action="store_true", help="print the result as JSON")

    parser = argparse.ArgumentParser(
        prog="fieldservice", description="fieldservice: after-sales service centre desk."
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help="show the version and the database's schema revision (changes nothing)",
    )
    parser.add_argument("--home", help=home_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler, help: str, parent=sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, parents=[common], help=help, description=help)
        p.set_defaults(handler=handler)
        return p

    p = command("init", cmd_init, "Set up this centre (site code and name).")
    p.add_argument("--site-code", required=True)
    p.add_argument("--site-name", required=True)
    p.add_argument("--country", default="GB", help="two-letter country for phone numbers")
    p.add_argument("--address", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--email", default="")

    p = command("demo", cmd_demo, "Fill the database with realistic demo data.")
    p.add_argument("--customers", type=int, default=300)
    p.add_argument("--units", type=int, default=600)
    p.add_argument("--parts", type=int, default=120)
    p.add_argument("--movements", type=int, default=1500, help="stock movements")
    p.add_argument("--orders", type=int, default=400, help="repair orders")
    p.add_argument("--plans", type=int, default=150, help="maintenance plans")
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--site-code", default="DEMO1", help="site code if the centre is not set up")
    p.add_argument("--site-name", default="Demo Service Centre")
    p.add_argument("--country", default="GB")

    p = command("lookup", cmd_lookup, "Find what a scanned or typed code names.")
    p.add_argument("code", help="serial, phone number, document number or name")

    customer = sub.add_parser("customer", help="Customers.").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("add", cmd_customer_add, "Add a customer.", customer)
    p.add_argument("name")
    for option in ("phone", "email", "address", "company", "notes"):
        p.add_argument(f"--{option}", default="")
    p = command("list", cmd_customer_list, "List customers matching a search.", customer)
    p.add_argument("search", nargs="?", default="")
    p.add_argument("--limit", type=int, default=50)

    product = sub.add_parser("product", help="The product catalogue.").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("add", cmd_product_add, "Add a product to the catalogue.", product)
    p.add_argument("sku")
    p.add_argument("name")
    for option in ("brand", "model", "category"):
        p.add_argument(f"--{option}", default="")
    p = command("list", cmd_product_list, "List products.", product)
    p.add_argument("search", nargs="?", default="")

    unit = sub.add_parser("unit", help="Units (serialised products).").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("add", cmd_unit_add, "Register a unit.", unit)
    p.add_argument("serial")
    p.add_argument("--product", required=True, help="product code (SKU)")
    p.add_argument("--customer", help="owner's customer number")
    p.add_argument("--purchase-date", help="YYYY-MM-DD")
    p.add_argument("--install-address", default="")

    war = sub.add_parser(
        "warranty", help="Warranty registrations and certificates."
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    p = command("policy", cmd_warranty_policy, "Set a product's warranty policy.", war)
    p.add_argument("product", help="product code (SKU)")
    p.add_argument("--months", type=int, required=True, help="warranty months")
    p.add_argument("--service-months", type=int, default=0)
    p.add_argument("--terms", default="", help="what the warranty covers")
    p.add_argument(
        "--void-condition",
        action="append",
        default=[],
        help="a condition that voids it (repeat; default: the usual list)",
    )
    p = command("register", cmd_warranty_register, "Register a sold unit's warranty.", war)
    p.add_argument("serial")
    p.add_argument("--product", required=True, help="product code (SKU)")
    p.add_argument("--purchase-date", required=True, help="YYYY-MM-DD")
    p.add_argument("--customer", help="owner's customer number")
    p.add_argument("--dealer", default="")
    p.add_argument("--invoice", default="")
    p.add_argument("--channel", default="front_desk", choices=sorted(warranty.CHANNELS))
    p.add_argument("--registered-on", help="YYYY-MM-DD (default: today)")
    p = command("status", cmd_warranty_status, "Is this unit covered (today or --on)?", war)
    p.add_argument("serial")
    p.add_argument("--on", help="YYYY-MM-DD (default: today)")
    p = command("show", cmd_warranty_show, "A registration and its history.", war)
    p.add_argument("code", help="serial or certificate number")
    p = command("extend", cmd_warranty_extend, "Add months to a warranty.", war)
    p.add_argument("code", help="serial or certificate number")
    p.add_argument("months", type=int)
    p.add_argument("--reason", required=True)
    p = command("void", cmd_warranty_void, "Refuse warranty for a listed reason.", war)
    p.add_argument("code", help="serial or certificate number")
    p.add_argument("--reason", required=True, help="one of the policy's void conditions")
    p.add_argument("--note", default="")
    p = command("certificate", cmd_warranty_certificate, "Print a certificate to PDF.", war)
    p.add_argument("code", help="serial or certificate number")
    p.add_argument("-o", "--output", required=True, help="PDF file")
    p = command(
        "print-batch", cmd_warranty_print_batch, "Print many certificates into one PDF.", war
    )
    p.add_argument("--dealer", default="")
    p.add_argument("--invoice", default="")
    p.add_argument("--registered-from", help="YYYY-MM-DD")
    p.add_argument("--registered-to", help="YYYY-MM-DD")
    p.add_argument("-o", "--output", required=True, help="PDF file")
    p = command("import", cmd_warranty_import, "Import registrations from a CSV file.", war)
    p.add_argument("file")

    st = sub.add_parser("stock", help="Spare parts and stock.").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("location", cmd_stock_location, "Add a stock location.", st)
    p.add_argument("code")
    p.add_argument("name")
    p.add_argument("--kind", default="store", choices=sorted(stock.LOCATION_KINDS))
    p.add_argument("--technician", default="")
    p = command("receive", cmd_stock_receive, "Book a delivery into stock.", st)
    p.add_argument("part")
    p.add_argument("quantity")
    p.add_argument("--location", required=True)
    p.add_argument("--bin")
    p.add_argument("--cost", help="unit cost")
    p.add_argument("--supplier-ref", default="")
    p.add_argument("--order", default="", help="supplier order number (…-PO-…)")
    p = command("issue", cmd_stock_issue, "Issue parts to a repair order.", st)
    p.add_argument("part")
    p.add_argument("quantity")
    p.add_argument("--location", required=True)
    p.add_argument("--order", required=True, help="repair order number")
    p.add_argument("--bin")
    p.add_argument("--override-by", default="", help="manager allowing stock below zero")
    p.add_argument("--reason", default="")
    p = command("return", cmd_stock_return, "Take parts back from a repair order.", st)
    p.add_argument("part")
    p.add_argument("quantity")
    p.add_argument("--location", required=True)
    p.add_argument("--order", required=True, help="repair order number")
    p.add_argument("--bin")
    p.add_argument("--faulty", action="store_true", help="a faulty part: to quarantine")
    p.add_argument("--reason", default="")
    p = command("transfer", cmd_stock_transfer, "Move stock between locations or bins.", st)
    p.add_argument("part")
    p.add_argument("quantity")
    p.add_argument("--from", dest="from_location", required=True)
    p.add_argument("--to", dest="to_location", required=True)
    p.add_argument("--from-bin")
    p.add_argument("--to-bin")
    p.add_argument("--reason", default="")
    p = command("adjust", cmd_stock_adjust, "Correct on-hand by +N or -N, with a reason.", st)
    p.add_argument("part")
    p.add_argument("change", help="e.g. -1 or +2")
    p.add_argument("--location", required=True)
    p.add_argument("--bin")
    p.add_argument("--reason", required=True)
    p = command("on-hand", cmd_stock_on_hand, "A part's stock per location and bin.", st)
    p.add_argument("part")
    command("to-order", cmd_stock_to_order, "Parts at or below their reorder point.", st)
    p = command("reorder", cmd_stock_reorder, "Set a part's reorder point at a location.", st)
    p.add_argument("part")
    p.add_argument("--location", required=True)
    p.add_argument("--point", required=True)
    p.add_argument("--max")
    p.add_argument("--quantity", help="reorder quantity (when there is no maximum)")
    p = command("import", cmd_stock_import, "Import parts or opening balances (CSV).", st)
    p.add_argument("file")
    p.add_argument("--kind", choices=("auto", "parts", "balances"), default="auto")
    p = command("export", cmd_stock_export, "Export the stock list or movements.", st)
    p.add_argument("-o", "--output", required=True, help="a .csv or .xlsx file")
    p.add_argument("--movements", action="store_true")
    p.add_argument("--since", help="movements from YYYY-MM-DD")
    sc = st.add_parser(
        "count", help="Stock counts: count a location, enter what is found, post it."
    ).add_subparsers(dest="count_action", metavar="ACTION", required=True)
    p = command("start", cmd_stock_count_start, "Start counting a location (or its bins).", sc)
    p.add_argument("location")
    p.add_argument("--from-bin", default="", help="first bin of the count")
    p.add_argument("--to-bin", default="", help="last bin of the count")
    command("list", cmd_stock_count_list, "The counts not posted yet.", sc)
    p = command("show", cmd_stock_count_show, "An open count, line by line.", sc)
    p.add_argument("number", help="the count's number (…-SC-…)")
    p = command("enter", cmd_stock_count_enter, "Enter what was found of a part.", sc)
    p.add_argument("number", help="the count's number (…-SC-…)")
    p.add_argument("part")
    p.add_argument("counted", help="the quantity found")
    p.add_argument("--bin", help="where it was found (default: the part's bin)")
    p = command("finish", cmd_stock_count_finish, "Post the differences and close.", sc)
    p.add_argument("number", help="the count's number (…-SC-…)")
    p = command("cancel", cmd_stock_count_cancel, "Drop a count, booking nothing.", sc)
    p.add_argument("number", help="the count's number (…-SC-…)")

    ro = sub.add_parser("order", help="Repair orders.").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("open", cmd_order_open, "Open a repair order for a unit.", ro)
    p.add_argument("--serial", required=True)
    p.add_argument("--fault", required=True, help="the fault as the customer reports it")
    p.add_argument("--priority", default="normal")
    p.add_argument("--channel", default="walk_in", choices=sorted(repairs.CHANNELS))
    p.add_argument("--type", default="fault_repair", choices=sorted(repairs.SERVICE_TYPES))
    p.add_argument("--accessories", default="")
    p.add_argument("--condition", default="")
    p.add_argument("--technician", default="")
    p.add_argument("--refuse-warranty", help="a void condition of the product's policy")
    p = command("move", cmd_order_move, "Move an order to another status.", ro)
    p.add_argument("number")
    p.add_argument("status", choices=list(repairs.STATUSES))
    p.add_argument("--reason", default="")
    p = command("add-part", cmd_order_add_part, "Request and issue a part to an order.", ro)
    p.add_argument("number")
    p.add_argument("part")
    p.add_argument("quantity")
    p.add_argument("--location", default="MAIN")
    p = command("show", cmd_order_show, "An order with its history and charges.", ro)
    p.add_argument("number")
    p = command("list", cmd_order_list, "List orders.", ro)
    p.add_argument("search", nargs="?", default="")
    p.add_argument("--status", default="", help="a status, or 'open'")
    p.add_argument("--technician", default="")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p = command("print", cmd_order_print, "Print the work order (or receipt) to PDF.", ro)
    p.add_argument("number")
    p.add_argument("--format", default="a4", choices=("a4", "a5", "label62", "label57x32"))
    p.add_argument("--receipt", action="store_true", help="the customer's intake receipt")
    p.add_argument("-o", "--output", required=True)

    mt = sub.add_parser("maintenance", help="Preventive maintenance.").add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("due", cmd_maintenance_due, "Maintenance due (overdue first).", mt)
    p.add_argument("--on", help="YYYY-MM-DD (default: today)")
    p.add_argument("--days", type=int, default=30, help="look this many days ahead")
    p.add_argument("--technician", default="")
    p.add_argument("--area", default="")
    p = command("reading", cmd_maintenance_reading, "Record a meter reading.", mt)
    p.add_argument("serial")
    p.add_argument("value")
    p.add_argument("--on", help="YYYY-MM-DD (default: today)")
    p.add_argument("--note", default="")
    p = command("plan", cmd_maintenance_plan, "Add a maintenance plan to a unit.", mt)
    p.add_argument("serial")
    p.add_argument("--name", required=True)
    p.add_argument("--basis", default="calendar", choices=sorted(maintenance.BASES))
    p.add_argument("--every", type=int, help="interval count (calendar plans)")
    p.add_argument("--unit", default="months", choices=("days", "weeks", "months", "years"))
    p.add_argument("--anchor", default="completion", choices=sorted(maintenance.ANCHORS))
    p.add_argument("--start", help="YYYY-MM-DD (default: today)")
    p.add_argument("--meter-interval", help="e.g. 500 (meter plans)")
    p.add_argument("--meter-unit", default="hours", choices=maintenance.METER_UNITS)
    p.add_argument("--task", action="append", default=[], help="a checklist task (repeat)")
    p.add_argument("--technician", default="")
    p.add_argument("--contract-end", help="YYYY-MM-DD")

    fu = sub.add_parser(
        "followup", help="Follow-up calls after service, satisfaction and complaints."
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    p = command("list", cmd_followup_list, "The follow-up calls due (oldest first).", fu)
    p.add_argument("--on", help="due on or before YYYY-MM-DD (default: today)")
    p.add_argument("--limit", type=int, default=50)
    p = command("record", cmd_followup_record, "Record a call: scores, comment, complaint.", fu)
    p.add_argument("order", help="the repair order's number")
    reached = p.add_mutually_exclusive_group(required=True)
    reached.add_argument(
        "--reached", action="store_true", default=None, help="the customer answered"
    )
    reached.add_argument(
        "--not-reached", dest="reached", action="store_false", help="tried: call again tomorrow"
    )
    p.add_argument("--csat", type=int, help="satisfaction, 1 to 5")
    p.add_argument("--nps", type=int, help="likelihood to recommend, 0 to 10")
    p.add_argument("--effort", type=int, help="customer effort, 1 (very easy) to 5")
    p.add_argument("--comment", default="")
    p.add_argument("--complaint", default="", help="the customer's complaint, to record")
    p.add_argument("--assign", default="", help="who handles the complaint")
    p.add_argument("--on", help="the day of the call, YYYY-MM-DD (default: today)")
    p = command("complaints", cmd_followup_complaints, "List complaints.", fu)
    p.add_argument(
        "--status",
        default="unresolved",
        choices=("unresolved", "all", *followups.COMPLAINT_STATUSES),
        help="unresolved (default), open, investigating, resolved, or all",
    )

    p = command("enroll", cmd_enroll, "Enrol this centre with the head office.")
    p.add_argument("--url", required=True, help="the head office's address (https://…)")
    p.add_argument("--code", required=True, help="the one-time code the head office gave")
    command("sync", cmd_sync, "Sync with the head office once (push, then pull).")

    p = command("backup", cmd_backup, "Copy the database safely (while the app runs).")
    p.add_argument("-o", "--output", help="backup file (default: in the data directory)")

    command("info", cmd_info, "Show the centre, the database file and record counts.")
    parser.command_names = tuple(sub.choices)  # type: ignore[attr-defined]
    return parser


# The sub-commands, for the launcher that tells them from GUI options.
COMMAND_NAMES = frozenset(build_parser().command_names)  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    # Messages in the language of the terminal's locale (LANG=zh_CN.UTF-8: Chinese).
    i18n.use_language(i18n.language_of_locale())
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.version:
        print(about.version_report(args.home))
        return 0
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    out = Output(args.json)
    try:
        with Database.open(args.home) as db:
            return args.handler(db, args, out)
    except BrokenPipeError:
        # The reader went away (``| head``): not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except FieldServiceError as exc:
        if args.json:
            print(json.dumps({"error": exc.message, "field": exc.field}, ensure_ascii=False))
        else:
            print(f"fieldservice: {exc.message}", file=sys.stderr)
        return 1

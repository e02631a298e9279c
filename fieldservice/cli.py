"""The command line: ``python -m fieldservice COMMAND`` (and ``fieldservice COMMAND``).

For scripts and tests. Every command takes ``--home DIR`` (else
``$FIELDSERVICE_HOME``, else the user's data directory) and ``--json`` for
machine-readable output. Exit status: 0 done, 1 refused or not found (the
message says why), 2 wrong usage.
"""

from __future__ import annotations

import argparse
import contextlib
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

from fieldservice import __version__, config, demo, formatting, i18n
from fieldservice.db import Database, backup_file
from fieldservice.errors import FieldServiceError, InvalidInput, NotFound, PartOutOfStock
from fieldservice.i18n import N_, _, ngettext
from fieldservice.progress import run_to_end
from fieldservice.services import (
    about,
    customers,
    followups,
    maintenance,
    products,
    repairs,
    reports,
    site,
    stock,
    stock_io,
    stockcount,
    units,
    validation,
    warranty,
)
from fieldservice.services.lookup import RemoteUnit
from fieldservice.services.reports import table as report_table
from fieldservice.services.spreadsheets import display_width
from fieldservice.services.warranty_import import import_registrations
from fieldservice.sync import client as sync_client
from fieldservice.sync import lookup

T = TypeVar("T")


def _jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {
            f.name: _jsonable(getattr(value, f.name))
            for f in dataclasses.fields(value)
            if not f.metadata.get("behind")  # how a report finds its records again
        }
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
        raise InvalidInput(
            _("“{value}” is not a date: write it as YYYY-MM-DD.").format(value=text)
        ) from None


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
        {"site": info, "database": db.path},
        _("Centre {code} ({name}) set up in {path}").format(
            code=info.code, name=info.name, path=db.path
        ),
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
        _("Demo data ready in {path}: {counts}").format(
            path=db.path,
            counts=validation.listed(
                _("{count} {what}").format(count=f"{n:,}", what=_(_COUNTED[k]))
                for k, n in counts.items()
            ),
        ),
    )
    return 0


# The records counted (the keys of the JSON output), in words.
_COUNTED = {
    "customers": N_("customers"),
    "products": N_("products"),
    "units": N_("units"),
    "warranties": N_("warranties"),
    "parts": N_("parts"),
    "repair orders": N_("repair orders"),
}


def _padded(text: str, width: int) -> str:
    """*text* and spaces to fill *width* columns of a terminal, where a Chinese
    character takes two."""
    return text + " " * max(0, width - display_width(text))


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
    return "\n".join(
        (
            _("Unit {serial}").format(serial=u.serial),
            "  "
            + _("product:   {product} ({sku})").format(product=u.product_name, sku=u.product_sku),
            "  " + _("owner:     {owner}").format(owner=owner),
            "  " + _("purchased: {date}").format(date=bought),
        )
    )


def _describe_customer(c: customers.CustomerRecord) -> str:
    if c.flagged_duplicate:
        head = _("Customer {number}: {name}  (possible duplicate: same phone as another customer)")
    else:
        head = _("Customer {number}: {name}")
    lines = [head.format(number=c.number, name=c.name)]
    for line, value in (
        (_("company: {value}"), c.company),
        (_("phone:   {value}"), c.phone),
        (_("e-mail:  {value}"), c.email),
        (_("address: {value}"), c.address.replace("\n", ", ")),
    ):
        if value:
            lines.append("  " + line.format(value=value))
    return "\n".join(lines)


def _asking_head_office(unknown: Callable[[str], str], ask: Callable[[], T]) -> T:
    """*ask*, which may ask the head office; when it cannot be asked, say so in words
    (*unknown* makes the message of the reason why)."""
    try:
        return ask()
    except (sync_client.SyncUnavailable, sync_client.NotEnrolled) as exc:
        raise sync_client.SyncUnavailable(unknown(exc.message)) from None


def _describe_remote(r: RemoteUnit) -> str:
    head = _("Unit {serial}: registered at centre {centre} (the head office's record)")
    return (
        head.format(serial=r.serial, centre=r.centre)
        + "\n"
        + (
            textwrap.fill(
                r.summary(dt.date.today()), 79, initial_indent="  ", subsequent_indent="  "
            )
        )
    )


def cmd_lookup(db: Database, args, out: Output) -> int:
    code = args.code.strip()
    found = _asking_head_office(
        lambda reason: _(
            "“{code}” is not known here, and the head office could not be asked: {reason}"
        ).format(code=code, reason=reason),
        lambda: lookup.lookup_anywhere(db, args.code),
    )
    record: Any = None
    text = _("Nothing found for “{code}”.").format(code=code)
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
        text = (
            _("{count} customers match “{code}”:").format(count=len(found.matches), code=args.code)
            + "\n"
            + "\n".join(f"  {m.number}  {m.name:30}  {m.phone}" for m in found.matches)
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
            + "\n"
            + _shown_of(len(rows), total)
        ),
    )
    return 0


def _shown_of(shown: int, total: int) -> str:
    """ "(50 of 1,234)": how many of the records found are listed."""
    return _("({shown} of {total})").format(shown=shown, total=f"{total:,}")


def cmd_product_add(db: Database, args, out: Output) -> int:
    p = products.create_product(
        db, products.ProductDraft(args.sku, args.name, args.brand, args.model, args.category)
    )
    out.result(p, _("Product {sku}: {name}").format(sku=p.sku, name=p.name))
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
    day = validation.day
    if r.extension_months:
        warranty_line = _("warranty:  {months} months + {extension} extension, until {date}")
    else:
        warranty_line = _("warranty:  {months} months, until {date}")
    lines = [
        _("Warranty certificate {number}").format(number=r.number),
        "  "
        + _("unit:      {serial}  {product} ({sku})").format(
            serial=r.serial, product=r.product_name, sku=r.product_sku
        ),
        "  " + _("owner:     {owner}").format(owner=r.customer_name or "-"),
        "  "
        + _("purchased: {date}  dealer: {dealer}  invoice: {invoice}").format(
            date=day(r.purchase_date), dealer=r.dealer or "-", invoice=r.invoice_ref or "-"
        ),
        "  "
        + warranty_line.format(
            months=r.warranty_months, extension=r.extension_months, date=day(r.warranty_end)
        ),
        "  " + _("service:   until {date}").format(date=day(r.service_end)),
    ]
    if r.voided:
        assert r.voided_on is not None
        lines.append(
            "  "
            + _("VOID:      {reason} ({date}, {by})").format(
                reason=r.void_reason, date=day(r.voided_on), by=r.voided_by
            )
        )
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
            return_days=args.return_days,
            exchange_days=args.exchange_days,
            repairs_before_exchange=args.repairs_before_exchange,
        ),
    )
    out.result(
        policy,
        _(
            "{product}: {months} months warranty, then {service_months} months service period"
        ).format(
            product=policy.product_name,
            months=policy.warranty_months,
            service_months=policy.service_months,
        ),
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
    serial = args.serial.strip().upper()
    answer, remote = _asking_head_office(
        lambda reason: _(
            "Serial {serial} is not known here, and the head office could not be asked: {reason}"
        ).format(serial=serial, reason=reason),
        lambda: lookup.coverage_anywhere(db, args.serial, _date(args.on)),
    )
    text = _("{serial}: {status}. {summary}").format(
        serial=answer.serial, status=answer.status.label, summary=answer.summary
    )
    if remote is not None:
        if remote.certificate_number:
            where = _(
                "Registered at centre {centre}, as the head office has it: {product} ({sku}), "
                "certificate {number}."
            )
        else:
            where = _(
                "Registered at centre {centre}, as the head office has it: {product} ({sku})."
            )
        text += "\n  " + where.format(
            centre=remote.centre,
            product=remote.product_name,
            sku=remote.product_sku,
            number=remote.certificate_number,
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
            + "\n  "
            + _("history:")
            + "\n"
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
        _("Certificate {number} written to {file}").format(number=record.number, file=args.output),
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
        raise NotFound(_("No registrations match: nothing to print."))
    for done, total in render_batch(warranty.certificates(db, ids), Path(args.output), len(ids)):
        if done % 100 == 0 or done == total:
            out.progress(
                "  "
                + _("{done} / {total} certificates").format(done=f"{done:,}", total=f"{total:,}")
            )
    out.result(
        {"certificates": len(ids), "file": args.output},
        _("{count} certificates written to {file}").format(count=f"{len(ids):,}", file=args.output),
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
            out.progress(
                "  " + _("{done} / {total} rows").format(done=f"{done:,}", total=f"{total:,}")
            )
    out.result(report, lambda: report.summary + _refused_lines(report))
    return 0 if not report.errors else 1


def _refused_lines(report) -> str:
    """The lines of an import's report that say how the file was read, which rows
    were refused and why."""
    read_as = "\n  " + _("Read as {encoding}.").format(encoding=report.read_as)
    return (read_as if report.read_as else "") + "".join(
        "\n  " + _("line {line}: {message}").format(line=e.line, message=e.message)
        for e in report.errors
    )


def _describe_moves(moves: list[stock.MovementRecord]) -> str:
    return "\n".join(
        (
            _("{kind}: {quantity} × {part} into {where}")
            if m.quantity > 0
            else _("{kind}: {quantity} × {part} from {where}")
        ).format(
            kind=m.kind_label,
            quantity=stock.shown(abs(m.quantity)),
            part=m.part_number,
            where=f"{m.location}{'/' + m.bin if m.bin else ''}",
        )
        for m in moves
    )


def cmd_stock_location(db: Database, args, out: Output) -> int:
    loc = stock.create_location(db, args.code, args.name, args.kind, args.technician)
    out.result(
        loc,
        _("Location {code}: {name} ({kind})").format(
            code=loc.code, name=loc.name, kind=_(stock.LOCATION_KINDS[loc.kind])
        ),
    )
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
            "  "
            + _(
                "{location:10} on hand {on_hand:>8}  requested {requested:>6}  on order "
                "{on_order:>6}  available {available:>8}"
            ).format(
                location=p.location,
                on_hand=stock.shown(p.on_hand),
                requested=stock.shown(p.requested),
                on_order=stock.shown(p.on_order),
                available=stock.shown(p.available),
            )
            + "\n"
            for p in info.positions
        )
        + "".join(f"    {c}/{b or '-'}: {stock.shown(q)}\n" for c, b, q in info.bins)
        + ("" if info.positions else "  " + _("no stock at any location") + "\n")
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
                _(
                    "{part:14} {location:8} on hand {on_hand:>6} requested {requested:>5} on "
                    "order {on_order:>5} -> order {suggested:>6}  ({supplier})"
                ).format(
                    part=x.part_number,
                    location=x.location,
                    on_hand=stock.shown(x.on_hand),
                    requested=stock.shown(x.requested),
                    on_order=stock.shown(x.on_order),
                    suggested=stock.shown(x.suggested),
                    supplier=x.supplier or _("no supplier"),
                )
                for x in lines
            )
            or _("Nothing to order.")
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
    out.result({"part": args.part, "location": args.location}, _("Reorder rule saved."))
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
            (_("Opening balances: {summary}") if balances else _("Parts: {summary}")).format(
                summary=report.summary
            )
            + _refused_lines(report)
        ),
    )
    return 0 if not report.errors else 1


def cmd_stock_export(db: Database, args, out: Output) -> int:
    path = Path(args.output)
    if args.movements:
        stock_io.export_movements(db, path, _date(args.since))
    else:
        stock_io.export_stock(db, path)
    out.result({"file": path}, _("Written {path}").format(path=path))
    return 0


def _count_line_json(line: stockcount.CountLine) -> dict:
    return {**_jsonable(line), "difference": line.difference}


def _count_json(sheet: stockcount.CountSheet) -> dict:
    return {**_jsonable(sheet), "lines": [_count_line_json(line) for line in sheet.lines]}


def _signed(value: decimal.Decimal) -> str:
    return ("+" if value > 0 else "") + stock.shown(value)


def _count_line(line: stockcount.CountLine) -> str:
    counted = "-" if line.counted is None else stock.shown(line.counted)
    difference = "" if line.difference is None else _signed(line.difference)
    return (
        f"  {line.bin or '-':8} {line.part_number:14} {line.description[:28]:28} "
        f"{stock.shown(line.on_hand):>8} {counted:>8} {difference:>8}"
    )


# A count's state, in words.
_COUNT_STATUSES = {"open": N_("open"), "posted": N_("posted"), "cancelled": N_("cancelled")}


def _describe_count(sheet: stockcount.CountSheet) -> str:
    if sheet.bin_from or sheet.bin_to:
        head = _("Stock count {number} of {location} (bins {first} to {last}): {status}")
    else:
        head = _("Stock count {number} of {location}: {status}")
    head = head.format(
        number=sheet.number,
        location=sheet.location,
        first=sheet.bin_from or "…",
        last=sheet.bin_to or "…",
        status=_(_COUNT_STATUSES[sheet.status])
        if sheet.status in _COUNT_STATUSES
        else sheet.status,
    )
    if not sheet.lines:
        return head + "\n  " + _("nothing listed yet: enter what you find")
    columns = (
        f"  {_('bin'):8} {_('part'):14} {_('description'):28} {_('on hand'):>8} "
        f"{_('counted'):>8} {_('diff'):>8}"
    )
    return "\n".join([head, columns, *(_count_line(line) for line in sheet.lines)])


def _open_count(db: Database, number: str) -> stockcount.CountSummary:
    """An open count by its number (only an open count is counted into or posted)."""
    wanted = number.strip().upper()
    for count in stockcount.open_counts(db):
        if count.number == wanted:
            return count
    raise NotFound(
        _(
            "There is no open stock count {number}: 'fieldservice stock count list' shows them."
        ).format(number=wanted)
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
                    _("bins {first} to {last}").format(
                        first=c.bin_from or "…", last=c.bin_to or "…"
                    )
                    if c.bin_from or c.bin_to
                    else _("all bins")
                )
                + "  "
                + _("{counted} of {lines} lines counted  started {time} by {by}").format(
                    counted=c.counted,
                    lines=c.lines,
                    time=f"{c.started_at.astimezone():%Y-%m-%d %H:%M}",
                    by=c.started_by or "-",
                )
                for c in counts
            )
            or _("No count is open.")
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
        (
            _(
                "{number}: {part} in bin {bin}: counted {counted}, on hand {on_hand} "
                "(difference {difference})"
            )
            if line.difference
            else _(
                "{number}: {part} in bin {bin}: counted {counted}, on hand {on_hand} "
                "(no difference)"
            )
        ).format(
            number=count.number,
            part=line.part_number,
            bin=line.bin or "-",
            counted=stock.shown(line.counted or stock.ZERO),
            on_hand=stock.shown(line.on_hand),
            difference=_signed(line.difference),
        ),
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
            (
                ngettext(
                    "Stock count {number} posted: {count} difference booked",
                    "Stock count {number} posted: {count} differences booked",
                    len(booked),
                )
                if booked
                else _("Stock count {number} posted: no differences")
            ).format(number=sheet.number, count=f"{len(booked):,}")
            + "".join(
                "\n  "
                + _("{part} in bin {bin}: {difference}").format(
                    part=line.part_number, bin=line.bin or "-", difference=_signed(line.difference)
                )
                for line in booked
                if line.difference is not None
            )
            + (
                "\n"
                + ngettext(
                    "{count} line not counted, left as they were:",
                    "{count} lines not counted, left as they were:",
                    len(left),
                ).format(count=f"{len(left):,}")
                + "".join(
                    "\n  "
                    + _("{part} in bin {bin}").format(part=line.part_number, bin=line.bin or "-")
                    for line in left
                )
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
        _("Stock count {number} cancelled: nothing was booked.").format(number=count.number),
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
                + (
                    "  " + _("(attempt {attempt})").format(attempt=c.attempts + 1)
                    if c.attempts
                    else ""
                )
                for c in calls
            )
            + "\n"
            + _("({shown} of {total} calls due)").format(shown=len(calls), total=f"{total:,}")
            if calls
            else _("No follow-up call is due.")
        ),
    )
    return 0


# What recording a complaint says, by the state it is left in.
_COMPLAINT_RECORDED = {
    "open": N_("Complaint {number} recorded (open)."),
    "investigating": N_("Complaint {number} recorded (investigating)."),
    "resolved": N_("Complaint {number} recorded (resolved)."),
}


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
            for name, value in (("CSAT", args.csat), ("NPS", args.nps), (_("effort"), args.effort))
            if value is not None
        )
        text = _("{order}: call recorded ({scores}).").format(
            order=call.order_number, scores=scores
        )
        if outcome.unhappy and complaint is None:
            text += " " + _(
                "An unhappy answer: record a complaint with --complaint if there is one."
            )
    elif outcome.status == "open":
        text = _("{order}: not reached; the call is due again on {date}.").format(
            order=call.order_number, date=f"{outcome.next_due_on:%Y-%m-%d}"
        )
    else:
        text = _("{order}: not reached after {attempts} attempts; given up.").format(
            order=call.order_number, attempts=followups.MAX_ATTEMPTS
        )
    if complaint is not None:
        recorded = _COMPLAINT_RECORDED.get(complaint.status, _COMPLAINT_RECORDED["open"])
        text += "\n" + _(recorded).format(number=complaint.number)
    out.result({"order": call.order_number, **_jsonable(outcome), "complaint": complaint}, text)
    return 0


def cmd_followup_complaints(db: Database, args, out: Output) -> int:
    rows = followups.list_complaints(db, "" if args.status == "all" else args.status)
    out.result(
        rows,
        lambda: (
            "\n".join(
                f"{c.number}  {_(followups.COMPLAINT_STATUSES[c.status]):13} "
                f"{c.order_number or '-':16} {c.customer_name or '-':24} {c.description[:40]}"
                for c in rows
            )
            or _("No complaints.")
        ),
    )
    return 0


def _moment(value: dt.datetime | None) -> str:
    """A moment in local time as the command line shows it ("-" if none): in English
    "07 Dec 2026 14:02", in Chinese as the formatting module writes it."""
    if value is None:
        return "-"
    language = i18n.current_language()
    if language == "en":
        return value.astimezone().strftime("%d %b %Y %H:%M")
    return formatting.moment(value, language)


# The usual priorities of an order, in words (a centre's own are shown as coded).
_PRIORITIES = {"urgent": N_("urgent"), "high": N_("high"), "normal": N_("normal"), "low": N_("low")}


def _describe_order(o: repairs.OrderRecord) -> str:
    late = "  " + _("OVERDUE") if o.overdue() else ""
    lines = [
        _("Repair order {number}: {status}").format(number=o.number, status=o.status_label) + late,
        "  "
        + _("unit:      {serial}  {product} ({sku})").format(
            serial=o.serial, product=o.product_name, sku=o.product_sku
        ),
        "  "
        + _("customer:  {name} {phone}").format(
            name=o.customer_name or "-", phone=o.customer_phone
        ),
        "  "
        + _("type:      {type}, {channel}, priority {priority}").format(
            type=_(repairs.SERVICE_TYPES[o.service_type]),
            channel=_(repairs.CHANNELS[o.channel]),
            priority=_(_PRIORITIES[o.priority]) if o.priority in _PRIORITIES else o.priority,
        ),
        "  " + _("fault:     {fault}").format(fault=o.fault_reported),
        "  " + _("coverage:  {coverage}").format(coverage=o.coverage_note),
        "  "
        + _("opened:    {opened}   due: {due}").format(
            opened=_moment(o.opened_at), due=_moment(o.resolution_due)
        ),
    ]
    if o.technician:
        lines.append("  " + _("technician: {name}").format(name=o.technician))
    if o.rework_of_id:
        lines.append("  " + _("repeat repair: the unit was here within 30 days"))
    return "\n".join(lines)


def cmd_order_open(db: Database, args, out: Output) -> int:
    unit = units.find_by_serial(db, args.serial)
    if unit is None:
        raise NotFound(
            _("Serial {serial} is not registered here: add the unit first.").format(
                serial=args.serial.strip().upper()
            )
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
    out.result(
        moved,
        _("{number}: {before} -> {after}").format(
            number=moved.number, before=order.status_label, after=moved.status_label
        ),
    )
    return 0


def cmd_order_add_part(db: Database, args, out: Output) -> int:
    order = repairs.get_order_by_number(db, args.number)
    repairs.request_part(db, order.id, args.part, args.quantity, args.location)
    try:
        moves = repairs.issue_part(db, order.id, args.part, args.quantity, args.location)
    except PartOutOfStock as short:
        out.result(
            {"requested": True, "issued": False, "error": short.message},
            _("Requested for {number}, not issued: {reason}").format(
                number=order.number, reason=short.message
            ),
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
            + "\n  "
            + _("history:")
            + "\n"
            + "\n".join(
                f"    {at.astimezone():%Y-%m-%d %H:%M} {by:10} "
                f"{_(repairs.STATUSES[b])}" + (f" — {why}" if why else "")
                for at, a, b, by, why in moves
            )
            + "\n  "
            + _(
                "charges: parts {parts}, labour {labour}; covered {covered}, to pay {chargeable}"
            ).format(
                parts=money.parts,
                labour=money.labour,
                covered=money.covered,
                chargeable=money.chargeable,
            )
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
                + ("  " + _("OVERDUE") if r.overdue() else "")
                for r in rows
            )
            + "\n"
            + _shown_of(len(rows), total)
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
        {"order": order.number, "file": args.output},
        _("{number} written to {file}").format(number=order.number, file=args.output),
    )
    return 0


# The units of a plan's intervals, in words.
_UNITS = {
    "days": N_("days"),
    "weeks": N_("weeks"),
    "months": N_("months"),
    "years": N_("years"),
    "hours": N_("hours"),
    "cycles": N_("cycles"),
    "km": N_("km"),
}

# Where a plan stands in the due list, in words.
_BUCKETS = {"overdue": N_("overdue"), "this_week": N_("this_week"), "upcoming": N_("upcoming")}


def _describe_plan(p: maintenance.PlanRecord) -> str:
    every = (
        _("every {count} {unit} ({anchor})").format(
            count=p.interval_count,
            unit=_(_UNITS.get(p.interval_unit, p.interval_unit)),
            anchor=_(maintenance.ANCHORS[p.anchor]).lower(),
        )
        if p.interval_count
        else ""
    )
    meter_unit = _(_UNITS.get(p.meter_unit, p.meter_unit))
    meter = (
        (
            _("every {interval} {unit}, due at {due}")
            if p.due_meter is not None
            else _("every {interval} {unit}")
        ).format(
            interval=stock.shown(p.meter_interval),
            unit=meter_unit,
            due=stock.shown(p.due_meter) if p.due_meter is not None else "",
        )
        if p.meter_interval
        else ""
    )
    due = validation.day(p.due_on) if p.due_on else _("not known yet")
    return f"{p.name} — {p.serial} {p.product_name}: " + "; ".join(
        x for x in (every, meter, _("next due {date}").format(date=due)) if x
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
                f"{i.plan.due_on:%Y-%m-%d}  {_(_BUCKETS.get(i.bucket(on), i.bucket(on))):9}  "
                f"{i.plan.serial:18} {i.plan.customer_name:22} {i.plan.name}"
                + ("  " + _("(booked)") if i.booked else "")
                for i in items
            )
            or _("Nothing due.")
        ),
    )
    return 0


def cmd_maintenance_reading(db: Database, args, out: Output) -> int:
    plans = maintenance.log_reading(db, args.serial, args.value, _date(args.on), args.note)
    out.result(
        {"serial": args.serial.strip().upper(), "reading": args.value, "plans": plans},
        _("Reading recorded.") + "".join(f"\n  {_describe_plan(p)}" for p in plans),
    )
    return 0


def cmd_maintenance_plan(db: Database, args, out: Output) -> int:
    unit = units.find_by_serial(db, args.serial)
    if unit is None:
        raise NotFound(
            _("There is no unit with serial {serial}.").format(serial=args.serial.strip().upper())
        )
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


def _report_value(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, decimal.Decimal) and value != value.to_integral_value():
        return formatting.number(value, i18n.current_language(), 2)  # money, or a part's metres
    if isinstance(value, int | float | decimal.Decimal):
        return formatting.number(value, i18n.current_language())
    return str(value)


def cmd_report_monthly(db: Database, args, out: Output) -> int:
    """The monthly management report, as a PDF file."""
    from fieldservice.printing.management import render_monthly_report
    from fieldservice.services import management_report

    if not args.pdf:
        raise InvalidInput(_("Name the PDF file to write: --pdf FILE."), field="pdf")
    narrowed = (args.product, args.brand, args.service_type, args.channel, args.technician)
    if args.date_from or args.date_to or any(narrowed):
        raise InvalidInput(
            _("The monthly report covers a whole month of the centre: give only --month.")
        )
    if args.month:
        year, month = management_report.parse_month(args.month)
    else:
        year, month = management_report.last_complete_month()
    path = Path(args.pdf)
    render_monthly_report(management_report.monthly_figures(db, year, month), path)
    out.result(
        {"file": str(path), "month": f"{year:04d}-{month:02d}"},
        _("Written {path}").format(path=path),
    )
    return 0


def cmd_report(db: Database, args, out: Output) -> int:
    if args.kpi == "monthly":
        return cmd_report_monthly(db, args, out)
    if args.month or args.pdf:
        raise InvalidInput(
            _("--month and --pdf are for the monthly report: report monthly --month YYYY-MM.")
        )
    start, end = _date(args.date_from), _date(args.date_to)
    if start is None or end is None:
        raise InvalidInput(_("Give the period: --from YYYY-MM-DD --to YYYY-MM-DD."))
    filters = reports.Filters(
        product_id=products.get_product_by_sku(db, args.product).id if args.product else None,
        brand=args.brand,
        service_type=args.service_type,
        channel=args.channel,
        technician=args.technician,
    )
    period = reports.Period(start, end)
    if args.kpi == "all":
        results = reports.report_all(db, period, filters)
    else:
        results = {args.kpi: reports.report(db, args.kpi, period, filters)}
    rows = [row for name, result in results.items() for row in report_table.rows(name, result)]
    target = args.xlsx or args.csv
    if target:
        path = report_table.write(Path(target), rows, period)
        out.result({"file": path}, _("Written {path}").format(path=path))
        return 0
    if out.as_json:
        out.result({"from": start, "to": end, **results}, "")
        return 0
    width = max((display_width(row.kpi) for row in rows), default=0)
    lines: list[str] = []
    family = ""
    for row in rows:
        if row.family != family:
            family = row.family
            lines.append(("\n" if lines else "") + family)
        lines.append(f"  {_padded(row.kpi, width)}  {_report_value(row.value)}")
    out.result(None, "\n".join(lines))
    return 0


def cmd_enroll(db: Database, args, out: Output) -> int:
    where = sync_client.enroll(db, args.url, args.code)
    out.result(
        {"url": args.url, "token_stored_in": where},
        _("Enrolled with the head office at {url}; the token is kept in {where}.").format(
            url=args.url, where=where
        ),
    )
    return 0


def cmd_sync(db: Database, args, out: Output) -> int:
    report = sync_client.sync_round(db)
    state = sync_client.state(db)
    problems = sync_client.problems(db)
    out.result(
        {**_jsonable(report), "pending": state.pending, "problems": problems},
        lambda: (
            _("Sync: {summary} in {seconds} s.").format(
                summary=report.summary, seconds=f"{report.seconds:.1f}"
            )
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
    out.result({"backup": target}, _("Backed up to {path}").format(path=target))
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
    centre = f"{info.code} {info.name}" if info else _("not set up (run: fieldservice init)")
    out.result(
        data,
        f"fieldservice {__version__}\n"
        + _("database: {database}").format(database=db.path)
        + "\n"
        + _("centre:   {centre}").format(centre=centre)
        + "\n"
        + "\n".join(
            f"{_padded(_('{label}:').format(label=_(_COUNTED[k])), 9)} {v:,}"
            for k, v in counts.items()
        ),
    )
    return 0


# -- parser ---------------------------------------------------------------------------


def build_parser() -> argparse.ArgumentParser:
    home_help = _("data directory (default: $FIELDSERVICE_HOME or the user's)")
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a command's own --home is set only when given, so that one given
    # before the command (``--home DIR info``) is not overwritten with None.
    common.add_argument("--home", default=argparse.SUPPRESS, help=home_help)
    common.add_argument("--json", action="store_true", help=_("print the result as JSON"))

    parser = argparse.ArgumentParser(
        prog="fieldservice", description=_("fieldservice: after-sales service centre desk.")
    )
    parser.add_argument(
        "--version",
        action="store_true",
        help=_("show the version and the database's schema revision (changes nothing)"),
    )
    parser.add_argument("--home", help=home_help)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler, help: str, parent=sub) -> argparse.ArgumentParser:
        p = parent.add_parser(name, parents=[common], help=help, description=help)
        p.set_defaults(handler=handler)
        return p

    p = command("init", cmd_init, _("Set up this centre (site code and name)."))
    p.add_argument("--site-code", required=True)
    p.add_argument("--site-name", required=True)
    p.add_argument("--country", default="GB", help=_("two-letter country for phone numbers"))
    p.add_argument("--address", default="")
    p.add_argument("--phone", default="")
    p.add_argument("--email", default="")

    p = command("demo", cmd_demo, _("Fill the database with realistic demo data."))
    p.add_argument("--customers", type=int, default=300)
    p.add_argument("--units", type=int, default=600)
    p.add_argument("--parts", type=int, default=120)
    p.add_argument("--movements", type=int, default=1500, help=_("stock movements"))
    p.add_argument("--orders", type=int, default=400, help=_("repair orders"))
    p.add_argument("--plans", type=int, default=150, help=_("maintenance plans"))
    p.add_argument("--seed", type=int, default=7)
    p.add_argument("--site-code", default="DEMO1", help=_("site code if the centre is not set up"))
    p.add_argument("--site-name", default="Demo Service Centre")
    p.add_argument("--country", default="GB")

    p = command("lookup", cmd_lookup, _("Find what a scanned or typed code names."))
    p.add_argument("code", help=_("serial, phone number, document number or name"))

    customer = sub.add_parser("customer", help=_("Customers.")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("add", cmd_customer_add, _("Add a customer."), customer)
    p.add_argument("name")
    for option in ("phone", "email", "address", "company", "notes"):
        p.add_argument(f"--{option}", default="")
    p = command("list", cmd_customer_list, _("List customers matching a search."), customer)
    p.add_argument("search", nargs="?", default="")
    p.add_argument("--limit", type=int, default=50)

    product = sub.add_parser("product", help=_("The product catalogue.")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("add", cmd_product_add, _("Add a product to the catalogue."), product)
    p.add_argument("sku")
    p.add_argument("name")
    for option in ("brand", "model", "category"):
        p.add_argument(f"--{option}", default="")
    p = command("list", cmd_product_list, _("List products."), product)
    p.add_argument("search", nargs="?", default="")

    unit = sub.add_parser("unit", help=_("Units (serialised products).")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("add", cmd_unit_add, _("Register a unit."), unit)
    p.add_argument("serial")
    p.add_argument("--product", required=True, help=_("product code (SKU)"))
    p.add_argument("--customer", help=_("owner's customer number"))
    p.add_argument("--purchase-date", help=_("YYYY-MM-DD"))
    p.add_argument("--install-address", default="")

    war = sub.add_parser(
        "warranty", help=_("Warranty registrations and certificates.")
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    p = command("policy", cmd_warranty_policy, _("Set a product's warranty policy."), war)
    p.add_argument("product", help=_("product code (SKU)"))
    p.add_argument("--months", type=int, required=True, help=_("warranty months"))
    p.add_argument("--service-months", type=int, default=0)
    p.add_argument("--terms", default="", help=_("what the warranty covers"))
    p.add_argument(
        "--void-condition",
        action="append",
        default=[],
        help=_("a condition that voids it (repeat; default: the usual list)"),
    )
    p.add_argument(
        "--return-days", type=int, help=_("三包: days from purchase in which a refund is due")
    )
    p.add_argument(
        "--exchange-days", type=int, help=_("三包: days from purchase in which an exchange is due")
    )
    p.add_argument(
        "--repairs-before-exchange",
        type=int,
        help=_("三包: repairs of the same fault after which an exchange is due"),
    )
    p = command("register", cmd_warranty_register, _("Register a sold unit's warranty."), war)
    p.add_argument("serial")
    p.add_argument("--product", required=True, help=_("product code (SKU)"))
    p.add_argument("--purchase-date", required=True, help=_("YYYY-MM-DD"))
    p.add_argument("--customer", help=_("owner's customer number"))
    p.add_argument("--dealer", default="")
    p.add_argument("--invoice", default="")
    p.add_argument("--channel", default="front_desk", choices=sorted(warranty.CHANNELS))
    p.add_argument("--registered-on", help=_("YYYY-MM-DD (default: today)"))
    p = command("status", cmd_warranty_status, _("Is this unit covered (today or --on)?"), war)
    p.add_argument("serial")
    p.add_argument("--on", help=_("YYYY-MM-DD (default: today)"))
    p = command("show", cmd_warranty_show, _("A registration and its history."), war)
    p.add_argument("code", help=_("serial or certificate number"))
    p = command("extend", cmd_warranty_extend, _("Add months to a warranty."), war)
    p.add_argument("code", help=_("serial or certificate number"))
    p.add_argument("months", type=int)
    p.add_argument("--reason", required=True)
    p = command("void", cmd_warranty_void, _("Refuse warranty for a listed reason."), war)
    p.add_argument("code", help=_("serial or certificate number"))
    p.add_argument("--reason", required=True, help=_("one of the policy's void conditions"))
    p.add_argument("--note", default="")
    p = command("certificate", cmd_warranty_certificate, _("Print a certificate to PDF."), war)
    p.add_argument("code", help=_("serial or certificate number"))
    p.add_argument("-o", "--output", required=True, help=_("PDF file"))
    p = command(
        "print-batch", cmd_warranty_print_batch, _("Print many certificates into one PDF."), war
    )
    p.add_argument("--dealer", default="")
    p.add_argument("--invoice", default="")
    p.add_argument("--registered-from", help=_("YYYY-MM-DD"))
    p.add_argument("--registered-to", help=_("YYYY-MM-DD"))
    p.add_argument("-o", "--output", required=True, help=_("PDF file"))
    p = command("import", cmd_warranty_import, _("Import registrations from a CSV file."), war)
    p.add_argument("file")

    st = sub.add_parser("stock", help=_("Spare parts and stock.")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("location", cmd_stock_location, _("Add a stock location."), st)
    p.add_argument("code")
    p.add_argument("name")
    p.add_argument("--kind", default="store", choices=sorted(stock.LOCATION_KINDS))
    p.add_argument("--technician", default="")
    p = command("receive", cmd_stock_receive, _("Book a delivery into stock."), st)
    p.add_argument("part")
    p.add_argument("quantity")
    p.add_argument("--location", required=True)
    p.add_argument("--bin")
    p.add_argument("--cost", help=_("unit cost"))
    p.add_argument("--supplier-ref", default="")
    p.add_argument("--order", default="", help=_("supplier order number (…-PO-…)"))
    p = command("issue", cmd_stock_issue, _("Issue parts to a repair order."), st)
    p.add_argument("part")
    p.add_argument("quantity")
    p.add_argument("--location", required=True)
    p.add_argument("--order", required=True, help=_("repair order number"))
    p.add_argument("--bin")
    p.add_argument("--override-by", default="", help=_("manager allowing stock below zero"))
    p.add_argument("--reason", default="")
    p = command("return", cmd_stock_return, _("Take parts back from a repair order."), st)
    p.add_argument("part")
    p.add_argument("quantity")
    p.add_argument("--location", required=True)
    p.add_argument("--order", required=True, help=_("repair order number"))
    p.add_argument("--bin")
    p.add_argument("--faulty", action="store_true", help=_("a faulty part: to quarantine"))
    p.add_argument("--reason", default="")
    p = command("transfer", cmd_stock_transfer, _("Move stock between locations or bins."), st)
    p.add_argument("part")
    p.add_argument("quantity")
    p.add_argument("--from", dest="from_location", required=True)
    p.add_argument("--to", dest="to_location", required=True)
    p.add_argument("--from-bin")
    p.add_argument("--to-bin")
    p.add_argument("--reason", default="")
    p = command("adjust", cmd_stock_adjust, _("Correct on-hand by +N or -N, with a reason."), st)
    p.add_argument("part")
    p.add_argument("change", help=_("e.g. -1 or +2"))
    p.add_argument("--location", required=True)
    p.add_argument("--bin")
    p.add_argument("--reason", required=True)
    p = command("on-hand", cmd_stock_on_hand, _("A part's stock per location and bin."), st)
    p.add_argument("part")
    command("to-order", cmd_stock_to_order, _("Parts at or below their reorder point."), st)
    p = command("reorder", cmd_stock_reorder, _("Set a part's reorder point at a location."), st)
    p.add_argument("part")
    p.add_argument("--location", required=True)
    p.add_argument("--point", required=True)
    p.add_argument("--max")
    p.add_argument("--quantity", help=_("reorder quantity (when there is no maximum)"))
    p = command("import", cmd_stock_import, _("Import parts or opening balances (CSV)."), st)
    p.add_argument("file")
    p.add_argument("--kind", choices=("auto", "parts", "balances"), default="auto")
    p = command("export", cmd_stock_export, _("Export the stock list or movements."), st)
    p.add_argument("-o", "--output", required=True, help=_("a .csv or .xlsx file"))
    p.add_argument("--movements", action="store_true")
    p.add_argument("--since", help=_("movements from YYYY-MM-DD"))
    sc = st.add_parser(
        "count", help=_("Stock counts: count a location, enter what is found, post it.")
    ).add_subparsers(dest="count_action", metavar="ACTION", required=True)
    p = command("start", cmd_stock_count_start, _("Start counting a location (or its bins)."), sc)
    p.add_argument("location")
    p.add_argument("--from-bin", default="", help=_("first bin of the count"))
    p.add_argument("--to-bin", default="", help=_("last bin of the count"))
    command("list", cmd_stock_count_list, _("The counts not posted yet."), sc)
    p = command("show", cmd_stock_count_show, _("An open count, line by line."), sc)
    p.add_argument("number", help=_("the count's number (…-SC-…)"))
    p = command("enter", cmd_stock_count_enter, _("Enter what was found of a part."), sc)
    p.add_argument("number", help=_("the count's number (…-SC-…)"))
    p.add_argument("part")
    p.add_argument("counted", help=_("the quantity found"))
    p.add_argument("--bin", help=_("where it was found (default: the part's bin)"))
    p = command("finish", cmd_stock_count_finish, _("Post the differences and close."), sc)
    p.add_argument("number", help=_("the count's number (…-SC-…)"))
    p = command("cancel", cmd_stock_count_cancel, _("Drop a count, booking nothing."), sc)
    p.add_argument("number", help=_("the count's number (…-SC-…)"))

    ro = sub.add_parser("order", help=_("Repair orders.")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("open", cmd_order_open, _("Open a repair order for a unit."), ro)
    p.add_argument("--serial", required=True)
    p.add_argument("--fault", required=True, help=_("the fault as the customer reports it"))
    p.add_argument("--priority", default="normal")
    p.add_argument("--channel", default="walk_in", choices=sorted(repairs.CHANNELS))
    p.add_argument("--type", default="fault_repair", choices=sorted(repairs.SERVICE_TYPES))
    p.add_argument("--accessories", default="")
    p.add_argument("--condition", default="")
    p.add_argument("--technician", default="")
    p.add_argument("--refuse-warranty", help=_("a void condition of the product's policy"))
    p = command("move", cmd_order_move, _("Move an order to another status."), ro)
    p.add_argument("number")
    p.add_argument("status", choices=list(repairs.STATUSES))
    p.add_argument("--reason", default="")
    p = command("add-part", cmd_order_add_part, _("Request and issue a part to an order."), ro)
    p.add_argument("number")
    p.add_argument("part")
    p.add_argument("quantity")
    p.add_argument("--location", default="MAIN")
    p = command("show", cmd_order_show, _("An order with its history and charges."), ro)
    p.add_argument("number")
    p = command("list", cmd_order_list, _("List orders."), ro)
    p.add_argument("search", nargs="?", default="")
    p.add_argument("--status", default="", help=_("a status, or 'open'"))
    p.add_argument("--technician", default="")
    p.add_argument("--overdue", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p = command("print", cmd_order_print, _("Print the work order (or receipt) to PDF."), ro)
    p.add_argument("number")
    p.add_argument("--format", default="a4", choices=("a4", "a5", "label62", "label57x32"))
    p.add_argument("--receipt", action="store_true", help=_("the customer's intake receipt"))
    p.add_argument("-o", "--output", required=True)

    mt = sub.add_parser("maintenance", help=_("Preventive maintenance.")).add_subparsers(
        dest="action", metavar="ACTION", required=True
    )
    p = command("due", cmd_maintenance_due, _("Maintenance due (overdue first)."), mt)
    p.add_argument("--on", help=_("YYYY-MM-DD (default: today)"))
    p.add_argument("--days", type=int, default=30, help=_("look this many days ahead"))
    p.add_argument("--technician", default="")
    p.add_argument("--area", default="")
    p = command("reading", cmd_maintenance_reading, _("Record a meter reading."), mt)
    p.add_argument("serial")
    p.add_argument("value")
    p.add_argument("--on", help=_("YYYY-MM-DD (default: today)"))
    p.add_argument("--note", default="")
    p = command("plan", cmd_maintenance_plan, _("Add a maintenance plan to a unit."), mt)
    p.add_argument("serial")
    p.add_argument("--name", required=True)
    p.add_argument("--basis", default="calendar", choices=sorted(maintenance.BASES))
    p.add_argument("--every", type=int, help=_("interval count (calendar plans)"))
    p.add_argument("--unit", default="months", choices=("days", "weeks", "months", "years"))
    p.add_argument("--anchor", default="completion", choices=sorted(maintenance.ANCHORS))
    p.add_argument("--start", help=_("YYYY-MM-DD (default: today)"))
    p.add_argument("--meter-interval", help=_("e.g. 500 (meter plans)"))
    p.add_argument("--meter-unit", default="hours", choices=maintenance.METER_UNITS)
    p.add_argument("--task", action="append", default=[], help=_("a checklist task (repeat)"))
    p.add_argument("--technician", default="")
    p.add_argument("--contract-end", help=_("YYYY-MM-DD"))

    fu = sub.add_parser(
        "followup", help=_("Follow-up calls after service, satisfaction and complaints.")
    ).add_subparsers(dest="action", metavar="ACTION", required=True)
    p = command("list", cmd_followup_list, _("The follow-up calls due (oldest first)."), fu)
    p.add_argument("--on", help=_("due on or before YYYY-MM-DD (default: today)"))
    p.add_argument("--limit", type=int, default=50)
    p = command("record", cmd_followup_record, _("Record a call: scores, comment, complaint."), fu)
    p.add_argument("order", help=_("the repair order's number"))
    reached = p.add_mutually_exclusive_group(required=True)
    reached.add_argument(
        "--reached", action="store_true", default=None, help=_("the customer answered")
    )
    reached.add_argument(
        "--not-reached", dest="reached", action="store_false", help=_("tried: call again tomorrow")
    )
    p.add_argument("--csat", type=int, help=_("satisfaction, 1 to 5"))
    p.add_argument("--nps", type=int, help=_("likelihood to recommend, 0 to 10"))
    p.add_argument("--effort", type=int, help=_("customer effort, 1 (very easy) to 5"))
    p.add_argument("--comment", default="")
    p.add_argument("--complaint", default="", help=_("the customer's complaint, to record"))
    p.add_argument("--assign", default="", help=_("who handles the complaint"))
    p.add_argument("--on", help=_("the day of the call, YYYY-MM-DD (default: today)"))
    p = command("complaints", cmd_followup_complaints, _("List complaints."), fu)
    p.add_argument(
        "--status",
        default="unresolved",
        choices=("unresolved", "all", *followups.COMPLAINT_STATUSES),
        help=_("unresolved (default), open, investigating, resolved, or all"),
    )

    p = command("report", cmd_report, _("The KPIs of a period (definitions: docs/kpis.md)."))
    p.add_argument(
        "kpi",
        choices=(*reports.FAMILIES, "all", "monthly"),
        help=_("which KPIs, or all; monthly: the management report of a month, as PDF"),
    )
    p.add_argument("--from", dest="date_from", help=_("first day, YYYY-MM-DD"))
    p.add_argument("--to", dest="date_to", help=_("last day, YYYY-MM-DD"))
    p.add_argument("--month", help=_("the monthly report's month, YYYY-MM (default: last month)"))
    export = p.add_mutually_exclusive_group()
    export.add_argument("--xlsx", metavar="FILE", help=_("write the table to an Excel file"))
    export.add_argument("--csv", metavar="FILE", help=_("write the table to a CSV file"))
    export.add_argument("--pdf", metavar="FILE", help=_("write the monthly report to a PDF file"))
    p.add_argument("--product", default="", help=_("only orders for this product (SKU)"))
    p.add_argument("--brand", default="", help=_("only orders for products of this brand"))
    p.add_argument("--service-type", default="", choices=("", *repairs.SERVICE_TYPES))
    p.add_argument("--channel", default="", choices=("", *repairs.CHANNELS))
    p.add_argument("--technician", default="", help=_("only this technician's orders"))

    p = command("enroll", cmd_enroll, _("Enrol this centre with the head office."))
    p.add_argument("--url", required=True, help=_("the head office's address (https://…)"))
    p.add_argument("--code", required=True, help=_("the one-time code the head office gave"))
    command("sync", cmd_sync, _("Sync with the head office once (push, then pull)."))

    p = command("backup", cmd_backup, _("Copy the database safely (while the app runs)."))
    p.add_argument("-o", "--output", help=_("backup file (default: in the data directory)"))

    command("info", cmd_info, _("Show the centre, the database file and record counts."))
    parser.command_names = tuple(sub.choices)  # type: ignore[attr-defined]
    return parser


# argparse's own words (the usage line, the titles of the option groups, the help
# option, its refusals), marked so that the catalogue carries them: argparse looks
# them up through its module's ``_``, which :func:`_argparse_speaks` points at ours.
_ARGPARSE_WORDS = (
    N_("usage: "),
    N_("positional arguments"),
    N_("options"),
    N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"),
    N_("expected one argument"),
    N_("one of the arguments %s is required"),
    N_("not allowed with argument %s"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
)


@contextlib.contextmanager
def _argparse_speaks():
    """argparse's own words in the program's language while the command line is
    built and read (its help and usage errors are printed then); as before after."""
    words = vars(argparse)
    saved = words["_"]
    words["_"] = _
    try:
        yield
    finally:
        words["_"] = saved


# The sub-commands, for the launcher that tells them from GUI options.
COMMAND_NAMES = frozenset(build_parser().command_names)  # type: ignore[attr-defined]


def main(argv: list[str] | None = None) -> int:
    # Messages in the language of the terminal's locale (LANG=zh_CN.UTF-8: Chinese).
    i18n.use_language(i18n.language_of_locale())
    with _argparse_speaks():
        parser = build_parser()
        args = parser.parse_args(argv)
        if not args.version and not getattr(args, "handler", None):
            parser.print_help()
            return 2
    if args.version:
        print(about.version_report(args.home))
        return 0
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

"""``fieldservice-headoffice``: the head-office server and its admin commands.

    fieldservice-headoffice serve --db postgresql://user@host/db [--host --port --workers]
    fieldservice-headoffice site add LD01 "Leeds Service Centre" --db URL
    fieldservice-headoffice site list --db URL
    fieldservice-headoffice site revoke LD01 --db URL
    fieldservice-headoffice conflicts list [--site LD01] [--all] --db URL
    fieldservice-headoffice conflicts resolve 12 --db URL
    fieldservice-headoffice catalogue import products.csv [--parts | --policies] --db URL

``--db`` defaults to ``$FIELDSERVICE_HEADOFFICE_DB``.
"""

from __future__ import annotations

import argparse
import os
import sys

from sqlalchemy import func, select

from fieldservice import __version__
from fieldservice.headoffice import catalogue, reports, sync
from fieldservice.headoffice.models import Conflict, EnrolledSite
from fieldservice.headoffice.store import HeadOfficeStore
from fieldservice.services.csvfiles import run_to_end

DB_ENV = "FIELDSERVICE_HEADOFFICE_DB"


def app_from_environment():
    """The app for ``uvicorn --factory`` (several workers each build their own)."""
    from fieldservice.headoffice.app import create_app

    store = HeadOfficeStore(os.environ[DB_ENV])
    return create_app(store)


def site_lines(store: HeadOfficeStore) -> list[str]:
    """The centres, each with its state, when it last synced, how its clock compares
    and how many of its refused changes wait for a person."""
    with store.session() as s:
        open_conflicts = dict(
            s.execute(
                select(Conflict.site, func.count())
                .where(~Conflict.resolved)
                .group_by(Conflict.site)
            ).all()
        )
        lines = [f"{'CODE':8} {'NAME':32} {'STATE':22} {'LAST SYNC':17} {'CLOCK':12} TO RESOLVE"]
        for site_row in s.scalars(select(EnrolledSite).order_by(EnrolledSite.code)):
            state = (
                "revoked"
                if site_row.revoked
                else ("enrolled" if site_row.token_hash else "waiting for enrolment")
            )
            seen = (
                f"{site_row.last_seen_at.astimezone():%Y-%m-%d %H:%M}"
                if site_row.last_seen_at
                else "never"
            )
            skew = site_row.last_clock_skew_ms
            clock = "–" if skew is None else _clock_words(skew)
            lines.append(
                f"{site_row.code:8} {site_row.name[:32]:32} {state:22} {seen:17} {clock:12} "
                f"{open_conflicts.get(site_row.code, 0)}"
            )
    return lines


def _clock_words(skew_ms: int) -> str:
    if abs(skew_ms) <= sync.SKEW_WARNING_MS:
        return "right"
    minutes = round(abs(skew_ms) / 60000)
    return f"{minutes} min {'fast' if skew_ms > 0 else 'slow'}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="fieldservice-headoffice",
        description="The fieldservice head office: the server centres sync with.",
    )
    parser.add_argument("--version", action="version", version=f"fieldservice {__version__}")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", default=os.environ.get(DB_ENV), help=f"database URL (${DB_ENV})")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    serve = sub.add_parser("serve", parents=[common], help="Run the sync server.")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8750)
    serve.add_argument("--workers", type=int, default=1)

    site = sub.add_parser("site", help="Centres allowed to sync.").add_subparsers(
        dest="action", required=True
    )
    add = site.add_parser("add", parents=[common], help="Allow a centre; prints its code.")
    add.add_argument("code")
    add.add_argument("name")
    site.add_parser("list", parents=[common], help="List centres.")
    revoke = site.add_parser("revoke", parents=[common], help="Stop a centre syncing.")
    revoke.add_argument("code")

    reader = sub.add_parser("reader", help="Head-office people who read reports.")
    reader_add = reader.add_subparsers(dest="action", required=True).add_parser(
        "add", parents=[common], help="Give a person a reporting token (shown once)."
    )
    reader_add.add_argument("name")

    conflicts = sub.add_parser(
        "conflicts", help="Changes from centres the head office could not take."
    ).add_subparsers(dest="action", required=True)
    listing = conflicts.add_parser("list", parents=[common], help="List them, oldest first.")
    listing.add_argument("--site", help="only this centre's")
    listing.add_argument("--all", action="store_true", help="resolved ones too")
    resolving = conflicts.add_parser("resolve", parents=[common], help="Mark one dealt with.")
    resolving.add_argument("id", type=int)

    cat = sub.add_parser("catalogue", help="The product catalogue.").add_subparsers(
        dest="action", required=True
    )
    imp = cat.add_parser(
        "import", parents=[common], help="Publish products (or parts, or policies) from CSV."
    )
    imp.add_argument("file")
    listing_of = imp.add_mutually_exclusive_group()
    listing_of.add_argument("--parts", action="store_true", help="the file lists spare parts")
    listing_of.add_argument(
        "--policies",
        action="store_true",
        help="the file lists warranty policies (sku, warranty_months, service_months, terms, "
        "void_conditions)",
    )

    args = parser.parse_args(argv)
    if not args.db:
        parser.error(f"give --db URL (or set {DB_ENV})")
    store = HeadOfficeStore(args.db)
    store.migrate()
    if args.command == "serve":
        import uvicorn

        os.environ[DB_ENV] = args.db
        uvicorn.run(
            "fieldservice.headoffice.cli:app_from_environment",
            factory=True,
            host=args.host,
            port=args.port,
            workers=args.workers,
            log_level="info",
        )
        return 0
    if args.command == "reader":
        token = reports.add_report_user(store, args.name)
        print(f"Reporting token for {args.name} (keep it safe; it is shown once): {token}")
        return 0
    if args.command == "site" and args.action == "add":
        code = sync.add_site(store, args.code, args.name)
        print(f"Centre {args.code.upper()} may enrol with the one-time code: {code}")
        return 0
    if args.command == "site" and args.action == "list":
        for line in site_lines(store):
            print(line)
        return 0
    if args.command == "site" and args.action == "revoke":
        if not sync.revoke_site(store, args.code):
            print(f"No centre {args.code.upper()}.", file=sys.stderr)
            return 1
        print(f"Centre {args.code.upper()} can no longer sync.")
        return 0
    if args.command == "conflicts" and args.action == "list":
        found = sync.list_conflicts(store, args.site, resolved=args.all)
        for c in found:
            state = "resolved" if c.resolved else c.kind
            print(
                f"#{c.id:<5} {c.created_at.astimezone():%Y-%m-%d %H:%M}  {c.site:8} "
                f"{state:9} {c.entity} {c.row_id}\n       {c.reason}"
            )
        print(f"{len(found)} change(s)" + ("" if args.all else " waiting for a person"))
        return 0
    if args.command == "conflicts" and args.action == "resolve":
        if not sync.resolve_conflict(store, args.id):
            print(f"No conflict #{args.id}.", file=sys.stderr)
            return 1
        print(f"Conflict #{args.id} marked resolved (kept on record).")
        return 0
    if args.parts:
        importer = catalogue.import_parts
    elif args.policies:
        importer = catalogue.import_policies
    else:
        importer = catalogue.import_products
    report = run_to_end(importer(store, args.file))
    print(report.summary + "".join(f"\n  line {e.line}: {e.message}" for e in report.errors))
    return 0 if not report.errors else 1


if __name__ == "__main__":
    raise SystemExit(main())

"""``fieldservice-headoffice``: the head-office server and its admin commands.

    fieldservice-headoffice migrate --db postgresql://user@host/db
    fieldservice-headoffice serve --db postgresql://user@host/db [--host --port --workers]
    fieldservice-headoffice site add LD01 "Leeds Service Centre" --db URL
    fieldservice-headoffice site list --db URL
    fieldservice-headoffice site revoke LD01 --db URL
    fieldservice-headoffice conflicts list [--site LD01] [--all] --db URL
    fieldservice-headoffice conflicts resolve 12 --db URL
    fieldservice-headoffice catalogue import products.csv [--parts | --policies] --db URL
    fieldservice-headoffice catalogue proposals --db URL

``--db`` defaults to ``$FIELDSERVICE_HEADOFFICE_DB``; ``serve``'s settings to
``$FIELDSERVICE_HEADOFFICE_HOST``, ``_PORT``, ``_WORKERS`` and ``_FORWARDED_ALLOW_IPS``
(a systemd EnvironmentFile sets them); a flag on the command line wins.

Migrating is an administrator's step: ``serve`` never migrates (its ``/readyz``
answers 503 until the schema is at head), and the other commands refuse a database
that is not at head, naming ``migrate``.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from sqlalchemy import func, make_url, select
from sqlalchemy.exc import OperationalError

from fieldservice import __version__
from fieldservice.headoffice import catalogue, figures, reports, sync
from fieldservice.headoffice.models import Conflict, EnrolledSite
from fieldservice.headoffice.store import HeadOfficeStore
from fieldservice.progress import run_to_end

DB_ENV = "FIELDSERVICE_HEADOFFICE_DB"
HOST_ENV = "FIELDSERVICE_HEADOFFICE_HOST"
PORT_ENV = "FIELDSERVICE_HEADOFFICE_PORT"
WORKERS_ENV = "FIELDSERVICE_HEADOFFICE_WORKERS"
FORWARDED_ALLOW_IPS_ENV = "FIELDSERVICE_HEADOFFICE_FORWARDED_ALLOW_IPS"
# Each worker holds up to 20 PostgreSQL connections (HeadOfficeStore's pool): four
# stay within PostgreSQL's default max_connections (100) with room for the admin.
MAX_AUTO_WORKERS = 4


def app_from_environment():
    """The app for ``uvicorn --factory`` (several workers each build their own)."""
    from fieldservice.headoffice import accesslog
    from fieldservice.headoffice.app import create_app

    store = HeadOfficeStore(os.environ[DB_ENV])
    return create_app(store, access_log=accesslog.to_stdout)


def usable_cpus() -> int:
    """The CPUs this process may run on (a container's or a unit's CPU affinity)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


def auto_workers(store: HeadOfficeStore) -> int:
    """One worker per usable CPU, at most MAX_AUTO_WORKERS; one for a SQLite trial
    (a single writer at a time either way)."""
    if not store.is_postgres:
        return 1
    return max(1, min(usable_cpus(), MAX_AUTO_WORKERS))


def workers_setting(text: str) -> int | None:
    """``auto`` (None) or a number of worker processes."""
    if text.strip().lower() == "auto":
        return None
    try:
        workers = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of workers or auto") from None
    if workers < 1:
        raise argparse.ArgumentTypeError("at least one worker")
    return workers


def shown_url(url: str) -> str:
    """A database URL as it may be printed (without its password)."""
    return make_url(url).render_as_string(hide_password=True)


def migrate(store: HeadOfficeStore) -> int:
    """Bring the schema to this version's, saying from which revision to which."""
    before = store.schema_state()
    print(f"Database {shown_url(store.url)}")
    if before.newer_than_known:
        print(
            f"The schema ({before.current}) is newer than this version knows (head"
            f" {before.head}): install the version that migrated it.",
            file=sys.stderr,
        )
        return 1
    if before.at_head:
        print(f"Already at head ({before.head}): nothing to do.")
        return 0
    store.migrate()
    after = store.schema_state()
    for was, now in zip(before.histories, after.histories, strict=True):
        print(f"  {was.name + ':':20} {was.current or 'none'} -> {now.current}")
    print(f"Migrated from {before.current} to {after.current}.")
    # Worked out now, not by the first league table someone asks for.
    started = time.monotonic()
    with store.session() as s:
        orders = figures.refresh(s)
    print(
        f"Worked out the league table's figures of {orders:,} orders"
        f" ({time.monotonic() - started:.1f} s)."
    )
    return 0


def schema_refusal(store: HeadOfficeStore) -> str | None:
    """Why an admin command must not touch this database (None: it may)."""
    problem = store.schema_state().problem()
    if problem is None:
        return None
    return (
        f"The head office's database is not at this version's schema: {problem}."
        " Nothing was changed."
    )


def warn_if_not_ready(store: HeadOfficeStore) -> None:
    """Say at start when the server will not be ready; it serves anyway (``/readyz``
    tells a load balancer) and is ready as soon as the database is."""
    try:
        problem = store.schema_state().problem()
    except OperationalError as exc:
        problem = f"the database cannot be reached yet ({_first_line(exc)})"
    if problem is not None:
        print(f"fieldservice-headoffice: not ready: {problem}", file=sys.stderr, flush=True)


def _first_line(exc: OperationalError) -> str:
    lines = str(exc.orig or exc).strip().splitlines()
    return lines[0] if lines else type(exc).__name__


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

    sub.add_parser(
        "migrate",
        parents=[common],
        help="Bring the database's schema to this version's (before the first serve,"
        " after each upgrade).",
    )
    serve = sub.add_parser(
        "serve",
        parents=[common],
        help="Run the sync server (it does not migrate: run migrate first).",
        description="Run the sync server. Settings come from the flags, else from the"
        " environment variables named below (a systemd EnvironmentFile sets them).",
    )
    serve.add_argument(
        "--host",
        default=os.environ.get(HOST_ENV, "127.0.0.1"),
        help=f"address to listen on (${HOST_ENV}; default 127.0.0.1, behind a reverse proxy)",
    )
    serve.add_argument(
        "--port",
        type=int,
        default=os.environ.get(PORT_ENV, "8750"),
        help=f"port to listen on (${PORT_ENV}; default 8750)",
    )
    serve.add_argument(
        "--workers",
        type=workers_setting,
        default=os.environ.get(WORKERS_ENV, "auto"),
        help=f"worker processes, or auto (${WORKERS_ENV}; default auto: one per CPU this"
        " process may run on (its CPU affinity, else the CPU count), at most"
        f" {MAX_AUTO_WORKERS} so that their connection pools fit PostgreSQL's default"
        " max_connections; 1 for a SQLite file)",
    )
    serve.add_argument(
        "--proxy-headers",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="take the client's address and scheme from X-Forwarded-For/-Proto when the"
        " request comes from an address of --forwarded-allow-ips (default: on)",
    )
    serve.add_argument(
        "--forwarded-allow-ips",
        default=os.environ.get(FORWARDED_ALLOW_IPS_ENV, "127.0.0.1"),
        help="comma-separated addresses of the reverse proxies whose forwarded headers"
        f" are trusted (${FORWARDED_ALLOW_IPS_ENV}; default 127.0.0.1)",
    )

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
    cat.add_parser(
        "proposals",
        parents=[common],
        help="Products and parts centres added that the head office has not published yet.",
    )

    args = parser.parse_args(argv)
    if not args.db:
        parser.error(f"give --db URL (or set {DB_ENV})")
    store = HeadOfficeStore(args.db)
    try:
        return run_command(args, store)
    except OperationalError as exc:
        print(
            f"The head office's database ({shown_url(store.url)}) cannot be used:"
            f" {_first_line(exc)}",
            file=sys.stderr,
        )
        return 1
    finally:
        store.dispose()


def run_command(args: argparse.Namespace, store: HeadOfficeStore) -> int:
    if args.command == "migrate":
        return migrate(store)
    if args.command == "serve":
        return serve(args, store)
    refusal = schema_refusal(store)
    if refusal is not None:
        print(refusal, file=sys.stderr)
        return 1
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
    if args.command == "catalogue" and args.action == "proposals":
        proposed = catalogue.list_proposals(store)
        for p in proposed:
            units = f"  {p.units} unit(s)" if p.units is not None else ""
            print(
                f"{p.kind:8} {p.code:20} {p.name[:40]:40} {p.site:8} "
                f"{p.proposed_at.astimezone():%Y-%m-%d %H:%M}{units}"
            )
        print(
            f"{len(proposed)} proposed by centres"
            + (": publish a code (catalogue import) to adopt it." if proposed else ".")
        )
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


def serve(args: argparse.Namespace, store: HeadOfficeStore) -> int:
    import uvicorn

    warn_if_not_ready(store)
    workers = args.workers or auto_workers(store)
    store.dispose()  # the workers open their own
    os.environ[DB_ENV] = args.db
    uvicorn.run(
        "fieldservice.headoffice.cli:app_from_environment",
        factory=True,
        host=args.host,
        port=args.port,
        workers=workers,
        log_level="info",
        # Its own access log is plain text with the query string: ours is JSON
        # without it (fieldservice.headoffice.accesslog).
        access_log=False,
        proxy_headers=args.proxy_headers,
        forwarded_allow_ips=args.forwarded_allow_ips,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

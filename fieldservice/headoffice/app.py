"""The head-office HTTP API (FastAPI). OpenAPI at ``/openapi.json``.

Centres enrol with a one-time code, then authenticate every call with their
token (``Authorization: Bearer …``). A sync round is a push, then pulls.
``/healthz`` says the process answers; ``/readyz`` that it can serve (its database
answers and has this version's schema), for a load balancer or an orchestrator.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid
from typing import Annotated, Any, Literal, NotRequired

from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field, StringConstraints, TypeAdapter, ValidationError
from sqlalchemy.exc import SQLAlchemyError
from starlette.concurrency import run_in_threadpool
from typing_extensions import TypedDict

from fieldservice import __version__
from fieldservice.errors import InvalidInput
from fieldservice.headoffice import accesslog, reports, sync
from fieldservice.headoffice.store import HeadOfficeStore
from fieldservice.services.reports import Period

MAX_BODY_BYTES = 16 * 1024 * 1024
# The largest number a 64-bit column (PostgreSQL's bigint) holds: a number in a
# request that the database would compare or store is no larger.
INT64_MAX = 2**63 - 1
# Text that reaches the database: PostgreSQL stores and compares no NUL character.
NO_NUL = r"^[^\x00]*$"


class ErrorAnswer(BaseModel):
    """Why a request was refused, in words."""

    detail: str


def refusals(reasons: dict[int, str]) -> dict[int | str, dict[str, Any]]:
    """The refusals a route answers with (each ``{"detail": "…"}``), for its OpenAPI
    document; 422 (a malformed request) FastAPI adds by itself."""
    return {status: {"model": ErrorAnswer, "description": why} for status, why in reasons.items()}


NOT_SIGNED_IN = {401: "No centre's token, or one that is not valid (wrong, or revoked)."}
NOT_A_READER = {
    401: "No head-office reporting token, or one that is not valid.",
    403: "A centre's token: centres cannot read other centres' data.",
}
# Any request, on any route: the body is counted as it arrives, announced or not.
TOO_LARGE: dict[int | str, dict[str, Any]] = {
    413: {
        "model": ErrorAnswer,
        "description": f"The request body is larger than {MAX_BODY_BYTES // 2**20} MiB.",
        "content": {"text/plain": {"schema": {"type": "string"}}},
    }
}


class Liveness(BaseModel):
    status: Literal["ok"]


class Readiness(TypedDict):
    """Whether the head office can serve, and each check's finding."""

    status: Literal["ready", "not ready"]
    database: Annotated[
        str, Field(description='"reachable", or "unreachable: " and the driver\'s reason.')
    ]
    schema: NotRequired[
        Annotated[
            str,
            Field(
                description="The schema's revisions against this version's migrations"
                " (absent when the database cannot be reached)."
            ),
        ]
    ]


def readiness(store: HeadOfficeStore) -> tuple[bool, Readiness]:
    """Ready: the database answers and its schema is this version's (migrated
    explicitly; the server never migrates on its own)."""
    try:
        state = store.schema_state()
    except SQLAlchemyError as exc:
        reason = str(getattr(exc, "orig", None) or exc).strip().splitlines()
        return False, {
            "status": "not ready",
            "database": f"unreachable: {reason[0] if reason else type(exc).__name__}",
        }
    problem = state.problem()
    if problem is not None:
        return False, {"status": "not ready", "database": "reachable", "schema": problem}
    return True, {"status": "ready", "database": "reachable", "schema": f"at head {state.head}"}


class EnrolRequest(BaseModel):
    site_code: str = Field(min_length=2, max_length=16, pattern=NO_NUL)
    code: str = Field(min_length=1, max_length=64, pattern=NO_NUL)


class EnrolAnswer(BaseModel):
    site_code: str
    token: str


class Op(TypedDict):
    """One change of a centre's outbox."""

    op_id: uuid.UUID
    entity: Annotated[str, StringConstraints(max_length=64, pattern=NO_NUL)]
    row_id: uuid.UUID
    op: Literal["insert", "update", "delete"]
    changes: dict[str, Any]
    base_version: NotRequired[Annotated[int, Field(ge=0, le=INT64_MAX)] | None]
    hlc: NotRequired[Annotated[str, StringConstraints(max_length=40, pattern=NO_NUL)]]


class PushRequest(TypedDict):
    ops: Annotated[list[Op], Field(max_length=sync.MAX_OPS)]
    sent_at_ms: NotRequired[
        Annotated[
            int,
            Field(ge=0, le=INT64_MAX, description="The centre's time when it sent the batch."),
        ]
        | None
    ]
    after: NotRequired[
        Annotated[
            uuid.UUID | None,
            Field(
                description="The last op of the batch sent before this one: this batch"
                " is applied only after that one (409 if it does not come)."
            ),
        ]
    ]


# A push is read straight from its JSON into plain dicts, checked on the way (the
# same rules FastAPI would apply to a model, without building 1,000 objects).
PUSH_REQUEST = TypeAdapter(PushRequest)


class OpAnswer(BaseModel):
    op_id: str
    result: Literal["applied", "duplicate", "rejected", "conflict", "restamp"]
    reason: str = ""
    server_version: int | None = None
    row: dict[str, Any] | None = Field(
        default=None,
        description="For a refused op: the row as the head office has it (null: none),"
        " to put back in place of the refused change.",
    )


class PushAnswer(BaseModel):
    results: list[OpAnswer]
    clock_skew_ms: int | None = None
    warnings: list[str] = []


class PulledChange(BaseModel):
    seq: int
    entity: str
    row_id: str
    origin_site: str
    row: dict[str, Any] | None = Field(
        description="The row's whole state after the change; null for a stamp (the row"
        " exactly as the asking centre sent it)."
    )


class PullAnswer(BaseModel):
    changes: list[PulledChange]
    cursor: int
    more: bool


class ConflictAnswer(BaseModel):
    op_id: str
    entity: str
    row_id: str
    kind: str
    reason: str
    created_at: str


NOT_VALID = "This token is not valid (wrong, or the centre was revoked)."


async def centre_token(authorization: Annotated[str | None, Header()] = None) -> str:
    """The token a request is signed with; 401 without one. Not checked yet: see
    :func:`current_site`, and the push, which checks it in its own transaction."""
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(401, "Sign in with the centre's token.")
    return authorization.removeprefix("Bearer ").strip()


Token = Annotated[str, Depends(centre_token)]


def current_site(request: Request, token: Token) -> str:
    """The centre a request comes from, by its token; 401 without a valid one."""
    store: HeadOfficeStore = request.app.state.store
    site = sync.site_for_token(store, token)
    if site is None:
        raise HTTPException(401, NOT_VALID)
    setattr(request.state, accesslog.SITE_KEY, site)
    return site


Site = Annotated[str, Depends(current_site)]


def report_user(request: Request, authorization: Annotated[str | None, Header()] = None) -> str:
    """A head-office person allowed to read every centre's data; a centre's token
    is not enough (403)."""
    if not authorization or not authorization.startswith("Bearer "):
        raise HTTPException(401, "Sign in with a head-office reporting token.")
    store: HeadOfficeStore = request.app.state.store
    token = authorization.removeprefix("Bearer ").strip()
    user = reports.report_user_for_token(store, token)
    if user is None:
        if sync.site_for_token(store, token) is not None:
            raise HTTPException(403, "Centres cannot read other centres' data.")
        raise HTTPException(401, "This token is not valid.")
    return user


Reader = Annotated[str, Depends(report_user)]
# A centre's code in a report's query (empty: every centre).
CentreCode = Annotated[str, Query(max_length=16, pattern=NO_NUL)]


# The days a report's period may name: a wider range than any centre's records,
# narrow enough that every day has a local midnight the computer can work out.
FIRST_DAY, LAST_DAY = dt.date(1900, 1, 1), dt.date(9998, 12, 31)
FirstDay = Annotated[
    dt.date,
    Query(alias="from", ge=FIRST_DAY, le=LAST_DAY, description="First day (YYYY-MM-DD)."),
]
LastDay = Annotated[
    dt.date, Query(alias="to", ge=FIRST_DAY, le=LAST_DAY, description="Last day, included.")
]


def _refused(exc: InvalidInput) -> HTTPException:
    """A report's request refused in the service's words: a centre the head office
    does not know is not there (404); any other value is wrong as asked (400)."""
    return HTTPException(404 if exc.field == "site" else 400, exc.message)


def create_app(
    store: HeadOfficeStore, *, access_log: accesslog.LineWriter | None = None
) -> FastAPI:
    """The head office's API on *store*; with *access_log*, each request's log line
    is given to it (``accesslog.to_stdout`` when it serves)."""
    app = FastAPI(
        title="fieldservice head office",
        version=__version__,
        description="Sync for fieldservice service centres: enrol, push, pull.",
        # Counted as the body arrives, announced or not: 413 past it.
        max_body_size=MAX_BODY_BYTES,
        responses=TOO_LARGE,
    )
    app.state.store = store
    if access_log is not None:
        app.add_middleware(accesslog.AccessLog, write=access_log)

    @app.get("/api/v1/health")
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/healthz", response_model=Liveness)
    def healthz() -> Liveness:
        """The process answers (it does not look at the database: see ``/readyz``)."""
        return Liveness(status="ok")

    @app.get(
        "/readyz",
        response_model=Readiness,
        responses={
            503: {
                "model": Readiness,
                "description": "Not ready: the database cannot be reached, or its schema is"
                " not this version's (run fieldservice-headoffice migrate).",
            }
        },
    )
    def readyz() -> JSONResponse:
        """Ready to serve: the database answers and its schema is at this version's
        migrations' head."""
        ready, answer = readiness(store)
        return JSONResponse(answer, status_code=200 if ready else 503)

    @app.post(
        "/api/v1/enroll",
        response_model=EnrolAnswer,
        responses=refusals(
            {
                400: "The body could not be read (it is not UTF-8 text).",
                401: "The enrolment code is wrong or was used already.",
            }
        ),
    )
    def enroll(request: EnrolRequest) -> EnrolAnswer:
        token = sync.enrol(store, request.site_code, request.code)
        if token is None:
            raise HTTPException(401, "The enrolment code is wrong or was used already.")
        return EnrolAnswer(site_code=request.site_code.strip().upper(), token=token)

    @app.post(
        "/api/v1/sync/push",
        response_model=PushAnswer,
        responses=refusals(
            {
                **NOT_SIGNED_IN,
                409: "The batch sent before this one (*after*) has not been applied in"
                " time, or another batch of this centre is already waiting for it.",
            }
        ),
        openapi_extra={
            "requestBody": {
                "required": True,
                "content": {
                    "application/json": {"schema": {"$ref": "#/components/schemas/PushRequest"}}
                },
            }
        },
    )
    async def push(request: Request, token: Token) -> Response:
        """Apply a batch of a centre's changes (at most 1,000) in one transaction and
        answer each: applied, duplicate, rejected (with the reason) or conflict."""
        # The token is checked by the push's own first statement, not by a round
        # trip, a pooled connection and a thread of its own: about 15% less of the
        # head office's CPU per push. So a malformed batch with a wrong token is
        # answered 422 (FastAPI, too, reads a body before its dependencies run).
        try:
            payload = PUSH_REQUEST.validate_json(await request.body())
        except ValidationError as exc:
            # Without the input: for a body that is not JSON it is the whole body (up
            # to 16 MiB, and not always text).
            errors = exc.errors(include_url=False, include_input=False)
            raise RequestValidationError(errors) from None
        if len({op["op_id"] for op in payload["ops"]}) != len(payload["ops"]):
            raise RequestValidationError(
                [
                    {
                        "type": "value_error",
                        "loc": ("body", "ops"),
                        "msg": "An op id appears twice in this batch.",
                    }
                ]
            )
        try:
            site, results, skew = await run_in_threadpool(
                sync.apply_signed_push,
                store,
                token,
                payload["ops"],
                payload.get("sent_at_ms"),
                after=payload.get("after"),
            )
        except sync.NotSignedIn:
            raise HTTPException(401, NOT_VALID) from None
        except sync.OutOfOrder as exc:
            raise HTTPException(409, str(exc)) from None
        setattr(request.state, accesslog.SITE_KEY, site)
        warnings = []
        if skew is not None and abs(skew) > sync.SKEW_WARNING_MS:
            warnings.append(
                f"This centre's clock is {round(abs(skew) / 60000)} minutes "
                f"{'ahead of' if skew > 0 else 'behind'} the head office: set it right."
            )
        answer = {
            "results": [r.__dict__ for r in results],
            "clock_skew_ms": skew,
            "warnings": warnings,
        }
        return Response(json.dumps(answer), media_type="application/json")

    @app.get("/api/v1/sync/pull", response_model=PullAnswer, responses=refusals(NOT_SIGNED_IN))
    def pull(
        site: Site,
        cursor: Annotated[int, Query(ge=0, le=INT64_MAX)] = 0,
        limit: Annotated[int, Query(ge=1, le=2000)] = 500,
        echoes: Literal["row", "stamp"] = "row",
    ) -> Response:
        """Changes after *cursor*, in order: at most *limit* with rows. ``echoes=stamp``:
        a change that is exactly what this centre sent comes without its row (the
        centre has it); a page holds up to ten times *limit* of those."""
        body = sync.pull(store, site, cursor, limit, stamps=echoes == "stamp")
        return Response(body, media_type="application/json")

    @app.get(
        "/api/v1/lookup/serial/{serial}",
        responses=refusals({**NOT_SIGNED_IN, 404: "No unit anywhere has this serial."}),
    )
    def lookup_serial(serial: Annotated[str, Path(pattern=NO_NUL)], site: Site) -> dict[str, Any]:
        """A unit registered anywhere in the network, with its warranty registration."""
        found = sync.registration_of_serial(store, serial)
        if found is None:
            raise HTTPException(404, f"Serial {serial.strip().upper()} is not known anywhere.")
        return found

    @app.get("/api/v1/report/orders", responses=refusals(NOT_A_READER))
    def report_orders(
        reader: Reader,
        site: CentreCode = "",
        status: Annotated[str, Query(max_length=20, pattern=NO_NUL)] = "",
        offset: Annotated[int, Query(ge=0, le=INT64_MAX)] = 0,
        limit: Annotated[int, Query(ge=1, le=reports.MAX_PAGE)] = 200,
    ) -> dict[str, Any]:
        """Repair orders of every centre (or one), newest first, a page at a time."""
        return reports.repair_orders(store, site=site, status=status, offset=offset, limit=limit)

    @app.get("/api/v1/report/registrations", responses=refusals(NOT_A_READER))
    def report_registrations(
        reader: Reader,
        site: CentreCode = "",
        offset: Annotated[int, Query(ge=0, le=INT64_MAX)] = 0,
        limit: Annotated[int, Query(ge=1, le=reports.MAX_PAGE)] = 200,
    ) -> dict[str, Any]:
        """Warranty registrations of every centre (or one), newest first."""
        return reports.registrations(store, site=site, offset=offset, limit=limit)

    @app.get("/api/v1/report/stock", responses=refusals(NOT_A_READER))
    def report_stock(reader: Reader, site: CentreCode = "") -> dict[str, Any]:
        """Stock on hand per centre, location and part."""
        return reports.stock_on_hand(store, site=site)

    @app.get(
        "/api/v1/report/kpis",
        responses=refusals(
            {
                **NOT_A_READER,
                400: "The period ends before it starts, or there is no such family of KPIs.",
                404: "No centre has this code.",
            }
        ),
    )
    def report_kpis(
        reader: Reader,
        start: FirstDay,
        end: LastDay,
        site: CentreCode = "",
        family: Annotated[
            str,
            Query(
                max_length=20,
                pattern=NO_NUL,
                description="volume, speed, quality, customers, warranty, parts,"
                " maintenance, people, or all.",
            ),
        ] = "all",
    ) -> dict[str, Any]:
        """One family of KPIs (docs/kpis.md) over the period, for one centre or
        (*site* empty) the whole chain: the values a centre's own reports show."""
        try:
            return reports.kpis(store, family, Period(start, end), site)
        except InvalidInput as exc:
            raise _refused(exc) from None

    @app.get(
        "/api/v1/report/league",
        responses=refusals({**NOT_A_READER, 400: "The period ends before it starts."}),
    )
    def report_league(
        reader: Reader,
        start: FirstDay,
        end: LastDay,
    ) -> dict[str, Any]:
        """Every centre's headline KPIs over the period, each with its place among
        the centres (1 = best) and the chain's figure, and the chain's own."""
        try:
            return reports.league_table(store, Period(start, end))
        except InvalidInput as exc:
            raise _refused(exc) from None

    @app.get(
        "/api/v1/sync/conflicts",
        response_model=list[ConflictAnswer],
        responses=refusals(NOT_SIGNED_IN),
    )
    def conflicts(site: Site) -> list[ConflictAnswer]:
        """This centre's changes the head office could not take, not yet resolved."""
        return [
            ConflictAnswer(
                op_id=str(c.op_id),
                entity=c.entity,
                row_id=str(c.row_id),
                kind=c.kind,
                reason=c.reason,
                created_at=c.created_at.isoformat(),
            )
            for c in sync.list_conflicts(store, site)
        ]

    def openapi() -> dict[str, Any]:
        """The generated document, with the push request's schema (read by hand)."""
        if app.openapi_schema is None:
            document = get_openapi(
                title=app.title,
                version=app.version,
                description=app.description,
                routes=app.routes,
            )
            schema = PUSH_REQUEST.json_schema(ref_template="#/components/schemas/{model}")
            schemas = document.setdefault("components", {}).setdefault("schemas", {})
            schemas.update(schema.pop("$defs", {}))
            schemas["PushRequest"] = schema
            app.openapi_schema = document
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
    return app

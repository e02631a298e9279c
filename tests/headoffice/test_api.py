"""The head office's HTTP API as any client sees it: a malformed request is refused
with a 4xx that says what is wrong (never a server error), a value of the wrong
kind refuses only its own op, and every answer the API gives is in its OpenAPI
document. Schemathesis then tries the whole API against that document: without a
token, as a centre, and (the reports) as a head-office reader."""

from __future__ import annotations

import datetime as dt
import decimal
import uuid

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)
from sqlalchemy import BigInteger, Boolean, Date, Integer, String, Uuid

from fieldservice.headoffice import reports, sync
from fieldservice.headoffice.app import create_app
from fieldservice.headoffice.store import HeadOfficeStore
from fieldservice.models import ScaledDecimal, UTCDateTime
from fieldservice.wire import HEAD_OFFICE_DATA, TABLES, converters, from_json
from tests.headoffice.conftest import customer_insert_op


def centre_token(server, code: str = "LD01", name: str = "Leeds") -> str:
    """A centre's token, got as a centre gets it: a one-time code, then enrolment."""
    one_time = sync.add_site(server.store, code, name)
    answer = requests.post(
        f"{server.url}/api/v1/enroll", json={"site_code": code, "code": one_time}, timeout=10
    )
    answer.raise_for_status()
    return answer.json()["token"]


def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def push(server, token: str, body: bytes | dict) -> requests.Response:
    if isinstance(body, bytes):
        return requests.post(
            f"{server.url}/api/v1/sync/push",
            data=body,
            headers={**bearer(token), "Content-Type": "application/json"},
            timeout=10,
        )
    return requests.post(
        f"{server.url}/api/v1/sync/push", json=body, headers=bearer(token), timeout=10
    )


def get(server, path: str, token: str | None = None, **params) -> requests.Response:
    headers = bearer(token) if token else {}
    return requests.get(f"{server.url}{path}", params=params, headers=headers, timeout=10)


@pytest.fixture
def as_centre(head_office, monkeypatch) -> dict[str, str]:
    """The headers of a centre's requests. A batch waits for the batch before it only
    briefly here: the one a generated push names (*after*) never comes."""
    monkeypatch.setattr(sync, "ORDER_WAIT_SECONDS", 0.05)
    return bearer(centre_token(head_office))


@pytest.fixture
def as_reader(head_office) -> dict[str, str]:
    """The headers of a head-office person's requests for reports."""
    return bearer(reports.add_report_user(head_office.store, "Ann Analyst"))


# The document as the head office serves it (it does not depend on the data: this
# head office's in-memory database is never opened).
DOCUMENT = create_app(HeadOfficeStore(":memory:")).openapi()
OP_ANSWERS = DOCUMENT["components"]["schemas"]["OpAnswer"]["properties"]["result"]["enum"]
# PostgreSQL only (what production runs, and the stricter of the two).
on_postgresql = pytest.mark.parametrize("head_office_store", ["postgresql"], indirect=True)
# One server for all of a test's examples (it is what is under test, not their
# data); a request takes what it takes.
SHARED_SERVER = [
    HealthCheck.function_scoped_fixture,
    HealthCheck.too_slow,
    HealthCheck.filter_too_much,
]


def test_numbers_beyond_64_bits_are_malformed_requests(head_office):
    token = centre_token(head_office)
    for body in (
        b'{"ops": [], "sent_at_ms": 1e30}',
        b'{"ops": [], "sent_at_ms": 18446744073709551616}',
        b'{"ops": [], "sent_at_ms": 9223372036854775808}',
        b'{"ops": [], "sent_at_ms": -1}',
    ):
        answer = push(head_office, token, body)
        assert answer.status_code == 422, body
        assert answer.json()["detail"][0]["loc"] == ["sent_at_ms"]
    op = customer_insert_op("LD01", 1, "Jane Smith") | {"base_version": 2**64}
    assert push(head_office, token, {"ops": [op]}).status_code == 422
    pulled = get(head_office, "/api/v1/sync/pull", token, cursor="99999999999999999999")
    assert pulled.status_code == 422
    assert pulled.json()["detail"][0]["loc"] == ["query", "cursor"]
    reader = reports.add_report_user(head_office.store, "Ann Analyst")
    page = get(head_office, "/api/v1/report/orders", reader, offset=str(2**63))
    assert page.status_code == 422
    # The largest numbers that fit are answered as usual.
    assert get(head_office, "/api/v1/sync/pull", token, cursor=str(2**63 - 1)).ok
    assert get(head_office, "/api/v1/report/orders", reader, offset=str(2**63 - 1)).ok


def test_a_nul_character_in_a_code_or_serial_is_a_malformed_request(head_office):
    enrolment = requests.post(
        f"{head_office.url}/api/v1/enroll", json={"site_code": "LD\x0001", "code": "X"}, timeout=10
    )
    assert enrolment.status_code == 422
    assert enrolment.json()["detail"][0]["loc"] == ["body", "site_code"]
    token = centre_token(head_office)
    looked_up = get(head_office, "/api/v1/lookup/serial/%00", token)
    assert looked_up.status_code == 422
    assert looked_up.json()["detail"][0]["loc"] == ["path", "serial"]
    assert get(head_office, "/api/v1/lookup/serial/SN%201", token).status_code == 404
    reader = reports.add_report_user(head_office.store, "Ann Analyst")
    for path in ("/api/v1/report/orders", "/api/v1/report/registrations", "/api/v1/report/stock"):
        assert get(head_office, path, reader, site="LD\x0001").status_code == 422, path
    assert get(head_office, "/api/v1/report/orders", reader, status="open\x00").status_code == 422
    for field in ("entity", "hlc"):
        op = customer_insert_op("LD01", 1, "Jane Smith")
        op[field] += "\x00"
        answer = push(head_office, token, {"ops": [op]})
        assert answer.status_code == 422, field
        assert answer.json()["detail"][0]["loc"] == ["ops", 0, field]


def test_a_body_that_is_not_json_text_is_refused_as_malformed(head_office):
    token = centre_token(head_office)
    for body in (b"\xff\xfe", b'{"ops": [], "sent_at_ms": 1', b"[]"):
        answer = push(head_office, token, body)
        assert answer.status_code == 422, body
        assert "input" not in answer.json()["detail"][0]
    enrolment = requests.post(
        f"{head_office.url}/api/v1/enroll",
        data=b'{"site_code": "\xff"}',
        headers={"Content-Type": "application/json"},
        timeout=10,
    )
    assert enrolment.status_code == 400


def test_a_value_of_the_wrong_kind_refuses_its_own_op_and_the_rest_go_in(head_office):
    token = centre_token(head_office)
    jane = customer_insert_op("LD01", 1, "Jane Smith")
    wrong = customer_insert_op("LD01", 2, "Bob Ray")
    wrong["changes"]["deleted"] = "yes"
    ray = customer_insert_op("LD01", 3, "Ray Bell")
    answer = push(head_office, token, {"ops": [jane, wrong, ray]})
    assert answer.status_code == 200
    assert [r["result"] for r in answer.json()["results"]] == ["applied", "rejected", "applied"]
    reason = answer.json()["results"][1]["reason"]
    assert reason == "The change is malformed: customer.deleted must be true or false, not 'yes'"
    edit = {
        "op_id": str(uuid.uuid4()),
        "entity": "customer",
        "row_id": jane["row_id"],
        "op": "update",
        "hlc": "0001764064900000.0000.LD01",
        "changes": {"notes": "Calls after five", "duplicate_reviewed": 1},
    }
    (result,) = push(head_office, token, {"ops": [edit]}).json()["results"]
    assert result["result"] == "rejected"
    assert "customer.duplicate_reviewed must be true or false" in result["reason"]


def test_a_nul_character_in_a_pushed_value_refuses_that_op(head_office):
    token = centre_token(head_office)
    op = customer_insert_op("LD01", 1, "Jane\x00Smith")
    (result,) = push(head_office, token, {"ops": [op]}).json()["results"]
    assert result["result"] == "rejected"
    assert "customer.name must not contain a NUL character" in result["reason"]


# -- what each column takes -----------------------------------------------------------------

REFUSED = [
    ("customer", "deleted", "yes", "customer.deleted must be true or false, not 'yes'"),
    ("customer", "deleted", 1, "customer.deleted must be true or false, not 1"),
    ("customer", "deleted", None, "customer.deleted must not be null"),
    ("customer", "id", None, "customer.id must not be null"),
    ("customer", "name", "x" * 201, "customer.name must be at most 200 characters (not 201)"),
    ("customer", "name", "Jane\x00", "customer.name must not contain a NUL character"),
    ("customer", "notes", "a\x00b", "customer.notes must not contain a NUL character"),
    ("customer", "name", 5, "customer.name must be text, not 5"),
    ("customer", "notes", ["a"], "customer.notes must be text, not ['a']"),
    ("customer", "name", None, "customer.name must not be null"),
    ("priority_target", "rank", 2**31, "priority_target.rank must be a whole number from"),
    ("priority_target", "rank", -(2**31) - 1, "priority_target.rank must be a whole number"),
    ("priority_target", "rank", True, "priority_target.rank must be a whole number"),
    ("priority_target", "rank", 1.0, "priority_target.rank must be a whole number"),
    ("priority_target", "rank", "1", "priority_target.rank must be a whole number"),
    ("customer", "server_version", 2**63, "customer.server_version must be a whole number"),
    ("customer", "server_version", 10**30, "customer.server_version must be a whole number"),
    ("meter_reading", "read_on", "2026-02-30", "meter_reading.read_on must be a date"),
    ("meter_reading", "read_on", "20260228", "meter_reading.read_on must be a date"),
    ("meter_reading", "read_on", "2026-W09-1", "meter_reading.read_on must be a date"),
    ("meter_reading", "read_on", 20260228, "meter_reading.read_on must be a date"),
    ("meter_reading", "read_on", None, "meter_reading.read_on must not be null"),
    ("customer", "created_at", "not a time", "customer.created_at must be an ISO 8601 time"),
    ("customer", "created_at", 1764064800, "customer.created_at must be an ISO 8601 time"),
    ("customer", "created_at", "0001-01-01T00:00:00+01:00", "customer.created_at must be"),
    ("customer", "possible_duplicate_of_id", "P-1", "customer.possible_duplicate_of_id must be"),
    ("customer", "possible_duplicate_of_id", 12, "customer.possible_duplicate_of_id must be a"),
    ("meter_reading", "reading", "NaN", "meter_reading.reading must be a decimal number"),
    ("meter_reading", "reading", "Infinity", "meter_reading.reading must be a decimal"),
    ("meter_reading", "reading", "1.0001", "meter_reading.reading must be a decimal"),
    ("meter_reading", "reading", 1.0001, "meter_reading.reading must be a decimal"),
    ("meter_reading", "reading", "1e30", "meter_reading.reading must be a decimal"),
    ("meter_reading", "reading", 2**63, "meter_reading.reading must be a decimal"),
    ("meter_reading", "reading", "9223372036854775.808", "meter_reading.reading must be"),
    ("meter_reading", "reading", "1." + "0" * 60 + "1", "meter_reading.reading must be"),
    ("meter_reading", "reading", "1e-999999999", "meter_reading.reading must be"),
    ("meter_reading", "reading", "1e999999999", "meter_reading.reading must be"),
    ("meter_reading", "reading", True, "meter_reading.reading must be a decimal"),
    ("meter_reading", "reading", "1_000", "meter_reading.reading must be a decimal"),
    ("meter_reading", "reading", " 1", "meter_reading.reading must be a decimal"),
    ("meter_reading", "reading", None, "meter_reading.reading must not be null"),
    ("customer", "colour", "red", "customer has no column 'colour'"),
]


@pytest.mark.parametrize(("table", "column", "value", "reason"), REFUSED)
def test_a_column_refuses_a_value_not_of_its_kind(table, column, value, reason):
    with pytest.raises(ValueError) as refused:
        from_json(TABLES[table], {column: value})
    assert str(refused.value).startswith(reason)


UTC = dt.UTC
TAKEN = [
    ("customer", "possible_duplicate_of_id", None, None),
    ("customer", "deleted", False, False),
    ("customer", "name", "x" * 200, "x" * 200),
    ("customer", "notes", "é" * 10_000, "é" * 10_000),
    ("priority_target", "rank", 2**31 - 1, 2**31 - 1),
    ("priority_target", "rank", -(2**31), -(2**31)),
    ("customer", "server_version", 2**63 - 1, 2**63 - 1),
    ("meter_reading", "read_on", "2028-02-29", dt.date(2028, 2, 29)),
    ("meter_reading", "reading", "1.5", decimal.Decimal("1.5")),
    ("meter_reading", "reading", "1.500", decimal.Decimal("1.5")),
    ("meter_reading", "reading", "1.5000000", decimal.Decimal("1.5")),
    ("meter_reading", "reading", "-0.001", decimal.Decimal("-0.001")),
    ("meter_reading", "reading", "1E+2", decimal.Decimal(100)),
    ("meter_reading", "reading", 2, decimal.Decimal(2)),
    ("meter_reading", "reading", 1.25, decimal.Decimal("1.25")),
    ("meter_reading", "reading", "9223372036854775.807", decimal.Decimal("9223372036854775.807")),
    ("meter_reading", "reading", "-9223372036854775.808", decimal.Decimal("-9223372036854775.808")),
    ("repair_order", "quote_amount", "12.3456", decimal.Decimal("12.3456")),
    ("repair_order", "quote_amount", None, None),
    (
        "customer",
        "created_at",
        "2026-11-25T10:00:00+00:00",
        dt.datetime(2026, 11, 25, 10, tzinfo=UTC),
    ),
    (
        "customer",
        "created_at",
        "2026-11-25T11:00:00+01:00",
        dt.datetime(2026, 11, 25, 10, tzinfo=UTC),
    ),
    ("customer", "created_at", "2026-11-25T10:00:00", dt.datetime(2026, 11, 25, 10, tzinfo=UTC)),
    (
        "customer",
        "possible_duplicate_of_id",
        "0195c1a4-8c4d-7e0a-9d7e-5a7b3c2d1e0f",
        uuid.UUID("0195c1a4-8c4d-7e0a-9d7e-5a7b3c2d1e0f"),
    ),
]


@pytest.mark.parametrize(("table", "column", "value", "stored"), TAKEN)
def test_a_column_takes_a_value_of_its_kind(table, column, value, stored):
    assert from_json(TABLES[table], {column: value}) == {column: stored}


def test_every_synced_column_has_a_conversion_of_its_own():
    for table in TABLES.values():
        assert converters(table).keys() == set(table.c.keys())


# -- any row a centre might send -----------------------------------------------------------------

JSON_VALUES = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=4), inner),
    max_leaves=4,
)
OFFSETS = st.sampled_from(
    [UTC, dt.timezone(dt.timedelta(hours=14)), dt.timezone(-dt.timedelta(hours=12))]
)


def near_its_kind(column) -> st.SearchStrategy:
    """Values of a column's kind, up to its edges and just past them."""
    kind = column.type
    if isinstance(kind, ScaledDecimal):
        edge = decimal.Decimal(2**63).scaleb(-kind.scale)
        found = (
            st.decimals(-edge, edge, places=kind.scale).map(str)
            | st.decimals(places=kind.scale + 1).map(str)
            | st.integers()
            | st.floats(allow_nan=False, allow_infinity=False)
        )
    elif isinstance(kind, UTCDateTime):
        found = st.datetimes().map(dt.datetime.isoformat) | st.datetimes(timezones=OFFSETS).map(
            dt.datetime.isoformat
        )
    elif isinstance(kind, Date):
        found = st.dates().map(dt.date.isoformat)
    elif isinstance(kind, Uuid):
        found = st.uuids().map(str)
    elif isinstance(kind, Boolean):
        found = st.booleans()
    elif isinstance(kind, Integer):
        bits = 64 if isinstance(kind, BigInteger) else 32
        found = st.integers(-(2 ** (bits - 1)) - 1, 2 ** (bits - 1))
    elif isinstance(kind, String):
        found = st.text(max_size=(kind.length or 50) + 1)
    else:
        found = JSON_VALUES
    return st.none() | found if column.nullable else found


# Tables a centre adds rows to that need no other row first: half the batches are
# of these, so that many rows go in (and are pulled back).
STANDALONE = [
    table
    for name, table in sorted(TABLES.items())
    if name not in HEAD_OFFICE_DATA and all(fk.parent.nullable for fk in table.foreign_keys)
]


@st.composite
def new_rows_of_one_table(draw) -> list[dict]:
    """Inserts of whole rows, as a centre's capture sends them, into one table (so
    that they go in together when they can): mostly values of each column's kind,
    now and then any JSON value at all."""
    table = draw(st.sampled_from(STANDALONE) | st.sampled_from(sorted(TABLES)).map(TABLES.get))
    columns = [c for c in table.columns if c.key not in ("id", "server_version")]
    ops = []
    for _ in range(draw(st.integers(1, 4))):
        anything = draw(st.sets(st.sampled_from([c.key for c in columns]), max_size=1))
        changes = {
            c.key: draw(JSON_VALUES if c.key in anything else near_its_kind(c)) for c in columns
        }
        stamp = f"{1764064800000 + draw(st.integers(0, 10**9)):016d}.0000.LD01"
        changes.update(origin_site="LD01", hlc=stamp)
        ops.append(
            {
                "op_id": str(draw(st.uuids())),
                "entity": table.name,
                "row_id": str(draw(st.uuids())),
                "op": "insert",
                "hlc": stamp,
                "changes": changes,
            }
        )
    return ops


@on_postgresql
@settings(max_examples=40, deadline=None, suppress_health_check=SHARED_SERVER)
@given(batch=new_rows_of_one_table())
def test_any_row_a_centre_sends_is_applied_or_refused_and_pulled_rows_convert_back(
    head_office, as_centre, batch
):
    answer = requests.post(
        f"{head_office.url}/api/v1/sync/push", json={"ops": batch}, headers=as_centre, timeout=30
    )
    assert answer.status_code == 200, answer.text
    for result in answer.json()["results"]:
        assert result["result"] in OP_ANSWERS, result
    # What the head office stored, a centre can store: every row it serves converts.
    cursor, more = 0, True
    while more:
        page = requests.get(
            f"{head_office.url}/api/v1/sync/pull",
            params={"cursor": cursor, "limit": 2000},
            headers=as_centre,
            timeout=30,
        ).json()
        for change in page["changes"]:
            from_json(TABLES[change["entity"]], change["row"])
        cursor, more = page["cursor"], page["more"]


# -- the OpenAPI document ---------------------------------------------------------------------


def test_the_openapi_document_lists_every_refusal_with_its_reason(head_office):
    document = requests.get(f"{head_office.url}/openapi.json", timeout=10).json()
    answers = {
        (method.upper(), path): set(operation["responses"])
        for path, operations in document["paths"].items()
        for method, operation in operations.items()
    }
    assert answers[("POST", "/api/v1/enroll")] == {"200", "400", "401", "413", "422"}
    assert answers[("POST", "/api/v1/sync/push")] == {"200", "401", "409", "413", "422"}
    assert answers[("GET", "/api/v1/sync/pull")] == {"200", "401", "413", "422"}
    assert answers[("GET", "/api/v1/lookup/serial/{serial}")] == {
        "200",
        "401",
        "404",
        "413",
        "422",
    }
    for report in ("orders", "registrations", "stock"):
        assert answers[("GET", f"/api/v1/report/{report}")] == {"200", "401", "403", "413", "422"}
    refusal = document["paths"]["/api/v1/sync/push"]["post"]["responses"]["409"]
    schema = refusal["content"]["application/json"]["schema"]
    assert schema == {"$ref": "#/components/schemas/ErrorAnswer"}
    assert document["components"]["schemas"]["ErrorAnswer"]["required"] == ["detail"]


# -- the whole API, tried by schemathesis ---------------------------------------------------------

# Enough for every parameter's edges (the coverage phase) and some random requests
# besides, in well under a minute for each kind of caller.
EXAMPLES_PER_OPERATION = 25
API = schemathesis.openapi.from_dict(DOCUMENT)
EXAMPLES = settings(
    max_examples=EXAMPLES_PER_OPERATION, deadline=None, suppress_health_check=SHARED_SERVER
)
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def test_the_head_office_serves_the_document_schemathesis_reads(head_office):
    assert requests.get(f"{head_office.url}/openapi.json", timeout=10).json() == DOCUMENT


@on_postgresql
@API.parametrize()
@EXAMPLES
def test_without_a_token_no_request_gets_a_server_error_or_an_undocumented_answer(
    case, head_office
):
    case.call_and_validate(base_url=head_office.url, checks=CHECKS)


@on_postgresql
@API.include(path_regex="^/api/v1/report/").parametrize()
@EXAMPLES
def test_as_a_reader_no_report_request_gets_a_server_error_or_an_undocumented_answer(
    case, head_office, as_reader
):
    case.call_and_validate(base_url=head_office.url, headers=as_reader, checks=CHECKS)


@on_postgresql
@API.parametrize()
@EXAMPLES
def test_as_a_centre_no_request_gets_a_server_error_or_an_undocumented_answer(
    case, head_office, as_centre
):
    case.call_and_validate(base_url=head_office.url, headers=as_centre, checks=CHECKS)


def test_a_batch_naming_one_op_twice_is_a_malformed_request(head_office):
    token = centre_token(head_office)
    op = customer_insert_op("LD01", 1, "Ann Lee")
    for ops in ([op, op], [op, dict(op, row_id=str(uuid.uuid4()))]):
        answer = push(head_office, token, {"ops": ops})
        assert answer.status_code == 422 and "twice" in answer.json()["detail"][0]["msg"]
    assert push(head_office, token, {"ops": [op]}).json()["results"][0]["result"] == "applied"

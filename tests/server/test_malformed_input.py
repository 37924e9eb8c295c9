"""Bad input to any endpoint is answered 4xx with a readable detail, never 500."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest

from tests.support.api import ApiDesk, enroll_body, error_text, inquiry, issue
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant

GOOD = {
    "number": 1,
    "id": "0b5ad3f4-6f0e-4a44-9d3c-3ab9d3a1c001",
    "type": "inquiry.register",
    "version": 1,
    "client_time": "2026-05-04T09:30:00+00:00",
    "payload": {},
}


def with_field(**fields: Any) -> str:
    return json.dumps({"mutations": [GOOD | fields]})


PUSH_BODIES = {
    "not json": "garbage{",
    "empty": "",
    "a list": "[]",
    "null": "null",
    "no mutations": json.dumps({"mutations": []}),
    "mutations not a list": json.dumps({"mutations": "all of them"}),
    "mutation not an object": json.dumps({"mutations": [1]}),
    "number a word": with_field(number="one"),
    "number zero": with_field(number=0),
    "number negative": with_field(number=-3),
    "number a float": with_field(number=1.5),
    "id not a uuid": with_field(id="not-a-uuid"),
    "type empty": with_field(type=""),
    "type too long": with_field(type="x" * 65),
    "version zero": with_field(version=0),
    "client_time naive": with_field(client_time="2026-05-04T09:30:00"),
    "client_time garbage": with_field(client_time="yesterday"),
    "client_time year 1 east of utc": with_field(client_time="0001-01-01T00:00:00+01:00"),
    "client_time year 9999 west of utc": with_field(client_time="9999-12-31T23:30:00-02:00"),
    "payload a string": with_field(payload="x"),
    "staff_id not a uuid": with_field(staff_id=5),
    "unknown field": with_field(priority="high"),
    "too many mutations": json.dumps(
        {"mutations": [GOOD | {"number": n, "id": str(uuid.uuid4())} for n in range(1, 502)]}
    ),
    "deeply nested": '{"mutations": ' + "[" * 5000 + "]" * 5000 + "}",
    # JSON has no NaN, but Python's parser takes it; the 422 must not echo it back.
    "number NaN": '{"mutations": [{"number": NaN}]}',
    "number Infinity": '{"mutations": [{"number": Infinity, "id": -Infinity}]}',
}


def assert_readable_4xx(response: httpx.Response) -> None:
    assert 400 <= response.status_code < 500, (response.status_code, response.text[:300])
    detail = error_text(response)
    assert isinstance(detail, str) and detail


@pytest.mark.parametrize("body", PUSH_BODIES.values(), ids=PUSH_BODIES.keys())
def test_malformed_push_is_refused(desk: ApiDesk, http: httpx.Client, body: str) -> None:
    response = http.post(
        "/api/v1/sync/push",
        content=body,
        headers={**desk.headers, "content-type": "application/json"},
    )
    assert_readable_4xx(response)
    # 400 when the JSON cannot even be parsed (too deep for the parser), else 422.
    assert response.status_code in (400, 422)


def test_a_refused_push_leaves_the_numbering_untouched(desk: ApiDesk, http: httpx.Client) -> None:
    response = http.post(
        "/api/v1/sync/push",
        content=with_field(client_time="2026-05-04T09:30:00"),
        headers={**desk.headers, "content-type": "application/json"},
    )
    assert response.status_code == 422
    assert desk.push([inquiry(1)]).last_applied_number == 1


def test_a_push_sent_as_plain_text_is_refused(desk: ApiDesk, http: httpx.Client) -> None:
    response = http.post(
        "/api/v1/sync/push",
        content=with_field(),
        headers={**desk.headers, "content-type": "text/plain"},
    )
    assert response.status_code < 500


@pytest.mark.parametrize(
    "payload",
    [
        {"inquiry_id": "x"},
        {"queue_ids": []},
        {"ticket_id": None, "queue_id": None},
        {"queue_ids": [str(uuid.uuid4())] * 51},
        {"channel": "carrier pigeon"},
        {"note": "x" * 501},
        {"started_at": "2026-05-04T09:00:00", "ended_at": "2026-05-04T09:05:00"},
        {"started_at": "0001-01-01T00:00:00+05:00", "ended_at": "2026-05-04T09:05:00+00:00"},
    ],
)
@pytest.mark.parametrize("kind", ["ticket.issue", "ticket.call_next", "inquiry.register"])
def test_a_malformed_payload_is_a_rejection_not_an_error(
    desk: ApiDesk, kind: str, payload: dict[str, Any]
) -> None:
    body = inquiry(1).payload | payload if kind == "inquiry.register" else payload
    response = desk.push_raw(
        [issue(1, uuid.uuid4()).model_copy(update={"type": kind, "payload": body})]
    )
    assert response.status_code == 200, response.text
    result = response.json()["results"][0]
    assert (result["status"], result["reason"]) == ("rejected", "invalid_payload")


def test_text_the_database_cannot_store_is_rejected_alike_on_both_backends(
    desk: ApiDesk,
) -> None:
    # PostgreSQL cannot store NUL in text; SQLite could. Both must refuse it the same way.
    response = desk.push([inquiry(1, note="nul \x00 byte"), inquiry(2)])
    assert [(r.status, r.reason) for r in response.results] == [
        ("rejected", "invalid_payload"),
        ("applied", None),
    ]
    assert "NUL" in (response.results[0].detail or "")


def test_a_mutation_type_with_a_nul_is_refused(desk: ApiDesk) -> None:
    response = desk.push_raw([inquiry(1).model_copy(update={"type": "inquiry\x00register"})])
    assert_readable_4xx(response)
    assert desk.push([inquiry(1)]).last_applied_number == 1


@pytest.mark.parametrize(
    "params",
    [
        {"after": -1},
        {"after": "x"},
        {"after": 1.5},
        {"after": ""},
        {"limit": 0},
        {"limit": -5},
        {"limit": 5001},
        {"limit": 10**40},
        {"epoch": "not-a-uuid"},
        {"epoch": ""},
    ],
    ids=lambda p: "-".join(f"{k}={v}" for k, v in p.items())[:30],
)
def test_malformed_pull_is_refused(
    desk: ApiDesk, http: httpx.Client, params: dict[str, Any]
) -> None:
    response = http.get("/api/v1/sync/pull", params=params, headers=desk.headers)
    assert_readable_4xx(response)


def test_a_cursor_far_ahead_asks_for_a_snapshot(desk: ApiDesk, http: httpx.Client) -> None:
    epoch = desk.snapshot().epoch
    for after in (10**9, 2**63 - 1, 10**30):
        response = http.get(
            "/api/v1/sync/pull", params={"after": after, "epoch": str(epoch)}, headers=desk.headers
        )
        assert response.status_code == 200, response.text
        assert response.json()["snapshot_required"] is True


def test_a_number_far_ahead_is_a_gap(desk: ApiDesk, tenant: Tenant) -> None:
    for number in (2**31, 2**63, 10**30):
        response = desk.push([issue(number, tenant.queue_ids["K"])])
        assert response.results == [] and response.expected_number == 1


@pytest.mark.parametrize(
    "body",
    [
        "garbage{",
        "[]",
        json.dumps(
            {
                "enrollment_key": 5,
                "municipality_code": "demo",
                "branch_code": "HB",
                "desk_name": "x",
            }
        ),
        json.dumps(
            {
                "enrollment_key": "k" * 201,
                "municipality_code": "demo",
                "branch_code": "HB",
                "desk_name": "x",
            }
        ),
        json.dumps(
            {
                "enrollment_key": "k" * 20,
                "municipality_code": "d" * 21,
                "branch_code": "HB",
                "desk_name": "x",
            }
        ),
        json.dumps(
            {
                "enrollment_key": "k" * 20,
                "municipality_code": "demo",
                "branch_code": "HB",
                "desk_name": "x" * 81,
            }
        ),
        '{"enrollment_key": NaN}',
        '{"enrollment_key": "kkkkkkkkkkkkkkkkkk", "desk_name": Infinity}',
    ],
)
def test_malformed_enrollment_is_refused(http: httpx.Client, body: str) -> None:
    response = http.post(
        "/api/v1/enroll", content=body, headers={"content-type": "application/json"}
    )
    assert_readable_4xx(response)


@pytest.mark.parametrize("field", ["municipality_code", "branch_code", "desk_name"])
def test_enrollment_text_the_database_cannot_store_is_refused(
    http: httpx.Client, server: ServerProcess, field: str
) -> None:
    body = enroll_body(server.enrollment_key, "desk") | {field: "HB\x00"}
    response = http.post("/api/v1/enroll", json=body)
    assert_readable_4xx(response)


def test_unknown_paths_and_methods_are_4xx(desk: ApiDesk, http: httpx.Client) -> None:
    assert http.get("/api/v1/nothing-here").status_code == 404
    assert http.get("/api/v1/sync/push", headers=desk.headers).status_code == 405
    assert http.delete("/api/v1/enroll").status_code == 405
    assert (
        http.get("/api/v1/sync/snapshot", params={"junk": "x"}, headers=desk.headers).status_code
        == 200
    )

"""Health, the OpenAPI schema, enrollment, and refusing requests without a valid token."""

from __future__ import annotations

import uuid

import httpx
import pytest

from counter_app import __version__
from counter_app.protocol.messages import EnrollResponse
from tests.support.api import enroll, enroll_body, error_text
from tests.support.server_process import ServerProcess


def test_health_names_the_database(http: httpx.Client, server: ServerProcess) -> None:
    response = http.get("/api/v1/health")
    assert response.status_code == 200
    body = response.json()
    assert body == {
        "status": "ok",
        "version": __version__,
        "database": server.database_url.split(":", 1)[0],
    }


def test_openapi_schema_describes_the_sync_api(http: httpx.Client) -> None:
    response = http.get("/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["openapi"].startswith("3.")
    assert {
        "/api/v1/health",
        "/api/v1/enroll",
        "/api/v1/sync/push",
        "/api/v1/sync/pull",
        "/api/v1/sync/snapshot",
    } <= set(schema["paths"])
    assert "PushRequest" in schema["components"]["schemas"]


def test_enroll_gives_a_token_for_the_named_branch(
    http: httpx.Client, server: ServerProcess
) -> None:
    name = f"KVIK test {uuid.uuid4().hex[:6]}"
    response = http.post("/api/v1/enroll", json=enroll_body(server.enrollment_key, name))
    assert response.status_code == 200, response.text
    enrolled = EnrollResponse.model_validate(response.json())
    assert enrolled.desk_name == name
    assert enrolled.last_applied_number == 0
    assert len(enrolled.token) >= 32
    # The token works, and the new desk shows up in its own branch's snapshot.
    snapshot = http.get(
        "/api/v1/sync/snapshot", headers={"authorization": f"Bearer {enrolled.token}"}
    ).json()
    assert str(enrolled.desk_id) in {row["id"] for row in snapshot["tables"]["desk"]}
    assert {row["code"] for row in snapshot["tables"]["branch"]} == {"HB", "NORD", "BUS"}
    assert {row["prefix"] for row in snapshot["tables"]["queue"]} == {"K", "B", "L"}


def test_enrolling_the_same_desk_again_keeps_it_and_its_numbering(
    http: httpx.Client, server: ServerProcess
) -> None:
    first = enroll(http, server.enrollment_key)
    second = enroll(http, server.enrollment_key, first.enrolled.desk_name)
    assert second.enrolled.desk_id == first.enrolled.desk_id
    assert second.enrolled.token != first.enrolled.token
    assert second.enrolled.last_applied_number == 0


def test_enroll_with_the_wrong_key_is_forbidden(http: httpx.Client) -> None:
    response = http.post("/api/v1/enroll", json=enroll_body("not-the-key-0123456789", "x"))
    assert response.status_code == 403
    assert error_text(response) == "wrong enrollment key"


@pytest.mark.parametrize(("municipality", "branch"), [("demo", "NOPE"), ("nowhere", "HB")])
def test_enroll_in_an_unknown_branch_is_not_found(
    http: httpx.Client, server: ServerProcess, municipality: str, branch: str
) -> None:
    body = enroll_body(server.enrollment_key, "x", municipality, branch)
    response = http.post("/api/v1/enroll", json=body)
    assert response.status_code == 404
    assert branch in error_text(response)


def test_enroll_with_an_unknown_desk_kind_is_unprocessable(
    http: httpx.Client, server: ServerProcess
) -> None:
    body = enroll_body(server.enrollment_key, "x") | {"desk_kind": "toaster"}
    response = http.post("/api/v1/enroll", json=body)
    assert response.status_code == 422
    assert "toaster" in error_text(response)


@pytest.mark.parametrize(
    ("body", "mentions"),
    [
        ({}, "enrollment_key"),
        (
            {
                "enrollment_key": "short",
                "municipality_code": "demo",
                "branch_code": "HB",
                "desk_name": "x",
            },
            "enrollment_key",
        ),
        (
            {
                "enrollment_key": ["a"] * 20,
                "municipality_code": "demo",
                "branch_code": "HB",
                "desk_name": "x",
            },
            "enrollment_key",
        ),
        (
            {
                "enrollment_key": "k" * 20,
                "municipality_code": "demo",
                "branch_code": "HB",
                "desk_name": "",
            },
            "desk_name",
        ),
        (
            {
                "enrollment_key": "k" * 20,
                "municipality_code": "demo",
                "branch_code": "HB",
                "desk_name": "x",
                "admin": True,
            },
            "admin",
        ),
    ],
)
def test_malformed_enrollment_is_unprocessable_with_a_readable_detail(
    http: httpx.Client, body: dict[str, object], mentions: str
) -> None:
    response = http.post("/api/v1/enroll", json=body)
    assert response.status_code == 422
    detail = error_text(response)
    assert isinstance(detail, str)
    assert detail.startswith("invalid request: ")
    assert mentions in detail


@pytest.mark.parametrize(
    "authorization",
    [None, "", "Bearer", "bearer  x", "Bearer not-a-token", "Basic dXNlcjpwYXNz", "token abc"],
)
@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/api/v1/sync/pull"), ("GET", "/api/v1/sync/snapshot"), ("POST", "/api/v1/sync/push")],
)
def test_sync_requests_without_a_valid_token_are_unauthorized(
    http: httpx.Client, method: str, path: str, authorization: str | None
) -> None:
    headers = {} if authorization is None else {"authorization": authorization}
    response = http.request(method, path, headers=headers, json={"mutations": []})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert "token" in error_text(response)


def test_a_token_of_a_live_desk_with_one_character_changed_is_refused(
    http: httpx.Client, server: ServerProcess
) -> None:
    token = enroll(http, server.enrollment_key).enrolled.token
    forged = token[:-1] + ("A" if token[-1] != "A" else "B")
    response = http.get("/api/v1/sync/snapshot", headers={"authorization": f"Bearer {forged}"})
    assert response.status_code == 401

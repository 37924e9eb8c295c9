"""Talking to a server's HTTP API as a desk would, with a plain synchronous httpx client."""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

import httpx

from counter_app.protocol.messages import (
    EnrollResponse,
    PullResponse,
    PushResponse,
    SignedIn,
    Snapshot,
)
from counter_app.protocol.mutations import Mutation, MutationType

NOW = datetime(2026, 5, 4, 9, 30, tzinfo=UTC)


def mutation(
    number: int, kind: MutationType | str, payload: dict[str, Any], **extra: Any
) -> Mutation:
    """A version-1 mutation with a fresh id (override anything through ``extra``)."""
    fields: dict[str, Any] = {
        "number": number,
        "id": uuid.uuid4(),
        "type": str(kind),
        "version": 1,
        "client_time": NOW,
        "payload": payload,
    }
    fields.update(extra)
    return Mutation(**fields)


def issue(number: int, queue_id: uuid.UUID, **extra: Any) -> Mutation:
    """ticket.issue of a new ticket in ``queue_id``."""
    payload = {"ticket_id": str(uuid.uuid4()), "queue_id": str(queue_id)}
    return mutation(number, MutationType.TICKET_ISSUE, payload, **extra)


def call_next(number: int, *queue_ids: uuid.UUID, **extra: Any) -> Mutation:
    """ticket.call_next over ``queue_ids``."""
    payload = {"queue_ids": [str(q) for q in queue_ids]}
    return mutation(number, MutationType.TICKET_CALL_NEXT, payload, **extra)


def inquiry(number: int, **payload: Any) -> Mutation:
    """inquiry.register of a five-minute counter inquiry (override payload fields)."""
    body: dict[str, Any] = {
        "inquiry_id": str(uuid.uuid4()),
        "channel": "counter",
        "outcome": "resolved",
        "started_at": "2026-05-04T09:00:00+00:00",
        "ended_at": "2026-05-04T09:05:00+00:00",
    }
    body.update(payload)
    return mutation(number, MutationType.INQUIRY_REGISTER, body)


class ApiDesk:
    """An enrolled desk: its identity and an authenticated client."""

    def __init__(self, client: httpx.Client, enrolled: EnrollResponse) -> None:
        self.client = client
        self.enrolled = enrolled
        self.headers = {"authorization": f"Bearer {enrolled.token}"}

    def push_raw(self, mutations: Sequence[Mutation]) -> httpx.Response:
        """POST the push as given (not checked here) and return the raw response."""
        body = json.dumps({"mutations": [m.model_dump(mode="json") for m in mutations]})
        return self.client.post(
            "/api/v1/sync/push",
            content=body,
            headers={**self.headers, "content-type": "application/json"},
        )

    def sign_in(self, initials: str, code: str, next_number: int = 1) -> SignedIn:
        """Sign a staff member in at this desk (expect 200); later requests carry the
        session."""
        response = self.client.post(
            "/api/v1/staff/sign-in",
            json={"initials": initials, "code": code, "next_number": next_number},
            headers=self.headers,
        )
        assert response.status_code == 200, response.text
        signed_in = SignedIn.model_validate_json(response.content)
        self.headers = {**self.headers, "x-staff-session": signed_in.session_token}
        return signed_in

    def push(self, mutations: Sequence[Mutation]) -> PushResponse:
        """Push and expect 200."""
        response = self.push_raw(mutations)
        assert response.status_code == 200, response.text
        return PushResponse.model_validate_json(response.content)

    def pull(self, after: int, epoch: uuid.UUID | None, limit: int = 1000) -> PullResponse:
        """Pull after a cursor and expect 200."""
        params: dict[str, Any] = {"after": after, "limit": limit}
        if epoch is not None:
            params["epoch"] = str(epoch)
        response = self.client.get("/api/v1/sync/pull", params=params, headers=self.headers)
        assert response.status_code == 200, response.text
        return PullResponse.model_validate_json(response.content)

    def snapshot(self) -> Snapshot:
        """Take a snapshot and expect 200."""
        response = self.client.get("/api/v1/sync/snapshot", headers=self.headers)
        assert response.status_code == 200, response.text
        return Snapshot.model_validate_json(response.content)


def enroll_body(
    key: str, desk_name: str, municipality: str = "demo", branch: str = "HB"
) -> dict[str, str]:
    """The JSON body of an enrollment."""
    return {
        "enrollment_key": key,
        "municipality_code": municipality,
        "branch_code": branch,
        "desk_name": desk_name,
    }


def enroll(
    client: httpx.Client,
    key: str,
    desk_name: str | None = None,
    *,
    municipality: str = "demo",
    branch: str = "HB",
) -> ApiDesk:
    """Enroll a desk (a fresh name unless given) and return it."""
    name = desk_name or f"desk-{uuid.uuid4().hex[:8]}"
    response = client.post("/api/v1/enroll", json=enroll_body(key, name, municipality, branch))
    assert response.status_code == 200, response.text
    return ApiDesk(client, EnrollResponse.model_validate_json(response.content))


def error_text(response: httpx.Response) -> str:
    """The sentence a refusal gives a person, asserting there is one: ``detail`` when it is
    a string, else ``message`` (validation errors keep FastAPI's list in ``detail``)."""
    body = response.json()
    assert isinstance(body, dict), body
    detail = body.get("detail")
    text = detail if isinstance(detail, str) else body.get("message")
    assert isinstance(text, str) and text.strip(), body
    return text

"""The wire format: mutations and sync messages refuse what the server could not handle."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from pydantic import ValidationError

from counter_app.protocol.messages import MAX_PUSH_BATCH, EnrollRequest, PushRequest
from counter_app.protocol.mutations import (
    CONTENDED,
    LATEST_VERSION,
    InquiryRegisterV1,
    Mutation,
    MutationType,
    TicketCallNextV1,
    TicketIssueV1,
    TicketIssueV2,
    TicketIssueV3,
    payload_model,
)


def envelope(number: int = 1, **fields: Any) -> dict[str, Any]:
    return {
        "number": number,
        "id": str(uuid.uuid4()),
        "type": "ticket.issue",
        "version": 1,
        "client_time": "2026-05-04T09:30:00+02:00",
        "payload": {},
    } | fields


def test_a_mutation_keeps_its_client_time_in_utc() -> None:
    mutation = Mutation.model_validate(envelope())
    assert mutation.client_time == datetime(2026, 5, 4, 7, 30, tzinfo=UTC)
    assert mutation.client_time.tzinfo is UTC


@pytest.mark.parametrize(
    "client_time",
    [
        "2026-05-04T09:30:00",
        "0001-01-01T00:00:00+01:00",
        "9999-12-31T23:30:00-02:00",
        "0",  # a number as text is no time: pydantic would read it as 1970
        " 1779960000 ",
        "-1.5",
    ],
)
def test_a_client_time_without_a_utc_form_is_a_validation_error(client_time: str) -> None:
    with pytest.raises(ValidationError, match="client_time"):
        Mutation.model_validate(envelope(client_time=client_time))


@pytest.mark.parametrize(
    "fields", [{"number": 0}, {"version": 0}, {"type": ""}, {"priority": 1}, {"type": "a\x00b"}]
)
def test_a_malformed_envelope_is_refused(fields: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        Mutation.model_validate(envelope(**fields))


def test_a_push_holds_one_to_the_batch_limit_of_increasing_numbers() -> None:
    PushRequest.model_validate({"mutations": [envelope(n) for n in range(1, MAX_PUSH_BATCH + 1)]})
    for numbers in ([], list(range(1, MAX_PUSH_BATCH + 2))):
        with pytest.raises(ValidationError):
            PushRequest.model_validate({"mutations": [envelope(n) for n in numbers]})


@pytest.mark.parametrize("numbers", [[2, 1], [1, 1], [1, 3, 2]])
def test_a_push_with_numbers_out_of_order_is_refused(numbers: list[int]) -> None:
    with pytest.raises(ValidationError, match="strictly increasing"):
        PushRequest.model_validate({"mutations": [envelope(n) for n in numbers]})


def test_payload_models_are_found_by_type_and_version() -> None:
    assert payload_model("ticket.issue", 1) is TicketIssueV1
    assert payload_model("ticket.call_next", 1) is TicketCallNextV1
    assert payload_model("inquiry.register", 1) is InquiryRegisterV1
    assert payload_model("ticket.issue", 2) is TicketIssueV2
    assert payload_model("ticket.issue", 3) is TicketIssueV3  # a check-in
    assert payload_model("ticket.issue", 4) is None
    assert payload_model("ticket.teleport", 1) is None
    assert all(payload_model(kind, version) for kind, version in LATEST_VERSION.items())
    assert MutationType.TICKET_CALL_NEXT in CONTENDED
    assert MutationType.INQUIRY_REGISTER not in CONTENDED


def test_payloads_refuse_unknown_fields_and_nul_text() -> None:
    with pytest.raises(ValidationError):
        TicketIssueV1.model_validate(
            {"ticket_id": str(uuid.uuid4()), "queue_id": str(uuid.uuid4()), "x": 1}
        )
    base = {
        "inquiry_id": str(uuid.uuid4()),
        "channel": "phone",
        "outcome": "resolved",
        "started_at": "2026-05-04T09:00:00+00:00",
        "ended_at": "2026-05-04T09:05:00+00:00",
    }
    assert InquiryRegisterV1.model_validate(base | {"note": "æøå"}).note == "æøå"
    with pytest.raises(ValidationError, match="NUL"):
        InquiryRegisterV1.model_validate(base | {"note": "a\x00"})


@pytest.mark.parametrize(
    "field", ["enrollment_key", "municipality_code", "branch_code", "desk_name"]
)
def test_enrollment_refuses_nul_text(field: str) -> None:
    body = {
        "enrollment_key": "k" * 20,
        "municipality_code": "demo",
        "branch_code": "HB",
        "desk_name": "KVIK 1",
    }
    EnrollRequest.model_validate(body)
    with pytest.raises(ValidationError, match="NUL"):
        EnrollRequest.model_validate(body | {field: body[field] + "\x00"})

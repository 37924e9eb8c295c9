"""Replicated rows travel as JSON and come back as the same column values."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.inquiries import Channel, Outcome
from counter_app.domain.org import DeskKind, Resource
from counter_app.domain.tickets import TicketState
from counter_app.models import (
    Appointment,
    AppointmentState,
    Base,
    Desk,
    Inquiry,
    OpeningHours,
    Ticket,
)
from counter_app.models.replicated import (
    BRANCH_SCOPED,
    MUNICIPALITY_WIDE,
    REPLICATED,
    UnknownTableError,
    model_for,
    row_from_json,
    row_to_json,
)

M, B, D, Q = (uuid.uuid4() for _ in range(4))


def columns_of(obj: Base) -> dict[str, Any]:
    return {c.name: getattr(obj, c.key) for c in type(obj).__table__.columns}


def sample_rows() -> list[Base]:
    return [
        Ticket(
            id=uuid.uuid4(),
            municipality_id=M,
            branch_id=B,
            queue_id=Q,
            service_id=None,
            prefix="K",
            number=7,
            service_day=date(2026, 3, 29),
            state=TicketState.CALLED,
            issued_at=datetime(2026, 3, 29, 8, 0, 1, 250, tzinfo=UTC),
            issued_by_desk_id=D,
            called_at=datetime(2026, 3, 29, 10, 5, tzinfo=timezone(timedelta(hours=2))),
            called_by_desk_id=D,
            called_by_staff_id=None,
            finished_at=None,
        ),
        OpeningHours(
            id=uuid.uuid4(),
            municipality_id=M,
            branch_id=B,
            resource=Resource.KVIK,
            weekday=5,
            opens=time(10, 0),
            closes=time(14, 30),
        ),
        Appointment(
            id=uuid.uuid4(),
            municipality_id=M,
            branch_id=B,
            resource=Resource.CITIZEN_SERVICE,
            service_id=None,
            starts_at=datetime(2026, 10, 25, 9, 0, tzinfo=UTC),
            minutes=15,
            citizen_name="Åse",
            citizen_contact="+45 12 34 56 78",
            topic="Pas",
            state=AppointmentState.BOOKED,
            booked_by_desk_id=D,
            booked_at=datetime(2026, 10, 20, 9, 0, tzinfo=UTC),
        ),
        Desk(id=D, municipality_id=M, branch_id=B, name="KVIK 1", kind=DeskKind.KVIK, mobile=False),
    ]


@pytest.mark.parametrize("row", sample_rows(), ids=lambda r: type(r).__tablename__)
def test_row_round_trips_through_json_text(row: Base) -> None:
    wire = json.loads(json.dumps(row_to_json(row)))
    back = row_from_json(type(row), wire)
    expected = columns_of(row)
    assert back.keys() == expected.keys()
    for name, value in expected.items():
        assert back[name] == value, name
        assert type(back[name]) is type(value) or isinstance(back[name], type(value)), name


def test_json_form_uses_plain_types() -> None:
    ticket = sample_rows()[0]
    assert isinstance(ticket, Ticket)
    wire = row_to_json(ticket)
    assert wire["id"] == str(ticket.id)
    assert wire["state"] == "called"
    assert wire["service_day"] == "2026-03-29"
    assert wire["called_at"] == "2026-03-29T08:05:00+00:00"  # given at +02:00, sent as UTC
    assert wire["service_id"] is None


def test_enums_come_back_as_enums() -> None:
    back = row_from_json(Ticket, row_to_json(sample_rows()[0]))
    assert back["state"] is TicketState.CALLED


def test_unknown_keys_from_a_newer_server_are_dropped() -> None:
    wire = row_to_json(sample_rows()[0]) | {"colour": "blue"}
    assert "colour" not in row_from_json(Ticket, wire)


def test_missing_keys_are_left_out_not_nulled() -> None:
    assert row_from_json(Ticket, {"id": str(uuid.uuid4())}).keys() == {"id"}


def test_a_naive_timestamp_on_the_wire_is_refused() -> None:
    wire = row_to_json(sample_rows()[0]) | {"issued_at": "2026-03-29T08:00:00"}
    with pytest.raises(ValueError, match="naive"):
        row_from_json(Ticket, wire)


@given(
    started=st.datetimes(
        min_value=datetime(2000, 1, 1),
        max_value=datetime(2100, 1, 1),
        timezones=st.sampled_from(
            [UTC, timezone(timedelta(hours=2)), timezone(-timedelta(hours=9, minutes=30))]
        ),
    ),
    note=st.text(max_size=50),
    channel=st.sampled_from(list(Channel)),
)
def test_inquiry_round_trips_for_any_instant_and_text(
    started: datetime, note: str, channel: Channel
) -> None:
    row = Inquiry(
        id=uuid.uuid4(),
        municipality_id=M,
        branch_id=B,
        desk_id=D,
        staff_id=None,
        ticket_id=None,
        channel=channel,
        outcome=Outcome.RESOLVED,
        started_at=started,
        ended_at=started + timedelta(minutes=3),
        note=note,
    )
    back = row_from_json(Inquiry, json.loads(json.dumps(row_to_json(row))))
    assert back == columns_of(row)
    assert back["started_at"].tzinfo is UTC


def test_model_for_names_replicated_tables_only() -> None:
    assert model_for("ticket") is Ticket
    with pytest.raises(UnknownTableError):
        model_for("outbox")
    with pytest.raises(UnknownTableError):
        model_for("applied_mutation")


def test_replicated_tables_come_parents_first() -> None:
    order = list(REPLICATED)
    for position, (name, model) in enumerate(REPLICATED.items()):
        for key in model.__table__.foreign_keys:
            parent = key.column.table.name
            assert order.index(parent) <= position, f"{name} comes before its parent {parent}"


def test_every_replicated_table_is_scoped_to_a_municipality_and_by_id() -> None:
    for model in (*MUNICIPALITY_WIDE, *BRANCH_SCOPED):
        columns = model.__table__.c
        assert "id" in columns, model.__tablename__
        if model.__tablename__ != "municipality":
            assert "municipality_id" in columns, model.__tablename__
    for model in BRANCH_SCOPED:
        assert "branch_id" in model.__table__.c, model.__tablename__

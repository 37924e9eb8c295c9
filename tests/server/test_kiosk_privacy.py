"""A kiosk or a display board stands in the public hall and nobody signs in there: it
receives no citizen's name, contact or notes, and finds a phone number by asking."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from counter_app.domain.personal_data import PersonalDataError
from counter_app.protocol.messages import Status
from counter_app.protocol.mutations import MutationType
from counter_app.server.arrivals import find_arrivals
from counter_app.server.context import DeskContext
from counter_app.server.feed import pull, snapshot
from tests.server.test_appointment_booking import TUESDAY, at, booking
from tests.support.api import NOW, call_next, issue, mutation
from tests.support.rig import Rig

PERSONAL = {
    "appointment": {"citizen_name": "Karen", "citizen_contact": "+45 12 34 56 78", "topic": "pas"},
    "ticket": {"note": "vil låne slægtsbøger"},
}


def _fill(rig: Rig) -> str:
    """A booking with a topic, and a ticket sent on with a note."""
    rig.clock.now = NOW
    booked = rig.push(booking(1, at(TUESDAY, 10), topic="pas")).results[0]
    assert booked.status is Status.APPLIED, booked.detail
    queue = rig.queue("K").id
    ticket = rig.push(issue(2, queue)).results[0].result["ticket_id"]
    rig.push(call_next(3, queue))
    moved = rig.push(
        mutation(
            4,
            MutationType.TICKET_TRANSFER,
            {"ticket_id": ticket, "queue_id": str(queue), "note": "vil låne slægtsbøger"},
        )
    ).results[0]
    assert moved.status is Status.APPLIED, moved.detail
    return str(booked.result["appointment_id"])


def _seen(desk: DeskContext, rig: Rig) -> list[tuple[str, dict[str, object]]]:
    """Every appointment and ticket row the desk gets, by snapshot and by pull."""
    whole = snapshot(rig.engine, desk)
    rows = [(table, row) for table in PERSONAL for row in whole.tables[table]]
    changes = pull(rig.engine, desk, after=0, epoch=whole.epoch, limit=1000).changes
    return rows + [(c.table, c.row) for c in changes if c.table in PERSONAL]


@pytest.mark.parametrize("desk", ["Kiosk 1", "Infoskærm 1"])
def test_a_kiosk_or_a_board_gets_the_rows_without_personal_data(rig: Rig, desk: str) -> None:
    appointment = _fill(rig)
    seen = _seen(rig.as_desk(desk), rig)
    assert {table for table, _ in seen} == set(PERSONAL)  # the rows come, for times and states
    assert any(row["id"] == appointment for table, row in seen if table == "appointment")
    for table, row in seen:
        assert all(row[field] == "" for field in PERSONAL[table]), (table, row)
    # A desk where staff sign in gets them as they are.
    staffed = _seen(rig.as_desk("KVIK 2"), rig)
    for table, fields in PERSONAL.items():
        assert any(all(row[k] == v for k, v in fields.items()) for t, row in staffed if t == table)


def test_a_phone_number_or_e_mail_finds_todays_appointments_of_the_branch_only(
    rig: Rig,
) -> None:
    rig.clock.now = NOW
    later = rig.push(booking(1, at(TUESDAY, 10, 30))).results[0].result["appointment_id"]
    earlier = rig.push(booking(2, at(TUESDAY, 10))).results[0].result["appointment_id"]
    rig.push(booking(3, at(TUESDAY, 11), citizen_contact="karen@example.dk"))
    kiosk = rig.as_desk("Kiosk 1")
    tuesday = NOW + timedelta(days=1)
    assert find_arrivals(rig.engine, kiosk, "+45 1234 5678", tuesday) == [
        uuid.UUID(earlier),
        uuid.UUID(later),
    ]  # by time
    assert find_arrivals(rig.engine, kiosk, "87654321", tuesday) == []
    assert find_arrivals(rig.engine, kiosk, "12345678", NOW) == []  # not today
    assert find_arrivals(rig.engine, rig.as_desk("Filialskranke"), "12345678", tuesday) == []
    with pytest.raises(PersonalDataError):
        find_arrivals(rig.engine, kiosk, "Karen", tuesday)

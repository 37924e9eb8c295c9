"""After booking: checking in with a ticket, the appointment following that ticket, the
caseworker calling appointments by their time, cancelling, and not coming."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from sqlalchemy.orm import Session

from counter_app.models import Appointment, AppointmentState
from counter_app.protocol.messages import Status
from counter_app.protocol.mutations import MutationType
from tests.server.test_appointment_booking import TUESDAY, at, booking
from tests.support.api import NOW, call_next, mutation
from tests.support.rig import Rig


def _check_in(number: int, queue_id: uuid.UUID, appointment_id: str) -> Any:
    payload = {
        "ticket_id": str(uuid.uuid4()),
        "queue_id": str(queue_id),
        "appointment_id": appointment_id,
    }
    return mutation(number, MutationType.TICKET_ISSUE, payload, version=3)


def _state(rig: Rig, appointment_id: str) -> AppointmentState:
    with Session(rig.engine) as session:
        appointment = session.get(Appointment, uuid.UUID(appointment_id))
        assert appointment is not None
        return appointment.state


def _book(rig: Rig, number: int, hour: int, minute: int = 0) -> str:
    result = rig.push(booking(number, at(TUESDAY, hour, minute))).results[0]
    assert result.status is Status.APPLIED, result.detail
    return str(result.result["appointment_id"])


def test_checking_in_gives_a_ticket_and_the_appointment_follows_it(rig: Rig) -> None:
    rig.clock.now = NOW
    appointment = _book(rig, 1, 10)
    rig.clock.now = NOW + timedelta(hours=22, minutes=10)  # Tuesday 9:40 local
    kiosk = rig.as_desk("Kiosk 1")
    queue = rig.queue("B").id
    issued = rig.push(_check_in(1, queue, appointment), desk=kiosk).results[0]
    assert issued.status is Status.APPLIED and issued.result["checked_in"] is True
    assert issued.result["label"] == "B001"
    assert _state(rig, appointment) is AppointmentState.CHECKED_IN

    caseworker = rig.as_desk("Borgerservice 1")
    called = rig.push(call_next(1, queue), desk=caseworker).results[0]
    assert called.result["label"] == "B001"
    assert _state(rig, appointment) is AppointmentState.SERVING
    again = rig.push(_check_in(2, queue, appointment), desk=kiosk).results[0]
    assert again.status is Status.APPLIED  # the citizen gets a ticket all the same,
    assert again.result["checked_in"] is False  # but the appointment is not checked in twice
    ticket_id = called.result["ticket_id"]
    finish = mutation(2, MutationType.TICKET_FINISH, {"ticket_id": ticket_id})
    assert rig.push(finish, desk=caseworker).results[0].status is Status.APPLIED
    assert _state(rig, appointment) is AppointmentState.DONE


def test_the_caseworker_calls_appointments_by_their_time_not_by_arrival(rig: Rig) -> None:
    rig.clock.now = NOW
    late_one = _book(rig, 1, 11)
    early_one = _book(rig, 2, 10)
    rig.clock.now = NOW + timedelta(hours=22)  # Tuesday 9:30 local
    kiosk = rig.as_desk("Kiosk 1")
    queue = rig.queue("B").id
    rig.push(_check_in(1, queue, late_one), desk=kiosk)  # the 11:00 citizen comes first
    rig.clock.now += timedelta(minutes=5)
    rig.push(_check_in(2, queue, early_one), desk=kiosk)
    rig.clock.now = NOW + timedelta(hours=22, minutes=30)  # 10:00
    caseworker = rig.as_desk("Borgerservice 1")
    assert rig.push(call_next(1, queue), desk=caseworker).results[0].result["label"] == "B002"
    assert _state(rig, early_one) is AppointmentState.SERVING


def test_cancel_and_no_show(rig: Rig) -> None:
    rig.clock.now = NOW
    kept, dropped = _book(rig, 1, 10), _book(rig, 2, 10, 15)

    def move(number: int, kind: MutationType, appointment: str) -> Any:
        body = {"appointment_id": appointment}
        return rig.push(mutation(number, kind, body)).results[0]

    assert move(3, MutationType.APPOINTMENT_CANCEL, dropped).status is Status.APPLIED
    assert _state(rig, dropped) is AppointmentState.CANCELLED
    assert move(4, MutationType.APPOINTMENT_CANCEL, dropped).reason == "not_cancellable"
    # Its place is free again: another citizen gets 10:15.
    assert rig.push(booking(5, at(TUESDAY, 10, 15))).results[0].status is Status.APPLIED

    rig.clock.now = NOW + timedelta(hours=22, minutes=40)  # Tuesday 10:10: within 15 minutes
    assert move(6, MutationType.APPOINTMENT_NO_SHOW, kept).reason == "too_early"
    rig.clock.now += timedelta(minutes=6)  # 10:16
    assert move(7, MutationType.APPOINTMENT_NO_SHOW, kept).status is Status.APPLIED
    assert _state(rig, kept) is AppointmentState.NO_SHOW
    assert move(8, MutationType.APPOINTMENT_NO_SHOW, str(uuid.uuid4())).reason == (
        "unknown_appointment"
    )

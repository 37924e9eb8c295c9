"""appointment.book on the server: a free place is booked, a full slot never gets one
more, not even from ten desks at the same moment (PostgreSQL and SQLite)."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.org import DeskKind
from counter_app.domain.timezone import COPENHAGEN
from counter_app.models import Appointment, BranchChange, Desk
from counter_app.protocol.messages import Status
from counter_app.protocol.mutations import MutationType
from counter_app.server.context import DeskContext
from tests.support.api import NOW, mutation
from tests.support.rig import Rig, desk_context

TUESDAY = date(2026, 5, 5)  # the day after NOW, a Monday


def at(day: date, hour: int, minute: int = 0) -> str:
    return datetime.combine(day, time(hour, minute), tzinfo=COPENHAGEN).astimezone(UTC).isoformat()


def booking(number: int, starts_at: str, resource: str = "citizen_service", **extra: Any) -> Any:
    payload = {
        "appointment_id": str(uuid.uuid4()),
        "resource": resource,
        "starts_at": starts_at,
        "minutes": 15,
        "citizen_name": "Karen",
        "citizen_contact": "12345678",
        "booking_code": uuid.uuid4().hex[:6].upper(),
    } | extra
    return mutation(number, MutationType.APPOINTMENT_BOOK, payload)


def _desks(rig: Rig, count: int) -> list[DeskContext]:
    with Session(rig.engine) as session, session.begin():
        for n in range(count):
            session.add(
                Desk(
                    municipality_id=rig.desk.municipality_id,
                    branch_id=rig.desk.branch_id,
                    name=f"Booker {n}",
                    kind=DeskKind.CONTACT_CENTRE,
                )
            )
    return [desk_context(rig.engine, f"Booker {n}") for n in range(count)]


def _booked(rig: Rig) -> int:
    with Session(rig.engine) as session:
        return session.scalar(select(func.count(Appointment.id))) or 0


def test_a_free_place_is_booked(rig: Rig) -> None:
    rig.clock.now = NOW
    result = rig.push(booking(1, at(TUESDAY, 10), minutes=30, topic="Ny bolig")).results[0]
    assert result.status is Status.APPLIED, result.detail
    with Session(rig.engine) as session:
        appointment = session.get(Appointment, uuid.UUID(result.result["appointment_id"]))
        assert appointment is not None
        assert appointment.citizen_contact == "+45 12 34 56 78"
        assert appointment.booking_code == result.result["booking_code"]
        assert appointment.starts_at.astimezone(COPENHAGEN).time() == time(10)


def _race(
    rig: Rig, desks: list[DeskContext], number: int, starts_at: str, resource: str
) -> list[Any]:
    """Every desk pushes its booking of the same slot at the same moment."""
    barrier = threading.Barrier(len(desks))
    results: list[Any] = [None] * len(desks)

    def book(index: int, desk: DeskContext) -> None:
        barrier.wait()
        results[index] = rig.push(booking(number, starts_at, resource), desk=desk).results[0]

    threads = [threading.Thread(target=book, args=pair) for pair in enumerate(desks)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_ten_desks_booking_the_last_place_at_once_one_gets_it(rig: Rig) -> None:
    rig.clock.now = NOW
    desks = _desks(rig, 10)
    librarian = _race(rig, desks, 1, at(TUESDAY, 10), "librarian")  # one librarian
    caseworkers = _race(rig, desks, 2, at(TUESDAY, 11), "citizen_service")  # two caseworkers
    for results, places in ((librarian, 1), (caseworkers, 2)):
        applied = [r for r in results if r.status is Status.APPLIED]
        refused = [r for r in results if r.status is Status.REJECTED]
        assert len(applied) == places
        assert len(refused) == 10 - places
        assert {r.reason for r in refused} == {"slot_taken"}
    # The refused desks learn the nearest free slots: 10:15, 10:30, 10:45 for 10:00.
    refused = [r for r in librarian if r.status is Status.REJECTED]
    assert all(
        r.detail.endswith(
            "nearest free: 2026-05-05T08:15:00+00:00, 2026-05-05T08:30:00+00:00, "
            "2026-05-05T08:45:00+00:00"
        )
        for r in refused
    )
    assert _booked(rig) == 3


def test_what_the_timetable_does_not_offer_is_refused(rig: Rig) -> None:
    rig.clock.now = NOW
    results = rig.push(
        booking(1, at(date(2026, 5, 4), 9)),  # before opening, and in the past
        booking(2, at(date(2026, 5, 14), 10)),  # Kristi himmelfartsdag
        booking(3, at(TUESDAY, 15)),  # borgerservice is closed on Tuesday afternoons
        booking(4, at(TUESDAY, 10, 5)),  # not on a quarter
        booking(5, at(TUESDAY, 10), resource="kvik"),  # KVIK takes no appointments
        booking(6, at(TUESDAY, 10), topic="cpr 010190-1234"),
        booking(7, at(date(2026, 9, 1), 10)),  # more than 60 days ahead
    ).results
    assert [r.reason for r in results] == [
        "slot_taken",
        "slot_taken",
        "slot_taken",
        "slot_taken",
        "invalid_resource",
        "invalid_payload",
        "slot_taken",
    ]
    assert _booked(rig) == 0


def test_a_booking_made_offline_counts_its_notice_from_when_it_was_made(rig: Rig) -> None:
    rig.clock.now = NOW + timedelta(hours=24, minutes=10)  # synced 11:40 local on Tuesday
    made_at = NOW + timedelta(hours=24)  # booked offline at 11:30, with 30 minutes' notice
    late = booking(1, at(TUESDAY, 12)).model_copy(update={"client_time": made_at})
    past = booking(2, at(TUESDAY, 11, 30)).model_copy(update={"client_time": made_at})
    results = rig.push(late, past).results
    assert results[0].status is Status.APPLIED, results[0].detail
    assert (results[1].reason, "begun" in (results[1].detail or "")) == ("slot_taken", True)


def test_a_booking_code_is_given_once_per_branch(rig: Rig) -> None:
    rig.clock.now = NOW
    first = booking(1, at(TUESDAY, 10), booking_code="ABC123")
    again = booking(2, at(TUESDAY, 10, 15), booking_code="ABC123")
    assert [r.reason for r in rig.push(first, again).results] == [None, "conflict"]


def test_a_branch_library_books_borgerservice_at_the_main_library(rig: Rig) -> None:
    rig.clock.now = NOW
    library = rig.as_desk("Filialskranke")
    tuesday_ten = at(TUESDAY, 10)
    own = rig.push(booking(1, tuesday_ten), desk=library).results[0]
    # The library itself has no borgerservice shifts: nothing to book there.
    assert (own.status, own.reason) == (Status.REJECTED, "slot_taken")
    elsewhere = booking(2, tuesday_ten, branch_id=str(rig.desk.branch_id))
    answer = rig.push(elsewhere.model_copy(update={"version": 2}), desk=library).results[0]
    assert answer.status is Status.APPLIED, answer.detail
    with Session(rig.engine) as session:
        row = session.get(Appointment, uuid.UUID(answer.result["appointment_id"]))
        assert row is not None
        assert (row.branch_id, row.booked_by_desk_id) == (rig.desk.branch_id, library.desk_id)
        logged = set(
            session.scalars(select(BranchChange.branch_id).where(BranchChange.row_id == row.id))
        )
    assert logged == {rig.desk.branch_id, library.branch_id}  # the main library's and its own
    # The main library's places count: two caseworkers Tuesday morning, so a third is refused.
    second = booking(3, tuesday_ten, branch_id=str(rig.desk.branch_id))
    third = booking(4, tuesday_ten, branch_id=str(rig.desk.branch_id))
    answers = rig.push(
        second.model_copy(update={"version": 2}),
        third.model_copy(update={"version": 2}),
        desk=library,
    ).results
    assert [a.status for a in answers] == [Status.APPLIED, Status.REJECTED]
    assert answers[1].reason == "slot_taken"


def test_booking_at_a_branch_of_another_municipality_is_refused(rig: Rig) -> None:
    rig.clock.now = NOW
    stranger = booking(1, at(TUESDAY, 10), branch_id=str(uuid.uuid4()))
    answer = rig.push(stranger.model_copy(update={"version": 2})).results[0]
    assert (answer.status, answer.reason) == (Status.REJECTED, "unknown_branch")

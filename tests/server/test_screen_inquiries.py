"""Screen inquiries on the server: a branch library forwards, one caseworker accepts, both
branches see every move; nobody available gives the time someone is."""

from __future__ import annotations

import threading
import uuid
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.inquiries import Channel
from counter_app.models import (
    Branch,
    BranchChange,
    Inquiry,
    ScreenInquiry,
    ScreenInquiryState,
    ScreenRoom,
    Service,
)
from counter_app.protocol.messages import Status
from counter_app.protocol.mutations import MutationType
from counter_app.server.context import DeskContext
from counter_app.server.feed import snapshot
from tests.support.api import NOW, inquiry, mutation
from tests.support.rig import Rig

MONDAY_EVENING = datetime(2026, 5, 4, 17, 0, tzinfo=UTC)  # 19:00 in Copenhagen


@pytest.fixture
def screen_rig(rig: Rig) -> Rig:
    rig.clock.now = NOW  # Monday 11:30 in Copenhagen: borgerservice is on shift
    return rig


def _ids(rig: Rig) -> dict[str, uuid.UUID]:
    with Session(rig.engine) as session:
        main = session.scalars(select(Branch).where(Branch.code == "HB")).one()
        room = session.scalars(select(ScreenRoom).where(ScreenRoom.name == "Skærm 1")).one()
        passport = session.scalars(select(Service).where(Service.code == "passport")).one()
        return {"main": main.id, "room": room.id, "passport": passport.id}


def _forward(rig: Rig, number: int, **overrides: Any) -> tuple[str, Any]:
    ids = _ids(rig)
    inquiry_id = str(uuid.uuid4())
    body = {
        "screen_inquiry_id": inquiry_id,
        "to_branch_id": str(ids["main"]),
        "screen_room_id": str(ids["room"]),
        "service_id": str(ids["passport"]),
        "first_name": "Ida",
        **overrides,
    }
    branch = rig.as_desk("Filialskranke")
    result = rig.push(mutation(number, MutationType.SCREEN_FORWARD, body), desk=branch).results[0]
    return inquiry_id, result


def _move(rig: Rig, desk: DeskContext, number: int, kind: MutationType, inquiry_id: str) -> Any:
    body = {"screen_inquiry_id": inquiry_id}
    return rig.push(mutation(number, kind, body), desk=desk).results[0]


def _row(rig: Rig, inquiry_id: str) -> ScreenInquiry:
    with Session(rig.engine) as session:
        row = session.get(ScreenInquiry, uuid.UUID(inquiry_id))
        assert row is not None
        return row


def test_a_forwarded_citizen_is_seen_by_both_branches(screen_rig: Rig) -> None:
    rig = screen_rig
    inquiry_id, result = _forward(rig, 1)
    assert result.status is Status.APPLIED, result.detail
    row = _row(rig, inquiry_id)
    branch = rig.as_desk("Filialskranke")
    assert row.state is ScreenInquiryState.WAITING
    assert (row.branch_id, row.to_branch_id) == (branch.branch_id, rig.desk.branch_id)
    assert (row.screen, row.first_name) == ("Skærm 1", "Ida")
    with Session(rig.engine) as session:
        logged = set(
            session.scalars(select(BranchChange.branch_id).where(BranchChange.row_id == row.id))
        )
    assert logged == {branch.branch_id, rig.desk.branch_id}
    assert {branch.branch_id, rig.desk.branch_id} <= set(rig.pokes[-1])
    # A new caseworker desk's snapshot holds it; the book bus's does not.
    seen = snapshot(rig.engine, rig.as_desk("Borgerservice 2")).tables["screen_inquiry"]
    assert [r["id"] for r in seen] == [inquiry_id]
    assert snapshot(rig.engine, rig.as_desk("Bogbus")).tables["screen_inquiry"] == []


def test_one_caseworker_accepts_and_the_second_is_told_who_was_first(screen_rig: Rig) -> None:
    rig = screen_rig
    inquiry_id, _ = _forward(rig, 1)
    first, second = rig.as_desk("Borgerservice 1"), rig.as_desk("Borgerservice 2")
    won = _move(rig, first, 1, MutationType.SCREEN_ACCEPT, inquiry_id)
    assert won.status is Status.APPLIED, won.detail
    assert won.result["video_url"] == "https://video.demo-kommune.example/nord-skaerm-1"
    lost = _move(rig, second, 1, MutationType.SCREEN_ACCEPT, inquiry_id)
    assert (lost.status, lost.reason) == (Status.REJECTED, "already_taken")
    assert lost.result == {"desk_name": "Borgerservice 1"}
    row = _row(rig, inquiry_id)
    assert row.state is ScreenInquiryState.ACCEPTED
    assert (row.accepted_by_desk_id, row.accepted_at) == (first.desk_id, NOW)


def test_two_caseworkers_accepting_at_the_same_moment_one_wins(screen_rig: Rig) -> None:
    rig = screen_rig
    inquiry_id, _ = _forward(rig, 1)
    desks = [rig.as_desk(f"Borgerservice {n}") for n in (1, 2, 3)]
    start = threading.Barrier(len(desks))
    answers: dict[uuid.UUID, Any] = {}

    def accept(desk: DeskContext) -> None:
        start.wait()
        answers[desk.desk_id] = _move(rig, desk, 1, MutationType.SCREEN_ACCEPT, inquiry_id)

    threads = [threading.Thread(target=accept, args=(desk,)) for desk in desks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    statuses = sorted(a.status.value for a in answers.values())
    assert statuses == ["applied", "rejected", "rejected"]
    winner = next(desk for desk, a in answers.items() if a.status is Status.APPLIED)
    assert _row(rig, inquiry_id).accepted_by_desk_id == winner
    losers = [a for a in answers.values() if a.status is Status.REJECTED]
    assert {a.reason for a in losers} == {"already_taken"}


def test_only_a_caseworker_of_the_receiving_branch_accepts(screen_rig: Rig) -> None:
    rig = screen_rig
    inquiry_id, _ = _forward(rig, 1)
    for name, number in (("KVIK 1", 1), ("Filialskranke", 2)):
        answer = _move(rig, rig.as_desk(name), number, MutationType.SCREEN_ACCEPT, inquiry_id)
        assert answer.reason == "not_caseworker", name
    stranger = _move(rig, rig.as_desk("Bogbus"), 1, MutationType.SCREEN_ACCEPT, inquiry_id)
    assert stranger.reason == "unknown_screen_inquiry"
    assert _row(rig, inquiry_id).state is ScreenInquiryState.WAITING


def test_the_call_runs_to_the_end_only_at_the_desk_that_accepted(screen_rig: Rig) -> None:
    rig = screen_rig
    inquiry_id, _ = _forward(rig, 1)
    mine, other = rig.as_desk("Borgerservice 1"), rig.as_desk("Borgerservice 2")
    _move(rig, mine, 1, MutationType.SCREEN_ACCEPT, inquiry_id)
    assert _move(rig, other, 1, MutationType.SCREEN_START, inquiry_id).reason == "not_yours"
    assert _move(rig, mine, 2, MutationType.SCREEN_START, inquiry_id).status is Status.APPLIED
    assert _row(rig, inquiry_id).state is ScreenInquiryState.IN_CALL
    branch = rig.as_desk("Filialskranke")
    assert _move(rig, branch, 2, MutationType.SCREEN_CANCEL, inquiry_id).reason == "in_call"
    assert _move(rig, mine, 3, MutationType.SCREEN_FINISH, inquiry_id).status is Status.APPLIED
    done = _row(rig, inquiry_id)
    assert done.state is ScreenInquiryState.DONE and done.ended_at == NOW
    again = _move(rig, mine, 4, MutationType.SCREEN_FINISH, inquiry_id)
    assert again.reason == "wrong_state"


def test_the_library_cancels_when_the_citizen_leaves(screen_rig: Rig) -> None:
    rig = screen_rig
    inquiry_id, _ = _forward(rig, 1)
    branch = rig.as_desk("Filialskranke")
    assert _move(rig, branch, 2, MutationType.SCREEN_CANCEL, inquiry_id).status is Status.APPLIED
    row = _row(rig, inquiry_id)
    assert (row.state, row.cancelled_by) == (ScreenInquiryState.CANCELLED, "branch")
    late = _move(rig, rig.as_desk("Borgerservice 1"), 1, MutationType.SCREEN_ACCEPT, inquiry_id)
    assert late.reason == "cancelled"


def test_no_caseworker_on_shift_names_the_time_one_is(screen_rig: Rig) -> None:
    rig = screen_rig
    rig.clock.now = MONDAY_EVENING
    inquiry_id, answer = _forward(rig, 1)
    assert (answer.status, answer.reason) == (Status.REJECTED, "no_caseworker")
    # Tuesday 10:00 in Copenhagen (summer time).
    assert answer.result == {"available_from": "2026-05-05T08:00:00+00:00"}
    with Session(rig.engine) as session:
        assert session.get(ScreenInquiry, uuid.UUID(inquiry_id)) is None


def test_a_caseworker_desk_that_is_open_counts_outside_the_shifts(screen_rig: Rig) -> None:
    rig = screen_rig
    rig.clock.now = MONDAY_EVENING
    caseworker = rig.as_desk("Borgerservice 1")
    presence = {"open": True, "queue_ids": [str(rig.queue("B").id)]}
    opened = rig.push(mutation(1, MutationType.DESK_PRESENCE, presence), desk=caseworker)
    assert opened.results[0].status is Status.APPLIED
    _, answer = _forward(rig, 1)
    assert answer.status is Status.APPLIED, answer.detail


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("first_name", "Ida 010190-1234", "invalid_payload"),
        ("screen_room_id", "00000000-0000-0000-0000-000000000001", "unknown_screen"),
        ("service_id", "00000000-0000-0000-0000-000000000001", "unknown_service"),
        ("to_branch_id", "00000000-0000-0000-0000-000000000001", "unknown_branch"),
    ],
)
def test_a_bad_forward_is_refused_with_its_reason(
    screen_rig: Rig, field: str, value: str, reason: str
) -> None:
    _, answer = _forward(screen_rig, 1, **{field: value})
    assert (answer.status, answer.reason) == (Status.REJECTED, reason)


def test_the_caseworker_registers_it_with_the_library_it_came_from(screen_rig: Rig) -> None:
    rig = screen_rig
    inquiry_id, _ = _forward(rig, 1)
    caseworker = rig.as_desk("Borgerservice 1")
    _move(rig, caseworker, 1, MutationType.SCREEN_ACCEPT, inquiry_id)
    _move(rig, caseworker, 2, MutationType.SCREEN_FINISH, inquiry_id)
    registration = inquiry(3, channel="screen", screen_inquiry_id=inquiry_id)
    registration = registration.model_copy(update={"version": 3})
    answer = rig.push(registration, desk=caseworker).results[0]
    assert answer.status is Status.APPLIED, answer.detail
    library = rig.as_desk("Filialskranke").branch_id
    with Session(rig.engine) as session:
        stored = session.get(Inquiry, uuid.UUID(answer.result["inquiry_id"]))
        assert stored is not None
        assert stored.channel is Channel.SCREEN
        assert stored.source_branch_id == library
        assert stored.screen_inquiry_id == uuid.UUID(inquiry_id)
    # The library that forwarded cannot claim the registration of the caseworker's call.
    wrong = inquiry(2, channel="screen", screen_inquiry_id=inquiry_id)
    wrong = wrong.model_copy(update={"version": 3})
    refused = rig.push(wrong, desk=rig.as_desk("Filialskranke")).results[0]
    assert refused.reason == "unknown_screen_inquiry"

"""The ticket's life on the server: call a chosen ticket, recall, start, finish, no-show,
park and resume, transfer; only the desk holding a ticket moves it; every move is logged."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.tickets import TicketState
from counter_app.models import DeskPresence, Ticket, TicketEvent
from counter_app.protocol.messages import MutationResult, Status
from counter_app.protocol.mutations import MutationType
from tests.support.api import call_next, issue, mutation
from tests.support.rig import Rig

MORNING = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


class Numbers:
    """Mutation numbers per desk, so a test reads as a story."""

    def __init__(self) -> None:
        self._last: dict[str, int] = {}

    def next(self, desk: str) -> int:
        self._last[desk] = self._last.get(desk, 0) + 1
        return self._last[desk]


@pytest.fixture
def story(rig: Rig) -> Rig:
    rig.clock.now = MORNING
    return rig


def _push(
    rig: Rig, numbers: Numbers, desk: str, kind: MutationType, **payload: Any
) -> MutationResult:
    body = {
        key: str(value) if isinstance(value, uuid.UUID) else value for key, value in payload.items()
    }
    number = numbers.next(desk)
    return rig.push(mutation(number, kind, body), desk=rig.as_desk(desk)).results[0]


def _ticket(rig: Rig, ticket_id: str) -> Ticket:
    with Session(rig.engine, expire_on_commit=False) as session:
        ticket = session.get(Ticket, uuid.UUID(ticket_id))
        assert ticket is not None
        return ticket


def _issue(rig: Rig, numbers: Numbers, prefix: str = "K") -> str:
    result = rig.push(
        issue(numbers.next("KVIK 1"), rig.queue(prefix).id), desk=rig.as_desk("KVIK 1")
    ).results[0]
    assert result.status is Status.APPLIED, result.detail
    return str(result.result["ticket_id"])


def test_a_full_ticket_life_is_logged_move_by_move(story: Rig) -> None:
    numbers = Numbers()
    ticket = _issue(story, numbers)
    moves = [
        (MutationType.TICKET_CALL, TicketState.CALLED),
        (MutationType.TICKET_RECALL, TicketState.CALLED),
        (MutationType.TICKET_START, TicketState.SERVING),
        (MutationType.TICKET_PARK, TicketState.PARKED),
        (MutationType.TICKET_RESUME, TicketState.CALLED),
        (MutationType.TICKET_START, TicketState.SERVING),
        (MutationType.TICKET_FINISH, TicketState.DONE),
    ]
    for minute, (kind, state) in enumerate(moves, start=1):
        story.clock.now = MORNING + timedelta(minutes=minute)
        result = _push(story, numbers, "KVIK 2", kind, ticket_id=ticket)
        assert result.status is Status.APPLIED, (kind, result.detail)
        assert _ticket(story, ticket).state is state
    done = _ticket(story, ticket)
    assert done.serving_started_at == MORNING + timedelta(minutes=6)
    assert done.finished_at == MORNING + timedelta(minutes=7)
    assert done.called_at == MORNING + timedelta(minutes=5)  # the resume called anew
    with Session(story.engine) as session:
        kinds = session.scalars(
            select(TicketEvent.kind)
            .where(TicketEvent.ticket_id == uuid.UUID(ticket))
            .order_by(TicketEvent.at)
        ).all()
    assert kinds == ["issue", "call", "recall", "start", "park", "resume", "start", "finish"]


def test_only_the_desk_that_called_a_ticket_moves_it(story: Rig) -> None:
    numbers = Numbers()
    ticket = _issue(story, numbers)
    assert _push(story, numbers, "KVIK 2", MutationType.TICKET_CALL, ticket_id=ticket).status is (
        Status.APPLIED
    )
    for kind in (MutationType.TICKET_FINISH, MutationType.TICKET_RECALL, MutationType.TICKET_PARK):
        result = _push(story, numbers, "KVIK 3", kind, ticket_id=ticket)
        assert (result.status, result.reason) == (Status.REJECTED, "not_yours")
    result = _push(story, numbers, "KVIK 3", MutationType.TICKET_CALL, ticket_id=ticket)
    assert (result.status, result.reason) == (Status.REJECTED, "not_waiting")
    assert _ticket(story, ticket).called_by_desk_id == story.as_desk("KVIK 2").desk_id


def test_moves_the_state_machine_forbids_are_refused_with_the_rule(story: Rig) -> None:
    numbers = Numbers()
    ticket = _issue(story, numbers)
    _push(story, numbers, "KVIK 1", MutationType.TICKET_CALL, ticket_id=ticket)
    _push(story, numbers, "KVIK 1", MutationType.TICKET_START, ticket_id=ticket)
    result = _push(story, numbers, "KVIK 1", MutationType.TICKET_NO_SHOW, ticket_id=ticket)
    assert result.reason == "wrong_state"
    assert "serving cannot become no_show" in (result.detail or "")


def test_finish_without_start_counts_service_from_the_call(story: Rig) -> None:
    numbers = Numbers()
    ticket = _issue(story, numbers)
    _push(story, numbers, "KVIK 1", MutationType.TICKET_CALL, ticket_id=ticket)
    story.clock.now = MORNING + timedelta(minutes=4)
    assert _push(story, numbers, "KVIK 1", MutationType.TICKET_FINISH, ticket_id=ticket).status is (
        Status.APPLIED
    )
    done = _ticket(story, ticket)
    assert (done.state, done.serving_started_at) == (TicketState.DONE, MORNING)


def test_a_waiting_ticket_can_be_marked_gone_by_any_serving_desk(story: Rig) -> None:
    numbers = Numbers()
    ticket = _issue(story, numbers)
    result = _push(story, numbers, "KVIK 3", MutationType.TICKET_NO_SHOW, ticket_id=ticket)
    assert result.status is Status.APPLIED
    assert _ticket(story, ticket).state is TicketState.NO_SHOW


def test_a_kiosk_and_a_display_never_call(story: Rig) -> None:
    numbers = Numbers()
    ticket = _issue(story, numbers)
    for desk in ("Kiosk 1", "Infoskærm 1"):
        result = _push(story, numbers, desk, MutationType.TICKET_CALL, ticket_id=ticket)
        assert (result.status, result.reason) == (Status.REJECTED, "not_allowed")
    assert _ticket(story, ticket).state is TicketState.WAITING


def test_a_transfer_keeps_the_number_and_the_place_and_waits_for_the_named_desk(
    story: Rig,
) -> None:
    numbers = Numbers()
    early = _issue(story, numbers, "K")
    story.clock.now = MORNING + timedelta(minutes=1)
    librarian_ticket = _issue(story, numbers, "L")
    _push(story, numbers, "KVIK 1", MutationType.TICKET_CALL, ticket_id=early)
    target = story.as_desk("Bibliotekar")
    result = _push(
        story,
        numbers,
        "KVIK 1",
        MutationType.TICKET_TRANSFER,
        ticket_id=early,
        queue_id=story.queue("L").id,
        desk_id=target.desk_id,
        note="søger slægtsforskning",
    )
    assert result.status is Status.APPLIED, result.detail
    moved = _ticket(story, early)
    assert (moved.label, moved.state, moved.queue_id) == (
        "K001",
        TicketState.WAITING,
        story.queue("L").id,
    )
    assert (moved.assigned_desk_id, moved.note) == (target.desk_id, "søger slægtsforskning")
    assert moved.called_by_desk_id is None

    # Another desk calling the librarian queue skips the ticket meant for the librarian.
    other = story.push(
        call_next(numbers.next("KVIK 2"), story.queue("L").id), desk=story.as_desk("KVIK 2")
    )
    assert other.results[0].result["ticket_id"] == librarian_ticket
    # The librarian gets it next, before anyone drawn later.
    mine = story.push(call_next(numbers.next("Bibliotekar"), story.queue("L").id), desk=target)
    assert mine.results[0].result["label"] == "K001"
    assert _ticket(story, early).assigned_desk_id is None


def test_a_transfer_to_a_kiosk_or_a_foreign_queue_is_refused(story: Rig) -> None:
    numbers = Numbers()
    ticket = _issue(story, numbers)
    _push(story, numbers, "KVIK 1", MutationType.TICKET_CALL, ticket_id=ticket)
    kiosk = story.as_desk("Kiosk 1")
    result = _push(
        story,
        numbers,
        "KVIK 1",
        MutationType.TICKET_TRANSFER,
        ticket_id=ticket,
        queue_id=story.queue("L").id,
        desk_id=kiosk.desk_id,
    )
    assert result.reason == "unknown_desk"
    result = _push(
        story,
        numbers,
        "KVIK 1",
        MutationType.TICKET_TRANSFER,
        ticket_id=ticket,
        queue_id=uuid.uuid4(),
    )
    assert result.reason == "unknown_queue"
    assert _ticket(story, ticket).state is TicketState.CALLED


def test_a_transfer_note_with_a_cpr_number_is_refused_and_says_why(story: Rig) -> None:
    numbers = Numbers()
    ticket = _issue(story, numbers)
    _push(story, numbers, "KVIK 1", MutationType.TICKET_CALL, ticket_id=ticket)
    result = _push(
        story,
        numbers,
        "KVIK 1",
        MutationType.TICKET_TRANSFER,
        ticket_id=ticket,
        queue_id=story.queue("L").id,
        note="cpr 0101901234",
    )
    assert (result.status, result.reason) == (Status.REJECTED, "invalid_payload")
    assert "CPR" in (result.detail or "")
    assert (_ticket(story, ticket).state, _ticket(story, ticket).note) == (TicketState.CALLED, "")


def test_yesterdays_leftovers_are_never_called(story: Rig) -> None:
    numbers = Numbers()
    story.clock.now = datetime(2026, 11, 22, 16, 0, tzinfo=UTC)
    _issue(story, numbers)
    story.clock.now = MORNING
    result = story.push(call_next(numbers.next("KVIK 1"), story.queue("K").id)).results[0]
    assert result.reason == "no_waiting_ticket"


def test_presence_says_which_queues_an_open_desk_serves(story: Rig) -> None:
    numbers = Numbers()
    k = story.queue("K").id
    result = _push(
        story, numbers, "KVIK 2", MutationType.DESK_PRESENCE, open=True, queue_ids=[str(k)]
    )
    assert result.status is Status.APPLIED
    refused = _push(
        story,
        numbers,
        "KVIK 2",
        MutationType.DESK_PRESENCE,
        open=True,
        queue_ids=[str(uuid.uuid4())],
    )
    assert refused.reason == "unknown_queue"
    _push(
        story,
        numbers,
        "Kiosk 1",
        MutationType.DESK_PRESENCE,
        open=True,
        problem="no_paper",
        problem_detail="paper out",
    )
    with Session(story.engine) as session:
        rows = {row.id: row for row in session.scalars(select(DeskPresence))}
    assert rows[story.as_desk("KVIK 2").desk_id].queue_ids == [str(k)]
    assert rows[story.as_desk("Kiosk 1").desk_id].problem == "no_paper"

"""Here and now: KVIK asks an idle librarian to take a citizen at once; the librarian
takes them (calls the ticket) or declines, and the citizen goes back to KVIK."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.orm import Session

from counter_app.domain.tickets import TicketState
from counter_app.models import Ticket
from counter_app.protocol.messages import Status
from counter_app.protocol.mutations import MutationType
from tests.support.api import call_next, issue, mutation
from tests.support.rig import Rig


def _summon(number: int, ticket_id: str, queue_id: object, desk_id: object) -> Any:
    body = {
        "ticket_id": ticket_id,
        "queue_id": str(queue_id),
        "desk_id": str(desk_id),
        "note": "Her og nu fra KVIK 1",
        "summon": True,
    }
    return mutation(number, MutationType.TICKET_TRANSFER, body, version=2)


def _ticket(rig: Rig, ticket_id: str) -> Ticket:
    with Session(rig.engine) as session:
        ticket = session.get(Ticket, uuid.UUID(ticket_id))
        assert ticket is not None
        return ticket


def _serving_at_kvik(rig: Rig) -> str:
    kvik = rig.queue("K").id
    issued = rig.push(issue(1, kvik)).results[0]
    called = rig.push(call_next(2, kvik)).results[0]
    assert called.result["ticket_id"] == issued.result["ticket_id"]
    return str(issued.result["ticket_id"])


def test_the_librarian_takes_the_citizen_at_once(rig: Rig) -> None:
    ticket_id = _serving_at_kvik(rig)
    librarian = rig.as_desk("Bibliotekar")
    result = rig.push(_summon(3, ticket_id, rig.queue("L").id, librarian.desk_id)).results[0]
    assert result.status is Status.APPLIED, result.detail
    waiting = _ticket(rig, ticket_id)
    assert waiting.state is TicketState.WAITING and waiting.assigned_desk_id == librarian.desk_id
    assert waiting.summoned_by_desk_id == rig.desk.desk_id
    accept = mutation(1, MutationType.TICKET_CALL, {"ticket_id": ticket_id})
    assert rig.push(accept, desk=librarian).results[0].status is Status.APPLIED
    assert _ticket(rig, ticket_id).called_by_desk_id == librarian.desk_id


def test_a_declined_citizen_goes_back_to_the_desk_that_asked(rig: Rig) -> None:
    ticket_id = _serving_at_kvik(rig)
    librarian, other = rig.as_desk("Bibliotekar"), rig.as_desk("KVIK 2")
    rig.push(_summon(3, ticket_id, rig.queue("L").id, librarian.desk_id))
    decline = mutation(1, MutationType.TICKET_DECLINE, {"ticket_id": ticket_id})
    assert rig.push(decline, desk=other).results[0].reason == "not_asked"  # not theirs
    assert rig.push(decline, desk=librarian).results[0].status is Status.APPLIED
    back = _ticket(rig, ticket_id)
    assert back.queue_id == rig.queue("K").id and back.assigned_desk_id == rig.desk.desk_id
    assert back.summoned_by_desk_id is None and back.state is TicketState.WAITING
    again = mutation(2, MutationType.TICKET_DECLINE, {"ticket_id": ticket_id})
    assert rig.push(again, desk=librarian).results[0].reason == "not_asked"


def test_a_summons_must_name_the_desk(rig: Rig) -> None:
    ticket_id = _serving_at_kvik(rig)
    body = {"ticket_id": ticket_id, "queue_id": str(rig.queue("L").id), "summon": True}
    result = rig.push(mutation(3, MutationType.TICKET_TRANSFER, body, version=2)).results[0]
    assert result.reason == "no_desk"

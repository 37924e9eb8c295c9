"""Pushing mutations: numbering per desk, idempotency, gaps, rejections, ticket rules."""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy import ColumnElement, func, select

from counter_app.domain.tickets import TicketState
from counter_app.models import AppliedMutation, Base, BranchChange, Inquiry, Ticket
from counter_app.protocol.messages import Status
from tests.support.api import ApiDesk, call_next, enroll, error_text, inquiry, issue, mutation
from tests.support.server_db import server_session
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant


def count(server: ServerProcess, model: type[Base], *where: ColumnElement[bool]) -> int:
    """How many rows of ``model`` the server's database holds that match ``where``."""
    with server_session(server.database_url) as session:
        found: int | None = session.scalar(select(func.count()).select_from(model).where(*where))
        return found or 0


def test_issued_tickets_are_numbered_per_queue(desk: ApiDesk, tenant: Tenant) -> None:
    k, b = tenant.queue_ids["K"], tenant.queue_ids["B"]
    response = desk.push([issue(1, k), issue(2, k), issue(3, b), issue(4, k)])
    assert [r.status for r in response.results] == [Status.APPLIED] * 4
    assert [r.result["label"] for r in response.results] == ["K001", "K002", "B001", "K003"]
    assert [r.result["number"] for r in response.results] == [1, 2, 1, 3]
    assert response.last_applied_number == 4
    assert response.expected_number is None and not response.number_conflict
    seqs = [r.branch_seq or 0 for r in response.results]
    assert all(seqs) and seqs == sorted(seqs)


def test_numbers_continue_across_desks_of_the_branch(
    desk: ApiDesk, http: httpx.Client, server: ServerProcess, tenant: Tenant
) -> None:
    other = enroll(http, server.enrollment_key, municipality=tenant.code)
    k = tenant.queue_ids["K"]
    assert desk.push([issue(1, k)]).results[0].result["label"] == "K001"
    assert other.push([issue(1, k)]).results[0].result["label"] == "K002"
    assert desk.push([issue(2, k)]).results[0].result["label"] == "K003"


def test_the_same_batch_pushed_twice_gives_the_same_results_and_no_duplicates(
    desk: ApiDesk, server: ServerProcess, tenant: Tenant
) -> None:
    k = tenant.queue_ids["K"]
    batch = [issue(1, k), issue(2, k), inquiry(3), call_next(4, k)]
    first = desk.push(batch)
    seq_after_first = desk.pull(0, None).last_seq
    second = desk.push(batch)
    assert second == first
    assert [r.status for r in first.results] == [Status.APPLIED] * 4
    assert count(server, Ticket, Ticket.queue_id == k) == 2
    assert count(server, Inquiry, Inquiry.desk_id == desk.enrolled.desk_id) == 1
    assert count(server, AppliedMutation, AppliedMutation.desk_id == desk.enrolled.desk_id) == 4
    assert desk.pull(0, None).last_seq == seq_after_first
    # Only the first ticket was called, once.
    with server_session(server.database_url) as session:
        states = sorted(session.scalars(select(Ticket.state).where(Ticket.queue_id == k)))
    assert states == [TicketState.CALLED, TicketState.WAITING]


def test_a_partly_repeated_batch_returns_stored_results_and_applies_the_rest(
    desk: ApiDesk, tenant: Tenant
) -> None:
    k = tenant.queue_ids["K"]
    one, two, three = issue(1, k), issue(2, k), issue(3, k)
    first = desk.push([one, two])
    again = desk.push([one, two, three])
    assert again.results[:2] == first.results
    assert again.results[2].result["label"] == "K003"
    assert again.last_applied_number == 3


def test_a_gap_stops_the_push_and_names_the_expected_number(
    desk: ApiDesk, server: ServerProcess, tenant: Tenant
) -> None:
    k = tenant.queue_ids["K"]
    response = desk.push([issue(5, k)])
    assert response.results == []
    assert response.expected_number == 1
    assert response.last_applied_number == 0
    assert count(server, Ticket, Ticket.queue_id == k) == 0
    # Within a batch: 1 and 2 apply, 4 waits for 3.
    response = desk.push([issue(1, k), issue(2, k), issue(4, k)])
    assert [r.number for r in response.results] == [1, 2]
    assert response.expected_number == 3
    assert response.last_applied_number == 2
    assert count(server, Ticket, Ticket.queue_id == k) == 2


def test_rejected_mutations_use_up_their_numbers_and_the_next_one_applies(
    desk: ApiDesk, server: ServerProcess, tenant: Tenant
) -> None:
    k, b = tenant.queue_ids["K"], tenant.queue_ids["B"]
    batch = [
        issue(1, uuid.uuid4()),  # no such queue
        call_next(2, b),  # nobody waits in B
        mutation(3, "ticket.issue", {"queue_id": "not a uuid"}),
        mutation(4, "ticket.teleport", {}),
        mutation(
            5, "ticket.issue", {"ticket_id": str(uuid.uuid4()), "queue_id": str(k)}, version=99
        ),
        issue(6, k, withdrawn=True),
        issue(7, k, staff_id=uuid.uuid4()),  # no such staff member
        inquiry(8, started_at="2026-05-04T10:00:00+00:00", ended_at="2026-05-04T09:00:00+00:00"),
        issue(9, k),
    ]
    response = desk.push(batch)
    reasons = [(r.number, r.status, r.reason) for r in response.results]
    assert reasons == [
        (1, Status.REJECTED, "unknown_queue"),
        (2, Status.REJECTED, "no_waiting_ticket"),
        (3, Status.REJECTED, "invalid_payload"),
        (4, Status.REJECTED, "unknown_mutation"),
        (5, Status.REJECTED, "unknown_mutation"),
        (6, Status.REJECTED, "withdrawn"),
        (7, Status.REJECTED, "unknown_staff"),
        (8, Status.REJECTED, "invalid_times"),
        (9, Status.APPLIED, None),
    ]
    assert all(r.detail for r in response.results[:-1])
    assert all(r.branch_seq is None for r in response.results[:-1])
    assert response.last_applied_number == 9
    # Rejections take no ticket number and write nothing to the change log.
    assert response.results[-1].result["label"] == "K001"
    assert count(server, Ticket, Ticket.queue_id == k) == 1
    assert count(server, BranchChange, BranchChange.branch_id == desk.enrolled.branch_id) == (
        response.results[-1].branch_seq
    )
    # A rejection is as final as an application: pushed again, it answers the same.
    assert desk.push(batch) == response


def test_a_number_reused_with_another_mutation_id_is_a_conflict(
    desk: ApiDesk, server: ServerProcess, tenant: Tenant
) -> None:
    k = tenant.queue_ids["K"]
    desk.push([issue(1, k), issue(2, k)])
    response = desk.push([issue(2, k), issue(3, k)])
    assert response.number_conflict
    assert response.results == []
    assert response.last_applied_number == 2
    assert count(server, Ticket, Ticket.queue_id == k) == 2


def test_call_next_calls_the_longest_waiting_ticket_to_the_desk(
    desk: ApiDesk, server: ServerProcess, tenant: Tenant
) -> None:
    k, b = tenant.queue_ids["K"], tenant.queue_ids["B"]
    issued = desk.push([issue(1, k), issue(2, b), issue(3, k)]).results
    called = desk.push(
        [call_next(4, k, b), call_next(5, k, b), call_next(6, k, b), call_next(7, k, b)]
    )
    assert [r.result.get("label") for r in called.results] == ["K001", "B001", "K002", None]
    assert called.results[-1].reason == "no_waiting_ticket"
    assert [r.result["ticket_id"] for r in called.results[:3]] == [
        r.result["ticket_id"] for r in issued
    ]
    with server_session(server.database_url) as session:
        tickets = session.scalars(
            select(Ticket).where(Ticket.branch_id == desk.enrolled.branch_id)
        ).all()
    # Each call ended the citizen before: the last one called is still at the desk.
    states = {t.label: t.state for t in tickets}
    assert states == {
        "K001": TicketState.DONE,
        "B001": TicketState.DONE,
        "K002": TicketState.CALLED,
    }
    assert {t.called_by_desk_id for t in tickets} == {desk.enrolled.desk_id}
    assert all(t.called_at is not None for t in tickets)
    assert all(t.finished_at is not None for t in tickets if t.state is TicketState.DONE)


def test_inquiry_register_stores_the_inquiry_and_its_services(
    desk: ApiDesk, server: ServerProcess, tenant: Tenant
) -> None:
    ticket = desk.push([issue(1, tenant.queue_ids["K"])]).results[0].result["ticket_id"]
    inquiry_id = str(uuid.uuid4())
    response = desk.push(
        [
            inquiry(
                2,
                inquiry_id=inquiry_id,
                service_ids=[str(tenant.service_id), str(tenant.service_id)],
                ticket_id=ticket,
                note="lægeskift",
            ),
            inquiry(3, inquiry_id=inquiry_id),
            inquiry(4, service_ids=[str(uuid.uuid4())]),
            inquiry(5, ticket_id=str(uuid.uuid4())),
        ]
    )
    assert [(r.status, r.reason) for r in response.results] == [
        (Status.APPLIED, None),
        (Status.REJECTED, "duplicate_inquiry"),
        (Status.REJECTED, "unknown_service"),
        (Status.REJECTED, "unknown_ticket"),
    ]
    changes = desk.pull(0, desk.snapshot().epoch).changes
    tables = [c.table for c in changes if c.seq > 0]
    assert tables.count("inquiry") == 1
    assert tables.count("inquiry_service") == 1  # the service was named twice, linked once
    stored = next(c.row for c in changes if c.table == "inquiry")
    assert stored["id"] == inquiry_id and stored["ticket_id"] == ticket
    assert stored["note"] == "lægeskift"


def test_a_duplicate_ticket_id_is_rejected(desk: ApiDesk, tenant: Tenant) -> None:
    first = issue(1, tenant.queue_ids["K"])
    again = mutation(2, "ticket.issue", dict(first.payload))
    response = desk.push([first, again])
    assert [r.reason for r in response.results] == [None, "duplicate_ticket"]


def test_numbers_must_increase_within_one_push(desk: ApiDesk, tenant: Tenant) -> None:
    k = tenant.queue_ids["K"]
    for numbers in ([2, 1], [1, 1], [1, 3, 2]):
        response = desk.push_raw([issue(n, k) for n in numbers])
        assert response.status_code == 422
        assert "strictly increasing" in error_text(response)
    assert desk.push([issue(1, k)]).results[0].result["label"] == "K001"


def test_a_refusal_after_its_handler_wrote_leaves_nothing_and_the_rest_of_the_push_applies(
    desk: ApiDesk, server: ServerProcess, tenant: Tenant
) -> None:
    """A push runs first without a savepoint a mutation; a handler that refuses after it
    wrote (here: the inquiry is stored, then its screen inquiry is found missing), or a
    row that clashes only when the push is written, sends it round again, carefully."""
    first = inquiry(1)
    batch = [
        first,
        inquiry(2, inquiry_id=first.payload["inquiry_id"]),  # the same inquiry again
        # Checking the staff member reads the database, which writes the clash out first.
        issue(3, tenant.queue_ids["K"], staff_id=uuid.uuid4()),
        inquiry(4),
        inquiry(5, screen_inquiry_id=str(uuid.uuid4())).model_copy(update={"version": 3}),
        inquiry(6),
        issue(7, tenant.queue_ids["K"]),  # numbering reads, so writes the inquiries before
        inquiry(8, inquiry_id=first.payload["inquiry_id"]),  # a clash with a written one
    ]
    response = desk.push(batch)
    assert [(r.number, r.status, r.reason) for r in response.results] == [
        (1, Status.APPLIED, None),
        (2, Status.REJECTED, "duplicate_inquiry"),
        (3, Status.REJECTED, "unknown_staff"),
        (4, Status.APPLIED, None),
        (5, Status.REJECTED, "unknown_screen_inquiry"),
        (6, Status.APPLIED, None),
        (7, Status.APPLIED, None),
        (8, Status.REJECTED, "duplicate_inquiry"),
    ]
    applied = (0, 3, 5)
    stored = {batch[n].payload["inquiry_id"] for n in applied}
    branch = desk.enrolled.branch_id
    with server_session(server.database_url) as session:
        mine = select(Inquiry.id).where(Inquiry.desk_id == desk.enrolled.desk_id)
        assert {str(i) for i in session.scalars(mine)} == stored
        logged = session.execute(
            select(BranchChange.seq, BranchChange.row_id)
            .where(BranchChange.branch_id == branch, BranchChange.table_name == "inquiry")
            .order_by(BranchChange.seq)
        ).all()
    # Each applied inquiry is logged once, in push order, and its result names its change.
    assert [str(row_id) for _, row_id in logged] == [
        batch[n].payload["inquiry_id"] for n in applied
    ]
    assert [response.results[n].branch_seq for n in applied] == [seq for seq, _ in logged]
    assert all(response.results[n].branch_seq is None for n in (1, 2, 4, 7))
    assert desk.push(batch) == response

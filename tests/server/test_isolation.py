"""A desk of one municipality can neither see nor change another municipality's rows."""

from __future__ import annotations

import uuid

import httpx
import pytest
from sqlalchemy import select

from counter_app.domain.inquiries import CallbackState
from counter_app.domain.tickets import TicketState
from counter_app.models import Callback, Service, ServingLimitSetting, Ticket
from counter_app.protocol.messages import Status
from counter_app.protocol.mutations import MutationType
from tests.server.test_catalogue_changes import service_fields
from tests.support.api import ApiDesk, call_next, enroll, inquiry, issue, mutation
from tests.support.server_db import server_session
from tests.support.server_process import ServerProcess
from tests.support.tenants import STAFF_CODE, Tenant, seed_tenant


@pytest.fixture
def other(server: ServerProcess) -> Tenant:
    """A second municipality, B."""
    return seed_tenant(server.database_url)


@pytest.fixture
def other_desk(http: httpx.Client, server: ServerProcess, other: Tenant) -> ApiDesk:
    return enroll(http, server.enrollment_key, municipality=other.code)


def test_snapshot_and_pull_show_nothing_of_another_municipality(
    desk: ApiDesk, other_desk: ApiDesk, tenant: Tenant, other: Tenant
) -> None:
    own = desk.push([issue(1, tenant.queue_ids["K"]), inquiry(2)]).results
    foreign = other_desk.push([issue(1, other.queue_ids["K"]), inquiry(2)]).results
    foreign_ids = {str(other.municipality_id), str(other_desk.enrolled.desk_id)}
    foreign_ids |= {str(r.result.get("ticket_id") or r.result["inquiry_id"]) for r in foreign}
    foreign_ids |= {str(other.service_id), str(other.staff_id), *map(str, other.queue_ids.values())}
    foreign_ids |= {str(b) for b in other.branch_ids.values()}

    snapshot = desk.snapshot()
    seen = {row["id"] for rows in snapshot.tables.values() for row in rows}
    assert not seen & foreign_ids
    assert {r.result.get("ticket_id") or r.result.get("inquiry_id") for r in own} <= seen
    for rows in snapshot.tables.values():
        for row in rows:
            assert row.get("municipality_id", row["id"]) == str(tenant.municipality_id)

    changes = desk.pull(0, snapshot.epoch).changes
    assert not {c.row["id"] for c in changes} & foreign_ids
    assert {c.row.get("municipality_id") for c in changes} == {str(tenant.municipality_id)}


def test_mutations_cannot_reach_into_another_municipality(
    desk: ApiDesk, other_desk: ApiDesk, server: ServerProcess, tenant: Tenant, other: Tenant
) -> None:
    foreign_ticket = (
        other_desk.push([issue(1, other.queue_ids["K"])]).results[0].result["ticket_id"]
    )
    desk.sign_in("AB", STAFF_CODE)
    response = desk.push(
        [
            issue(1, other.queue_ids["K"]),
            call_next(2, other.queue_ids["K"]),
            inquiry(3, service_ids=[str(other.service_id)]),
            inquiry(4, ticket_id=foreign_ticket),
            issue(5, tenant.queue_ids["K"], staff_id=other.staff_id),
            issue(6, tenant.queue_ids["K"], staff_id=tenant.staff_id),
        ]
    )
    assert [(r.status, r.reason) for r in response.results] == [
        (Status.REJECTED, "unknown_queue"),
        (Status.REJECTED, "no_waiting_ticket"),
        (Status.REJECTED, "unknown_service"),
        (Status.REJECTED, "unknown_ticket"),
        (Status.REJECTED, "unknown_staff"),
        (Status.APPLIED, None),
    ]
    with server_session(server.database_url) as session:
        ticket = session.get(Ticket, uuid.UUID(foreign_ticket))
        assert ticket is not None
        assert ticket.state is TicketState.WAITING and ticket.called_by_desk_id is None
        foreign_rows = session.scalars(
            select(Ticket).where(Ticket.municipality_id == other.municipality_id)
        ).all()
    assert len(foreign_rows) == 1
    # B's change log saw none of A's attempts.
    assert [c.table for c in other_desk.pull(0, other_desk.snapshot().epoch).changes] == [
        "desk",
        "ticket",
    ]


def test_the_catalogue_and_callbacks_of_another_municipality_are_out_of_reach(
    desk: ApiDesk, other_desk: ApiDesk, server: ServerProcess, tenant: Tenant, other: Tenant
) -> None:
    callback_id = str(uuid.uuid4())
    their_callback = {
        "callback_id": callback_id,
        "group_code": "fees",
        "due_at": "2026-05-05T10:00:00+00:00",
        "citizen_name": "Karen",
        "citizen_contact": "12345678",
    }
    opened = other_desk.push(
        [inquiry(1, outcome="callback", callback=their_callback).model_copy(update={"version": 2})]
    )
    assert opened.results[0].status is Status.APPLIED
    fields = service_fields(code="mitid", name_da="Overtaget")
    save = MutationType.CATALOGUE_SERVICE_SAVE
    finish = {
        "callback_id": callback_id,
        "inquiry_id": str(uuid.uuid4()),
        "started_at": "2026-05-05T09:00:00+00:00",
        "ended_at": "2026-05-05T09:01:00+00:00",
    }
    limit = {"desk_kind": "kvik", "limit_minutes": 9, "amber_minutes": 8}
    desk.sign_in("LE", STAFF_CODE)
    response = desk.push(
        [
            mutation(1, save, {"service_id": str(other.service_id), "fields": fields},
                     staff_id=tenant.manager_id),
            mutation(2, save, {"service_id": str(uuid.uuid4()), "fields": fields},
                     staff_id=other.manager_id),
            mutation(3, MutationType.CALLBACK_FINISH, finish),
            mutation(4, MutationType.CATALOGUE_LIMIT_SAVE, limit, staff_id=other.manager_id),
            mutation(5, MutationType.CATALOGUE_LIMIT_SAVE, limit, staff_id=tenant.manager_id),
        ]
    )  # fmt: skip
    assert [(r.status, r.reason) for r in response.results] == [
        (Status.REJECTED, "unknown_service"),
        (Status.REJECTED, "unknown_staff"),
        (Status.REJECTED, "unknown_callback"),
        (Status.REJECTED, "unknown_staff"),
        (Status.APPLIED, None),  # its own municipality's limit
    ]
    with server_session(server.database_url) as session:
        theirs = session.get(Service, other.service_id)
        assert theirs is not None and theirs.name_da != "Overtaget"
        assert session.get(Callback, uuid.UUID(callback_id)).state is CallbackState.OPEN  # type: ignore[union-attr]
        limits = {
            row.municipality_id: row.limit_seconds
            for row in session.scalars(
                select(ServingLimitSetting).where(ServingLimitSetting.desk_kind == "kvik")
            )
        }
    assert (limits[tenant.municipality_id], limits[other.municipality_id]) == (540, 300)


def test_a_desk_cannot_issue_in_another_branch_of_its_own_municipality(
    desk: ApiDesk, tenant: Tenant
) -> None:
    result = desk.push([issue(1, tenant.queue_ids["N"])]).results[0]
    assert (result.status, result.reason) == (Status.REJECTED, "unknown_queue")


def test_enrolling_a_foreign_desk_name_makes_a_desk_of_ones_own_municipality(
    desk: ApiDesk,
    other_desk: ApiDesk,
    http: httpx.Client,
    server: ServerProcess,
    tenant: Tenant,
) -> None:
    again = enroll(
        http, server.enrollment_key, other_desk.enrolled.desk_name, municipality=tenant.code
    )
    assert again.enrolled.desk_id != other_desk.enrolled.desk_id
    assert again.enrolled.municipality_id == desk.enrolled.municipality_id

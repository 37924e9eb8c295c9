"""Pulling the change log after a cursor, epochs, and snapshots."""

from __future__ import annotations

import uuid

import httpx

from counter_app.domain.catalogue import load_catalogue
from counter_app.protocol.messages import Status
from tests.support.api import ApiDesk, call_next, enroll, inquiry, issue
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant


def fill(desk: ApiDesk, tenant: Tenant, tickets: int = 6) -> int:
    """Issue tickets, call up to two and register an inquiry; the last branch change number."""
    k = tenant.queue_ids["K"]
    calls = min(tickets, 2)
    batch = [issue(n, k) for n in range(1, tickets + 1)]
    batch += [call_next(tickets + 1 + n, k) for n in range(calls)]
    batch += [inquiry(tickets + calls + 1)]
    results = desk.push(batch).results
    assert {r.status for r in results} == {Status.APPLIED}, [
        (r.number, r.reason, r.detail) for r in results
    ]
    last = results[-1].branch_seq
    assert last is not None
    return last


def test_pull_after_a_cursor_returns_every_later_change_once_in_order(
    desk: ApiDesk, tenant: Tenant
) -> None:
    last = fill(desk, tenant)
    epoch = desk.snapshot().epoch
    for cursor in (0, 1, 4, last - 1, last):
        page = desk.pull(cursor, epoch)
        assert not page.snapshot_required
        assert [c.seq for c in page.changes] == list(range(cursor + 1, last + 1))
        assert page.last_seq == last
        assert not page.has_more


def test_pull_pages_through_the_log_without_gaps(desk: ApiDesk, tenant: Tenant) -> None:
    last = fill(desk, tenant, tickets=10)
    epoch = desk.snapshot().epoch
    seen: list[int] = []
    cursor, pages = 0, 0
    while True:
        page = desk.pull(cursor, epoch, limit=3)
        pages += 1
        assert len(page.changes) <= 3
        seen += [c.seq for c in page.changes]
        if not page.has_more:
            break
        cursor = page.changes[-1].seq
    assert seen == list(range(1, last + 1))
    assert pages == -(-last // 3)


def test_each_change_carries_the_row_as_it_was_then(desk: ApiDesk, tenant: Tenant) -> None:
    fill(desk, tenant, tickets=2)
    changes = desk.pull(0, desk.snapshot().epoch).changes
    first_ticket = next(c for c in changes if c.table == "ticket").row["id"]
    states = [
        c.row["state"] for c in changes if c.table == "ticket" and c.row["id"] == first_ticket
    ]
    # The second call next of the same desk finished the first citizen.
    assert states == ["waiting", "called", "done"]
    assert changes[0].table == "desk"  # the enrollment itself


def test_a_wrong_or_missing_epoch_requires_a_snapshot(desk: ApiDesk, tenant: Tenant) -> None:
    last = fill(desk, tenant, tickets=1)
    epoch = desk.snapshot().epoch
    for wrong in (None, uuid.uuid4()):
        page = desk.pull(0, wrong)
        assert page.snapshot_required
        assert page.changes == []
        assert page.epoch == epoch
        assert page.last_seq == last


def test_a_cursor_ahead_of_the_server_requires_a_snapshot(desk: ApiDesk, tenant: Tenant) -> None:
    last = fill(desk, tenant, tickets=1)
    page = desk.pull(last + 1, desk.snapshot().epoch)
    assert page.snapshot_required


def test_snapshot_has_the_branch_rows_and_the_seq_it_is_current_to(
    desk: ApiDesk, tenant: Tenant
) -> None:
    last = fill(desk, tenant, tickets=3)
    snapshot = desk.snapshot()
    assert snapshot.seq == last
    tables = snapshot.tables
    assert [row["id"] for row in tables["municipality"]] == [str(tenant.municipality_id)]
    assert {row["code"] for row in tables["branch"]} == {"HB", "NORD"}
    assert {row["prefix"] for row in tables["queue"]} == {"K", "B"}  # not NORD's N
    assert sorted((row["prefix"], row["number"], row["state"]) for row in tables["ticket"]) == [
        ("K", 1, "done"),  # finished by the desk's next call
        ("K", 2, "called"),
        ("K", 3, "waiting"),
    ]
    assert len(tables["inquiry"]) == 1
    assert [row["id"] for row in tables["desk"]] == [str(desk.enrolled.desk_id)]
    assert str(tenant.service_id) in {row["id"] for row in tables["service"]}
    # The whole catalogue, and its lists, come with the municipality-wide rows.
    assert len(tables["service"]) == len(load_catalogue().services)
    assert {row["code"] for row in tables["catalogue_choice"]} >= {"skat", "fees"}
    # A desk starting from the snapshot pulls on from its seq and finds nothing missing.
    page = desk.pull(snapshot.seq, snapshot.epoch)
    assert page.changes == [] and not page.snapshot_required


def test_the_branch_library_has_its_own_log(
    desk: ApiDesk, tenant: Tenant, http: httpx.Client, server: ServerProcess
) -> None:
    north = enroll(http, server.enrollment_key, municipality=tenant.code, branch="NORD")
    fill(desk, tenant, tickets=2)
    result = north.push([issue(1, tenant.queue_ids["N"])]).results[0]
    assert result.result["label"] == "N001"
    north_changes = north.pull(0, north.snapshot().epoch).changes
    # NORD's log: two desk rows (municipality-wide) and its own ticket, nothing of HB's.
    assert [c.table for c in north_changes] == ["desk", "desk", "ticket"]
    assert [c.seq for c in north_changes] == [1, 2, 3]
    assert {row["prefix"] for row in north.snapshot().tables["ticket"]} == {"N"}

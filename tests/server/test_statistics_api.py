"""GET /api/v1/statistics/overview over HTTP: who may see what, and bad requests answered
with a 4xx and a sentence, never a 500."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest

from counter_app.domain.timezone import day_bounds, local_day, utc_now
from counter_app.protocol.statistics import StatisticsReport
from tests.support.api import ApiDesk, enroll, error_text, inquiry
from tests.support.server_process import ServerProcess
from tests.support.tenants import STAFF_CODE, Tenant, seed_tenant

PATH = "/api/v1/statistics/overview"


def _get(desk: ApiDesk, **params: Any) -> httpx.Response:
    query = {key: str(value) for key, value in params.items()}
    return desk.client.get(PATH, params=query, headers=desk.headers)


@pytest.fixture
def other(server: ServerProcess) -> Tenant:
    return seed_tenant(server.database_url)


def test_a_desk_sees_its_own_branch_today_and_a_manager_the_municipality(
    desk: ApiDesk, tenant: Tenant
) -> None:
    now = utc_now()
    today = local_day(now)
    # Five minutes ago, but never yesterday (the test may run just after midnight).
    started = max(now - timedelta(minutes=5), day_bounds(now)[0])
    registered = inquiry(
        1,
        started_at=started.isoformat(),
        ended_at=now.isoformat(),
        service_ids=[str(tenant.service_id)],
    )
    desk.push([registered])
    own = _get(desk, first_day=today, last_day=today)
    assert own.status_code == 200, own.text
    report = StatisticsReport.model_validate_json(own.content)
    assert report.scope == "branch_day" and report.branch_id == tenant.branch_ids["HB"]
    assert report.inquiries.total == 1
    month = {"first_day": today.replace(day=1), "last_day": today}
    refused = _get(desk, **month)
    assert refused.status_code == 403
    assert "manager" in error_text(refused)
    clerk = ApiDesk(desk.client, desk.enrolled)
    clerk.sign_in("AB", STAFF_CODE)  # a KVIK employee is no manager
    assert _get(clerk, **month).status_code == 403
    desk.sign_in("LE", STAFF_CODE)
    managed = _get(desk, **month)
    assert managed.status_code == 200, managed.text
    assert StatisticsReport.model_validate_json(managed.content).scope == "municipality"
    # Lene's session ended when Anna signed in at the same desk: it shows nothing more.
    assert _get(clerk, **month).status_code == 401


def test_another_municipality_is_out_of_reach(
    http: httpx.Client, server: ServerProcess, desk: ApiDesk, tenant: Tenant, other: Tenant
) -> None:
    today = local_day(utc_now())
    desk.push(
        [
            inquiry(
                1, started_at=datetime.now(UTC).isoformat(), ended_at=datetime.now(UTC).isoformat()
            )
        ]
    )
    foreign = enroll(http, server.enrollment_key, municipality=other.code)
    foreign.sign_in("LE", STAFF_CODE)  # their own manager, who has the same initials
    theirs = _get(foreign, first_day=today, last_day=today)
    assert StatisticsReport.model_validate_json(theirs.content).inquiries.total == 0
    # Another municipality's manager's session, carried to this desk, counts for nothing.
    desk.sign_in("LE", STAFF_CODE)
    borrowed = ApiDesk(foreign.client, foreign.enrolled)
    borrowed.headers = {**borrowed.headers, "x-staff-session": desk.headers["x-staff-session"]}
    assert _get(borrowed, first_day=today, last_day=today).status_code == 401
    # Nor can its branches be named.
    wrong_branch = _get(foreign, first_day=today, last_day=today, branch_id=tenant.branch_ids["HB"])
    assert wrong_branch.status_code == 404 and error_text(wrong_branch)


@pytest.mark.parametrize(
    "params",
    [
        {"first_day": "2026-03-31", "last_day": "2026-03-01"},
        {"first_day": "2024-01-01", "last_day": "2026-03-01"},
        {"first_day": "31.03.2026", "last_day": "2026-03-31"},
        {"first_day": "2026-03-01"},
        {"first_day": "2026-03-01", "last_day": "2026-03-31", "desk_kind": "cashier"},
        {"first_day": "2026-03-01", "last_day": "2026-03-31", "branch_id": "not-an-id"},
        {"first_day": "2026-03-01", "last_day": "2026-03-31", "surprise": "1"},
    ],
)
def test_a_bad_request_gets_a_422_with_a_sentence(
    desk: ApiDesk, tenant: Tenant, params: dict[str, str]
) -> None:
    desk.sign_in("LE", STAFF_CODE)
    response = _get(desk, **params)
    assert response.status_code == 422, response.text
    assert error_text(response)


def test_without_a_token_nothing_is_shown(http: httpx.Client) -> None:
    response = http.get(PATH, params={"first_day": "2026-03-01", "last_day": "2026-03-31"})
    assert response.status_code == 401

"""Staff sign in at a desk with initials and personal code; wrong codes are limited."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx
import pytest
from sqlalchemy import select

from counter_app.domain.access import (
    SIGN_IN_FAILURES,
    SIGN_IN_WINDOW,
    AccessError,
    check_staff_code,
    sign_in_blocked_until,
)
from counter_app.models import StaffCredential, StaffSession
from counter_app.protocol.messages import EnrollResponse
from counter_app.server.staff_access import hash_staff_code, staff_code_matches
from tests.support.api import ApiDesk, enroll, error_text
from tests.support.server_db import server_session
from tests.support.server_process import ServerProcess
from tests.support.tenants import STAFF_CODE, Tenant

T0 = datetime(2026, 3, 29, 0, 30, tzinfo=UTC)  # the night summer time begins


def _try(desk: ApiDesk, initials: str, code: str) -> httpx.Response:
    return desk.client.post(
        "/api/v1/staff/sign-in",
        json={"initials": initials, "code": code, "next_number": 1},
        headers=desk.headers,
    )


def test_a_staff_member_signs_in_and_only_a_hash_is_kept(
    desk: ApiDesk, server: ServerProcess, tenant: Tenant
) -> None:
    signed_in = desk.sign_in("ab", STAFF_CODE)  # initials in any case
    assert (signed_in.initials, signed_in.display_name, signed_in.role) == ("AB", "Anna", "kvik")
    assert timedelta(hours=11) < signed_in.expires_at - datetime.now(UTC) <= timedelta(hours=12)
    with server_session(server.database_url) as session:
        stored = session.scalars(
            select(StaffCredential.code_hash).where(StaffCredential.staff_id == tenant.staff_id)
        ).one()
        tokens = session.scalars(select(StaffSession.token_sha256)).all()
    assert STAFF_CODE not in stored and stored.startswith("scrypt$")
    assert signed_in.session_token not in tokens


def test_five_wrong_codes_block_sign_in_for_a_while(
    desk: ApiDesk, http: httpx.Client, server: ServerProcess, tenant: Tenant
) -> None:
    for _ in range(SIGN_IN_FAILURES):
        wrong = _try(desk, "AB", "not-the-code")
        assert wrong.status_code == 401 and error_text(wrong) == "wrong initials or personal code"
    blocked = _try(desk, "AB", STAFF_CODE)  # even the right code waits now
    assert blocked.status_code == 429
    assert 0 < int(blocked.headers["retry-after"]) <= SIGN_IN_WINDOW.total_seconds() + 1
    assert "wait 15 minutes" in error_text(blocked)
    # At another desk the same initials are blocked too (guessing moves from desk to desk)...
    other = enroll(http, server.enrollment_key, municipality=tenant.code)
    assert _try(other, "AB", STAFF_CODE).status_code == 429
    # ...and this desk is blocked for everyone; another staff member at another desk is not.
    assert _try(desk, "LE", STAFF_CODE).status_code == 429
    assert _try(other, "LE", STAFF_CODE).status_code == 200


def test_unknown_initials_count_as_wrong_and_say_nothing_more(desk: ApiDesk) -> None:
    unknown = _try(desk, "ZZ", STAFF_CODE)
    assert unknown.status_code == 401 and error_text(unknown) == "wrong initials or personal code"


def test_nobody_signs_in_at_a_kiosk_or_at_a_branch_not_theirs(
    http: httpx.Client, server: ServerProcess, tenant: Tenant
) -> None:
    body = {
        "enrollment_key": server.enrollment_key,
        "municipality_code": tenant.code,
        "branch_code": "HB",
        "desk_name": "Kiosk 9",
        "desk_kind": "kiosk",
    }
    kiosk = http.post("/api/v1/enroll", json=body)
    kiosk_desk = ApiDesk(http, EnrollResponse.model_validate_json(kiosk.content))
    refused = _try(kiosk_desk, "AB", STAFF_CODE)
    assert refused.status_code == 403 and "kiosk" in error_text(refused)
    north = enroll(http, server.enrollment_key, municipality=tenant.code, branch="NORD")
    away = _try(north, "AB", STAFF_CODE)  # Anna's home is HB
    assert away.status_code == 403 and "another branch" in error_text(away)
    assert _try(north, "LE", STAFF_CODE).status_code == 200  # a manager works everywhere


def test_sign_out_ends_the_session(desk: ApiDesk) -> None:
    desk.sign_in("LE", STAFF_CODE)
    out = desk.client.post("/api/v1/staff/sign-out", json={"last_number": 0}, headers=desk.headers)
    assert out.status_code == 204
    after = desk.client.get(
        "/api/v1/statistics/overview",
        params={"first_day": "2026-03-01", "last_day": "2026-03-31"},
        headers=desk.headers,
    )
    assert after.status_code == 401 and "sign in again" in error_text(after)


def test_the_limit_counts_failures_within_the_window_only() -> None:
    recent = [T0 + timedelta(minutes=m) for m in range(SIGN_IN_FAILURES)]
    assert sign_in_blocked_until(recent[:-1], T0 + timedelta(minutes=5)) is None
    until = sign_in_blocked_until(recent, T0 + timedelta(minutes=5))
    assert until == T0 + SIGN_IN_WINDOW
    # The night summer time begins changes nothing: the rule counts in UTC.
    assert sign_in_blocked_until(recent, T0 + SIGN_IN_WINDOW + timedelta(minutes=1)) is None


@pytest.mark.parametrize("weak", ["12345", "000000", "123456", "aaaaaaaa", "x" * 65])
def test_weak_personal_codes_are_refused(weak: str) -> None:
    with pytest.raises(AccessError):
        check_staff_code(weak)


def test_a_code_hash_checks_only_its_own_code() -> None:
    stored = hash_staff_code("kaffe-og-kage")
    assert staff_code_matches("kaffe-og-kage", stored)
    assert not staff_code_matches("kaffe-og-kagE", stored)
    assert not staff_code_matches("kaffe-og-kage", "md5$abc$def")
    assert hash_staff_code("kaffe-og-kage") != stored  # salted

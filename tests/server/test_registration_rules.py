"""inquiry.register (v2) and callback.finish on the server: referrals name an authority,
callbacks carry a contact and no CPR number, and every contact counts exactly once."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.inquiries import CallbackState
from counter_app.models import Callback, Inquiry, InquiryService, Service
from counter_app.protocol.messages import Status
from counter_app.protocol.mutations import MutationType
from tests.support.api import inquiry, mutation
from tests.support.rig import Rig


def _service_id(rig: Rig, code: str) -> uuid.UUID:
    with Session(rig.engine) as session:
        return session.scalars(select(Service.id).where(Service.code == code)).one()


def _callback(**overrides: Any) -> dict[str, Any]:
    body = {
        "callback_id": str(uuid.uuid4()),
        "group_code": "fees",
        "due_at": "2026-05-05T10:00:00+00:00",
        "citizen_name": "  Karen   Hansen ",
        "citizen_contact": "12 34 56 78",
        "question": "Kan gebyret for en bortkommen bog eftergives?",
    }
    return body | overrides


def _v2(number: int, **payload: Any) -> Any:
    return inquiry(number, **payload).model_copy(update={"version": 2})


def test_a_callback_inquiry_opens_a_callback_with_normalised_contact(rig: Rig) -> None:
    spec = _callback()
    result = rig.push(
        _v2(1, outcome="callback", callback=spec, service_ids=[str(_service_id(rig, "payment"))])
    ).results[0]
    assert result.status is Status.APPLIED, result.detail
    with Session(rig.engine) as session:
        callback = session.get(Callback, uuid.UUID(spec["callback_id"]))
        assert callback is not None
        assert callback.state is CallbackState.OPEN
        assert callback.citizen_name == "Karen Hansen"
        assert callback.citizen_contact == "+45 12 34 56 78"
        assert str(callback.inquiry_id) == result.result["inquiry_id"]


def test_callback_and_outcome_must_agree(rig: Rig) -> None:
    results = rig.push(
        _v2(1, outcome="callback"),
        _v2(2, outcome="resolved", callback=_callback()),
        _v2(3, outcome="callback", callback=_callback(group_code="nobody")),
    ).results
    assert [r.reason for r in results] == [
        "callback_mismatch",
        "callback_mismatch",
        "unknown_callback_group",
    ]


def test_a_cpr_number_or_a_bad_contact_is_refused_and_says_why(rig: Rig) -> None:
    results = rig.push(
        _v2(1, note="cpr 010190-1234"),
        _v2(2, outcome="callback", callback=_callback(question="Hans cpr er 0101901234")),
        _v2(3, outcome="callback", callback=_callback(citizen_contact="ring mig")),
        _v2(4, outcome="callback", callback=_callback(citizen_name="1201851234")),
    ).results
    assert all(r.status is Status.REJECTED for r in results)
    assert all(r.reason == "invalid_payload" for r in results)
    assert "CPR" in (results[0].detail or "")
    assert "phone number" in (results[2].detail or "")
    with Session(rig.engine) as session:
        assert session.scalar(select(func.count(Inquiry.id))) == 0


def test_a_referral_names_a_known_authority(rig: Rig) -> None:
    results = rig.push(
        _v2(1, outcome="referred"),
        _v2(2, outcome="referred", referred_to="mars"),
        _v2(3, outcome="referred", referred_to="skat", limit_seconds=300),
    ).results
    assert [r.reason for r in results] == ["unknown_authority", "unknown_authority", None]
    with Session(rig.engine) as session:
        stored = session.get(Inquiry, uuid.UUID(results[2].result["inquiry_id"]))
        assert stored is not None
        assert (stored.referred_to, stored.limit_seconds) == ("skat", 300)


def test_a_version_1_registration_still_works(rig: Rig) -> None:
    result, cpr = rig.push(inquiry(1), inquiry(2, note="010190-1234")).results
    assert cpr.reason == "invalid_payload"  # refused, not a server error
    assert result.status is Status.APPLIED
    with Session(rig.engine) as session:
        stored = session.get(Inquiry, uuid.UUID(result.result["inquiry_id"]))
        assert stored is not None
        assert (stored.referred_to, stored.limit_seconds, stored.over_limit_reason) == (
            "",
            None,
            "",
        )


def _finish(number: int, callback_id: str, **payload: Any) -> Any:
    body = {
        "callback_id": callback_id,
        "inquiry_id": str(uuid.uuid4()),
        "started_at": "2026-05-05T09:00:00+00:00",
        "ended_at": "2026-05-05T09:04:00+00:00",
    } | payload
    return mutation(number, MutationType.CALLBACK_FINISH, body)


def test_finishing_a_callback_closes_it_and_counts_the_contact(rig: Rig) -> None:
    spec = _callback()
    payment = _service_id(rig, "payment")
    rig.push(_v2(1, outcome="callback", callback=spec, service_ids=[str(payment)]))
    other = rig.as_desk("KVIK 2")
    first = rig.push(_finish(2, spec["callback_id"])).results[0]
    # A second desk (offline at the time) got back to the citizen too: both contacts count.
    second = rig.push(
        _finish(1, spec["callback_id"], ended_at="2026-05-05T09:30:00+00:00"), desk=other
    ).results[0]
    assert first.status is Status.APPLIED and first.result["already_done"] is False
    assert second.status is Status.APPLIED and second.result["already_done"] is True
    with Session(rig.engine) as session:
        callback = session.get(Callback, uuid.UUID(spec["callback_id"]))
        assert callback is not None
        assert callback.state is CallbackState.DONE
        assert callback.done_at is not None and callback.done_at.minute == 4  # the first one
        assert callback.done_by_desk_id == rig.desk.desk_id
        closing = session.get(Inquiry, uuid.UUID(first.result["inquiry_id"]))
        assert closing is not None and closing.channel == "phone"
        services = session.scalars(
            select(InquiryService.service_id).where(InquiryService.inquiry_id == closing.id)
        ).all()
        assert services == [payment]  # counted under what the citizen asked about
        assert session.scalar(select(func.count(Inquiry.id))) == 3


def test_finishing_an_unknown_callback_or_promising_another_is_refused(rig: Rig) -> None:
    spec = _callback()
    rig.push(_v2(1, outcome="callback", callback=spec))
    results = rig.push(
        _finish(2, str(uuid.uuid4())), _finish(3, spec["callback_id"], outcome="callback")
    ).results
    assert [r.reason for r in results] == ["unknown_callback", "invalid_outcome"]

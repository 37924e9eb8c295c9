"""A manager changes the catalogue: checked like the file, refused for anyone else, and
logged for every branch of the municipality so every desk gets it."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.org import DeskKind
from counter_app.models import Branch, BranchChange, Service, ServingLimitSetting, Staff
from counter_app.protocol.messages import Status
from counter_app.protocol.mutations import MutationType
from tests.support.api import mutation
from tests.support.rig import Rig


def _staff(rig: Rig, initials: str) -> uuid.UUID:
    with Session(rig.engine) as session:
        return session.scalars(select(Staff.id).where(Staff.initials == initials)).one()


def _passport(rig: Rig) -> Service:
    with Session(rig.engine) as session:
        return session.scalars(select(Service).where(Service.code == "passport")).one()


def service_fields(**overrides: Any) -> dict[str, Any]:
    """A passport as the catalogue file writes it, with ``overrides``."""
    fields: dict[str, Any] = {
        "code": "passport",
        "name_da": "Pas (nyt eller fornyelse)",
        "name_en": "Passport",
        "area": "citizen_service",
        "authority_task": True,
        "desk_kinds": ["caseworker"],
        "kvik_within_five_minutes": False,
        "appointment_only": True,
        "appointment_resource": "citizen_service",
        "appointment_minutes": 15,
        "steps_da": ["Kontrollér identiteten"],
    }
    return fields | overrides


def _save(number: int, service_id: uuid.UUID, staff: uuid.UUID | None, **fields: Any) -> Any:
    payload = {"service_id": str(service_id), "fields": service_fields(**fields)}
    return mutation(number, MutationType.CATALOGUE_SERVICE_SAVE, payload, staff_id=staff)


def test_only_a_manager_changes_the_catalogue(rig: Rig) -> None:
    passport = _passport(rig)
    rig.sign_in("AH", next_number=2)
    results = rig.push(
        _save(1, passport.id, None),  # the KVIK desk itself
        _save(2, passport.id, _staff(rig, "AH")),  # a KVIK employee signed in
        _save(3, passport.id, _staff(rig, "FN")),  # a manager who is not signed in here
    ).results
    assert [r.reason for r in results] == ["not_allowed", "not_allowed", "not_signed_in"]
    assert "sign in as a manager" in (results[0].detail or "")
    assert _passport(rig).name_da == "Pas"


def test_a_managers_sign_in_covers_the_desks_changes_from_then_until_sign_out(
    rig: Rig,
) -> None:
    """Offline changes count by the desk's numbering, not its clock: Frederik's from the
    number the desk had when he signed in, until the next person signs in."""
    passport = _passport(rig)
    manager = _staff(rig, "FN")
    rig.sign_in("FN", next_number=2)
    rig.sign_in("AH", next_number=4)  # Frederik's session ends at 3
    results = rig.push(
        _save(1, passport.id, manager),  # before he signed in
        _save(2, passport.id, manager, name_da="Pas 2"),
        _save(3, passport.id, manager, name_da="Pas 3"),
        _save(4, passport.id, manager),  # after Anne signed in
    ).results
    assert [r.reason for r in results] == ["not_signed_in", None, None, "not_signed_in"]
    assert _passport(rig).name_da == "Pas 3"


def test_a_managers_change_reaches_every_branch(rig: Rig) -> None:
    passport = _passport(rig)
    rig.sign_in("FN")
    result = rig.push(_save(1, passport.id, _staff(rig, "FN"))).results[0]
    assert result.status is Status.APPLIED, result.detail
    changed = _passport(rig)
    assert changed.name_da == "Pas (nyt eller fornyelse)"
    assert changed.checklist["da"]["steps"] == ["Kontrollér identiteten"]
    with Session(rig.engine) as session:
        branches = session.scalar(select(func.count(Branch.id)))
        logged = session.scalar(
            select(func.count(BranchChange.seq)).where(BranchChange.row_id == passport.id)
        )
    assert branches == 3  # the main library, a branch library, the book bus
    assert logged == branches


def test_a_broken_service_is_refused_with_every_problem_named(rig: Rig) -> None:
    manager = _staff(rig, "FN")
    rig.sign_in("FN")
    results = rig.push(
        _save(1, _passport(rig).id, manager, name_da="", appointment_minutes=45),
        _save(2, uuid.uuid4(), manager),  # a new service with the passport's code
        _save(3, uuid.uuid4(), manager, code="new_thing", desk_kinds=["janitor"]),
    ).results
    assert [r.reason for r in results] == ["invalid_service", "duplicate_code", "invalid_service"]
    assert "name_da is missing" in (results[0].detail or "")
    assert "15 or 30" in (results[0].detail or "")
    assert "unknown desk role 'janitor'" in (results[2].detail or "")


def test_a_manager_adds_a_service_and_sets_a_limit(rig: Rig) -> None:
    manager = _staff(rig, "FN")
    rig.sign_in("FN")
    new_id = uuid.uuid4()
    limit = {"desk_kind": "caseworker", "limit_minutes": 20, "amber_minutes": 15}
    lifted = {"desk_kind": "kvik", "limit_minutes": None}
    wrong = {"desk_kind": "kvik", "limit_minutes": 5, "amber_minutes": 5}
    results = rig.push(
        _save(1, new_id, manager, code="passport_express", name_da="Hastepas"),
        mutation(2, MutationType.CATALOGUE_LIMIT_SAVE, limit, staff_id=manager),
        mutation(3, MutationType.CATALOGUE_LIMIT_SAVE, lifted, staff_id=manager),
        mutation(4, MutationType.CATALOGUE_LIMIT_SAVE, wrong, staff_id=manager),
    ).results
    assert [r.reason for r in results] == [None, None, None, "invalid_limit"]
    with Session(rig.engine) as session:
        assert session.get(Service, new_id) is not None
        limits = {
            row.desk_kind: (row.limit_seconds, row.amber_seconds)
            for row in session.scalars(select(ServingLimitSetting))
        }
    assert limits[DeskKind.CASEWORKER] == (1200, 900)
    assert limits[DeskKind.KVIK] == (0, 0)  # no limit
    assert limits[DeskKind.BRANCH] == (300, 240)  # from the shipped file


def test_a_change_without_an_order_keeps_the_services_place(rig: Rig) -> None:
    passport = _passport(rig)
    assert passport.sort_order > 0
    rig.sign_in("FN")
    result = rig.push(_save(1, passport.id, _staff(rig, "FN"))).results[0]
    assert result.status is Status.APPLIED
    assert _passport(rig).sort_order == passport.sort_order

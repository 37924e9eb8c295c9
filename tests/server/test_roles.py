"""The server checks the acting role on every mutation: the signed-in staff member's role,
else the desk's own kind. Every role against every mutation type, on both databases."""

from __future__ import annotations

import itertools
import uuid

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.access import Role
from counter_app.domain.org import DeskKind, StaffRole
from counter_app.models import Branch, Staff
from counter_app.protocol.mutations import MutationType
from counter_app.protocol.permissions import ALLOWED, may
from counter_app.server.changes import ChangeRecorder
from counter_app.server.context import DeskContext
from counter_app.server.enrollment import find_or_add_desk
from counter_app.server.staff_access import set_staff_code
from tests.support.api import mutation
from tests.support.rig import Rig, desk_context

# A desk of each kind (the demo's, plus two made here), acting with nobody signed in.
DESK_OF_KIND = {
    DeskKind.KIOSK: "Kiosk 1",
    DeskKind.DISPLAY: "Infoskærm 1",
    DeskKind.KVIK: "KVIK 1",
    DeskKind.CASEWORKER: "Borgerservice 1",
    DeskKind.LIBRARIAN: "Bibliotekar",
    DeskKind.BRANCH: "Filial 1",
    DeskKind.CONTACT_CENTRE: "Kontaktcenter 1",
}
# Staff who sign in at KVIK 2: (initials, role).
STAFF_ROLES = {Role.MANAGER: "FN", Role.ADMINISTRATOR: "IT"}


def _prepare(rig: Rig) -> None:
    with Session(rig.engine) as session, session.begin():
        branch = session.scalars(select(Branch).where(Branch.code == "HB")).one()
        recorder = ChangeRecorder(session, branch.municipality_id, "test")
        find_or_add_desk(session, branch, "Filial 1", DeskKind.BRANCH, recorder)
        find_or_add_desk(session, branch, "Kontaktcenter 1", DeskKind.CONTACT_CENTRE, recorder)
        admin = Staff(
            municipality_id=branch.municipality_id,
            initials="IT",
            display_name="IT-afdelingen",
            role=StaffRole.ADMINISTRATOR,
        )
        session.add(admin)
        session.flush()
        set_staff_code(session, admin, "demokode", rig.clock())
        recorder.flush(rig.clock())


def _acting(rig: Rig, role: Role) -> tuple[DeskContext, uuid.UUID | None]:
    """The desk that acts in ``role``, and the staff member its mutations name."""
    if role in STAFF_ROLES:
        desk = desk_context(rig.engine, "KVIK 2")
        return desk, rig.sign_in(STAFF_ROLES[role], desk=desk).staff_id
    return desk_context(rig.engine, DESK_OF_KIND[DeskKind(role.value)]), None


def test_the_matrix_names_every_role_and_its_rules(rig: Rig) -> None:
    assert set(ALLOWED) == set(Role)
    assert may(Role.KIOSK, MutationType.TICKET_ISSUE)
    assert not may(Role.KIOSK, MutationType.TICKET_CALL_NEXT)
    assert not may(Role.KIOSK, MutationType.APPOINTMENT_BOOK)
    assert [k for k in MutationType if may(Role.DISPLAY, k)] == [MutationType.DESK_PRESENCE]
    assert not may(Role.KIOSK, MutationType.SCREEN_ACCEPT)
    managing = {r for r in Role if may(r, MutationType.CATALOGUE_SERVICE_SAVE)}
    assert managing == {Role.MANAGER, Role.ADMINISTRATOR}


@pytest.mark.parametrize("role", list(Role))
def test_every_role_is_held_to_the_matrix_on_every_mutation_type(rig: Rig, role: Role) -> None:
    _prepare(rig)
    desk, staff = _acting(rig, role)
    # Empty payloads: a type the role may make gets past the role check and is refused for
    # its payload (or applied, where nothing is required); any other is not allowed.
    pushed = [mutation(n, kind, {}, staff_id=staff) for n, kind in enumerate(MutationType, start=1)]
    results = rig.push(*pushed, desk=desk).results
    assert len(results) == len(MutationType)
    for kind, result in zip(MutationType, results, strict=True):
        if may(role, kind):
            assert result.reason != "not_allowed", (role, kind, result.detail)
        else:
            assert result.reason == "not_allowed", (role, kind, result.reason, result.detail)


def test_a_staff_member_not_signed_in_at_the_desk_is_refused(rig: Rig) -> None:
    kvik, caseworker = desk_context(rig.engine, "KVIK 1"), desk_context(rig.engine, "KVIK 2")
    rig.sign_in("FN", desk=caseworker)  # Frederik signs in at another desk
    with Session(rig.engine) as session:
        frederik = session.scalars(select(Staff.id).where(Staff.initials == "FN")).one()
    presence = {"open": True, "queue_ids": []}
    result = rig.push(mutation(1, MutationType.DESK_PRESENCE, presence, staff_id=frederik)).results
    assert [r.reason for r in result] == ["not_signed_in"]
    assert kvik.desk_id != caseworker.desk_id


def test_permissions_are_checked_before_the_payload(rig: Rig) -> None:
    """A kiosk learns nothing about what a manager's change would need."""
    kiosk = desk_context(rig.engine, "Kiosk 1")
    for number, kind in zip(itertools.count(1), (MutationType.CATALOGUE_LIMIT_SAVE,)):
        (result,) = rig.push(mutation(number, kind, {"nonsense": 1}), desk=kiosk).results
        assert result.reason == "not_allowed"

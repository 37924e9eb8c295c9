"""Who works where: desk kinds, staff roles, the areas a service belongs to."""

from __future__ import annotations

from enum import StrEnum


class DeskKind(StrEnum):
    """What a desk is for; decides which panels and queues it shows."""

    KIOSK = "kiosk"
    DISPLAY = "display"
    KVIK = "kvik"
    CASEWORKER = "caseworker"
    LIBRARIAN = "librarian"
    BRANCH = "branch"
    CONTACT_CENTRE = "contact_centre"


class StaffRole(StrEnum):
    """The role a staff member signs in with."""

    KVIK = "kvik"
    CASEWORKER = "caseworker"
    LIBRARIAN = "librarian"
    BRANCH = "branch"
    CONTACT_CENTRE = "contact_centre"
    MANAGER = "manager"
    ADMINISTRATOR = "administrator"


# The roles that change the catalogue and see every branch's statistics.
MANAGING_ROLES = frozenset({StaffRole.MANAGER, StaffRole.ADMINISTRATOR})


class Area(StrEnum):
    """Library work or citizen service (borgerservice)."""

    LIBRARY = "library"
    CITIZEN_SERVICE = "citizen_service"


class Resource(StrEnum):
    """What opening hours and shifts are kept for."""

    BUILDING = "building"
    KVIK = "kvik"
    CITIZEN_SERVICE = "citizen_service"
    LIBRARIAN = "librarian"
    CONTACT_CENTRE = "contact_centre"

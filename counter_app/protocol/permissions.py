"""Which role may make which mutation: the server enforces it, the desk hides the rest.

A kiosk draws tickets and checks appointments in; a display board changes nothing but its
presence. Every serving role (KVIK, caseworker, librarian, branch, contact centre) moves
tickets, registers inquiries, books and forwards; that only a caseworker's desk of the
receiving branch answers a screen inquiry is the handler's rule, as it depends on the
desk and the inquiry. Only a manager or an administrator changes the catalogue.
"""

from __future__ import annotations

from counter_app.domain.access import Role
from counter_app.protocol.mutations import MutationType

_SERVING = frozenset(
    {
        MutationType.TICKET_ISSUE,
        MutationType.TICKET_CALL_NEXT,
        MutationType.TICKET_CALL,
        MutationType.TICKET_RECALL,
        MutationType.TICKET_START,
        MutationType.TICKET_FINISH,
        MutationType.TICKET_NO_SHOW,
        MutationType.TICKET_PARK,
        MutationType.TICKET_RESUME,
        MutationType.TICKET_TRANSFER,
        MutationType.TICKET_DECLINE,
        MutationType.DESK_PRESENCE,
        MutationType.INQUIRY_REGISTER,
        MutationType.CALLBACK_FINISH,
        MutationType.APPOINTMENT_BOOK,
        MutationType.APPOINTMENT_CANCEL,
        MutationType.APPOINTMENT_NO_SHOW,
        MutationType.SCREEN_FORWARD,
        MutationType.SCREEN_ACCEPT,
        MutationType.SCREEN_START,
        MutationType.SCREEN_FINISH,
        MutationType.SCREEN_CANCEL,
    }
)
CATALOGUE = frozenset({MutationType.CATALOGUE_SERVICE_SAVE, MutationType.CATALOGUE_LIMIT_SAVE})

ALLOWED: dict[Role, frozenset[MutationType]] = {
    Role.KIOSK: frozenset({MutationType.TICKET_ISSUE, MutationType.DESK_PRESENCE}),
    Role.DISPLAY: frozenset({MutationType.DESK_PRESENCE}),
    Role.KVIK: _SERVING,
    Role.CASEWORKER: _SERVING,
    Role.LIBRARIAN: _SERVING,
    Role.BRANCH: _SERVING,
    Role.CONTACT_CENTRE: _SERVING,
    Role.MANAGER: _SERVING | CATALOGUE,
    Role.ADMINISTRATOR: _SERVING | CATALOGUE,
}


def may(role: Role, kind: MutationType) -> bool:
    """Whether ``role`` may make a mutation of this type."""
    return kind in ALLOWED[role]

"""The ticket's life: states, allowed moves, and how its number reads."""

from __future__ import annotations

from enum import StrEnum


class TicketState(StrEnum):
    """waiting → called → serving → done | no_show | handed_off, with park and transfer.

    A transfer is not an end: the ticket goes back to *waiting* in another queue (or for
    one named desk) and keeps its number, so the citizen keeps the slip in their hand.
    """

    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    PARKED = "parked"
    DONE = "done"
    NO_SHOW = "no_show"
    HANDED_OFF = "handed_off"


_MOVES: dict[TicketState, frozenset[TicketState]] = {
    # A waiting ticket may be removed as no-show: the citizen left, or a kiosk was played with.
    TicketState.WAITING: frozenset({TicketState.CALLED, TicketState.NO_SHOW}),
    TicketState.CALLED: frozenset(
        {
            TicketState.CALLED,  # recall
            TicketState.SERVING,
            TicketState.NO_SHOW,
            TicketState.WAITING,  # transfer, or back in line
            TicketState.PARKED,
        }
    ),
    TicketState.SERVING: frozenset(
        {TicketState.DONE, TicketState.WAITING, TicketState.PARKED, TicketState.HANDED_OFF}
    ),
    # Parked: the citizen stepped aside (fetching a document); the desk resumes by calling.
    TicketState.PARKED: frozenset({TicketState.CALLED, TicketState.NO_SHOW, TicketState.WAITING}),
    TicketState.DONE: frozenset(),
    TicketState.NO_SHOW: frozenset(),
    TicketState.HANDED_OFF: frozenset(),
}

TERMINAL_STATES = frozenset(state for state, moves in _MOVES.items() if not moves)


class TicketRuleError(ValueError):
    """A move the ticket's state machine does not allow."""


def can_move(current: TicketState, target: TicketState) -> bool:
    """Whether a ticket in ``current`` may go to ``target`` (recall is called → called)."""
    return target in _MOVES[current]


def check_move(current: TicketState, target: TicketState) -> None:
    """Raise :class:`TicketRuleError` unless the move is allowed."""
    if not can_move(current, target):
        raise TicketRuleError(f"a ticket that is {current.value} cannot become {target.value}")


def ticket_label(prefix: str, number: int | None, offline_code: str = "") -> str:
    """How a ticket reads on the receipt, the board and the desk: K001, K042, K1000.

    A number a desk gave while it could not reach the server reads K-A01: the queue's
    prefix, a dash, the desk's own offline letter and its own count, so it can never be
    mistaken for (or clash with) a number the server gives.
    """
    if number is None:
        return f"{prefix}…"
    if offline_code:
        return f"{prefix}-{offline_code}{number:02d}"
    return f"{prefix}{number:03d}"


def validate_prefix(prefix: str) -> str:
    """A queue prefix is one to three capital letters, so numbers read aloud clearly."""
    if not (1 <= len(prefix) <= 3 and prefix.isalpha() and prefix.isupper()):
        raise ValueError(f"queue prefix {prefix!r} must be 1-3 capital letters")
    return prefix


OFFLINE_CODE_LETTERS = "ABCDEFGHJKLMNPRSTUVXYZ"  # no I, O, Q, W: misread or misheard


def offline_code_for(index: int) -> str:
    """The offline letter of the ``index``-th desk of a branch (0 → A, 21 → Z, 22 → AA)."""
    if index < 0:
        raise ValueError("a desk index is 0 or more")
    letters = OFFLINE_CODE_LETTERS
    if index < len(letters):
        return letters[index]
    first, second = divmod(index - len(letters), len(letters))
    if first >= len(letters):
        raise ValueError("a branch has at most 506 desks with offline numbers")
    return letters[first] + letters[second]

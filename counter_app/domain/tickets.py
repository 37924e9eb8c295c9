"""The ticket's life: states, allowed moves, and how its number reads."""

from __future__ import annotations

from enum import StrEnum


class TicketState(StrEnum):
    """waiting → called → serving → done | no_show | transferred | handed_off."""

    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    TRANSFERRED = "transferred"
    HANDED_OFF = "handed_off"


_MOVES: dict[TicketState, frozenset[TicketState]] = {
    TicketState.WAITING: frozenset({TicketState.CALLED, TicketState.TRANSFERRED}),
    TicketState.CALLED: frozenset(
        {
            TicketState.CALLED,
            TicketState.SERVING,
            TicketState.NO_SHOW,
            TicketState.WAITING,
            TicketState.TRANSFERRED,
        }
    ),
    TicketState.SERVING: frozenset(
        {TicketState.DONE, TicketState.TRANSFERRED, TicketState.HANDED_OFF, TicketState.WAITING}
    ),
    TicketState.DONE: frozenset(),
    TicketState.NO_SHOW: frozenset(),
    TicketState.TRANSFERRED: frozenset(),
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


def ticket_label(prefix: str, number: int | None) -> str:
    """How a ticket reads on the receipt, the board and the desk: K001, K042, K1000."""
    if number is None:
        return f"{prefix}…"
    return f"{prefix}{number:03d}"


def validate_prefix(prefix: str) -> str:
    """A queue prefix is one to three capital letters, so numbers read aloud clearly."""
    if not (1 <= len(prefix) <= 3 and prefix.isalpha() and prefix.isupper()):
        raise ValueError(f"queue prefix {prefix!r} must be 1-3 capital letters")
    return prefix

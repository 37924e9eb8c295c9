"""The ticket's state machine, its label and queue prefixes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.tickets import (
    TERMINAL_STATES,
    TicketRuleError,
    TicketState,
    can_move,
    check_move,
    offline_code_for,
    ticket_label,
    validate_prefix,
)

S = TicketState

ALLOWED = {
    (S.WAITING, S.CALLED),
    (S.WAITING, S.NO_SHOW),  # left before being called
    (S.CALLED, S.CALLED),  # recall
    (S.CALLED, S.SERVING),
    (S.CALLED, S.NO_SHOW),
    (S.CALLED, S.WAITING),  # transfer, or back in the queue
    (S.CALLED, S.PARKED),
    (S.SERVING, S.DONE),
    (S.SERVING, S.HANDED_OFF),
    (S.SERVING, S.WAITING),  # transfer
    (S.SERVING, S.PARKED),
    (S.PARKED, S.CALLED),  # resume
    (S.PARKED, S.NO_SHOW),
    (S.PARKED, S.WAITING),  # transfer
}


@pytest.mark.parametrize("current", list(S))
@pytest.mark.parametrize("target", list(S))
def test_exactly_the_documented_moves_are_allowed(current: S, target: S) -> None:
    assert can_move(current, target) is ((current, target) in ALLOWED)


@pytest.mark.parametrize(("current", "target"), sorted(ALLOWED))
def test_check_move_accepts_allowed_moves(current: S, target: S) -> None:
    check_move(current, target)


@pytest.mark.parametrize(
    ("current", "target"),
    [
        (S.WAITING, S.SERVING),  # must be called first
        (S.WAITING, S.DONE),
        (S.WAITING, S.WAITING),
        (S.CALLED, S.DONE),
        (S.SERVING, S.CALLED),
        (S.SERVING, S.NO_SHOW),
        (S.DONE, S.WAITING),
        (S.NO_SHOW, S.CALLED),
    ],
)
def test_check_move_refuses_forbidden_moves_with_a_readable_message(current: S, target: S) -> None:
    with pytest.raises(TicketRuleError, match=f"{current.value} cannot become {target.value}"):
        check_move(current, target)


def test_terminal_states_are_the_three_endings() -> None:
    assert {S.DONE, S.NO_SHOW, S.HANDED_OFF} == TERMINAL_STATES


@pytest.mark.parametrize("terminal", sorted(TERMINAL_STATES))
def test_nothing_leaves_a_terminal_state(terminal: S) -> None:
    assert not any(can_move(terminal, target) for target in S)


@given(st.lists(st.sampled_from(list(S)), max_size=30))
def test_any_walk_of_allowed_moves_stays_in_the_machine(targets: list[S]) -> None:
    state = S.WAITING
    for target in targets:
        if can_move(state, target):
            check_move(state, target)
            state = target
        else:
            with pytest.raises(TicketRuleError):
                check_move(state, target)
        if state in TERMINAL_STATES:
            assert all(not can_move(state, t) for t in S)


def test_every_state_is_reachable_from_waiting() -> None:
    seen, frontier = {S.WAITING}, [S.WAITING]
    while frontier:
        state = frontier.pop()
        for target in S:
            if can_move(state, target) and target not in seen:
                seen.add(target)
                frontier.append(target)
    assert seen == set(S)


@pytest.mark.parametrize(
    ("prefix", "number", "label"),
    [
        ("K", 1, "K001"),
        ("K", 42, "K042"),
        ("B", 999, "B999"),
        ("K", 1000, "K1000"),
        ("AB", 7, "AB007"),
    ],
)
def test_ticket_label_pads_to_three_digits(prefix: str, number: int, label: str) -> None:
    assert ticket_label(prefix, number) == label


def test_ticket_label_without_a_number_shows_it_is_pending() -> None:
    assert ticket_label("K", None) == "K…"


def test_an_offline_number_reads_apart_from_the_servers_numbers() -> None:
    assert ticket_label("K", 1, "A") == "K-A01"
    assert ticket_label("BL", 123, "AB") == "BL-AB123"
    assert ticket_label("K", 1, "A") != ticket_label("K", 1)


def test_offline_codes_are_unique_and_avoid_misread_letters() -> None:
    codes = [offline_code_for(index) for index in range(506)]
    assert codes[:3] == ["A", "B", "C"]
    assert len(set(codes)) == len(codes)
    assert not any(letter in code for code in codes for letter in "IOQW")
    with pytest.raises(ValueError, match="506"):
        offline_code_for(506)
    with pytest.raises(ValueError, match="0 or more"):
        offline_code_for(-1)


@given(st.sampled_from(["K", "B", "LB"]), st.integers(min_value=1, max_value=10**6))
def test_ticket_label_keeps_the_number_readable(prefix: str, number: int) -> None:
    label = ticket_label(prefix, number)
    assert label.startswith(prefix)
    assert int(label[len(prefix) :]) == number
    assert len(label) >= len(prefix) + 3


@pytest.mark.parametrize("prefix", ["K", "B", "KV", "ABC", "Æ", "ØÅ"])
def test_validate_prefix_accepts_one_to_three_capitals(prefix: str) -> None:
    assert validate_prefix(prefix) == prefix


@pytest.mark.parametrize("prefix", ["", "k", "Kb", "ABCD", "K1", "1", "K-", " K", "K "])
def test_validate_prefix_refuses_anything_else(prefix: str) -> None:
    with pytest.raises(ValueError, match="1-3 capital letters"):
        validate_prefix(prefix)


@given(st.text(max_size=6))
def test_validate_prefix_either_returns_it_unchanged_or_refuses(prefix: str) -> None:
    try:
        result = validate_prefix(prefix)
    except ValueError:
        return
    assert result == prefix
    assert 1 <= len(prefix) <= 3
    assert prefix.isalpha() and prefix.isupper()

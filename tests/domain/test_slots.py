"""Free slots from the demo timetable (MISSION.md): capacity per cell, double slots,
Danish holidays (no Store Bededag from 2024), closures, notice, held-back slots, and
the same wall-clock times on both sides of a daylight-saving change."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counter_app.domain.slots import (
    Booked,
    BookingRules,
    Closure,
    ShiftBlock,
    SlotRuleError,
    Timetable,
    check_booking,
    free_slots,
)
from counter_app.domain.timezone import COPENHAGEN

MON, TUE, WED, THU, FRI = range(5)
# Borgerservice in the demo branch: two caseworkers a shift, three on Monday morning.
CITIZEN_SERVICE = (
    ShiftBlock(MON, time(10), time(14), 3),
    ShiftBlock(MON, time(14), time(18), 2),
    ShiftBlock(TUE, time(10), time(14), 2),
    ShiftBlock(WED, time(14), time(18), 2),
    ShiftBlock(THU, time(10), time(14), 2),
    ShiftBlock(THU, time(14), time(18), 2),
    ShiftBlock(FRI, time(10), time(14), 2),
)
NO_HOLD = BookingRules(min_notice=timedelta(0), max_days_ahead=400, held_back_per_day=0)
TIMETABLE = Timetable(CITIZEN_SERVICE, rules=NO_HOLD)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=COPENHAGEN).astimezone(UTC)


def day_slots(timetable: Timetable, day: date, booked: list[Booked] = (), minutes: int = 15):  # type: ignore[assignment]
    now = local(day, 0) - timedelta(days=1)
    return free_slots(timetable, booked, minutes=minutes, now=now, first_day=day, days=1)


MONDAY = date(2026, 11, 23)


def test_places_follow_the_shifts() -> None:
    slots = {s.starts_at: s.free for s in day_slots(TIMETABLE, MONDAY)}
    assert slots[local(MONDAY, 10)] == 3
    assert slots[local(MONDAY, 13, 45)] == 3
    assert slots[local(MONDAY, 14)] == 2
    assert local(MONDAY, 17, 45) in slots and local(MONDAY, 18) not in slots
    assert len(slots) == 32  # 10:00-18:00 in quarters
    assert day_slots(TIMETABLE, MONDAY + timedelta(days=6)) == []  # Sunday: no shift


def test_bookings_take_places_and_a_double_slot_needs_two_cells() -> None:
    full = [Booked(local(MONDAY, 10), 15)] * 3
    starts = {s.starts_at for s in day_slots(TIMETABLE, MONDAY, full)}
    assert local(MONDAY, 10) not in starts and local(MONDAY, 10, 15) in starts
    doubles = {s.starts_at: s.free for s in day_slots(TIMETABLE, MONDAY, full, minutes=30)}
    assert local(MONDAY, 9, 45) not in doubles and local(MONDAY, 10) not in doubles
    assert doubles[local(MONDAY, 13, 45)] == 2  # the least of 13:45 (3) and 14:00 (2)
    assert local(MONDAY, 17, 45) not in doubles  # would run past 18:00
    one_long = [Booked(local(MONDAY, 14), 30)] * 2
    starts = {s.starts_at for s in day_slots(TIMETABLE, MONDAY, one_long)}
    assert local(MONDAY, 14) not in starts and local(MONDAY, 14, 15) not in starts
    assert local(MONDAY, 14, 30) in starts


@pytest.mark.parametrize(
    ("day", "open_"),
    [
        (date(2026, 4, 2), False),  # Skærtorsdag
        (date(2026, 4, 6), False),  # 2. påskedag
        (date(2026, 5, 14), False),  # Kristi himmelfartsdag
        (date(2026, 12, 25), False),  # Juledag
        (date(2026, 5, 1), True),  # Store Bededag 2026: abolished from 2024, a Friday like any
        (date(2023, 5, 5), False),  # Store Bededag 2023: still a holiday then
        (date(2026, 4, 10), True),  # an ordinary Friday
    ],
)
def test_danish_public_holidays_have_no_slots(day: date, open_: bool) -> None:
    assert bool(day_slots(TIMETABLE, day)) is open_


def test_a_closure_has_no_slots() -> None:
    closed = Timetable(CITIZEN_SERVICE, closures=[Closure(MONDAY, MONDAY)], rules=NO_HOLD)
    assert day_slots(closed, MONDAY) == []
    assert day_slots(closed, MONDAY + timedelta(days=1)) != []


@pytest.mark.parametrize(
    ("before", "after"),
    [
        (date(2026, 3, 27), date(2026, 3, 30)),  # summer time from Sunday 29 March
        (date(2026, 10, 23), date(2026, 10, 26)),  # winter time from Sunday 25 October
    ],
)
def test_ten_oclock_stays_ten_oclock_across_daylight_saving(before: date, after: date) -> None:
    for day in (before, after):
        first = day_slots(TIMETABLE, day)[0].starts_at
        assert first.astimezone(COPENHAGEN).time() == time(10)
    offsets = {day_slots(TIMETABLE, d)[0].starts_at.hour for d in (before, after)}
    assert offsets == {8, 9}  # 10:00 is 08:00 UTC in summer and 09:00 UTC in winter


def test_notice_window_and_held_back_slots() -> None:
    rules = BookingRules(min_notice=timedelta(minutes=30), max_days_ahead=7, held_back_per_day=2)
    timetable = Timetable(CITIZEN_SERVICE, rules=rules)
    now = local(MONDAY, 9, 50)
    today = free_slots(timetable, [], minutes=15, now=now, first_day=MONDAY, days=1)
    assert today[0].starts_at == local(MONDAY, 10, 30)  # 30 minutes' notice
    assert today[-1].starts_at == local(MONDAY, 17, 45)  # on the day itself, all of it
    tuesday = MONDAY + timedelta(days=1)
    ahead = free_slots(timetable, [], minutes=15, now=now, first_day=tuesday, days=1)
    assert ahead[-1].starts_at == local(tuesday, 13, 15)  # 13:30 and 13:45 held back
    urgent = free_slots(timetable, [], minutes=15, now=now, first_day=tuesday, days=1, urgent=True)
    assert urgent[-1].starts_at == local(tuesday, 13, 45)
    far = free_slots(timetable, [], minutes=15, now=now, first_day=MONDAY + timedelta(days=8))
    assert far == []  # more than 7 days ahead


def test_check_booking_refuses_what_is_not_offered() -> None:
    check_booking(TIMETABLE, [], starts_at=local(MONDAY, 10), minutes=15, now=local(MONDAY, 8))
    for starts_at, minutes in ((local(MONDAY, 9, 45), 15), (local(MONDAY, 10, 5), 15)):
        with pytest.raises(SlotRuleError):
            check_booking(TIMETABLE, [], starts_at=starts_at, minutes=minutes, now=local(MONDAY, 8))
    with pytest.raises(SlotRuleError, match="15 or 30"):
        check_booking(TIMETABLE, [], starts_at=local(MONDAY, 10), minutes=20, now=local(MONDAY, 8))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 31), st.sampled_from([15, 30])), max_size=80))
def test_bookings_that_pass_the_check_never_overfill_a_cell(
    wishes: list[tuple[int, int]],
) -> None:
    """Whatever is asked for, in whatever order: what check_booking lets through never
    puts more citizens in a quarter than there are staff."""
    accepted: list[Booked] = []
    now = local(MONDAY, 8)
    for quarter, minutes in wishes:
        starts_at = local(MONDAY, 10) + timedelta(minutes=15 * quarter)
        try:
            check_booking(TIMETABLE, accepted, starts_at=starts_at, minutes=minutes, now=now)
        except SlotRuleError:
            continue
        accepted.append(Booked(starts_at, minutes))
    places = TIMETABLE.places(MONDAY)
    for cell, staff in places.items():
        used = sum(
            1 for b in accepted if b.starts_at <= cell < b.starts_at + timedelta(minutes=b.minutes)
        )
        assert used <= staff

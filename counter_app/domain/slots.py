"""Free appointment slots, computed from the timetable and the bookings, never stored.

A slot is 15 minutes; a double slot 30. The places in a 15-minute cell are the staff the
resource's shifts have on duty then; a booking takes one place in every cell it covers.
Shifts are wall-clock times in Copenhagen, so 10:00 stays 10:00 across daylight saving;
the instants come from ``zoneinfo``. Danish public holidays (``holidays``: no Store
Bededag from 2024) and the branch's closures have no slots.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from counter_app.domain.timezone import COPENHAGEN, require_utc

CELL = timedelta(minutes=15)
SLOT_MINUTES = (15, 30)


@functools.cache
def _danish_holidays() -> Container[date]:
    # Loaded at first use: ``holidays`` imports every country's calendar, a tenth of a
    # second that a desk's start need not wait for (bench: desk_start_s).
    import holidays  # noqa: PLC0415

    return holidays.country_holidays("DK")


def is_danish_holiday(day: date) -> bool:
    """A Danish public holiday (the law as it stands: no Store Bededag from 2024)."""
    return day in _danish_holidays()


class SlotRuleError(ValueError):
    """A booking the timetable or the rules do not allow."""


@dataclass(frozen=True)
class ShiftBlock:
    """Staff on duty for a resource during a block of a weekday (0 = Monday), local time."""

    weekday: int
    starts: time
    ends: time
    staff: int


@dataclass(frozen=True)
class Closure:
    """Days the resource (or the whole branch) takes no appointments, both ends included."""

    first_day: date
    last_day: date


@dataclass(frozen=True)
class BookingRules:
    """How far ahead and how close to the time one may book, how many of each day's last
    slots are held back for urgent cases on the day itself, and how late a citizen may
    come before they count as not come."""

    min_notice: timedelta = timedelta(minutes=30)
    max_days_ahead: int = 60
    held_back_per_day: int = 1
    no_show_grace: timedelta = timedelta(minutes=15)


@dataclass(frozen=True)
class Booked:
    """An appointment that takes places: its start (UTC) and length."""

    starts_at: datetime
    minutes: int


@dataclass(frozen=True)
class Slot:
    """A bookable start (UTC) of ``minutes``, with the places still free (the least over
    the cells it covers)."""

    starts_at: datetime
    minutes: int
    free: int


@dataclass(frozen=True)
class Timetable:
    """What decides the slots of one resource of one branch."""

    shifts: Sequence[ShiftBlock]
    closures: Sequence[Closure] = ()
    rules: BookingRules = BookingRules()
    is_holiday: Callable[[date], bool] = is_danish_holiday

    def closed(self, day: date) -> bool:
        """No appointments on ``day`` (a public holiday or a closure)."""
        return self.is_holiday(day) or any(c.first_day <= day <= c.last_day for c in self.closures)

    def places(self, day: date) -> dict[datetime, int]:
        """Staff on duty in every 15-minute cell of ``day`` (cell start, UTC)."""
        if self.closed(day):
            return {}
        places: Counter[datetime] = Counter()
        for block in self.shifts:
            if block.weekday != day.weekday() or block.staff <= 0:
                continue
            cell = _instant(day, block.starts)
            end = _instant(day, block.ends)
            while cell + CELL <= end:
                places[cell] += block.staff
                cell += CELL
        return dict(places)

    def staffed_minutes(self, day: date) -> int:
        """Staff-minutes that can be booked on ``day``: every whole 15-minute cell of every
        shift, times its staff (the same cells :meth:`places` offers)."""
        if self.closed(day):
            return 0
        cell_minutes = int(CELL.total_seconds() // 60)
        total = 0
        for block in self.shifts:
            if block.weekday != day.weekday() or block.staff <= 0:
                continue
            start = block.starts.hour * 60 + block.starts.minute
            end = block.ends.hour * 60 + block.ends.minute
            total += (end - start) // cell_minutes * cell_minutes * block.staff
        return total


def _instant(day: date, at: time) -> datetime:
    return require_utc(datetime.combine(day, at, tzinfo=COPENHAGEN))


def local_day(moment: datetime) -> date:
    """The Copenhagen day of an instant."""
    return require_utc(moment).astimezone(COPENHAGEN).date()


def free_slots(
    timetable: Timetable,
    booked: Iterable[Booked],
    *,
    minutes: int,
    now: datetime,
    first_day: date | None = None,
    days: int = 14,
    urgent: bool = False,
) -> list[Slot]:
    """Every start of a ``minutes`` appointment with a place free, from ``first_day`` (or
    today) for ``days`` days, earliest first.

    A start must lie at least the rules' notice after ``now`` and within the days one may
    book ahead. The last ``held_back_per_day`` starts of a day are offered only on the day
    itself, or to an ``urgent`` booking.
    """
    if minutes not in SLOT_MINUTES:
        raise SlotRuleError(f"an appointment lasts 15 or 30 minutes, not {minutes}")
    now = require_utc(now)
    rules = timetable.rules
    today = local_day(now)
    day = max(first_day or today, today)
    last_day = today + timedelta(days=rules.max_days_ahead)
    taken = _taken(booked)
    found: list[Slot] = []
    for _ in range(days):
        if day > last_day:
            break
        day_slots = _day_slots(timetable.places(day), taken, minutes)
        if day != today and not urgent and rules.held_back_per_day:
            day_slots = day_slots[: max(0, len(day_slots) - rules.held_back_per_day)]
        found += [s for s in day_slots if s.starts_at >= now + rules.min_notice]
        day += timedelta(days=1)
    return found


def check_booking(
    timetable: Timetable,
    booked: Iterable[Booked],
    *,
    starts_at: datetime,
    minutes: int,
    now: datetime,
    urgent: bool = False,
) -> None:
    """Raise :class:`SlotRuleError` unless a ``minutes`` appointment may start at
    ``starts_at`` (UTC) with the bookings there are."""
    starts_at = require_utc(starts_at)
    offered = free_slots(
        timetable,
        booked,
        minutes=minutes,
        now=now,
        first_day=local_day(starts_at),
        days=1,
        urgent=urgent,
    )
    if not any(slot.starts_at == starts_at for slot in offered):
        raise SlotRuleError("the slot is not free (taken, closed or outside the booking rules)")


def _taken(booked: Iterable[Booked]) -> Counter[datetime]:
    taken: Counter[datetime] = Counter()
    for booking in booked:
        cell = require_utc(booking.starts_at)
        for _ in range(booking.minutes // 15):
            taken[cell] += 1
            cell += CELL
    return taken


def _day_slots(places: dict[datetime, int], taken: Counter[datetime], minutes: int) -> list[Slot]:
    cells = minutes // 15
    slots = []
    for start in sorted(places):
        covered = [start + CELL * n for n in range(cells)]
        free = min(places.get(cell, 0) - taken[cell] for cell in covered)
        if free > 0:
            slots.append(Slot(start, minutes, free))
    return slots


def nearest_free(slots: Sequence[Slot], wished: datetime, count: int = 3) -> list[Slot]:
    """The ``count`` free slots closest in time to the one wished for, earliest first."""
    wished = require_utc(wished)
    closest = sorted(slots, key=lambda slot: abs(slot.starts_at - wished))[:count]
    return sorted(closest, key=lambda slot: slot.starts_at)

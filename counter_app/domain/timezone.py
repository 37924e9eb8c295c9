"""Time rules: store UTC, show and count days in Europe/Copenhagen."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

COPENHAGEN = ZoneInfo("Europe/Copenhagen")


def require_utc(moment: datetime) -> datetime:
    """Return ``moment`` in UTC; refuse a naive datetime, whose meaning is a guess."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"naive datetime {moment.isoformat()} refused: give a timezone")
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        # Year 1 east of UTC or year 9999 west of it has no UTC form; a ValueError lets
        # validation report it instead of crashing (pydantic only catches ValueError).
        raise ValueError(f"datetime {moment.isoformat()} is out of range in UTC") from None


def local_day(moment: datetime) -> date:
    """The Copenhagen calendar day an instant falls on (ticket numbers reset on it)."""
    return require_utc(moment).astimezone(COPENHAGEN).date()


def day_bounds(moment: datetime) -> tuple[datetime, datetime]:
    """Copenhagen midnight to midnight around ``moment`` (23 or 25 hours on a change day)."""
    day = local_day(moment)
    first = datetime.combine(day, time(0), tzinfo=COPENHAGEN)
    return first, datetime.combine(day + timedelta(days=1), time(0), tzinfo=COPENHAGEN)


def to_local(moment: datetime) -> datetime:
    """An instant as Copenhagen wall-clock time, for showing to people."""
    return require_utc(moment).astimezone(COPENHAGEN)


def utc_now() -> datetime:
    """The current instant in UTC; pass a different callable where a test needs a clock."""
    return datetime.now(UTC)

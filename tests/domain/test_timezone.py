"""UTC in, Copenhagen days out, also across daylight-saving changes."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from counter_app.domain.timezone import COPENHAGEN, local_day, require_utc, to_local, utc_now


@pytest.mark.parametrize(
    ("instant", "day"),
    [
        # Winter time (UTC+1): 23:30 UTC is 00:30 the next day.
        (datetime(2026, 1, 15, 22, 59, tzinfo=UTC), date(2026, 1, 15)),
        (datetime(2026, 1, 15, 23, 30, tzinfo=UTC), date(2026, 1, 16)),
        # 2026-03-29: clocks go 02:00 -> 03:00. The evening before is still winter time.
        (datetime(2026, 3, 28, 22, 59, tzinfo=UTC), date(2026, 3, 28)),
        (datetime(2026, 3, 28, 23, 30, tzinfo=UTC), date(2026, 3, 29)),
        # That evening is summer time (UTC+2): 22:00 UTC is already midnight.
        (datetime(2026, 3, 29, 21, 59, tzinfo=UTC), date(2026, 3, 29)),
        (datetime(2026, 3, 29, 22, 0, tzinfo=UTC), date(2026, 3, 30)),
        (datetime(2026, 3, 29, 23, 30, tzinfo=UTC), date(2026, 3, 30)),
        # 2026-10-25: clocks go 03:00 -> 02:00. The evening before is summer time.
        (datetime(2026, 10, 24, 21, 59, tzinfo=UTC), date(2026, 10, 24)),
        (datetime(2026, 10, 24, 22, 30, tzinfo=UTC), date(2026, 10, 25)),
        # The hour that happens twice (00:30 and 01:30 UTC are both 02:30 local).
        (datetime(2026, 10, 25, 0, 30, tzinfo=UTC), date(2026, 10, 25)),
        (datetime(2026, 10, 25, 1, 30, tzinfo=UTC), date(2026, 10, 25)),
        # That evening is winter time again: 22:30 UTC is 23:30, 23:30 UTC the next day.
        (datetime(2026, 10, 25, 22, 30, tzinfo=UTC), date(2026, 10, 25)),
        (datetime(2026, 10, 25, 23, 30, tzinfo=UTC), date(2026, 10, 26)),
    ],
)
def test_local_day_follows_copenhagen_midnight(instant: datetime, day: date) -> None:
    assert local_day(instant) == day


def test_local_day_of_the_same_instant_does_not_depend_on_its_timezone() -> None:
    instant = datetime(2026, 3, 29, 23, 30, tzinfo=UTC)
    new_york = instant.astimezone(ZoneInfo("America/New_York"))
    assert new_york.date() == date(2026, 3, 29)
    assert local_day(new_york) == date(2026, 3, 30)


@given(
    st.datetimes(
        min_value=datetime(2000, 1, 2),
        max_value=datetime(2099, 12, 30),
        timezones=st.sampled_from(
            [UTC, COPENHAGEN, ZoneInfo("Asia/Tokyo"), timezone(timedelta(hours=-7))]
        ),
    )
)
def test_local_day_is_the_utc_day_or_the_next(moment: datetime) -> None:
    utc = moment.astimezone(UTC)
    day = local_day(moment)
    assert day in (utc.date(), utc.date() + timedelta(days=1))
    # Copenhagen is one or two hours ahead: only the last two UTC hours can be tomorrow.
    if utc.hour < 22:
        assert day == utc.date()
    if utc.hour == 23:
        assert day == utc.date() + timedelta(days=1)
    assert local_day(moment.astimezone(ZoneInfo("Pacific/Kiritimati"))) == day


def test_require_utc_refuses_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="naive datetime"):
        require_utc(datetime(2026, 5, 4, 9, 30))


@pytest.mark.parametrize(
    "moment",
    [
        datetime(1, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=1))),
        datetime(9999, 12, 31, 23, 30, tzinfo=timezone(timedelta(hours=-2))),
    ],
)
def test_require_utc_refuses_instants_outside_the_utc_calendar_with_a_value_error(
    moment: datetime,
) -> None:
    # A ValueError (not OverflowError) lets request validation answer 422 instead of 500.
    with pytest.raises(ValueError, match="out of range"):
        require_utc(moment)


def test_local_day_and_to_local_refuse_naive_datetimes() -> None:
    with pytest.raises(ValueError, match="naive"):
        local_day(datetime(2026, 5, 4, 9, 30))
    with pytest.raises(ValueError, match="naive"):
        to_local(datetime(2026, 5, 4, 9, 30))


def test_require_utc_converts_to_utc_keeping_the_instant() -> None:
    local = datetime(2026, 7, 1, 12, 0, tzinfo=COPENHAGEN)
    utc = require_utc(local)
    assert utc.tzinfo is UTC
    assert utc == local
    assert utc.hour == 10


@given(st.datetimes(timezones=st.just(UTC), allow_imaginary=False))
def test_require_utc_is_identity_on_utc(moment: datetime) -> None:
    assert require_utc(moment) == moment
    assert require_utc(moment).utcoffset() == timedelta(0)


def test_to_local_shows_copenhagen_wall_clock_time() -> None:
    assert to_local(datetime(2026, 1, 15, 9, 0, tzinfo=UTC)).hour == 10
    assert to_local(datetime(2026, 7, 15, 9, 0, tzinfo=UTC)).hour == 11


def test_utc_now_is_aware_utc() -> None:
    now = utc_now()
    assert now.tzinfo is UTC
    assert abs(now - datetime.now(UTC)) < timedelta(seconds=5)

"""Rules for registering an inquiry (henvendelse): channels, outcomes, sane durations."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from counter_app.domain.timezone import require_utc

# No single contact at a desk lasts longer than a working day; longer means a wrong clock.
MAX_INQUIRY_DURATION = timedelta(hours=12)


class Channel(StrEnum):
    """How the citizen reached us."""

    COUNTER = "counter"
    PHONE = "phone"
    MAIL = "mail"
    SCREEN = "screen"
    SOCIAL = "social"
    PASSING = "passing"  # a quick question in passing, counted with one key


class Outcome(StrEnum):
    """How the inquiry ended."""

    RESOLVED = "resolved"
    APPOINTMENT_BOOKED = "appointment_booked"
    REFERRED = "referred"
    FORWARDED = "forwarded"
    CALLBACK = "callback"


class CallbackState(StrEnum):
    """A callback is open until someone has got back to the citizen."""

    OPEN = "open"
    DONE = "done"


class InquiryRuleError(ValueError):
    """An inquiry whose times cannot be right."""


def check_inquiry_times(started_at: datetime, ended_at: datetime) -> timedelta:
    """Return the inquiry's duration, refusing times that run backwards or span days."""
    start, end = require_utc(started_at), require_utc(ended_at)
    duration = end - start
    if duration < timedelta(0):
        raise InquiryRuleError("the inquiry ends before it starts")
    if duration > MAX_INQUIRY_DURATION:
        raise InquiryRuleError("the inquiry lasts more than 12 hours; check the desk's clock")
    return duration

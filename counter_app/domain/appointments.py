"""The states of an appointment, as every layer names them."""

from __future__ import annotations

from enum import StrEnum


class AppointmentState(StrEnum):
    """booked → checked_in → serving → done | no_show | cancelled."""

    BOOKED = "booked"
    CHECKED_IN = "checked_in"
    SERVING = "serving"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"

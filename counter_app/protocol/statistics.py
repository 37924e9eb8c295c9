"""The statistics report the server computes and a desk shows and exports.

Names of branches, queues and services come with the report (a branch desk does not keep
other branches' rows); the keys of channels, outcomes, areas and reasons are the enums'
values, which the desk translates.
"""

from __future__ import annotations

import uuid
from datetime import date

from pydantic import Field

from counter_app.domain.org import DeskKind
from counter_app.protocol.messages import Strict
from counter_app.protocol.mutations import UtcDateTime


class StatisticsQuery(Strict):
    """What a desk asks for: a period of Copenhagen days, optionally one branch and one kind
        of desk. Without a manager signed in at the desk (``X-Staff-Session``): the desk's own
    branch, today."""

    first_day: date = Field(description="first Copenhagen day of the period")
    last_day: date = Field(description="last Copenhagen day, included")
    branch_id: uuid.UUID | None = Field(
        default=None, description="one branch; none: the whole municipality"
    )
    desk_kind: DeskKind | None = Field(default=None, description="only this kind of desk's work")

    def params(self) -> dict[str, str]:
        """The query string's fields (unset ones left out)."""
        return {k: str(v) for k, v in self.model_dump(mode="json").items() if v is not None}


class Tally(Strict):
    """How many of one kind: a service, a channel, a reason. ``name_da``/``name_en`` are
    set where the key is a catalogue code or a row's name."""

    key: str
    name_da: str = ""
    name_en: str = ""
    count: int


class Durations(Strict):
    """Seconds of waiting or service over ``count`` visits; None when there were none.
    Median and 90th percentile interpolate between ranks (as ``percentile_cont``)."""

    count: int = 0
    mean: float | None = None
    median: float | None = None
    p90: float | None = None


class BranchInquiries(Strict):
    """One branch's inquiries, split by area (the seeds' "borgerservice is over half")."""

    branch_id: uuid.UUID
    name: str
    total: int
    citizen_service: int
    library: int
    authority_task: int


class InquiryFigures(Strict):
    """Registered contacts. An inquiry about several services counts once in ``total``
    and once under each of its services; under an area or as an authority task when any
    of its services is."""

    total: int = 0
    by_service: list[Tally] = Field(default_factory=list)
    by_area: list[Tally] = Field(default_factory=list)
    authority_task: int = 0
    by_channel: list[Tally] = Field(default_factory=list)
    by_outcome: list[Tally] = Field(default_factory=list)
    by_hour: list[int] = Field(default_factory=lambda: [0] * 24)
    by_weekday: list[int] = Field(default_factory=lambda: [0] * 7)
    by_branch: list[BranchInquiries] = Field(default_factory=list)


class VisitRow(Strict):
    """Tickets of one queue (or service): each ticket is one visit however often it was
    transferred, counted in the queue it was first drawn in."""

    key: str
    name_da: str
    name_en: str
    branch: str = ""
    issued: int = 0
    served: int = 0
    left_before_call: int = 0
    no_show: int = 0
    wait: Durations = Field(default_factory=Durations)
    service: Durations = Field(default_factory=Durations)


class TicketFigures(Strict):
    """Tickets drawn in the period: waits from drawing (or the appointment's time, for an
    early arrival) to the first call; service time summed over every desk that served the
    citizen; a no-show has none."""

    issued: int = 0
    served: int = 0
    transferred: int = 0
    left_before_call: int = 0
    no_show: int = 0
    wait: Durations = Field(default_factory=Durations)
    service: Durations = Field(default_factory=Durations)
    by_queue: list[VisitRow] = Field(default_factory=list)
    by_service: list[VisitRow] = Field(default_factory=list)


class FiveMinuteFigures(Strict):
    """Inquiries served under a time limit (KVIK's five minutes) and how they stood to it."""

    served: int = 0
    within: int = 0
    handed_off: int = 0
    over_with_reason: int = 0
    over_without_reason: int = 0
    share_within: float | None = None
    reasons: list[Tally] = Field(default_factory=list)


class HandoffFigures(Strict):
    """Citizens sent on to a booked appointment instead of being served there and then."""

    inquiries_booked: int = 0
    by_desk_kind: list[Tally] = Field(default_factory=list)
    appointments_from_counter: int = 0


class AppointmentRow(Strict):
    """Appointments of one branch and resource that start in the period."""

    branch: str
    resource: str
    booked: int = 0
    done: int = 0
    no_show: int = 0
    cancelled: int = 0
    pending: int = 0
    booked_minutes: int = 0
    bookable_minutes: int = 0
    utilisation: float | None = None


class AppointmentFigures(Strict):
    """Appointments starting in the period. No-show rate: of those that were due and not
    cancelled; utilisation: minutes booked (not cancelled) of the minutes staffed."""

    booked: int = 0
    done: int = 0
    no_show: int = 0
    cancelled: int = 0
    pending: int = 0
    no_show_rate: float | None = None
    cancellation_rate: float | None = None
    booked_minutes: int = 0
    bookable_minutes: int = 0
    utilisation: float | None = None
    by_branch: list[AppointmentRow] = Field(default_factory=list)


class ScreenRow(Strict):
    """Screen inquiries forwarded from one library, and how long citizens waited at the
    screen for a caseworker to accept."""

    branch_id: uuid.UUID
    name: str
    forwarded: int = 0
    answered: int = 0
    cancelled: int = 0
    open: int = 0
    wait: Durations = Field(default_factory=Durations)


class ScreenFigures(Strict):
    """Screen inquiries from the branch libraries to borgerservice."""

    forwarded: int = 0
    answered: int = 0
    cancelled: int = 0
    wait: Durations = Field(default_factory=Durations)
    by_branch: list[ScreenRow] = Field(default_factory=list)


class CallbackRow(Strict):
    """Callbacks of one group opened in the period, and where they stand now."""

    key: str
    name_da: str
    name_en: str
    opened: int = 0
    done: int = 0
    done_late: int = 0
    open: int = 0
    overdue: int = 0


class CallbackFigures(Strict):
    """Callbacks opened in the period: done, done after their due time, still open, and
    open past their due time (as of ``StatisticsReport.generated_at``)."""

    opened: int = 0
    done: int = 0
    done_late: int = 0
    open: int = 0
    overdue: int = 0
    by_group: list[CallbackRow] = Field(default_factory=list)


class StatisticsReport(Strict):
    """Everything the overview shows for one municipality or branch, period and desk kind."""

    municipality: str
    branch_id: uuid.UUID | None
    branch: str | None
    desk_kind: DeskKind | None
    first_day: date
    last_day: date
    generated_at: UtcDateTime
    # "municipality": a manager's report; "branch_day": a desk's own branch, today.
    scope: str
    inquiries: InquiryFigures
    tickets: TicketFigures
    five_minutes: FiveMinuteFigures
    handoffs: HandoffFigures
    appointments: AppointmentFigures
    screens: ScreenFigures
    callbacks: CallbackFigures

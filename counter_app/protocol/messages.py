"""Request and response bodies of the sync API (push, pull, snapshot, live, enroll)."""

from __future__ import annotations

import itertools
import uuid
from datetime import date, time
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, StrictInt, model_validator

from counter_app.domain.org import Resource
from counter_app.protocol.mutations import Mutation, Text, UtcDateTime

MAX_PUSH_BATCH = 500
MAX_PULL_LIMIT = 5000


class Strict(BaseModel):
    """Refuse unknown fields: a typo in a request is an error, not silently ignored."""

    model_config = ConfigDict(extra="forbid")


class PushRequest(Strict):
    """Mutations of one desk, in its own numbering order."""

    mutations: list[Mutation] = Field(min_length=1, max_length=MAX_PUSH_BATCH)

    @model_validator(mode="after")
    def _numbers_increase(self) -> PushRequest:
        numbers = [m.number for m in self.mutations]
        if any(b <= a for a, b in itertools.pairwise(numbers)):
            raise ValueError("mutation numbers must be strictly increasing within a push")
        return self


class Status(StrEnum):
    """What became of one mutation."""

    APPLIED = "applied"
    REJECTED = "rejected"


class MutationResult(Strict):
    """The server's answer for one mutation; repeated unchanged when it is pushed again."""

    number: int
    id: uuid.UUID
    status: Status
    reason: str | None = Field(default=None, description="a code, e.g. no_waiting_ticket")
    detail: str | None = Field(default=None, description="a sentence for the log")
    result: dict[str, Any] = Field(default_factory=dict)
    branch_seq: int | None = Field(
        default=None, description="pull up to this change number to see the effect"
    )


class PushResponse(Strict):
    """Results in order. ``expected_number`` is set when the push stopped at a gap."""

    results: list[MutationResult]
    last_applied_number: int
    expected_number: int | None = None
    number_conflict: bool = Field(
        default=False,
        description="a number was reused with another mutation id: renumber from "
        "last_applied_number + 1",
    )


class Change(Strict):
    """One row as it is after change ``seq`` of the branch."""

    seq: int
    table: str
    row: dict[str, Any]


class PullResponse(Strict):
    """Changes after the cursor; ``snapshot_required`` when the cursor cannot be served."""

    epoch: uuid.UUID
    changes: list[Change]
    last_seq: int
    has_more: bool
    snapshot_required: bool = False


class Snapshot(Strict):
    """Every row a desk of the branch needs, consistent as of change ``seq``."""

    epoch: uuid.UUID
    seq: int
    tables: dict[str, list[dict[str, Any]]]


class Poke(Strict):
    """Sent on the live channel: the branch is now at ``seq``; pull to see what changed."""

    branch_id: uuid.UUID
    seq: int


class EnrollRequest(Strict):
    """Trade the server's enrollment key for a desk token (the embedded default's path)."""

    enrollment_key: Text = Field(min_length=16, max_length=200)
    municipality_code: Text = Field(min_length=1, max_length=20)
    branch_code: Text = Field(min_length=1, max_length=20)
    desk_name: Text = Field(min_length=1, max_length=80)
    desk_kind: Text = Field(default="kvik", max_length=20)


class CodeEnrollRequest(Strict):
    """Trade a one-time enrollment code (made by IT for one desk) for its token."""

    code: Text = Field(min_length=1, max_length=40, description="e.g. ACDE-FGHJ-KMNP")


class EnrollResponse(Strict):
    """Who the desk is, and the token for every later request."""

    token: str
    desk_id: uuid.UUID
    desk_name: str
    desk_kind: str = "kvik"
    branch_id: uuid.UUID
    municipality_id: uuid.UUID
    last_applied_number: int


class SignInRequest(Strict):
    """A staff member signs in at this desk with initials and personal code."""

    initials: Text = Field(min_length=1, max_length=12)
    code: Text = Field(min_length=1, max_length=64)
    next_number: StrictInt = Field(
        ge=1, le=2**62, description="the number this desk gives its next mutation"
    )


class ArrivalLookup(Strict):
    """The phone number or e-mail a citizen typed at a kiosk, to find today's appointment
    (a kiosk keeps no contacts: it asks)."""

    contact: Text = Field(min_length=1, max_length=120)


class ArrivalMatches(Strict):
    """Today's booked appointments at the desk's branch with that contact, by time."""

    appointment_ids: list[uuid.UUID]


class SignOutRequest(Strict):
    """The staff member leaves the desk; their mutations end at ``last_number``."""

    last_number: StrictInt = Field(ge=0, le=2**62)


class SignedIn(Strict):
    """Who is signed in, and the session token for requests that need their role."""

    session_token: str
    staff_id: uuid.UUID
    initials: str
    display_name: str
    role: str
    expires_at: UtcDateTime


class Health(Strict):
    """Liveness and which database the server runs on."""

    status: str
    version: str
    database: str


class ErrorMessage(Strict):
    """A refusal, with a sentence saying why and what to do."""

    detail: str


class ShiftOut(Strict):
    """Staff on duty for a resource during a block of a weekday (0 = Monday), in
    Copenhagen wall-clock time."""

    weekday: int
    starts: time
    ends: time
    staff: int


class ClosureOut(Strict):
    """Days the branch (or the resource) takes no appointments."""

    first_day: date
    last_day: date


class BookedOut(Strict):
    """A place taken: when and how long (no one's name: only what free slots need)."""

    starts_at: UtcDateTime
    minutes: int


class BranchTimetable(Strict):
    """What a desk of another branch needs to offer this branch's free slots for one
    resource (a library booking borgerservice at the main library); no personal data."""

    branch_id: uuid.UUID
    branch_name: str
    resource: Resource
    shifts: list[ShiftOut]
    closures: list[ClosureOut]
    min_notice_minutes: int
    max_days_ahead: int
    held_back_per_day: int
    booked: list[BookedOut]

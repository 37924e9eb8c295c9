"""Typed, versioned mutations: every change a desk asks the server to make.

A mutation is an *intent* (``ticket.call_next`` on these queues), not a row diff, so the
server can run the same rules again. The envelope carries what every mutation has; the
payload's shape is fixed by ``(type, version)``. The server keeps handlers for old versions
until every desk has upgraded.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
)

from counter_app.domain.five_minute import ContinueReason
from counter_app.domain.inquiries import Channel, Outcome
from counter_app.domain.org import DeskKind, Resource
from counter_app.domain.personal_data import check_contact, check_name, refuse_cpr
from counter_app.domain.timezone import require_utc

_NUMBER_TEXT = re.compile(r"\s*[-+]?\d+(\.\d*)?\s*")


def _iso_text_only(value: object) -> object:
    """Refuse numbers as times, also written as text: 0 or "0" is not "1970" to a desk,
    it is a bug."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and not _NUMBER_TEXT.fullmatch(value):
        return value
    raise ValueError("give the time as ISO 8601 text with a timezone, e.g. 2026-11-23T09:15:00Z")


UtcDateTime = Annotated[datetime, BeforeValidator(_iso_text_only), AfterValidator(require_utc)]


def refuse_nul(text: str) -> str:
    """Refuse the NUL character: PostgreSQL cannot store it in text, so a desk's string
    would be a server error there and stored on SQLite; refuse it the same everywhere."""
    if "\x00" in text:
        raise ValueError("text must not contain the NUL character")
    return text


Text = Annotated[str, AfterValidator(refuse_nul)]
# Free text staff type (a note, a question): never a CPR number in it.
FreeText = Annotated[str, AfterValidator(refuse_nul), AfterValidator(refuse_cpr)]


class MutationType(StrEnum):
    """Names of the mutations the server understands."""

    TICKET_ISSUE = "ticket.issue"
    TICKET_CALL_NEXT = "ticket.call_next"
    TICKET_CALL = "ticket.call"
    TICKET_RECALL = "ticket.recall"
    TICKET_START = "ticket.start"
    TICKET_FINISH = "ticket.finish"
    TICKET_NO_SHOW = "ticket.no_show"
    TICKET_PARK = "ticket.park"
    TICKET_RESUME = "ticket.resume"
    TICKET_TRANSFER = "ticket.transfer"
    TICKET_DECLINE = "ticket.decline"
    DESK_PRESENCE = "desk.presence"
    INQUIRY_REGISTER = "inquiry.register"
    CALLBACK_FINISH = "callback.finish"
    CATALOGUE_SERVICE_SAVE = "catalogue.service.save"
    CATALOGUE_LIMIT_SAVE = "catalogue.limit.save"
    APPOINTMENT_BOOK = "appointment.book"
    APPOINTMENT_CANCEL = "appointment.cancel"
    APPOINTMENT_NO_SHOW = "appointment.no_show"
    SCREEN_FORWARD = "screen_inquiry.forward"
    SCREEN_ACCEPT = "screen_inquiry.accept"
    SCREEN_START = "screen_inquiry.start"
    SCREEN_FINISH = "screen_inquiry.finish"
    SCREEN_CANCEL = "screen_inquiry.cancel"


# Contended mutations need the authority at once; offline they are withdrawn, not queued.
# The other ticket moves act on a ticket the desk already holds: nobody else can move it,
# so they take effect on the desk at once and are sent like any other change.
# Forwarding a screen inquiry needs the server too: a caseworker must see it now, or the
# branch must hear at once that no one is available.
CONTENDED = frozenset(
    {
        MutationType.TICKET_CALL_NEXT,
        MutationType.TICKET_CALL,
        MutationType.SCREEN_FORWARD,
        MutationType.SCREEN_ACCEPT,
    }
)


class Payload(BaseModel):
    """Base of every mutation payload: strict, no unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class TicketIssueV1(Payload):
    """Draw a ticket in a queue; the server gives it the day's next number."""

    ticket_id: uuid.UUID
    queue_id: uuid.UUID
    service_id: uuid.UUID | None = None


class TicketIssueV2(Payload):
    """Draw a ticket; with ``offline_number`` the desk numbered it itself (K-A01) while it
    could not reach the server, and the server keeps that number: the citizen holds it."""

    ticket_id: uuid.UUID
    queue_id: uuid.UUID
    service_id: uuid.UUID | None = None
    offline_number: StrictInt | None = Field(default=None, ge=1, le=999)


class TicketIssueV3(TicketIssueV2):
    """Draw a ticket as V2, for a citizen checking in for ``appointment_id``: the ticket is
    what they wait with and are called by. The ticket is issued even if the appointment
    can no longer be checked in (cancelled meanwhile): the citizen is here."""

    appointment_id: uuid.UUID | None = None


class TicketCallNextV1(Payload):
    """Call the longest-waiting ticket of these queues to the pushing desk."""

    queue_ids: list[uuid.UUID] = Field(min_length=1, max_length=50)


class TicketMoveV1(Payload):
    """Call, recall, start, finish, no-show, park or resume one ticket (by type)."""

    ticket_id: uuid.UUID


class TicketTransferV1(Payload):
    """Send a ticket back to waiting in another queue, or for one named desk, with a note
    for whoever calls it next."""

    ticket_id: uuid.UUID
    queue_id: uuid.UUID
    desk_id: uuid.UUID | None = None
    note: FreeText = Field(default="", max_length=200)


class TicketTransferV2(TicketTransferV1):
    """Transfer as V1; with ``summon`` it is a here-and-now request to the desk ``desk_id``
    (an idle librarian), which may accept (call the ticket) or decline (it goes back)."""

    summon: StrictBool = False


class DeskPresenceV1(Payload):
    """The desk is open (serving these queues) or closed; a kiosk reports its printer."""

    open: StrictBool
    queue_ids: list[uuid.UUID] = Field(default_factory=list, max_length=50)
    problem: Text = Field(default="", max_length=24)
    problem_detail: Text = Field(default="", max_length=200)


class InquiryRegisterV1(Payload):
    """Record one contact with a citizen; append-only, never conflicts."""

    inquiry_id: uuid.UUID
    channel: Channel
    outcome: Outcome
    started_at: UtcDateTime
    ended_at: UtcDateTime
    service_ids: list[uuid.UUID] = Field(default_factory=list, max_length=20)
    ticket_id: uuid.UUID | None = None
    note: FreeText = Field(default="", max_length=500)


class CallbackV1(BaseModel):
    """The task an inquiry with outcome "callback" leaves: who gets back to whom, by when.
    The name and contact are the only personal data; a CPR number is refused."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    callback_id: uuid.UUID
    group_code: Text = Field(min_length=1, max_length=40)
    due_at: UtcDateTime
    citizen_name: Annotated[Text, AfterValidator(check_name)] = Field(max_length=80)
    citizen_contact: Annotated[Text, AfterValidator(check_contact)] = Field(max_length=120)
    question: FreeText = Field(default="", max_length=500)


class InquiryRegisterV2(InquiryRegisterV1):
    """Record one contact: V1 and which authority it was referred to, the five-minute rule
    as it stood, and the callback it leaves."""

    referred_to: Text = Field(default="", max_length=40)
    limit_seconds: StrictInt | None = Field(default=None, ge=60, le=7200)
    over_limit_reason: ContinueReason | None = None
    callback: CallbackV1 | None = None


class InquiryRegisterV3(InquiryRegisterV2):
    """Record one contact as V2; a caseworker registering a screen inquiry names it, and
    the server records the library it came from (channel "screen")."""

    screen_inquiry_id: uuid.UUID | None = None


class CallbackFinishV1(Payload):
    """Someone got back to the citizen: close the callback and register that contact."""

    callback_id: uuid.UUID
    inquiry_id: uuid.UUID
    channel: Channel = Channel.PHONE
    outcome: Outcome = Outcome.RESOLVED
    started_at: UtcDateTime
    ended_at: UtcDateTime
    note: FreeText = Field(default="", max_length=500)


class CatalogueServiceSaveV1(Payload):
    """A manager adds or changes one service; ``fields`` are those of the catalogue file
    and get the same checks."""

    service_id: uuid.UUID
    fields: dict[str, Any]


class CatalogueLimitSaveV1(Payload):
    """A manager sets the serving limit of one desk role; None minutes: no limit."""

    desk_kind: DeskKind
    limit_minutes: StrictInt | None = Field(default=None, ge=1, le=120)
    amber_minutes: StrictInt | None = Field(default=None, ge=0, le=119)


_BOOKING_CODE = re.compile(r"[A-Z0-9]{6}")


def _booking_code(code: str) -> str:
    if not _BOOKING_CODE.fullmatch(code):
        raise ValueError("a booking code is six capital letters or digits")
    return code


class AppointmentBookV1(Payload):
    """Book a slot for a citizen. Queued like any change when the desk is offline (the
    appointment shows as unconfirmed); the server books it only if a place is free."""

    appointment_id: uuid.UUID
    resource: Resource
    starts_at: UtcDateTime
    minutes: StrictInt = Field(ge=15, le=30, multiple_of=15)
    service_id: uuid.UUID | None = None
    ticket_id: uuid.UUID | None = None
    citizen_name: Annotated[Text, AfterValidator(check_name)] = Field(max_length=80)
    citizen_contact: Annotated[Text, AfterValidator(check_contact)] = Field(max_length=120)
    topic: FreeText = Field(default="", max_length=500)
    booking_code: Annotated[str, AfterValidator(_booking_code)]
    urgent: StrictBool = False


class AppointmentBookV2(AppointmentBookV1):
    """Book as V1, at ``branch_id`` if given: a branch library books borgerservice at the
    main library (the slot is checked against that branch's timetable)."""

    branch_id: uuid.UUID | None = None


class AppointmentMoveV1(Payload):
    """Cancel an appointment, or mark a booked citizen who never checked in as not come."""

    appointment_id: uuid.UUID


def _first_name(name: str) -> str:
    name = " ".join(name.split())
    return check_name(name) if name else ""


class ScreenForwardV1(Payload):
    """A branch library puts a citizen at one of its screens for a caseworker of
    ``to_branch_id``. Only a first name, if the citizen wants to give one."""

    screen_inquiry_id: uuid.UUID
    to_branch_id: uuid.UUID
    screen_room_id: uuid.UUID
    service_id: uuid.UUID
    first_name: Annotated[Text, AfterValidator(_first_name)] = Field(default="", max_length=40)


class ScreenMoveV1(Payload):
    """Accept, start, finish or cancel one screen inquiry (by type)."""

    screen_inquiry_id: uuid.UUID


PAYLOADS: dict[tuple[MutationType, int], type[Payload]] = {
    (MutationType.TICKET_ISSUE, 1): TicketIssueV1,
    (MutationType.TICKET_ISSUE, 2): TicketIssueV2,
    (MutationType.TICKET_ISSUE, 3): TicketIssueV3,
    (MutationType.TICKET_CALL_NEXT, 1): TicketCallNextV1,
    (MutationType.TICKET_CALL, 1): TicketMoveV1,
    (MutationType.TICKET_RECALL, 1): TicketMoveV1,
    (MutationType.TICKET_START, 1): TicketMoveV1,
    (MutationType.TICKET_FINISH, 1): TicketMoveV1,
    (MutationType.TICKET_NO_SHOW, 1): TicketMoveV1,
    (MutationType.TICKET_PARK, 1): TicketMoveV1,
    (MutationType.TICKET_RESUME, 1): TicketMoveV1,
    (MutationType.TICKET_TRANSFER, 1): TicketTransferV1,
    (MutationType.TICKET_TRANSFER, 2): TicketTransferV2,
    (MutationType.TICKET_DECLINE, 1): TicketMoveV1,
    (MutationType.DESK_PRESENCE, 1): DeskPresenceV1,
    (MutationType.INQUIRY_REGISTER, 1): InquiryRegisterV1,
    (MutationType.INQUIRY_REGISTER, 2): InquiryRegisterV2,
    (MutationType.INQUIRY_REGISTER, 3): InquiryRegisterV3,
    (MutationType.CALLBACK_FINISH, 1): CallbackFinishV1,
    (MutationType.CATALOGUE_SERVICE_SAVE, 1): CatalogueServiceSaveV1,
    (MutationType.CATALOGUE_LIMIT_SAVE, 1): CatalogueLimitSaveV1,
    (MutationType.APPOINTMENT_BOOK, 1): AppointmentBookV1,
    (MutationType.APPOINTMENT_BOOK, 2): AppointmentBookV2,
    (MutationType.APPOINTMENT_CANCEL, 1): AppointmentMoveV1,
    (MutationType.APPOINTMENT_NO_SHOW, 1): AppointmentMoveV1,
    (MutationType.SCREEN_FORWARD, 1): ScreenForwardV1,
    (MutationType.SCREEN_ACCEPT, 1): ScreenMoveV1,
    (MutationType.SCREEN_START, 1): ScreenMoveV1,
    (MutationType.SCREEN_FINISH, 1): ScreenMoveV1,
    (MutationType.SCREEN_CANCEL, 1): ScreenMoveV1,
}

LATEST_VERSION: dict[MutationType, int] = {
    kind: max(v for (k, v) in PAYLOADS if k == kind) for kind in MutationType
}


class Mutation(BaseModel):
    """The envelope: numbered per desk, identified by a client-made UUID."""

    model_config = ConfigDict(extra="forbid")

    number: StrictInt = Field(ge=1, description="1, 2, 3, ... per desk; never reused")
    id: uuid.UUID
    type: Text = Field(min_length=1, max_length=64)
    version: StrictInt = Field(ge=1)
    client_time: UtcDateTime
    staff_id: uuid.UUID | None = None
    withdrawn: StrictBool = Field(
        default=False,
        description="the desk gave up on this contended mutation; apply nothing, use the number",
    )
    payload: dict[str, Any] = Field(default_factory=dict)


def payload_model(kind: str, version: int) -> type[Payload] | None:
    """The payload class for a (type, version), or None if this server does not know it."""
    try:
        return PAYLOADS[(MutationType(kind), version)]
    except (ValueError, KeyError):
        return None

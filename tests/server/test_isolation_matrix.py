"""Tenant isolation as a matrix: every mutation type and every route, tried by the desks of
municipality A against the rows of municipality B, changes nothing of B and shows nothing
of B.

B (module-wide, per backend) has a row of every kind a mutation acts on, made through its
own desks: tickets waiting, called, parked and asked for here and now, an inquiry with an
open callback, an appointment, screen inquiries waiting, accepted and started, a screen,
its own authority, callback group and staff member. A (fresh for every test) pushes as its
signed-in manager, so a refusal is never about the role. After every attempt every row of
B is as it was, no row of A names anything of B, and no answer carries any of B's ids or
names.
"""

from __future__ import annotations

import asyncio
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import Any

import httpx
import pytest
from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from counter_app.domain.org import DeskKind, StaffRole
from counter_app.domain.timezone import local_day, utc_now
from counter_app.models import (
    BranchState,
    CatalogueChoice,
    ChoiceKind,
    DeskPresence,
    ServingLimitSetting,
    Side,
    Staff,
    StaffCredential,
    metadata_for,
)
from counter_app.protocol.messages import (
    BranchTimetable,
    EnrollResponse,
    MutationResult,
    PushResponse,
    SignedIn,
    Snapshot,
    Status,
)
from counter_app.protocol.mutations import LATEST_VERSION, Mutation, MutationType
from counter_app.protocol.statistics import StatisticsReport
from counter_app.server.staff_access import hash_staff_code
from counter_app.sync.live import pokes
from tests.server.test_catalogue_changes import service_fields
from tests.support.api import ApiDesk, enroll_body, mutation
from tests.support.server_db import server_session, write_appointment
from tests.support.server_process import ServerProcess
from tests.support.tenants import (
    STAFF_CODE,
    Tenant,
    add_screen_room,
    add_timetable,
    seed_tenant,
)

# What only B has: naming them from A must fail as naming an unknown one does.
B_AUTHORITY = "b-only-authority"
B_GROUP = "b-only-group"
B_INITIALS = "ZQ"
# Refusals that would say "the role", not "not yours": A's manager never gets them.
ROLE_REASONS = {"not_allowed", "not_signed_in"}
UUID_TEXT = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


class Actor:
    """An enrolled desk numbering its own mutations, made as ``staff_id`` (signed in)."""

    def __init__(self, api: ApiDesk, staff_id: uuid.UUID | None = None) -> None:
        self.api = api
        self.staff_id = staff_id
        self.number = api.enrolled.last_applied_number

    @property
    def desk_id(self) -> uuid.UUID:
        return self.api.enrolled.desk_id

    def sign_in(self, initials: str, staff_id: uuid.UUID) -> SignedIn:
        signed_in = self.api.sign_in(initials, STAFF_CODE, next_number=self.number + 1)
        assert signed_in.staff_id == staff_id
        self.staff_id = staff_id
        return signed_in

    def mutation(
        self, kind: MutationType, payload: dict[str, Any], staff_id: uuid.UUID | None = None
    ) -> Mutation:
        self.number += 1
        return mutation(
            self.number,
            kind,
            payload,
            version=LATEST_VERSION[kind],
            staff_id=staff_id or self.staff_id,
            client_time=utc_now(),
        )

    def apply(self, kind: MutationType, payload: dict[str, Any]) -> dict[str, Any]:
        """Push one mutation that must apply; its result."""
        answer = self.api.push([self.mutation(kind, payload)]).results[0]
        assert answer.status is Status.APPLIED, (kind, answer.reason, answer.detail)
        return answer.result


def enroll_desk(
    http: httpx.Client, server: ServerProcess, tenant: Tenant, kind: DeskKind, *, at: str, name: str
) -> ApiDesk:
    body = {**enroll_body(server.enrollment_key, name, tenant.code, at), "desk_kind": kind}
    response = http.post("/api/v1/enroll", json=body)
    assert response.status_code == 200, response.text
    return ApiDesk(http, EnrollResponse.model_validate_json(response.content))


def new_id() -> str:
    return str(uuid.uuid4())


def contact_times() -> dict[str, str]:
    now = utc_now()
    return {
        "started_at": (now - timedelta(minutes=6)).isoformat(),
        "ended_at": (now - timedelta(minutes=1)).isoformat(),
    }


def callback_spec(callback_id: str, group: str = "fees", name: str = "Alma Andersen") -> Any:
    due = (utc_now() + timedelta(days=1)).isoformat()
    return {
        "callback_id": callback_id,
        "group_code": group,
        "due_at": due,
        "citizen_name": name,
        "citizen_contact": "12345678",
    }


def registration(**fields: Any) -> dict[str, Any]:
    """inquiry.register's payload: a resolved counter inquiry of a few minutes ago."""
    return {
        "inquiry_id": new_id(),
        "channel": "counter",
        "outcome": "resolved",
        **contact_times(),
        **fields,
    }


# --- reading the server's rows ----------------------------------------------------------

SERVER_TABLES = metadata_for(Side.SERVER).sorted_tables


def rows_of(database_url: str, municipality_id: uuid.UUID) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of one municipality in every server table, in a stable order."""
    found: dict[str, list[tuple[Any, ...]]] = {}
    with server_session(database_url) as session:
        existing = set(inspect(session.connection()).get_table_names())
        for table in SERVER_TABLES:
            if table.name not in existing:
                continue
            if table.name == "municipality":
                condition = table.c.id == municipality_id
            elif "municipality_id" in table.c:
                condition = table.c.municipality_id == municipality_id
            else:
                continue
            rows = session.execute(select(table).where(condition)).all()
            found[table.name] = sorted((tuple(row) for row in rows), key=repr)
    return found


def ids_in(rows: dict[str, list[tuple[Any, ...]]]) -> set[str]:
    """Every UUID any of the rows holds, in a column of its own or inside JSON."""
    return {
        text
        for table_rows in rows.values()
        for row in table_rows
        for text in UUID_TEXT.findall(" ".join(map(str, row)))
    }


def assert_unchanged(
    before: dict[str, list[tuple[Any, ...]]], after: dict[str, list[tuple[Any, ...]]]
) -> None:
    changed = sorted(t for t in before.keys() | after.keys() if before.get(t) != after.get(t))
    assert not changed, f"rows of B changed in: {changed}"


def assert_names_nothing_of(rows: dict[str, list[tuple[Any, ...]]], foreign: set[str]) -> None:
    """No row names one of ``foreign`` (the ids of the other municipality)."""
    named = [
        (table, hit)
        for table, table_rows in rows.items()
        for row in table_rows
        for hit in set(UUID_TEXT.findall(" ".join(map(str, row)))) & foreign
    ]
    assert not named, f"rows of A name rows of B: {named}"


def assert_reveals_nothing(text: str, other: Other, what: object) -> None:
    """Neither an id of B nor one of its names or codes is in ``text``."""
    ids = set(UUID_TEXT.findall(text.lower())) & other.ids
    words = [word for word in other.words if word in text]
    assert not ids and not words, f"{what} answered with B's {sorted(ids) + words}: {text[:800]}"


# --- municipality B, with a row of every kind ---------------------------------------------


@dataclass
class Other:
    """Municipality B, as its own desks made it."""

    tenant: Tenant
    actors: dict[str, Actor]  # kvik (signed in as B's manager), caseworker, branch (NORD)
    room_id: uuid.UUID
    tickets: dict[str, str]  # waiting, called, parked, summoned
    inquiry_id: str
    callback_id: str
    appointment_id: str
    screens: dict[str, str]  # waiting, accepted, started
    session_token: str  # of B's manager at B's KVIK desk
    epochs: list[uuid.UUID] = field(default_factory=list)
    ids: set[str] = field(default_factory=set)  # every id in a row of B
    words: list[str] = field(default_factory=list)  # B's names and codes no other has

    def desk_ids(self) -> list[uuid.UUID]:
        return [actor.desk_id for actor in self.actors.values()]


def make_other(server: ServerProcess, http: httpx.Client) -> Other:
    url = server.database_url
    tenant = seed_tenant(url)
    code = tenant.code
    add_timetable(url, tenant)
    room_id = add_screen_room(url, tenant)
    with server_session(url) as session, session.begin():
        for choice_kind, choice in (
            (ChoiceKind.AUTHORITY, B_AUTHORITY),
            (ChoiceKind.CALLBACK_GROUP, B_GROUP),
        ):
            session.add(
                CatalogueChoice(
                    municipality_id=tenant.municipality_id,
                    kind=choice_kind,
                    code=choice,
                    name_da=f"Kun {code}",
                    name_en=f"Only {code}",
                )
            )
        stranger = Staff(
            id=uuid.uuid4(),
            municipality_id=tenant.municipality_id,
            home_branch_id=tenant.branch_ids["HB"],
            initials=B_INITIALS,
            display_name=f"Bent {code}",
            role=StaffRole.MANAGER,
        )
        session.add(stranger)
        session.flush()
        session.add(
            StaffCredential(
                staff_id=stranger.id,
                municipality_id=tenant.municipality_id,
                code_hash=hash_staff_code(STAFF_CODE),
                changed_at=utc_now(),
            )
        )
    # Desk names as every municipality has them, and one only B has.
    names = {"kvik": "KVIK 1", "caseworker": f"Borgerservice {code}", "branch": "Filialskranke"}
    kvik = Actor(enroll_desk(http, server, tenant, DeskKind.KVIK, at="HB", name=names["kvik"]))
    caseworker = Actor(
        enroll_desk(http, server, tenant, DeskKind.CASEWORKER, at="HB", name=names["caseworker"])
    )
    branch = Actor(
        enroll_desk(http, server, tenant, DeskKind.BRANCH, at="NORD", name=names["branch"])
    )
    queue = str(tenant.queue_ids["K"])

    def issue() -> str:
        payload = {"ticket_id": new_id(), "queue_id": queue}
        return str(kvik.apply(MutationType.TICKET_ISSUE, payload)["ticket_id"])

    tickets = {state: issue() for state in ("waiting", "parked", "called", "summoned")}
    for kind, state in (
        (MutationType.TICKET_CALL, "parked"),
        (MutationType.TICKET_PARK, "parked"),
        (MutationType.TICKET_CALL, "called"),
    ):
        kvik.apply(kind, {"ticket_id": tickets[state]})
    # The caseworker asks B's KVIK desk to take a citizen here and now.
    caseworker.apply(MutationType.TICKET_CALL, {"ticket_id": tickets["summoned"]})
    summon = {
        "ticket_id": tickets["summoned"],
        "queue_id": queue,
        "desk_id": str(kvik.desk_id),
        "summon": True,
    }
    caseworker.apply(MutationType.TICKET_TRANSFER, summon)
    callback_id = new_id()
    inquiry_id = kvik.apply(
        MutationType.INQUIRY_REGISTER,
        registration(
            outcome="callback",
            service_ids=[str(tenant.service_id)],
            ticket_id=tickets["called"],
            callback=callback_spec(callback_id, name=f"Birthe {code}"),
        ),
    )["inquiry_id"]
    appointment_id = write_appointment(
        url,
        municipality_id=tenant.municipality_id,
        branch_id=tenant.branch_ids["HB"],
        starts_at=utc_now() - timedelta(minutes=30),  # due, and past the grace period
        booking_code="BQ7X3Z",
        name=f"Bodil {code}",
    )
    # A caseworker is there, so the library forwards; one accepts, another call has begun.
    caseworker.apply(MutationType.DESK_PRESENCE, {"open": True})

    def forward() -> str:
        payload = {
            "screen_inquiry_id": new_id(),
            "to_branch_id": str(tenant.branch_ids["HB"]),
            "screen_room_id": str(room_id),
            "service_id": str(tenant.service_id),
            "first_name": "Bea",
        }
        return str(branch.apply(MutationType.SCREEN_FORWARD, payload)["screen_inquiry_id"])

    screens = {state: forward() for state in ("waiting", "accepted", "started")}
    for kind, state in (
        (MutationType.SCREEN_ACCEPT, "accepted"),
        (MutationType.SCREEN_ACCEPT, "started"),
        (MutationType.SCREEN_START, "started"),
    ):
        caseworker.apply(kind, {"screen_inquiry_id": screens[state]})
    session_token = kvik.sign_in("LE", tenant.manager_id).session_token
    other = Other(
        tenant=tenant,
        actors={"kvik": kvik, "caseworker": caseworker, "branch": branch},
        room_id=room_id,
        tickets=tickets,
        inquiry_id=str(inquiry_id),
        callback_id=callback_id,
        appointment_id=str(appointment_id),
        screens=screens,
        session_token=session_token,
    )
    rows = rows_of(url, tenant.municipality_id)
    other.ids = ids_in(rows)
    other.epochs = [row.epoch for row in _branch_states(url, tenant)]
    other.words = [
        code,
        f"Kommune {code}",
        names["caseworker"],
        f"Birthe {code}",
        f"Bodil {code}",
        f"Bent {code}",
        "BQ7X3Z",
        f"video.{code}.example",
        B_AUTHORITY,
        B_GROUP,
    ]
    assert {"ticket", "callback", "appointment", "screen_inquiry"} <= rows.keys()
    return other


def _branch_states(url: str, tenant: Tenant) -> list[BranchState]:
    with server_session(url) as session:
        return list(
            session.scalars(
                select(BranchState).where(BranchState.municipality_id == tenant.municipality_id)
            )
        )


@pytest.fixture(scope="module")
def other(shared_server: ServerProcess) -> Iterator[Other]:
    """Municipality B, once per backend: every test checks that it stays as it is."""
    if not shared_server.running:
        shared_server.start()
    with httpx.Client(base_url=shared_server.base_url, timeout=30.0) as http:
        yield make_other(shared_server, http)


# --- municipality A: the desks that try -----------------------------------------------------


@dataclass
class Own:
    """Municipality A: a KVIK desk and a caseworker's at HB, a library desk at NORD, each
    with A's manager signed in; a citizen at the KVIK desk and an open callback."""

    tenant: Tenant
    actors: dict[str, Actor]
    room_id: uuid.UUID
    held_ticket: str
    callback_id: str


@pytest.fixture
def own(server: ServerProcess, http: httpx.Client, tenant: Tenant, desk: ApiDesk) -> Own:
    actors = {
        "kvik": Actor(desk),
        "caseworker": Actor(
            enroll_desk(http, server, tenant, DeskKind.CASEWORKER, at="HB", name="A caseworker")
        ),
        "branch": Actor(
            enroll_desk(http, server, tenant, DeskKind.BRANCH, at="NORD", name="A library")
        ),
    }
    for actor in actors.values():
        actor.sign_in("LE", tenant.manager_id)
    kvik = actors["kvik"]
    held = kvik.apply(
        MutationType.TICKET_ISSUE,
        {"ticket_id": new_id(), "queue_id": str(tenant.queue_ids["K"])},
    )["ticket_id"]
    kvik.apply(MutationType.TICKET_CALL, {"ticket_id": held})
    callback_id = new_id()
    kvik.apply(
        MutationType.INQUIRY_REGISTER,
        registration(outcome="callback", callback=callback_spec(callback_id)),
    )
    return Own(
        tenant=tenant,
        actors=actors,
        room_id=add_screen_room(server.database_url, tenant),
        held_ticket=str(held),
        callback_id=callback_id,
    )


# --- 1. every mutation type ------------------------------------------------------------------


@dataclass(frozen=True)
class Attempt:
    """One mutation a desk of A pushes, naming ``what`` of B, and the answer it must get:
    a refusal ``reason``, or (None) applied, to A's own rows only."""

    what: str
    desk: str  # which of A's desks pushes: kvik, caseworker, branch
    payload: dict[str, Any]
    reason: str | None
    result: dict[str, Any] = field(default_factory=dict)  # part of an applied answer
    check: Callable[[Session], None] | None = None  # what A's own rows must then be
    b_staff: bool = False  # named as staff: B's manager instead of A's


Attempts = Callable[[Own, Other], list[Attempt]]
ATTEMPTS: dict[MutationType, Attempts] = {}


def attempts(*kinds: MutationType) -> Callable[[Attempts], Attempts]:
    def register(build: Attempts) -> Attempts:
        for kind in kinds:
            ATTEMPTS[kind] = build
        return build

    return register


@attempts(MutationType.TICKET_ISSUE)
def _issue(a: Own, b: Other) -> list[Attempt]:
    own, theirs = str(a.tenant.queue_ids["K"]), str(b.tenant.queue_ids["K"])
    service, appointment = str(b.tenant.service_id), b.appointment_id
    return [
        Attempt(
            "B's queue, service and appointment",
            "kvik",
            {
                "ticket_id": new_id(),
                "queue_id": theirs,
                "service_id": service,
                "appointment_id": appointment,
            },
            "unknown_queue",
        ),
        Attempt(
            "B's service",
            "kvik",
            {"ticket_id": new_id(), "queue_id": own, "service_id": service},
            "unknown_service",
        ),
        # The citizen is here and gets a number; B's appointment is not checked in.
        Attempt(
            "B's appointment to check in",
            "kvik",
            {"ticket_id": new_id(), "queue_id": own, "appointment_id": appointment},
            None,
            result={"checked_in": False},
        ),
        Attempt(
            "B's ticket's id for a new ticket",
            "kvik",
            {"ticket_id": b.tickets["waiting"], "queue_id": own},
            "duplicate_ticket",
        ),
        Attempt(
            "B's ticket's id for an offline number",
            "kvik",
            {"ticket_id": b.tickets["waiting"], "queue_id": own, "offline_number": 7},
            "duplicate_ticket",
        ),
    ]


@attempts(MutationType.TICKET_CALL_NEXT)
def _call_next(a: Own, b: Other) -> list[Attempt]:
    theirs = [str(b.tenant.queue_ids[prefix]) for prefix in ("K", "B")]
    return [
        Attempt("B's queues", "kvik", {"queue_ids": theirs}, "no_waiting_ticket"),
        Attempt(
            "B's queue beside A's own",
            "caseworker",
            {"queue_ids": [str(a.tenant.queue_ids["B"]), theirs[0]]},
            "no_waiting_ticket",
        ),
    ]


@attempts(
    MutationType.TICKET_CALL,
    MutationType.TICKET_RECALL,
    MutationType.TICKET_START,
    MutationType.TICKET_FINISH,
    MutationType.TICKET_NO_SHOW,
    MutationType.TICKET_PARK,
    MutationType.TICKET_RESUME,
    MutationType.TICKET_DECLINE,
)
def _ticket_move(a: Own, b: Other) -> list[Attempt]:
    return [
        Attempt(f"B's {state} ticket", "kvik", {"ticket_id": ticket}, "unknown_ticket")
        for state, ticket in b.tickets.items()
    ]


@attempts(MutationType.TICKET_TRANSFER)
def _transfer(a: Own, b: Other) -> list[Attempt]:
    own_queue, their_queue = str(a.tenant.queue_ids["K"]), str(b.tenant.queue_ids["K"])
    their_desk = str(b.actors["kvik"].desk_id)
    held = a.held_ticket
    return [
        *(
            Attempt(
                f"B's {state} ticket, to B's queue and desk",
                "kvik",
                {"ticket_id": ticket, "queue_id": their_queue, "desk_id": their_desk},
                "unknown_ticket",
            )
            for state, ticket in b.tickets.items()
        ),
        Attempt("B's queue", "kvik", {"ticket_id": held, "queue_id": their_queue}, "unknown_queue"),
        Attempt(
            "B's desk",
            "kvik",
            {"ticket_id": held, "queue_id": own_queue, "desk_id": their_desk},
            "unknown_desk",
        ),
        Attempt(
            "B's caseworker, here and now",
            "kvik",
            {
                "ticket_id": held,
                "queue_id": own_queue,
                "desk_id": str(b.actors["caseworker"].desk_id),
                "summon": True,
            },
            "unknown_desk",
        ),
    ]


@attempts(MutationType.DESK_PRESENCE)
def _presence(a: Own, b: Other) -> list[Attempt]:
    own, theirs = str(a.tenant.queue_ids["K"]), str(b.tenant.queue_ids["K"])
    desk_id = a.actors["kvik"].desk_id

    def only_own(session: Session) -> None:
        presence = session.get(DeskPresence, desk_id)
        assert presence is not None
        assert (presence.municipality_id, presence.branch_id, presence.queue_ids) == (
            a.tenant.municipality_id,
            a.tenant.branch_ids["HB"],
            [own],
        )

    return [
        Attempt(
            "B's queues",
            "kvik",
            {"open": True, "queue_ids": [theirs, str(b.tenant.queue_ids["B"])]},
            "unknown_queue",
        ),
        Attempt(
            "B's queue beside A's own",
            "kvik",
            {"open": True, "queue_ids": [own, theirs]},
            "unknown_queue",
        ),
        Attempt(
            "nothing (A's own queue)",
            "kvik",
            {"open": True, "queue_ids": [own]},
            None,
            result={"open": True},
            check=only_own,
        ),
    ]


@attempts(MutationType.INQUIRY_REGISTER)
def _register(a: Own, b: Other) -> list[Attempt]:
    service = str(b.tenant.service_id)
    screen = b.screens["started"]
    return [
        Attempt(
            "B's service, ticket and screen inquiry",
            "caseworker",
            registration(
                channel="screen",
                service_ids=[service],
                ticket_id=b.tickets["called"],
                screen_inquiry_id=screen,
            ),
            "unknown_ticket",
        ),
        Attempt(
            "B's service beside A's own",
            "caseworker",
            registration(service_ids=[str(a.tenant.service_id), service]),
            "unknown_service",
        ),
        Attempt(
            "B's ticket",
            "kvik",
            registration(ticket_id=b.tickets["waiting"]),
            "unknown_ticket",
        ),
        Attempt(
            "B's screen inquiry",
            "caseworker",
            registration(channel="screen", screen_inquiry_id=screen),
            "unknown_screen_inquiry",
        ),
        Attempt(
            "B's inquiry's id for a new inquiry",
            "kvik",
            registration(inquiry_id=b.inquiry_id),
            "duplicate_inquiry",
        ),
        Attempt(
            "B's callback's id for a new callback",
            "kvik",
            registration(outcome="callback", callback=callback_spec(b.callback_id)),
            "duplicate_callback",
        ),
        Attempt(
            "an authority only B has",
            "kvik",
            registration(outcome="referred", referred_to=B_AUTHORITY),
            "unknown_authority",
        ),
        Attempt(
            "a callback group only B has",
            "kvik",
            registration(outcome="callback", callback=callback_spec(new_id(), group=B_GROUP)),
            "unknown_callback_group",
        ),
    ]


@attempts(MutationType.CALLBACK_FINISH)
def _finish_callback(a: Own, b: Other) -> list[Attempt]:
    return [
        Attempt(
            "B's callback",
            "kvik",
            {"callback_id": b.callback_id, "inquiry_id": new_id(), **contact_times()},
            "unknown_callback",
        ),
        Attempt(
            "B's inquiry's id for the contact closing A's callback",
            "kvik",
            {"callback_id": a.callback_id, "inquiry_id": b.inquiry_id, **contact_times()},
            "duplicate_inquiry",
        ),
    ]


@attempts(MutationType.CATALOGUE_SERVICE_SAVE)
def _save_service(a: Own, b: Other) -> list[Attempt]:
    service = str(b.tenant.service_id)
    return [
        Attempt(
            "B's service",
            "kvik",
            {"service_id": service, "fields": service_fields(code="mitid", name_da="Overtaget")},
            "unknown_service",
        ),
        Attempt(
            "B's service under a new code",
            "caseworker",
            {"service_id": service, "fields": service_fields(code="ny", name_da="Overtaget")},
            "unknown_service",
        ),
    ]


@attempts(MutationType.CATALOGUE_LIMIT_SAVE)
def _save_limit(a: Own, b: Other) -> list[Attempt]:
    def own_limit(session: Session) -> None:
        limits = {
            row.municipality_id: row.limit_seconds
            for row in session.scalars(
                select(ServingLimitSetting).where(ServingLimitSetting.desk_kind == "kvik")
            )
        }
        assert limits[a.tenant.municipality_id] == 540

    return [
        # Nothing of B to name: the limit is the desk's own municipality's.
        Attempt(
            "nothing (A's own limit)",
            "kvik",
            {"desk_kind": "kvik", "limit_minutes": 9, "amber_minutes": 8},
            None,
            check=own_limit,
        )
    ]


def _booking(**fields: Any) -> dict[str, Any]:
    starts = (utc_now() + timedelta(days=2)).replace(minute=0, second=0, microsecond=0)
    return {
        "appointment_id": new_id(),
        "resource": "citizen_service",
        "starts_at": starts.isoformat(),
        "minutes": 15,
        "citizen_name": "Alma Andersen",
        "citizen_contact": "12345678",
        "booking_code": "A1B2C3",
        **fields,
    }


@attempts(MutationType.APPOINTMENT_BOOK)
def _book(a: Own, b: Other) -> list[Attempt]:
    service, main = str(b.tenant.service_id), str(b.tenant.branch_ids["HB"])
    return [
        Attempt(
            "B's branch, service and ticket",
            "kvik",
            _booking(branch_id=main, service_id=service, ticket_id=b.tickets["called"]),
            "unknown_branch",
        ),
        Attempt(
            "B's main library, from A's library",
            "branch",
            _booking(branch_id=main),
            "unknown_branch",
        ),
        Attempt(
            "B's library",
            "kvik",
            _booking(branch_id=str(b.tenant.branch_ids["NORD"])),
            "unknown_branch",
        ),
        Attempt("B's service", "kvik", _booking(service_id=service), "unknown_service"),
        Attempt("B's ticket", "kvik", _booking(ticket_id=b.tickets["waiting"]), "unknown_ticket"),
        Attempt(
            "B's appointment's id for a new one",
            "kvik",
            _booking(appointment_id=b.appointment_id),
            "duplicate_appointment",
        ),
    ]


@attempts(MutationType.APPOINTMENT_CANCEL, MutationType.APPOINTMENT_NO_SHOW)
def _appointment_move(a: Own, b: Other) -> list[Attempt]:
    return [
        Attempt(
            "B's appointment", name, {"appointment_id": b.appointment_id}, "unknown_appointment"
        )
        for name in ("kvik", "caseworker")
    ]


@attempts(MutationType.SCREEN_FORWARD)
def _forward(a: Own, b: Other) -> list[Attempt]:
    own = {
        "screen_inquiry_id": new_id(),
        "to_branch_id": str(a.tenant.branch_ids["HB"]),
        "screen_room_id": str(a.room_id),
        "service_id": str(a.tenant.service_id),
        "first_name": "Ida",
    }
    room, main, service = str(b.room_id), str(b.tenant.branch_ids["HB"]), str(b.tenant.service_id)
    return [
        Attempt(
            "B's screen, main library and service",
            "branch",
            own | {"screen_room_id": room, "to_branch_id": main, "service_id": service},
            "unknown_screen",
        ),
        Attempt("B's screen", "branch", own | {"screen_room_id": room}, "unknown_screen"),
        Attempt("B's main library", "branch", own | {"to_branch_id": main}, "unknown_branch"),
        Attempt("B's service", "branch", own | {"service_id": service}, "unknown_service"),
        Attempt(
            "B's screen inquiry's id for a new one",
            "branch",
            own | {"screen_inquiry_id": b.screens["waiting"]},
            "duplicate_screen_inquiry",
        ),
    ]


@attempts(
    MutationType.SCREEN_ACCEPT,
    MutationType.SCREEN_START,
    MutationType.SCREEN_FINISH,
    MutationType.SCREEN_CANCEL,
)
def _screen_move(a: Own, b: Other) -> list[Attempt]:
    return [
        Attempt(
            f"B's {state} screen inquiry",
            name,
            {"screen_inquiry_id": inquiry},
            "unknown_screen_inquiry",
        )
        for state, inquiry in b.screens.items()
        for name in ("caseworker", "branch")
    ]


def test_every_mutation_type_is_in_the_matrix() -> None:
    assert set(ATTEMPTS) == set(MutationType)


@pytest.mark.parametrize("kind", list(MutationType), ids=str)
def test_a_desk_of_a_changes_nothing_of_b_with_any_mutation(
    kind: MutationType, server: ServerProcess, own: Own, other: Other
) -> None:
    assert kind in ATTEMPTS, f"{kind}: add what it acts on to B and what A tries with it"
    tries = ATTEMPTS[kind](own, other)
    # The staff member a mutation names is looked up in the desk's municipality too.
    tries.append(
        replace(
            tries[0],
            what="B's manager as the staff member",
            reason="unknown_staff",
            result={},
            check=None,
            b_staff=True,
        )
    )
    before = rows_of(server.database_url, other.tenant.municipality_id)
    answers: list[tuple[Attempt, MutationResult]] = []
    for attempt in tries:
        actor = own.actors[attempt.desk]
        staff = other.tenant.manager_id if attempt.b_staff else None
        response = actor.api.push_raw([actor.mutation(kind, attempt.payload, staff)])
        assert response.status_code == 200, response.text
        assert_reveals_nothing(response.text, other, f"{kind} naming {attempt.what}")
        answers.append((attempt, PushResponse.model_validate_json(response.content).results[0]))
    for attempt, answer in answers:
        assert answer.reason not in ROLE_REASONS
        expected = (Status.REJECTED, attempt.reason) if attempt.reason else (Status.APPLIED, None)
        assert (answer.status, answer.reason) == expected, (attempt.what, answer.detail)
        assert attempt.result.items() <= answer.result.items(), (attempt.what, answer.result)
    assert_unchanged(before, rows_of(server.database_url, other.tenant.municipality_id))
    assert_names_nothing_of(rows_of(server.database_url, own.tenant.municipality_id), other.ids)
    with server_session(server.database_url) as session:
        for attempt in tries:
            if attempt.check is not None:
                attempt.check(session)


# --- 2. every route ---------------------------------------------------------------------------


@dataclass
class Probe:
    """What a route probe has to hand."""

    http: httpx.Client
    server: ServerProcess
    a: Own
    b: Other

    def headers(self, name: str, *, manager: bool = True) -> dict[str, str]:
        headers = self.a.actors[name].api.headers
        return headers if manager else {"authorization": headers["authorization"]}


Route = tuple[str, str]
PROBES: dict[Route, Callable[[Probe], list[httpx.Response]]] = {}


def probe(method: str, path: str) -> Callable[[Callable[[Probe], list[httpx.Response]]], Any]:
    def register(run: Callable[[Probe], list[httpx.Response]]) -> Any:
        PROBES[(method, path)] = run
        return run

    return register


@probe("GET", "/api/v1/health")
def _health(p: Probe) -> list[httpx.Response]:
    response = p.http.get("/api/v1/health", headers=p.headers("kvik"))
    assert response.status_code == 200
    return [response]


@probe("POST", "/api/v1/enroll")
def _enroll(p: Probe) -> list[httpx.Response]:
    """Enrolling under the name of B's desk ("KVIK 1": every municipality has one) makes a
    desk of A's own."""
    answers = []
    for name, branch in (("kvik", "HB"), ("branch", "NORD")):
        desk_name = p.b.actors[name].api.enrolled.desk_name
        body = enroll_body(p.server.enrollment_key, desk_name, p.a.tenant.code, branch)
        response = p.http.post("/api/v1/enroll", json=body, headers=p.headers("kvik"))
        assert response.status_code == 200, response.text
        enrolled = EnrollResponse.model_validate_json(response.content)
        assert enrolled.municipality_id == p.a.tenant.municipality_id
        assert enrolled.branch_id == p.a.tenant.branch_ids[branch]
        assert enrolled.desk_id not in p.b.desk_ids()
        answers.append(response)
    return answers


@probe("POST", "/api/v1/enroll/code")
def _enroll_by_code(p: Probe) -> list[httpx.Response]:
    response = p.http.post(
        "/api/v1/enroll/code", json={"code": "ACDE-FGHJ-KMNP"}, headers=p.headers("kvik")
    )
    assert response.status_code == 403, response.text
    return [response]


@probe("POST", "/api/v1/staff/sign-in")
def _sign_in(p: Probe) -> list[httpx.Response]:
    """B's own staff member is unknown at A's desk; initials both have sign in A's."""
    actor = p.a.actors["caseworker"]
    url = "/api/v1/staff/sign-in"
    body = {"code": STAFF_CODE, "next_number": actor.number + 1}
    refused = p.http.post(url, json=body | {"initials": B_INITIALS}, headers=actor.api.headers)
    assert refused.status_code == 401, refused.text
    answers = [refused]
    for initials, staff_id in (("LE", p.a.tenant.manager_id), ("AB", p.a.tenant.staff_id)):
        response = p.http.post(url, json=body | {"initials": initials}, headers=actor.api.headers)
        assert response.status_code == 200, response.text
        assert SignedIn.model_validate_json(response.content).staff_id == staff_id
        answers.append(response)
    return answers


@probe("POST", "/api/v1/staff/sign-out")
def _sign_out(p: Probe) -> list[httpx.Response]:
    """A's sign-out ends A's session only (B's manager stays signed in: B's rows are
    checked unchanged)."""
    actor = p.a.actors["kvik"]
    response = p.http.post(
        "/api/v1/staff/sign-out", json={"last_number": actor.number}, headers=actor.api.headers
    )
    assert response.status_code == 204, response.text
    after = p.http.get("/api/v1/statistics/overview", params=_days(), headers=actor.api.headers)
    assert after.status_code == 401, after.text
    return [response, after]


@probe("POST", "/api/v1/sync/push")
def _push(p: Probe) -> list[httpx.Response]:
    actor = p.a.actors["kvik"]
    response = actor.api.push_raw(
        [actor.mutation(MutationType.TICKET_CALL, {"ticket_id": p.b.tickets["waiting"]})]
    )
    assert response.status_code == 200, response.text
    answer = PushResponse.model_validate_json(response.content).results[0]
    assert (answer.status, answer.reason) == (Status.REJECTED, "unknown_ticket")
    return [response]


@probe("GET", "/api/v1/sync/pull")
def _pull(p: Probe) -> list[httpx.Response]:
    """From A's start, A's epoch or one of B's: A's own changes, or "take a snapshot"."""
    answers = []
    for name, actor in p.a.actors.items():
        epoch = actor.api.snapshot().epoch
        for asked in (epoch, *p.b.epochs, None):
            params: dict[str, Any] = {"after": 0, "limit": 1000}
            if asked is not None:
                params["epoch"] = str(asked)
            response = p.http.get("/api/v1/sync/pull", params=params, headers=actor.api.headers)
            assert response.status_code == 200, (name, response.text)
            body = response.json()
            assert body["epoch"] == str(epoch)
            assert body["snapshot_required"] is (asked != epoch)
            rows = [change["row"] for change in body["changes"]]
            assert {row.get("municipality_id", row["id"]) for row in rows} <= {
                str(p.a.tenant.municipality_id)
            }
            answers.append(response)
    return answers


@probe("GET", "/api/v1/sync/snapshot")
def _snapshot(p: Probe) -> list[httpx.Response]:
    answers = []
    for name, actor in p.a.actors.items():
        response = p.http.get("/api/v1/sync/snapshot", headers=actor.api.headers)
        assert response.status_code == 200, (name, response.text)
        tables = Snapshot.model_validate_json(response.content).tables
        assert tables["ticket"] or name == "branch"  # A's own rows are there
        for rows in tables.values():
            for row in rows:
                assert row.get("municipality_id", row["id"]) == str(p.a.tenant.municipality_id)
        answers.append(response)
    return answers


@probe("POST", "/api/v1/arrivals/find")
def _arrivals(p: Probe) -> list[httpx.Response]:
    """B's appointment today has this phone number; at A's desks it is not found."""
    answers = []
    for name in p.a.actors:
        response = p.http.post(
            "/api/v1/arrivals/find", json={"contact": "12345678"}, headers=p.headers(name)
        )
        assert response.status_code == 200, (name, response.text)
        assert response.json() == {"appointment_ids": []}, name
        answers.append(response)
    return answers


@probe("GET", "/api/v1/booking/timetable")
def _timetable(p: Probe) -> list[httpx.Response]:
    answers = []
    url = "/api/v1/booking/timetable"
    for resource in ("citizen_service", "librarian"):
        for branch in p.b.tenant.branch_ids.values():
            params = {"branch_id": str(branch), "resource": resource}
            for name in p.a.actors:
                response = p.http.get(url, params=params, headers=p.headers(name))
                assert response.status_code == 404, (name, response.text)
                answers.append(response)
        # A's own main library: A has no shifts and no bookings; B has both.
        params = {"branch_id": str(p.a.tenant.branch_ids["HB"]), "resource": resource}
        response = p.http.get(url, params=params, headers=p.headers("branch"))
        assert response.status_code == 200, response.text
        timetable = BranchTimetable.model_validate_json(response.content)
        assert (timetable.shifts, timetable.booked) == ([], [])
        answers.append(response)
    return answers


def _days(**params: Any) -> dict[str, str]:
    today = local_day(utc_now())
    return {"first_day": str(today - timedelta(days=1)), "last_day": str(today), **params}


@probe("GET", "/api/v1/statistics/overview")
def _statistics(p: Probe) -> list[httpx.Response]:
    url = "/api/v1/statistics/overview"
    answers = []
    for branch in p.b.tenant.branch_ids.values():
        for manager in (True, False):
            params = _days(branch_id=str(branch))
            if not manager:  # a desk without a manager asks for today only
                params["first_day"] = params["last_day"]
            response = p.http.get(url, params=params, headers=p.headers("kvik", manager=manager))
            assert response.status_code == 404, response.text
            answers.append(response)
    # The whole municipality, as A's manager: A's one ticket, inquiry and callback only.
    response = p.http.get(url, params=_days(), headers=p.headers("kvik"))
    assert response.status_code == 200, response.text
    report = StatisticsReport.model_validate_json(response.content)
    assert report.scope == "municipality"
    assert (report.tickets.issued, report.inquiries.total, report.callbacks.opened) == (1, 1, 1)
    assert (report.appointments.booked, report.appointments.bookable_minutes) == (0, 0)
    assert report.screens.forwarded == 0
    answers.append(response)
    # A's manager's session is A's desk's: at B's desk it is refused, and B's at A's.
    b_desk = p.b.actors["caseworker"].api.headers["authorization"]
    a_session = p.headers("kvik")["x-staff-session"]
    for headers in (
        {"authorization": b_desk, "x-staff-session": a_session},
        {**p.headers("kvik", manager=False), "x-staff-session": p.b.session_token},
    ):
        response = p.http.get(url, params=_days(), headers=headers)
        assert response.status_code == 401, response.text
        answers.append(response)
    return answers


def test_every_route_of_the_schema_is_probed(http: httpx.Client, other: Other) -> None:
    response = http.get("/openapi.json")
    assert response.status_code == 200
    routes = {
        (method.upper(), path)
        for path, item in response.json()["paths"].items()
        for method in item
        if method in HTTP_METHODS
    }
    assert routes == set(PROBES), "probe every new route in PROBES"
    assert_reveals_nothing(response.text, other, "/openapi.json")


@pytest.mark.parametrize("route", sorted(PROBES), ids=" ".join)
def test_no_route_shows_a_desk_of_a_anything_of_b(
    route: Route, server: ServerProcess, http: httpx.Client, own: Own, other: Other
) -> None:
    before = rows_of(server.database_url, other.tenant.municipality_id)
    for response in PROBES[route](Probe(http, server, own, other)):
        assert response.status_code < 500, response.text
        assert_reveals_nothing(response.text, other, f"{route} ({response.url})")
    assert_unchanged(before, rows_of(server.database_url, other.tenant.municipality_id))
    assert_names_nothing_of(rows_of(server.database_url, own.tenant.municipality_id), other.ids)


def test_the_live_channel_pokes_a_desk_of_a_about_its_own_branch_only(
    server: ServerProcess, own: Own, other: Other
) -> None:
    """WS /api/v1/live (not in the OpenAPI schema): B's changes poke nobody of A."""
    kvik = own.actors["kvik"]
    theirs, mine = other.actors["kvik"], {"queue_id": str(own.tenant.queue_ids["K"])}

    async def listen() -> list[Any]:
        seen: list[Any] = []

        async def collect() -> None:
            async for poke in pokes(server.base_url, kvik.api.enrolled.token):
                seen.append(poke)

        async def until(count: int) -> None:
            while len(seen) < count:
                await asyncio.sleep(0.05)

        task = asyncio.create_task(collect())
        try:
            await asyncio.wait_for(until(1), timeout=10)
            issue = {"ticket_id": new_id(), "queue_id": str(other.tenant.queue_ids["K"])}
            await asyncio.to_thread(theirs.apply, MutationType.TICKET_ISSUE, issue)
            await asyncio.sleep(1.0)
            assert len(seen) == 1, seen
            await asyncio.to_thread(
                kvik.apply, MutationType.TICKET_ISSUE, {"ticket_id": new_id(), **mine}
            )
            await asyncio.wait_for(until(2), timeout=10)
        finally:
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
        return seen

    seen = asyncio.run(listen())
    assert {poke.branch_id for poke in seen} == {own.tenant.branch_ids["HB"]}
    assert seen[1].seq > seen[0].seq
    for poke in seen:
        assert_reveals_nothing(poke.model_dump_json(), other, "a poke")

"""Screen inquiries at a desk: a branch library forwards a citizen at a video screen to
central borgerservice and follows what happens; a caseworker sees the screen queue,
accepts one (never two caseworkers the same), talks, finishes or cancels.

Forwarding and accepting need the server at once (a caseworker must see the citizen now;
only one may take them): without a connection they raise
:class:`~counter_app.sync.engine.OfflineError`. Starting, finishing and cancelling act on
an inquiry this desk has, so they show at once and are sent like any other change.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from counter_app.domain.personal_data import check_name
from counter_app.domain.screen_inquiries import (
    OPEN_STATES,
    ScreenInquiryState,
    ScreenMove,
    ScreenSide,
    check_screen_move,
)
from counter_app.domain.timezone import day_bounds, require_utc
from counter_app.models import Branch, Desk, ScreenInquiry, ScreenRoom, Service, Staff
from counter_app.protocol.messages import MutationResult, Status
from counter_app.protocol.mutations import MutationType, ScreenForwardV1, ScreenMoveV1
from counter_app.services.desk_use_cases import DeskUseCases
from counter_app.sync.outbox import append


@dataclass(frozen=True)
class ScreenRoomView:
    """A screen of this library the citizen can sit at."""

    id: uuid.UUID
    name: str
    video_url: str


@dataclass(frozen=True)
class ScreenInquiryView:
    """One screen inquiry as both ends show it.

    ``caseworker`` is who accepted it (the staff member's name, else the desk's);
    ``mine`` is True at the desk that accepted it; ``waited`` runs from forwarding to
    accepting (or to now while it waits).
    """

    id: uuid.UUID
    state: ScreenInquiryState
    from_branch: str
    service_name: str
    first_name: str
    screen: str
    video_url: str
    forwarded_at: datetime
    waited: timedelta
    caseworker: str
    mine: bool
    service_id: uuid.UUID | None = None
    accepted_at: datetime | None = None


@dataclass(frozen=True)
class ForwardOutcome:
    """The server's answer to a forward: the inquiry, or why not. With
    ``reason == "no_caseworker"``, ``available_from`` is when someone is on shift again
    (None: not within two weeks)."""

    screen_inquiry_id: uuid.UUID | None
    reason: str | None = None
    detail: str | None = None
    available_from: datetime | None = None


@dataclass(frozen=True)
class AcceptOutcome:
    """The server's answer to accepting: the video link to open, or why not (with
    ``taken_by``, the desk that was faster)."""

    accepted: bool
    video_url: str = ""
    reason: str | None = None
    taken_by: str = ""


class ScreenDesk(DeskUseCases):
    """Screen inquiry use cases over the desk's local database and its sync engine."""

    # -- the library's side -----------------------------------------------------------------

    def rooms(self) -> list[ScreenRoomView]:
        """The screens of this desk's library, in their order."""
        with Session(self.engine) as session:
            rows = session.scalars(
                select(ScreenRoom)
                .where(ScreenRoom.branch_id == self.identity.branch_id, ScreenRoom.active)
                .order_by(ScreenRoom.sort_order, ScreenRoom.name)
            )
            return [ScreenRoomView(r.id, r.name, r.video_url) for r in rows]

    def receiving_branch(self) -> tuple[uuid.UUID, str] | None:
        """The branch with borgerservice that takes this library's screen inquiries."""
        with Session(self.engine) as session:
            branch = session.scalars(
                select(Branch)
                .where(
                    Branch.municipality_id == self.identity.municipality_id,
                    Branch.has_citizen_service,
                    Branch.id != self.identity.branch_id,
                )
                .order_by(Branch.name)
            ).first()
            return (branch.id, branch.name) if branch is not None else None

    async def forward(
        self,
        *,
        service_id: uuid.UUID,
        room_id: uuid.UUID,
        first_name: str = "",
        staff_id: uuid.UUID | None = None,
    ) -> ForwardOutcome:
        """Put the citizen in central borgerservice's screen queue.

        Raises :class:`~counter_app.domain.personal_data.PersonalDataError` for a first
        name that cannot be used, ``LookupError`` when no branch takes screen inquiries,
        and :class:`~counter_app.sync.engine.OfflineError` without a connection.
        """
        first_name = " ".join(first_name.split())
        if first_name:
            check_name(first_name)
        target = self.receiving_branch()
        if target is None:
            raise LookupError("no branch of the municipality has borgerservice")
        payload = ScreenForwardV1(
            screen_inquiry_id=uuid.uuid4(),
            to_branch_id=target[0],
            screen_room_id=room_id,
            service_id=service_id,
            first_name=first_name,
        )
        result = await self._contended(MutationType.SCREEN_FORWARD, payload, staff_id)
        if result.status is Status.APPLIED:
            return ForwardOutcome(payload.screen_inquiry_id)
        available = result.result.get("available_from")
        return ForwardOutcome(
            None,
            result.reason,
            result.detail,
            require_utc(datetime.fromisoformat(available)) if available else None,
        )

    def forwarded_today(self, language: str = "da") -> list[ScreenInquiryView]:
        """This library's screen inquiries of today, newest first."""
        return self._views(
            ScreenInquiry.branch_id == self.identity.branch_id, language, newest_first=True
        )

    # -- the caseworker's side --------------------------------------------------------------

    def queue(self, language: str = "da") -> list[ScreenInquiryView]:
        """Today's open screen inquiries for this branch's caseworkers, longest waiting
        first (those this desk has come first of all)."""
        views = self._views(
            ScreenInquiry.to_branch_id == self.identity.branch_id,
            language,
            states=OPEN_STATES,
        )
        return sorted(views, key=lambda v: (not v.mine, v.forwarded_at))

    async def accept(
        self, screen_inquiry_id: uuid.UUID, *, staff_id: uuid.UUID | None = None
    ) -> AcceptOutcome:
        """Take the citizen; raises :class:`~counter_app.sync.engine.OfflineError` offline."""
        payload = ScreenMoveV1(screen_inquiry_id=screen_inquiry_id)
        result = await self._contended(MutationType.SCREEN_ACCEPT, payload, staff_id)
        if result.status is Status.APPLIED:
            return AcceptOutcome(True, str(result.result.get("video_url", "")))
        return AcceptOutcome(
            False, reason=result.reason, taken_by=str(result.result.get("desk_name", ""))
        )

    def start(self, screen_inquiry_id: uuid.UUID, *, staff_id: uuid.UUID | None = None) -> None:
        """The video call has begun."""
        self._move(screen_inquiry_id, ScreenMove.START, MutationType.SCREEN_START, staff_id)

    def finish(self, screen_inquiry_id: uuid.UUID, *, staff_id: uuid.UUID | None = None) -> None:
        """The call is over; register the inquiry next (channel "screen")."""
        self._move(screen_inquiry_id, ScreenMove.FINISH, MutationType.SCREEN_FINISH, staff_id)

    def cancel(self, screen_inquiry_id: uuid.UUID, *, staff_id: uuid.UUID | None = None) -> None:
        """Cancel: at the library, the citizen left; at the caseworker, nobody came."""
        self._move(screen_inquiry_id, ScreenMove.CANCEL, MutationType.SCREEN_CANCEL, staff_id)

    def get(self, screen_inquiry_id: uuid.UUID, language: str = "da") -> ScreenInquiryView | None:
        """One screen inquiry as this desk last synced it."""
        found = self._views(ScreenInquiry.id == screen_inquiry_id, language, today_only=False)
        return found[0] if found else None

    # -- parts ------------------------------------------------------------------------------

    async def _contended(
        self,
        kind: MutationType,
        payload: ScreenForwardV1 | ScreenMoveV1,
        staff_id: uuid.UUID | None,
    ) -> MutationResult:
        with Session(self.engine) as session, session.begin():
            number = append(session, kind, payload, now=self.clock(), staff_id=staff_id).number
        result = await self.sync.push_contended(number)
        if result.status is Status.REJECTED:
            self.sync.outbox.dismiss(number)  # an answer for the person, shown by the caller
            return result
        try:
            await self.sync.pull_to(result.branch_seq)
        except ConnectionError:
            self.sync.request_pull()
        return result

    def _move(
        self,
        screen_inquiry_id: uuid.UUID,
        move: ScreenMove,
        kind: MutationType,
        staff_id: uuid.UUID | None,
    ) -> None:
        now = self.clock()
        with Session(self.engine) as session, session.begin():
            row = session.get(ScreenInquiry, screen_inquiry_id)
            if row is None:
                raise LookupError("this desk does not know the screen inquiry")
            side = (
                ScreenSide.BRANCH
                if row.branch_id == self.identity.branch_id
                else ScreenSide.CASEWORKER
            )
            row.state = check_screen_move(row.state, move, side)
            if move is ScreenMove.START:
                row.call_started_at = now
            else:
                row.ended_at = now
            if move is ScreenMove.CANCEL:
                row.cancelled_by = side.value
            append(
                session,
                kind,
                ScreenMoveV1(screen_inquiry_id=screen_inquiry_id),
                now=now,
                staff_id=staff_id,
                changed_rows=[row],
            )
        self.sync.request_push()

    def _views(
        self,
        where: ColumnElement[bool],
        language: str,
        *,
        states: tuple[ScreenInquiryState, ...] | None = None,
        newest_first: bool = False,
        today_only: bool = True,
    ) -> list[ScreenInquiryView]:
        now = self.clock()
        query = select(ScreenInquiry).where(where)
        if today_only:
            midnight, _ = day_bounds(now)
            query = query.where(ScreenInquiry.forwarded_at >= midnight)
        if states is not None:
            query = query.where(ScreenInquiry.state.in_(states))
        order = ScreenInquiry.forwarded_at.desc() if newest_first else ScreenInquiry.forwarded_at
        with Session(self.engine) as session:
            rows = session.scalars(query.order_by(order)).all()
            return [self._view(session, row, language, now) for row in rows]

    def _view(
        self, session: Session, row: ScreenInquiry, language: str, now: datetime
    ) -> ScreenInquiryView:
        branch = session.get(Branch, row.branch_id)
        service = session.get(Service, row.service_id) if row.service_id else None
        room = session.get(ScreenRoom, row.screen_room_id) if row.screen_room_id else None
        staff = session.get(Staff, row.accepted_by_staff_id) if row.accepted_by_staff_id else None
        desk = session.get(Desk, row.accepted_by_desk_id) if row.accepted_by_desk_id else None
        until = row.accepted_at or (now if row.state is ScreenInquiryState.WAITING else None)
        until = until or row.ended_at or now
        return ScreenInquiryView(
            id=row.id,
            state=row.state,
            from_branch=branch.name if branch else "",
            service_name=(
                (service.name_en if language == "en" else service.name_da) if service else ""
            ),
            first_name=row.first_name,
            screen=row.screen,
            video_url=room.video_url if room else "",
            forwarded_at=row.forwarded_at,
            waited=max(timedelta(0), until - row.forwarded_at),
            caseworker=staff.display_name if staff else (desk.name if desk else ""),
            mine=row.accepted_by_desk_id == self.identity.desk_id,
            service_id=row.service_id,
            accepted_at=row.accepted_at,
        )

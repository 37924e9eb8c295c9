"""Applying a desk's pushed mutations: once each, in its numbering, one transaction a push."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from pydantic import ValidationError
from sqlalchemy import Engine, insert, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from counter_app.domain.access import acting_role
from counter_app.domain.timezone import utc_now
from counter_app.models import AppliedMutation, DeskSyncState, Staff
from counter_app.protocol.messages import MutationResult, PushResponse, Status
from counter_app.protocol.mutations import Mutation, MutationType, Payload, payload_model
from counter_app.protocol.permissions import CATALOGUE, may
from counter_app.protocol.validation import summarise
from counter_app.server.auth import desk_in_session
from counter_app.server.changes import ChangeRecorder
from counter_app.server.context import DeskContext, MutationContext, Rejected
from counter_app.server.handlers import handler_for
from counter_app.server.staff_access import mutation_staff

Clock = Callable[[], datetime]
DeskFinder = Callable[[Session], DeskContext | None]
PokeSink = Callable[[dict[uuid.UUID, int]], None]

log = logging.getLogger(__name__)


# Two pushes that lock the same rows in opposite orders (say, bookings in two branches)
# can deadlock; PostgreSQL then aborts one, and that one is simply run again.
RETRIED_SQLSTATES = frozenset({"40P01", "40001"})  # deadlock_detected, serialization_failure
ATTEMPTS = 3


class _Redo(Exception):
    """A push run without savepoints met a refusal or a clash after a handler wrote."""


@dataclass(frozen=True)
class PushProcessor:
    """Applies pushes against one database; tells ``on_pokes`` what committed.

    A push is one transaction: the desk's row is locked once, the mutations are applied
    in order (a refused one leaves nothing behind), and the changes are numbered and
    logged together at the end, just before the commit, so a branch's change counter is
    held only for that last moment.
    """

    engine: Engine
    origin: str
    on_pokes: PokeSink
    clock: Clock = utc_now

    def push(self, desk: DeskContext, mutations: list[Mutation]) -> PushResponse:
        """Apply in order; a repeat returns its stored result; a gap stops the push."""
        response = self._run(lambda _session: desk, mutations)
        assert response is not None
        return response

    def push_for_token(self, token: str, mutations: list[Mutation]) -> PushResponse | None:
        """:meth:`push` for the desk behind ``token``, checked in the push's own
        transaction; None if the token is unknown or revoked."""
        return self._run(lambda session: desk_in_session(session, token), mutations)

    def _run(self, find_desk: DeskFinder, mutations: list[Mutation]) -> PushResponse | None:
        # First the fast way, without a savepoint a mutation. Almost every push is wholly
        # applied; one where a handler refuses or clashes after writing runs again from the
        # start, each mutation in a savepoint of its own.
        try:
            return self._in_transaction(find_desk, mutations, careful=False)
        except (_Redo, IntegrityError):
            # IntegrityError: rows a handler left unwritten clashed when a later read
            # wrote them out, outside any handler.
            return self._in_transaction(find_desk, mutations, careful=True)

    def _in_transaction(
        self, find_desk: DeskFinder, mutations: list[Mutation], *, careful: bool
    ) -> PushResponse | None:
        for attempt in range(1, ATTEMPTS + 1):
            try:
                with Session(self.engine) as session, session.begin():
                    desk = find_desk(session)
                    if desk is None:
                        return None
                    response, pokes = self._push(session, desk, mutations, careful=careful)
            except DBAPIError as exc:
                if attempt == ATTEMPTS or _sqlstate(exc) not in RETRIED_SQLSTATES:
                    raise
                log.info("push retried after %s", _sqlstate(exc))
                continue
            # Committed: only now may desks be told to pull.
            if pokes:
                self.on_pokes(pokes)
            return response
        raise AssertionError("unreachable")  # pragma: no cover

    def _push(
        self, session: Session, desk: DeskContext, mutations: list[Mutation], *, careful: bool
    ) -> tuple[PushResponse, dict[uuid.UUID, int]]:
        state = session.scalar(
            select(DeskSyncState).where(DeskSyncState.desk_id == desk.desk_id).with_for_update()
        )
        if state is None:
            state = DeskSyncState(
                desk_id=desk.desk_id, municipality_id=desk.municipality_id, last_number=0
            )
            session.add(state)
            session.flush()
        recorder = ChangeRecorder(session, desk.municipality_id, self.origin)
        answers: list[AppliedMutation] = []
        fresh: dict[int, tuple[AppliedMutation, int, int]] = {}  # number: (answer, changes)
        last = state.last_number
        conflict, expected = False, None
        for mutation in mutations:
            if mutation.number <= last:
                stored = (
                    fresh[mutation.number][0]
                    if mutation.number in fresh
                    else session.get(AppliedMutation, (desk.desk_id, mutation.number))
                )
                if stored is None or stored.mutation_id != mutation.id:
                    conflict = True
                    break
                answers.append(stored)
                continue
            if mutation.number > last + 1:
                expected = last + 1
                break
            start = recorder.mark()
            stored = self._apply(session, desk, mutation, recorder, start, careful=careful)
            fresh[mutation.number] = (stored, start, recorder.mark())
            answers.append(stored)
            last = mutation.number
        pokes: dict[uuid.UUID, int] = {}
        if fresh:
            state.last_number = last
            try:
                session.flush()
                # Last: the branch counters stay locked from here until the commit.
                pokes = recorder.flush(self.clock())
            except IntegrityError as exc:
                raise _Redo from exc
            for stored, start, end in fresh.values():
                if stored.status == Status.APPLIED.value:
                    stored.branch_seq = recorder.last_seq(desk.branch_id, start, end)
            session.execute(insert(AppliedMutation), [_columns(a) for a, _, _ in fresh.values()])
        response = PushResponse(
            results=[_as_result(stored) for stored in answers],
            last_applied_number=last,
            expected_number=expected,
            number_conflict=conflict,
        )
        return response, pokes

    def _apply(
        self,
        session: Session,
        desk: DeskContext,
        mutation: Mutation,
        recorder: ChangeRecorder,
        start: int,
        *,
        careful: bool,
    ) -> AppliedMutation:
        now = self.clock()
        stored = AppliedMutation(
            desk_id=desk.desk_id,
            number=mutation.number,
            municipality_id=desk.municipality_id,
            mutation_id=mutation.id,
            type=mutation.type,
            status=Status.APPLIED.value,
            result={},
            client_time=mutation.client_time,
            applied_at=now,
        )
        try:
            model = self._model(mutation)
            self._check_role(session, desk, mutation)
            payload = self._validate(mutation, model)
            context = MutationContext(
                desk=desk,
                staff_id=mutation.staff_id,
                client_time=mutation.client_time,
                now=now,
                changes=recorder,
                careful=careful,
            )
            handler = handler_for(MutationType(mutation.type))
            if careful:
                with session.begin_nested():
                    try:
                        stored.result = handler(session, context, payload)
                        recorder.capture()
                    except IntegrityError as exc:
                        raise Rejected(
                            "conflict", f"the change clashes with stored data: {exc.orig}"
                        ) from exc
            else:
                try:
                    stored.result = handler(session, context, payload)
                except (Rejected, IntegrityError) as exc:
                    # The handler may have written before it refused: only a savepoint
                    # can take that back.
                    raise _Redo from exc
                # Written with the rest at the end; logged as it stands now (a later
                # mutation of the push may change the same row again).
                recorder.snapshot()
        except Rejected as rejected:
            recorder.discard(start)
            stored.status = Status.REJECTED.value
            stored.reason = rejected.reason
            stored.detail = rejected.detail[:500]
            stored.result = rejected.result
        return stored

    @staticmethod
    def _model(mutation: Mutation) -> type[Payload]:
        if mutation.withdrawn:
            raise Rejected("withdrawn", "the desk withdrew this mutation before it arrived")
        model = payload_model(mutation.type, mutation.version)
        if model is None:
            raise Rejected(
                "unknown_mutation",
                f"this server does not know {mutation.type!r} version {mutation.version}",
            )
        return model

    @staticmethod
    def _validate(mutation: Mutation, model: type[Payload]) -> object:
        try:
            return model.model_validate(mutation.payload)
        except ValidationError as exc:
            # Never quote the input: it is stored and sent back, and may be the very name,
            # contact or CPR number that was refused.
            raise Rejected("invalid_payload", summarise(exc.errors())) from exc

    @staticmethod
    def _check_role(session: Session, desk: DeskContext, mutation: Mutation) -> None:
        """The staff member named must have been signed in at this desk when the desk
        numbered the mutation; then their role, else the desk's kind, must allow it."""
        staff_role = None
        if mutation.staff_id is not None:
            staff_role = mutation_staff(session, desk, mutation.staff_id, mutation.number)
            if staff_role is None:
                known = session.scalar(
                    select(Staff.id).where(
                        Staff.id == mutation.staff_id,
                        Staff.municipality_id == desk.municipality_id,
                    )
                )
                if known is None:
                    raise Rejected(
                        "unknown_staff", "the staff member does not exist in this municipality"
                    )
                raise Rejected(
                    "not_signed_in",
                    "the staff member was not signed in at this desk when the change was made",
                )
        role = acting_role(desk.kind, staff_role)
        kind = MutationType(mutation.type)
        if not may(role, kind):
            if kind in CATALOGUE:
                raise Rejected(
                    "not_allowed", "only a manager may change the catalogue: sign in as a manager"
                )
            raise Rejected("not_allowed", f"the role {role.value} may not make {kind.value}")


def _sqlstate(exc: DBAPIError) -> str | None:
    return getattr(exc.orig, "sqlstate", None)


def _columns(stored: AppliedMutation) -> dict[str, object]:
    return {column.key: getattr(stored, column.key) for column in AppliedMutation.__table__.c}


def _as_result(stored: AppliedMutation) -> MutationResult:
    return MutationResult(
        number=stored.number,
        id=stored.mutation_id,
        status=Status(stored.status),
        reason=stored.reason,
        detail=stored.detail,
        result=stored.result,
        branch_seq=stored.branch_seq,
    )

"""Applying a desk's pushed mutations: once each, in its numbering, one transaction each."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from pydantic import ValidationError
from sqlalchemy import Engine, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from counter_app.domain.access import acting_role
from counter_app.domain.timezone import utc_now
from counter_app.models import AppliedMutation, DeskSyncState, Staff
from counter_app.protocol.messages import MutationResult, PushResponse, Status
from counter_app.protocol.mutations import Mutation, MutationType, Payload, payload_model
from counter_app.protocol.permissions import CATALOGUE, may
from counter_app.protocol.validation import summarise
from counter_app.server.changes import ChangeRecorder
from counter_app.server.context import DeskContext, MutationContext, Rejected
from counter_app.server.handlers import handler_for
from counter_app.server.staff_access import mutation_staff

Clock = Callable[[], datetime]
PokeSink = Callable[[dict[uuid.UUID, int]], None]


@dataclass(frozen=True)
class PushProcessor:
    """Applies pushes against one database; tells ``on_pokes`` what committed."""

    engine: Engine
    origin: str
    on_pokes: PokeSink
    clock: Clock = utc_now

    def push(self, desk: DeskContext, mutations: list[Mutation]) -> PushResponse:
        """Apply in order; a repeat returns its stored result; a gap stops the push."""
        results: list[MutationResult] = []
        last_applied = 0
        for mutation in mutations:
            with Session(self.engine) as session, session.begin():
                state = session.scalar(
                    select(DeskSyncState)
                    .where(DeskSyncState.desk_id == desk.desk_id)
                    .with_for_update()
                )
                if state is None:
                    state = DeskSyncState(
                        desk_id=desk.desk_id, municipality_id=desk.municipality_id, last_number=0
                    )
                    session.add(state)
                    session.flush()
                last_applied = state.last_number
                if mutation.number <= state.last_number:
                    stored = session.get(AppliedMutation, (desk.desk_id, mutation.number))
                    if stored is None or stored.mutation_id != mutation.id:
                        return PushResponse(
                            results=results,
                            last_applied_number=last_applied,
                            number_conflict=True,
                        )
                    results.append(_as_result(stored))
                    continue
                if mutation.number > state.last_number + 1:
                    return PushResponse(
                        results=results,
                        last_applied_number=last_applied,
                        expected_number=state.last_number + 1,
                    )
                recorder = ChangeRecorder(session, desk.municipality_id, self.origin)
                stored = self._apply(session, desk, mutation, recorder)
                state.last_number = mutation.number
                last_applied = mutation.number
                session.add(stored)
                result = _as_result(stored)
            # Committed: only now may desks be told to pull.
            if recorder.pokes:
                self.on_pokes(recorder.pokes)
            results.append(result)
        return PushResponse(results=results, last_applied_number=last_applied)

    def _apply(
        self,
        session: Session,
        desk: DeskContext,
        mutation: Mutation,
        recorder: ChangeRecorder,
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
            )
            with session.begin_nested():
                try:
                    stored.result = handler_for(MutationType(mutation.type))(
                        session, context, payload
                    )
                    seqs = recorder.flush(now)
                except IntegrityError as exc:
                    raise Rejected(
                        "conflict", f"the change clashes with stored data: {exc.orig}"
                    ) from exc
            stored.branch_seq = seqs.get(desk.branch_id)
        except Rejected as rejected:
            recorder.pokes.clear()
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

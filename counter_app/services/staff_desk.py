"""Who is signed in at this desk: sign-in asks the server (initials and personal code);
the desk's changes then carry the staff member's id, and the window shows what their role
may do. Nobody signed in: the desk acts as what it is (a KVIK desk, a kiosk)."""

from __future__ import annotations

import contextlib
import uuid
from dataclasses import dataclass

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from counter_app.domain.access import Role, acting_role
from counter_app.domain.org import MANAGING_ROLES, StaffRole
from counter_app.models import DeskIdentity, Staff
from counter_app.protocol.messages import SignInRequest
from counter_app.protocol.mutations import MutationType
from counter_app.protocol.permissions import may
from counter_app.services.desk_use_cases import DeskUseCases
from counter_app.services.views import StaffChoice


@dataclass(frozen=True)
class SignedInView:
    """The staff member signed in here."""

    staff_id: uuid.UUID
    name: str
    role: StaffRole

    @property
    def managing(self) -> bool:
        """A manager or administrator."""
        return self.role in MANAGING_ROLES


class StaffDesk(DeskUseCases):
    """Sign in and out; what the acting role may do.

    :meth:`sign_in` raises :class:`~counter_app.sync.client.ServerRefusedError` (401 wrong
    initials or code, 429 too many tries, 403 not at this desk) or
    :class:`~counter_app.sync.client.ServerUnreachableError` (sign-in needs the server).
    """

    def signed_in(self) -> SignedInView | None:
        """Who is signed in, or None."""
        with Session(self.engine) as session:
            row = session.scalar(select(DeskIdentity))
            if row is None or row.staff_id is None:
                return None
            return SignedInView(row.staff_id, row.staff_name, StaffRole(row.staff_role))

    async def sign_in(self, initials: str, code: str) -> SignedInView:
        """Ask the server; from now on this desk's changes are the staff member's."""
        with Session(self.engine) as session:
            row = session.scalars(select(DeskIdentity)).one()
            next_number = row.last_number + 1
        answer = await self.sync.client.sign_in(
            SignInRequest(initials=initials.strip(), code=code, next_number=next_number)
        )
        role = StaffRole(answer.role)
        with Session(self.engine) as session, session.begin():
            row = session.scalars(select(DeskIdentity)).one()
            row.staff_id, row.staff_name, row.staff_role = (
                answer.staff_id,
                answer.display_name,
                role,
            )
        return SignedInView(answer.staff_id, answer.display_name, role)

    async def sign_out(self) -> None:
        """Leave the desk. The server is told when it can be reached; offline, the next
        sign-in ends the session there."""
        with Session(self.engine) as session, session.begin():
            row = session.scalars(select(DeskIdentity)).one()
            last_number = row.last_number
            row.staff_id, row.staff_name, row.staff_role = None, "", ""
        # Unreachable or refused: the token is forgotten all the same, and the server ends
        # the session at the desk's next sign-in.
        with contextlib.suppress(ConnectionError, RuntimeError):
            await self.sync.client.sign_out(last_number)

    def role(self) -> Role:
        """Who acts: the signed-in staff member's role, else the desk's kind."""
        signed_in = self.signed_in()
        return acting_role(self.desk_kind(), signed_in.role if signed_in else None)

    def may(self, kind: MutationType) -> bool:
        """Whether the acting role may make this change (the server checks it too)."""
        return may(self.role(), kind)


def signed_in_manager(engine: Engine) -> StaffChoice | None:
    """The manager or administrator signed in at the desk, or None."""
    with Session(engine) as session:
        row = session.scalar(select(DeskIdentity))
        if row is None or row.staff_id is None or StaffRole(row.staff_role) not in MANAGING_ROLES:
            return None
        initials = session.scalar(select(Staff.initials).where(Staff.id == row.staff_id)) or ""
        return StaffChoice(row.staff_id, initials, row.staff_name)

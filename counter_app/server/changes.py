"""The per-branch change log: gap-free numbers in commit order, and the pokes they cause."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from counter_app.models import Base, Branch, BranchChange, BranchState
from counter_app.models.replicated import MUNICIPALITY_WIDE, row_to_json

POKE_CHANNEL = "counter_app_pokes"


@dataclass
class ChangeRecorder:
    """Collects rows a transaction changed; :meth:`flush` numbers them per branch.

    Call :meth:`flush` last in the transaction: the ``UPDATE ... RETURNING`` on the branch's
    counter row takes a lock held until commit, so numbers commit in order with no gaps and
    a desk's cursor can never skip a row.
    """

    session: Session
    municipality_id: uuid.UUID
    origin: str
    _rows: list[tuple[Base, tuple[uuid.UUID, ...]]] = field(default_factory=list)
    pokes: dict[uuid.UUID, int] = field(default_factory=dict)

    def touched(self, row: Base, *branch_ids: uuid.UUID) -> None:
        """Record that ``row`` changed; municipality-wide rows go to every branch's log."""
        self._rows.append((row, branch_ids))

    def _branches_of(self, row: Base, branch_ids: tuple[uuid.UUID, ...]) -> list[uuid.UUID]:
        if isinstance(row, MUNICIPALITY_WIDE):
            return list(
                self.session.scalars(
                    select(Branch.id).where(Branch.municipality_id == self.municipality_id)
                )
            )
        return list(branch_ids)

    def flush(self, now: datetime) -> dict[uuid.UUID, int]:
        """Write the change-log rows; return each branch's newest change number."""
        if not self._rows:
            return {}
        self.session.flush()
        per_branch: dict[uuid.UUID, list[Base]] = {}
        for row, branch_ids in self._rows:
            for branch_id in self._branches_of(row, branch_ids):
                per_branch.setdefault(branch_id, []).append(row)
        self._rows.clear()
        last_by_branch: dict[uuid.UUID, int] = {}
        # A fixed lock order (by branch id) so two municipality-wide changes never deadlock.
        for branch_id in sorted(per_branch):
            rows = per_branch[branch_id]
            last = self.session.execute(
                update(BranchState)
                .where(BranchState.branch_id == branch_id)
                .values(last_seq=BranchState.last_seq + len(rows))
                .returning(BranchState.last_seq)
            ).scalar_one()
            first = last - len(rows) + 1
            self.session.add_all(
                BranchChange(
                    branch_id=branch_id,
                    seq=first + offset,
                    municipality_id=self.municipality_id,
                    table_name=row.__tablename__,
                    row_id=getattr(row, "id"),  # noqa: B009  (every replicated table has id)
                    row=row_to_json(row),
                    changed_at=now,
                )
                for offset, row in enumerate(rows)
            )
            last_by_branch[branch_id] = last
            if self.session.get_bind().dialect.name == "postgresql":
                # Sent inside the transaction: PostgreSQL delivers it only if we commit.
                payload = json.dumps({"o": self.origin, "b": str(branch_id), "s": last})
                self.session.execute(
                    text("SELECT pg_notify(:channel, :payload)"),
                    {"channel": POKE_CHANNEL, "payload": payload},
                )
        self.pokes.update(last_by_branch)
        return last_by_branch


def create_branch_state(session: Session, branch: Branch) -> None:
    """Give a new branch its change counter (and a fresh epoch)."""
    session.add(BranchState(branch_id=branch.id, municipality_id=branch.municipality_id))

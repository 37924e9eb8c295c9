"""The per-branch change log: gap-free numbers in commit order, and the pokes they cause."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import String, cast, func, insert, inspect, literal, select, update
from sqlalchemy.orm import Session
from sqlalchemy.sql.schema import CallableColumnDefault, ScalarElementColumnDefault

from counter_app.models import Base, Branch, BranchChange, BranchState
from counter_app.models.replicated import MUNICIPALITY_WIDE, row_to_json

POKE_CHANNEL = "counter_app_pokes"


@dataclass(frozen=True)
class _Entry:
    """One changed row as it stood when its change was captured, and the branches whose
    logs it goes into."""

    table_name: str
    row_id: uuid.UUID
    row: dict[str, Any]
    branch_ids: tuple[uuid.UUID, ...]


@dataclass
class ChangeRecorder:
    """Collects rows a transaction changed; :meth:`flush` numbers them per branch.

    A transaction that makes several changes (a push of many mutations) calls
    :meth:`capture` or :meth:`snapshot` after each, so each change is logged as it stood,
    and :meth:`discard` to forget a change whose work was undone.

    Call :meth:`flush` last in the transaction: the ``UPDATE ... RETURNING`` on the branch's
    counter row takes a lock held until commit, so numbers commit in order with no gaps and
    a desk's cursor can never skip a row.
    """

    session: Session
    municipality_id: uuid.UUID
    origin: str
    _rows: list[tuple[Base, tuple[uuid.UUID, ...]]] = field(default_factory=list)
    _entries: list[_Entry] = field(default_factory=list)
    _seqs: dict[tuple[int, uuid.UUID], int] = field(default_factory=dict)
    _all_branches: tuple[uuid.UUID, ...] | None = None
    pokes: dict[uuid.UUID, int] = field(default_factory=dict)

    def touched(self, row: Base, *branch_ids: uuid.UUID) -> None:
        """Record that ``row`` changed; municipality-wide rows go to every branch's log."""
        self._rows.append((row, branch_ids))

    def _branches_of(self, row: Base, branch_ids: tuple[uuid.UUID, ...]) -> tuple[uuid.UUID, ...]:
        if not isinstance(row, MUNICIPALITY_WIDE):
            return branch_ids
        if self._all_branches is None:
            self._all_branches = tuple(
                self.session.scalars(
                    select(Branch.id).where(Branch.municipality_id == self.municipality_id)
                )
            )
        return self._all_branches

    def capture(self) -> None:
        """Write the touched rows to the database and keep each as it stands now."""
        if self._rows:
            self.session.flush()
            self.snapshot()

    def snapshot(self) -> None:
        """Keep each touched row as it stands now, without writing it yet: a new row gets
        its column defaults now, as writing it would give them."""
        if self._rows:
            for row, _branch_ids in self._rows:
                _fill_defaults(row)
            self._entries.extend(
                _Entry(
                    table_name=row.__tablename__,
                    row_id=getattr(row, "id"),  # noqa: B009  (every replicated table has id)
                    row=row_to_json(row),
                    branch_ids=self._branches_of(row, branch_ids),
                )
                for row, branch_ids in self._rows
            )
            self._rows.clear()

    def mark(self) -> int:
        """How many changes are kept, captured or only touched (for :meth:`discard` and
        :meth:`last_seq`)."""
        return len(self._entries) + len(self._rows)

    def discard(self, mark: int) -> None:
        """Forget every change captured or touched after ``mark``: its work was undone."""
        if mark >= len(self._entries):
            del self._rows[mark - len(self._entries) :]
        else:
            del self._entries[mark:]
            self._rows.clear()

    def last_seq(self, branch_id: uuid.UUID, start: int, end: int) -> int | None:
        """After :meth:`flush`: the number the last of changes ``start..end-1`` got in
        ``branch_id``'s log, or None if none of them went there."""
        for index in range(end - 1, start - 1, -1):
            seq = self._seqs.get((index, branch_id))
            if seq is not None:
                return seq
        return None

    def flush(self, now: datetime) -> dict[uuid.UUID, int]:
        """Write the change-log rows; return each branch's newest change number."""
        self.capture()
        self._seqs.clear()
        per_branch: dict[uuid.UUID, list[int]] = {}
        for index, entry in enumerate(self._entries):
            for branch_id in entry.branch_ids:
                per_branch.setdefault(branch_id, []).append(index)
        if not per_branch:
            self._entries.clear()
            return {}
        postgres = self.session.get_bind().dialect.name == "postgresql"
        last_by_branch: dict[uuid.UUID, int] = {}
        log_rows: list[dict[str, Any]] = []
        # A fixed lock order (by branch id) so two municipality-wide changes never deadlock.
        for branch_id in sorted(per_branch):
            indexes = per_branch[branch_id]
            counted = (
                update(BranchState)
                .where(BranchState.branch_id == branch_id)
                .values(last_seq=BranchState.last_seq + len(indexes))
                .returning(BranchState.last_seq)
            )
            if postgres:
                # The poke rides on the same statement. Sent inside the transaction:
                # PostgreSQL delivers it only if we commit.
                head = json.dumps({"o": self.origin, "b": str(branch_id)})[:-1] + ', "s": '
                payload = literal(head) + cast(BranchState.last_seq, String) + literal("}")
                counted = counted.returning(func.pg_notify(POKE_CHANNEL, payload))
            last = self.session.execute(counted).scalars().one()
            for seq, index in enumerate(indexes, start=last - len(indexes) + 1):
                entry = self._entries[index]
                self._seqs[index, branch_id] = seq
                log_rows.append(
                    {
                        "branch_id": branch_id,
                        "seq": seq,
                        "municipality_id": self.municipality_id,
                        "table_name": entry.table_name,
                        "row_id": entry.row_id,
                        "row": entry.row,
                        "changed_at": now,
                    }
                )
            last_by_branch[branch_id] = last
        # Core, not ORM objects: one multi-row INSERT however many changes there are.
        self.session.execute(insert(BranchChange), log_rows)
        self._entries.clear()
        self.pokes.update(last_by_branch)
        return last_by_branch


_PYTHON_DEFAULTS = (ScalarElementColumnDefault, CallableColumnDefault)


def _fill_defaults(row: Base) -> None:
    state = inspect(row)
    if state.has_identity:  # read from the database or written: it has every column
        return
    for attribute in state.mapper.column_attrs:
        default = attribute.columns[0].default
        if attribute.key in state.dict or not isinstance(default, _PYTHON_DEFAULTS):
            continue
        # Our callable defaults (uuid4, list, dict) take no context; SQLAlchemy wraps them
        # to accept one, and ignores it.
        called = isinstance(default, CallableColumnDefault)
        setattr(row, attribute.key, default.arg(None) if called else default.arg)  # type: ignore[arg-type]


def create_branch_state(session: Session, branch: Branch) -> None:
    """Give a new branch its change counter (and a fresh epoch)."""
    session.add(BranchState(branch_id=branch.id, municipality_id=branch.municipality_id))

"""The desk's copy of its branch: changes and snapshots applied, the server's row wins."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from itertools import groupby
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    Engine,
    Table,
    delete,
    func,
    literal_column,
    select,
    text,
    true,
)
from sqlalchemy.dialects.sqlite import insert
from sqlalchemy.orm import Session

from counter_app.models import Base, HeldBackRow, OutboxEntry, OutboxStatus, SyncCursor
from counter_app.models.replicated import REPLICATED, model_for, row_from_json
from counter_app.protocol.messages import Change, Snapshot
from counter_app.sync.outbox import CHANGED


@dataclass(frozen=True)
class Cursor:
    """Where the desk is in its branch's change log."""

    branch_id: uuid.UUID
    epoch: uuid.UUID
    seq: int


def _rows_changed_here(session: Session) -> set[tuple[str, str]]:
    """(table, id) of rows that unsent changes of this desk have updated."""
    # Picked out by SQLite from the JSON of every unsent change: a desk back from a day
    # offline has thousands, and reading each into Python at every pull was a third of
    # sending them (bench: backlog_10k_s).
    item = func.json_each(OutboxEntry.local_rows).table_valued("value").alias("item")
    changed = (
        select(func.json_extract(item.c.value, "$[0]"), func.json_extract(item.c.value, "$[1]"))
        .select_from(OutboxEntry)
        .join(item, true())
        .where(OutboxEntry.status == OutboxStatus.PENDING)
        # Most changes only add rows: their JSON is not even parsed.
        .where(func.instr(OutboxEntry.local_rows, f'"{CHANGED}"') > 0)
        .where(func.json_array_length(item.c.value) > 2)
    )
    return {(table_name, row_id) for table_name, row_id in session.execute(changed)}


def _hold_back(session: Session, key: tuple[str, str], row: dict[str, Any]) -> None:
    """Keep the server's version of a row until the local change to it is settled (a newer
    pulled version replaces an older one)."""
    table_name, row_id = key
    session.merge(HeldBackRow(table_name=table_name, row_id=row_id, row=row))


def _not_held_back(
    session: Session,
    protected: set[tuple[str, str]],
    table_name: str,
    rows: list[dict[str, Any]],
) -> list[dict[str, Any]]:
    """``rows`` to apply now; the server's versions of rows changed here are held back."""
    taken = []
    for row in rows:
        key = (table_name, str(row.get("id")))
        if key in protected:
            _hold_back(session, key, row)
        else:
            taken.append(row)
    return taken


def _upsert(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Insert or replace ``rows`` (as pulled) of ``model``'s table, in order, with one
    statement executed for all of them (a desk back from a day offline pulls thousands)."""
    if not rows:
        return
    table = cast(Table, model.__table__)
    runs: list[tuple[tuple[str, ...], list[dict[str, Any]]]] = []
    for row in rows:
        values = row_from_json(model, row)
        keys = tuple(values)
        if runs and runs[-1][0] == keys:
            runs[-1][1].append(values)
        else:
            runs.append((keys, [values]))
    for keys, run in runs:
        # ``excluded`` named by hand: building ``statement.excluded`` (an alias with every
        # column) cost most of a pull's time (bench: ui_updates, propagation).
        updates: dict[str, ColumnElement[Any]] = {
            key: literal_column(f'excluded."{key}"') for key in keys if key != "id"
        }
        statement = insert(table)
        upsert = (
            statement.on_conflict_do_update(index_elements=["id"], set_=updates)
            if updates
            else statement.on_conflict_do_nothing(index_elements=["id"])
        )
        session.execute(upsert, run)


@dataclass(frozen=True)
class Replica:
    """Applies what the server sends to the desk database.

    A row this desk has changed and not yet sent (a ticket it just finished) keeps its
    local state: a pulled version of it is older than the change. The pulled version is
    held back (in the database: the cursor has moved past it) and applied once the change
    is settled.
    """

    engine: Engine
    clock: Callable[[], datetime]

    def cursor(self, branch_id: uuid.UUID) -> Cursor | None:
        """The desk's cursor, or None before its first snapshot."""
        with Session(self.engine) as session, session.begin():
            row = session.get(SyncCursor, branch_id)
            if row is None:
                return None
            return Cursor(branch_id=row.branch_id, epoch=row.epoch, seq=row.seq)

    def apply_changes(
        self, branch_id: uuid.UUID, epoch: uuid.UUID, changes: list[Change]
    ) -> set[str]:
        """Upsert changed rows and move the cursor, in one transaction."""
        if not changes:
            return set()
        tables: set[str] = set()
        with Session(self.engine) as session, session.begin():
            protected = _rows_changed_here(session)
            # Consecutive changes of one table go in together; the order between tables
            # is kept (a ticket before its events).
            for table_name, run in groupby(changes, key=lambda change: change.table):
                rows = _not_held_back(session, protected, table_name, [c.row for c in run])
                if rows:
                    _upsert(session, model_for(table_name), rows)
                    tables.add(table_name)
            self._move_cursor(session, branch_id, epoch, changes[-1].seq)
        return tables

    def apply_snapshot(self, branch_id: uuid.UUID, snapshot: Snapshot) -> set[str]:
        """Replace the replica with the snapshot; rows of unsent local changes stay."""
        keep = self._pending_local_rows()
        with Session(self.engine) as session, session.begin():
            # Rows arrive table by table; check references once, at commit.
            session.execute(text("PRAGMA defer_foreign_keys = ON"))
            for model in reversed(list(REPLICATED.values())):
                table = model.__table__
                kept = keep.get(model.__tablename__, set())
                session.execute(delete(model).where(table.c.id.not_in(kept)))
            protected = _rows_changed_here(session)
            for table_name, rows in snapshot.tables.items():
                taken = _not_held_back(session, protected, table_name, rows)
                _upsert(session, model_for(table_name), taken)
            self._move_cursor(session, branch_id, snapshot.epoch, snapshot.seq)
        return set(REPLICATED)

    def settle_held_back(self) -> set[str]:
        """Apply the server's versions held back for rows whose local change is settled."""
        tables: set[str] = set()
        with Session(self.engine) as session, session.begin():
            held = list(session.scalars(select(HeldBackRow)))
            if not held:
                return tables
            protected = _rows_changed_here(session)
            for row in held:
                if (row.table_name, row.row_id) in protected:
                    continue
                _upsert(session, model_for(row.table_name), [row.row])
                session.delete(row)
                tables.add(row.table_name)
        return tables

    def forget_cursor(self, branch_id: uuid.UUID) -> None:
        """Make the next pull a snapshot: the desk's copy may be wrong and only a full
        re-read can tell (the server rejected a change the desk had already shown)."""
        with Session(self.engine) as session, session.begin():
            session.execute(delete(SyncCursor).where(SyncCursor.branch_id == branch_id))

    def _pending_local_rows(self) -> dict[str, set[uuid.UUID]]:
        keep: dict[str, set[uuid.UUID]] = {}
        with Session(self.engine) as session, session.begin():
            for local_rows in session.scalars(
                select(OutboxEntry.local_rows).where(OutboxEntry.status == OutboxStatus.PENDING)
            ):
                for table_name, row_id, *_ in local_rows:
                    keep.setdefault(table_name, set()).add(uuid.UUID(row_id))
        return keep

    def _move_cursor(
        self, session: Session, branch_id: uuid.UUID, epoch: uuid.UUID, seq: int
    ) -> None:
        cursor = session.get(SyncCursor, branch_id)
        if cursor is None:
            session.add(
                SyncCursor(branch_id=branch_id, epoch=epoch, seq=seq, pulled_at=self.clock())
            )
        else:
            cursor.epoch, cursor.seq, cursor.pulled_at = epoch, seq, self.clock()

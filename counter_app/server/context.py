"""Who is asking (the desk behind a token) and what a mutation handler gets to work with."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from counter_app.domain.org import DeskKind
from counter_app.server.changes import ChangeRecorder


@dataclass(frozen=True)
class DeskContext:
    """The authenticated desk: every query is scoped to its municipality and branch."""

    desk_id: uuid.UUID
    branch_id: uuid.UUID
    municipality_id: uuid.UUID
    kind: DeskKind


@dataclass
class MutationContext:
    """Everything a handler may use besides the session and its payload."""

    desk: DeskContext
    staff_id: uuid.UUID | None
    client_time: datetime
    now: datetime
    changes: ChangeRecorder = field(repr=False)
    # False while a push runs without a savepoint a mutation: a clash that a unique key
    # catches when the push is written need not be looked for first (the push then runs
    # again with ``careful`` True, and the handler finds and names it).
    careful: bool = True


class Rejected(Exception):
    """A rule says no. The mutation still uses up its number; the desk shows the reason.
    ``result`` carries what the desk needs to offer another way (e.g. when someone is
    available again)."""

    def __init__(self, reason: str, detail: str, result: dict[str, Any] | None = None) -> None:
        super().__init__(detail)
        self.reason = reason
        self.detail = detail
        self.result = result or {}

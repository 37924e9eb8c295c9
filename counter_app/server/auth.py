"""Desk tokens: made at enrollment, stored only as SHA-256, checked on every request."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
import uuid
from datetime import datetime

from sqlalchemy import Engine, select
from sqlalchemy.orm import Session

from counter_app.domain.org import DeskKind
from counter_app.models import Desk, DeskCredential
from counter_app.server.context import DeskContext


def token_digest(token: str) -> str:
    """What the server keeps of a token."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def issue_token(session: Session, desk: Desk, now: datetime) -> str:
    """A new random token for ``desk``; only its digest is stored."""
    token = secrets.token_urlsafe(32)
    session.add(
        DeskCredential(
            token_sha256=token_digest(token),
            desk_id=desk.id,
            municipality_id=desk.municipality_id,
            issued_at=now,
        )
    )
    return token


def desk_for_token(engine: Engine, token: str) -> DeskContext | None:
    """The desk a live token belongs to, or None for an unknown or revoked token."""
    with Session(engine) as session, session.begin():
        return desk_in_session(session, token)


class RecentTokens:
    """Digests of tokens found live in the last ``ttl_s`` seconds, at most ``size`` of them.

    Only a quick first answer for a push, so that a request with a bad token is refused
    (401) before its body is read; the push checks the token again, for certain, in its
    own transaction. A token revoked meanwhile is refused there.
    """

    def __init__(self, engine: Engine, *, ttl_s: float = 10.0, size: int = 10_000) -> None:
        self._engine = engine
        self._ttl_s = ttl_s
        self._size = size
        self._seen: dict[str, float] = {}
        self._lock = threading.Lock()

    def probably_live(self, token: str) -> bool:
        """True if the token was live a moment ago, or is live now."""
        digest = token_digest(token)
        now = time.monotonic()
        with self._lock:
            seen = self._seen.get(digest)
        if seen is not None and now - seen < self._ttl_s:
            return True
        if desk_for_token(self._engine, token) is None:
            return False
        with self._lock:
            if len(self._seen) >= self._size:
                self._seen.clear()
            self._seen[digest] = now
        return True


def desk_in_session(session: Session, token: str) -> DeskContext | None:
    """:func:`desk_for_token` in a transaction the caller already has open."""
    row = session.execute(
        select(Desk.id, Desk.branch_id, Desk.municipality_id, Desk.kind)
        .join(DeskCredential, DeskCredential.desk_id == Desk.id)
        .where(
            DeskCredential.token_sha256 == token_digest(token),
            DeskCredential.revoked_at.is_(None),
        )
    ).first()
    if row is None:
        return None
    desk_id, branch_id, municipality_id, kind = row
    return DeskContext(
        desk_id=uuid.UUID(str(desk_id)),
        branch_id=branch_id,
        municipality_id=municipality_id,
        kind=DeskKind(kind),
    )

"""Desk tokens: made at enrollment, stored only as SHA-256, checked on every request."""

from __future__ import annotations

import hashlib
import secrets
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

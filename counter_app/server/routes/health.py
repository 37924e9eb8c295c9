"""GET /api/v1/health: is the server up, and on which database."""

from __future__ import annotations

from fastapi import APIRouter
from sqlalchemy import text

from counter_app import __version__
from counter_app.protocol.messages import Health
from counter_app.server.deps import Parts

router = APIRouter(prefix="/api/v1", tags=["health"])


@router.get("/health")
def health(parts: Parts) -> Health:
    """Answers when the server can reach its database."""
    with parts.engine.connect() as connection:
        connection.execute(text("SELECT 1"))
    return Health(status="ok", version=__version__, database=parts.engine.dialect.name)

"""Looking straight into a server's database, to check what an API call really stored."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from sqlalchemy.orm import Session

from counter_app.models.database import make_engine


@contextlib.contextmanager
def server_session(database_url: str) -> Iterator[Session]:
    """A read session on the server's database (its own engine, disposed afterwards)."""
    engine = make_engine(database_url, pool_size=1)
    try:
        with Session(engine) as session:
            yield session
    finally:
        engine.dispose()

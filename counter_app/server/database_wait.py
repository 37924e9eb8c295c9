"""Waiting for the database at start.

A server that boots before its PostgreSQL (a machine restart, a failover, PostgreSQL
restarted by its own update) waits for it, saying so in the log, instead of exiting; a
database that answers with a refusal that will not pass (no such database, role or
password) still stops it at once, with PostgreSQL's words.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from sqlalchemy.exc import OperationalError

from counter_app.models.database import make_engine

log = logging.getLogger(__name__)

# What PostgreSQL says while it cannot take connections yet (or any more) but will again.
PASSING = (
    "the database system is starting up",
    "the database system is shutting down",
    "the database system is not yet accepting connections",
    "the database system is in recovery mode",
)


def passes(exc: OperationalError) -> bool:
    """Whether waiting can help: nobody answered, or PostgreSQL is starting or stopping."""
    text = str(exc.orig if exc.orig is not None else exc)
    if "FATAL:" in text:
        return any(phrase in text for phrase in PASSING)
    return True  # refused, timed out, unreachable: the server is not up (yet)


def wait_for_database(
    url: str,
    *,
    timeout: float,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """Return once the database takes a connection; raise ``OperationalError`` when it
    refuses for good or ``timeout`` seconds have passed."""
    engine = make_engine(url, pool_size=1)
    deadline = clock() + timeout
    waiting = False
    try:
        while True:
            try:
                with engine.connect():
                    if waiting:
                        log.warning("the database answers now; starting")
                    return
            except OperationalError as exc:
                if not passes(exc) or clock() >= deadline:
                    raise
                if not waiting:
                    reason = str(exc.orig or exc).strip().splitlines()[0]
                    log.warning("waiting up to %.0f s for the database: %s", timeout, reason)
                    waiting = True
                sleep(0.5)
    finally:
        engine.dispose()

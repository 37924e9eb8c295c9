"""Live pokes: "branch X is now at change N", to every desk connected to any server process.

In one process a :class:`PokeHub` fans pokes out to WebSocket subscribers. Across processes
sharing one PostgreSQL, each process keeps one dedicated LISTEN connection
(:class:`PostgresListener`); NOTIFY is sent inside the mutation's transaction. Desks also
poll, so a lost poke only delays.

Signals (callbacks): none; subscribers await :meth:`Subscription.next`.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import psycopg
from sqlalchemy.engine import URL

from counter_app.server.changes import POKE_CHANNEL

log = logging.getLogger(__name__)


@dataclass(eq=False)
class Subscription:
    """One live connection's view: the newest change number of its branch."""

    branch_id: uuid.UUID
    seq: int = 0
    _event: asyncio.Event = field(default_factory=asyncio.Event)

    def offer(self, seq: int) -> None:
        """Remember ``seq`` if it is newer; wake the waiting sender (pokes coalesce)."""
        if seq > self.seq:
            self.seq = seq
            self._event.set()

    async def next(self) -> int:
        """Wait for a newer change number and return it."""
        await self._event.wait()
        self._event.clear()
        return self.seq


class PokeHub:
    """Fans pokes out to the subscriptions of this process. Thread-safe ``publish``."""

    def __init__(self) -> None:
        self._loop: asyncio.AbstractEventLoop | None = None
        self._subscriptions: dict[uuid.UUID, set[Subscription]] = {}
        self._lock = threading.Lock()

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Deliver on ``loop`` (the server's event loop)."""
        self._loop = loop

    @contextlib.contextmanager
    def subscribe(self, branch_id: uuid.UUID, seq: int) -> Iterator[Subscription]:
        """Subscribe for the lifetime of a ``with`` block."""
        subscription = Subscription(branch_id=branch_id, seq=seq)
        with self._lock:
            self._subscriptions.setdefault(branch_id, set()).add(subscription)
        try:
            yield subscription
        finally:
            with self._lock:
                self._subscriptions.get(branch_id, set()).discard(subscription)

    def publish(self, pokes: dict[uuid.UUID, int]) -> None:
        """Tell subscribers of each branch its newest change number (from any thread)."""
        loop = self._loop
        if loop is None or loop.is_closed():
            return
        with contextlib.suppress(RuntimeError):  # the loop is shutting down
            loop.call_soon_threadsafe(self.deliver, dict(pokes))

    def deliver(self, pokes: dict[uuid.UUID, int]) -> None:
        """Offer pokes to subscribers; call on the hub's loop."""
        with self._lock:
            targets = [
                (sub, seq)
                for branch_id, seq in pokes.items()
                for sub in self._subscriptions.get(branch_id, ())
            ]
        for subscription, seq in targets:
            subscription.offer(seq)

    @property
    def subscriber_count(self) -> int:
        """How many live connections this process holds."""
        with self._lock:
            return sum(len(subs) for subs in self._subscriptions.values())


class PostgresListener:
    """One LISTEN connection per process; hands other processes' pokes to the hub."""

    def __init__(self, url: URL, origin: str, hub: PokeHub) -> None:
        self._conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        self._origin = origin
        self._hub = hub
        self.ready = asyncio.Event()

    async def run(self) -> None:
        """Listen until cancelled, reconnecting after a lost connection (said once in the
        log when it is lost and once when it is back, not every second of an outage)."""
        lost = False
        while True:
            try:
                async with await psycopg.AsyncConnection.connect(
                    self._conninfo, autocommit=True
                ) as connection:
                    await connection.execute(f"LISTEN {POKE_CHANNEL}")
                    self.ready.set()
                    if lost:
                        log.warning("LISTEN connection back; pokes from other processes flow")
                        lost = False
                    async for notify in connection.notifies():
                        self._handle(notify.payload)
            except asyncio.CancelledError:
                raise
            except psycopg.OperationalError as exc:
                self.ready.clear()
                if not lost:
                    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else "closed"
                    log.warning("LISTEN connection lost (%s); desks keep polling; retrying", reason)
                    lost = True
                await asyncio.sleep(1.0)
            except Exception:
                self.ready.clear()
                log.exception("LISTEN failed; desks keep polling; retrying")
                await asyncio.sleep(1.0)

    def _handle(self, payload: str) -> None:
        try:
            data = json.loads(payload)
            if data["o"] == self._origin:
                return  # this process already told its own subscribers
            self._hub.deliver({uuid.UUID(data["b"]): int(data["s"])})
        except (ValueError, KeyError, TypeError):
            log.warning("ignoring a malformed poke %r", payload)

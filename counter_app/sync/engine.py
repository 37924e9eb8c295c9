"""The sync engine: pushes the outbox, pulls the change log, listens for pokes, polls.

Runs on the desk's asyncio loop (qasync's, in the desk program). Listeners are plain
callables registered with :meth:`SyncEngine.add_listener`; the UI adapts them to Qt signals.

Events (to :class:`SyncListener`):
    on_changed(tables): rows of these tables changed locally (pulled or undone).
    on_status(status): online/offline, the number of changes waiting.
    on_rejected(results): the server said no to these mutations; show them.
    on_late(results): withdrawn mutations that the server had applied after all.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from counter_app.protocol.messages import MutationResult, Status
from counter_app.sync.client import ServerRefusedError, ServerUnreachableError, SyncClient
from counter_app.sync.live import pokes
from counter_app.sync.outbox import Outbox, Recorded
from counter_app.sync.replica import Replica

log = logging.getLogger(__name__)

PUSH_BATCH = 200
PULL_BATCH = 1000
RECENT_RESULTS = 1000
# How often refused changes past the retention period are looked for (sync/outbox.py).
FORGET_EVERY = timedelta(hours=1)


class OfflineError(ConnectionError):
    """A change that needs the server right now could not reach it."""


@dataclass(frozen=True)
class SyncStatus:
    """What the top bar shows: connected or not, and how much waits to be sent.

    ``refused`` is set while the server answers but will not take this desk (its token
    was revoked, or enrolling again after an offline start was refused): waiting does not
    help, IT must act. ``last_error`` says why the desk is offline or refused.
    """

    online: bool
    live: bool
    pending: int
    last_error: str | None = None
    refused: bool = False


class SyncListener(Protocol):
    """Receives the engine's events (see the module docstring)."""

    def on_changed(self, tables: set[str]) -> None: ...
    def on_status(self, status: SyncStatus) -> None: ...
    def on_rejected(self, results: list[MutationResult]) -> None: ...
    def on_late(self, results: list[MutationResult]) -> None: ...


class IgnoringListener:
    """A :class:`SyncListener` that ignores every event: a listener that hears only some
    (a benchmark's clock, a harness's journal) overrides those."""

    def on_changed(self, tables: set[str]) -> None:
        """Ignored."""

    def on_status(self, status: SyncStatus) -> None:
        """Ignored."""

    def on_rejected(self, results: list[MutationResult]) -> None:
        """Ignored."""

    def on_late(self, results: list[MutationResult]) -> None:
        """Ignored."""


class SyncEngine:
    """Keeps one desk database in step with the server."""

    def __init__(
        self,
        *,
        client: SyncClient,
        outbox: Outbox,
        replica: Replica,
        branch_id: uuid.UUID,
        poll_interval: float = 5.0,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.client = client
        self.outbox = outbox
        self.replica = replica
        self.branch_id = branch_id
        self.poll_interval = poll_interval
        self._sleep = sleep
        self._listeners: list[SyncListener] = []
        # Refusals and late answers that came while nobody listened (the first sync at
        # start, before the window exists): told to the first listener.
        self._unheard: list[Recorded] = []
        self._push_lock = asyncio.Lock()
        self._pull_lock = asyncio.Lock()
        self._push_wanted = asyncio.Event()
        self._pull_wanted = asyncio.Event()
        # What the wanted pull must reach: a change number the server named (a poke, a
        # push's answer), or None for "pull whatever there is" (a poll, a request).
        self._wanted_seq: int | None = 0
        self._tasks: list[asyncio.Task[None]] = []
        self._writes: set[asyncio.Future[set[str]]] = set()
        self._results: dict[int, MutationResult] = {}
        self._status = SyncStatus(online=False, live=False, pending=0)
        self._counted = False  # the status's pending count is a real count, not the default
        self._last_contact: datetime | None = None
        self._forgot_at: datetime | None = None

    # -- listeners -------------------------------------------------------------------------

    def add_listener(self, listener: SyncListener) -> None:
        """Start telling ``listener`` about events (and what nobody has heard yet)."""
        self._listeners.append(listener)
        unheard, self._unheard = self._unheard, []
        for recorded in unheard:
            self._emit_recorded(recorded)

    def remove_listener(self, listener: SyncListener) -> None:
        """Stop telling ``listener``."""
        with contextlib.suppress(ValueError):
            self._listeners.remove(listener)

    @property
    def last_contact(self) -> datetime | None:
        """When the server last answered this desk (None: not since the program started)."""
        return self._last_contact

    @property
    def status(self) -> SyncStatus:
        """The newest status."""
        return self._status

    def _set_status(
        self,
        *,
        online: bool | None = None,
        live: bool | None = None,
        error: str | None = None,
        refused: bool | None = None,
        recount: bool = True,
    ) -> None:
        """Tell listeners what changed. ``recount=False``: nothing can have entered or left
        the outbox since the last status (a pull, a poke), so it is not counted again."""
        if online:
            self._last_contact = self.replica.clock()
        if error is not None:
            last_error: str | None = error
        elif online or refused is False:
            last_error = None  # an answer that went through ends the last error
        else:
            last_error = self._status.last_error
        if refused is None:
            refused = self._status.refused and not online
        status = SyncStatus(
            online=self._status.online if online is None else online,
            live=self._status.live if live is None else live,
            pending=self.outbox.pending_count()
            if recount or not self._counted
            else self._status.pending,
            last_error=last_error,
            refused=refused,
        )
        self._counted = self._counted or recount
        if status != self._status:
            self._status = status
            for listener in list(self._listeners):
                listener.on_status(status)

    def _emit_recorded(self, recorded: Recorded) -> None:
        if not self._listeners and (recorded.rejected or recorded.late):
            self._unheard.append(recorded)
            return
        for listener in list(self._listeners):
            if recorded.tables:
                listener.on_changed(set(recorded.tables))
            if recorded.rejected:
                listener.on_rejected(list(recorded.rejected))
            if recorded.late:
                listener.on_late(list(recorded.late))

    # -- running ---------------------------------------------------------------------------

    def start(self) -> None:
        """Start pushing, pulling, polling and listening in the background."""
        if self._tasks:
            return
        self._tasks = [
            asyncio.create_task(self._push_loop(), name="sync-push"),
            asyncio.create_task(self._pull_loop(), name="sync-pull"),
            asyncio.create_task(self._live_loop(), name="sync-live"),
        ]
        self.request_push()
        self.request_pull()

    async def stop(self) -> None:
        """Stop the background work (the outbox stays for next time)."""
        tasks, self._tasks = self._tasks, []
        for task in tasks:
            task.cancel()
        # gather, not a suppressed await: a cancellation of the caller itself must go on.
        await asyncio.gather(*tasks, return_exceptions=True)
        # A pulled page being written when its pull was cancelled: let it finish (it is
        # one transaction either way) before the caller closes the database.
        await asyncio.gather(*self._writes, return_exceptions=True)

    def request_push(self) -> None:
        """Something was added to the outbox: send it soon."""
        self._push_wanted.set()
        self._set_status()

    def request_pull(self, seq: int | None = None) -> None:
        """Something changed on the server: fetch it soon. With ``seq`` (the branch's
        change number the server named) the pull is skipped if the desk has it already,
        e.g. when a call pulled it itself before the poke arrived (bench: propagation)."""
        if seq is None or self._wanted_seq is None:
            self._wanted_seq = None
        else:
            self._wanted_seq = max(self._wanted_seq, seq)
        self._pull_wanted.set()

    def _has(self, seq: int | None) -> bool:
        """Whether the desk has the branch's change ``seq`` (None: cannot tell, no)."""
        if seq is None:
            return False
        cursor = self.replica.cursor(self.branch_id)
        return cursor is not None and cursor.seq >= seq

    def report_refused(self, reason: str) -> None:
        """The server will not take this desk (e.g. enrolling again was refused): say so
        until a request goes through."""
        self._set_status(online=False, error=reason, refused=True)

    async def sync_once(self) -> None:
        """Push everything, then pull everything; raise if the server cannot be reached."""
        await self.push_all()
        await self.pull_all()

    # -- push ------------------------------------------------------------------------------

    async def push_all(self, *, timeout: float | None = None) -> None:
        """Send the outbox until it is empty (or the server stops at a gap)."""
        async with self._push_lock:
            try:
                while True:
                    batch = self.outbox.pending(PUSH_BATCH)
                    if not batch:
                        break
                    response = await self.client.push(batch, timeout=timeout)
                    recorded = self.outbox.record(response.results)
                    recorded.tables |= self.replica.settle_held_back()
                    if recorded.reread:
                        self.replica.forget_cursor(self.branch_id)
                        self.request_pull()
                    for result in response.results:
                        self._remember(result)
                    self._emit_recorded(recorded)
                    if response.number_conflict or response.expected_number is not None:
                        restart = response.expected_number or response.last_applied_number + 1
                        log.warning("server expects mutation %d; renumbering the outbox", restart)
                        self.outbox.renumber(restart)
                        continue
                    seqs = [
                        r.branch_seq
                        for r in response.results
                        if r.status is Status.APPLIED and r.branch_seq
                    ]
                    if seqs:
                        self.request_pull(max(seqs))
                    if not response.results:
                        break
            except ServerUnreachableError as exc:
                self._set_status(online=False, error=str(exc))
                raise
            self._set_status(online=True)

    def _remember(self, result: MutationResult) -> None:
        self._results[result.number] = result
        while len(self._results) > RECENT_RESULTS:
            self._results.pop(next(iter(self._results)))

    async def push_contended(self, number: int, *, timeout: float = 3.0) -> MutationResult:
        """Send the outbox now and return the answer to mutation ``number``.

        If the server cannot answer within ``timeout``, or will not take the desk's
        changes now (a desk that started offline and has not enrolled again yet), the
        mutation is withdrawn (it must not take effect minutes later) and
        :class:`OfflineError` is raised.
        """
        try:
            async with asyncio.timeout(timeout):
                await self.push_all(timeout=timeout)
        except (ServerUnreachableError, ServerRefusedError, TimeoutError) as exc:
            async with self._push_lock:
                result = self._results.get(number)
                if result is None:
                    self.outbox.withdraw(number)
            if result is None:
                refused = isinstance(exc, ServerRefusedError) and _refuses_desk(exc)
                self._set_status(online=False, error=str(exc) or "timeout", refused=refused)
                if isinstance(exc, ServerRefusedError):
                    raise OfflineError(f"the server refused the change: {exc}") from exc
                raise OfflineError("the server did not answer in time") from exc
            return result
        result = self._results.get(number)
        if result is None:
            raise OfflineError("the server did not answer this change")
        return result

    async def _push_loop(self) -> None:
        delay = 1.0
        while True:
            await self._push_wanted.wait()
            self._push_wanted.clear()
            try:
                await self.push_all()
                delay = 1.0
            except ServerUnreachableError:
                await self._sleep(delay)
                delay = min(delay * 2, 10.0)
                self._push_wanted.set()
            except ServerRefusedError as exc:
                log.error("server refused a push: %s", exc)
                self._set_status(online=False, error=str(exc), refused=_refuses_desk(exc))
                await self._sleep(10.0)
                self._push_wanted.set()

    # -- pull ------------------------------------------------------------------------------

    async def pull_all(self) -> set[str]:
        """Fetch the change log up to now (or a snapshot) and apply it."""
        changed: set[str] = set()
        async with self._pull_lock:
            try:
                while True:
                    cursor = self.replica.cursor(self.branch_id)
                    if cursor is None:
                        snapshot = await self.client.snapshot()
                        changed |= await self._write(self.replica.apply_snapshot, snapshot)
                        continue
                    page = await self.client.pull(cursor.seq, cursor.epoch, PULL_BATCH)
                    if page.snapshot_required:
                        log.info("the server cannot serve cursor %d; taking a snapshot", cursor.seq)
                        snapshot = await self.client.snapshot()
                        changed |= await self._write(self.replica.apply_snapshot, snapshot)
                        continue
                    changed |= await self._write(
                        self.replica.apply_changes, page.epoch, page.changes
                    )
                    if not page.has_more:
                        break
            except ServerUnreachableError as exc:
                self._set_status(online=False, error=str(exc))
                raise
            finally:
                if changed:
                    for listener in list(self._listeners):
                        listener.on_changed(set(changed))
        self._set_status(online=True, recount=False)
        self._forget_old_rejections()
        return changed

    async def _write(self, apply: Callable[..., set[str]], *args: object) -> set[str]:
        """``apply(branch_id, *args)`` in a worker thread: the desk's window stays
        responsive while SQLite writes what was pulled and syncs it to disk (bench:
        ui_stall_max_ms). Transactions take SQLite's write lock up front, so a change
        made at the desk meanwhile waits for it, or it for the change. :meth:`stop` waits
        for a write under way."""
        write = asyncio.ensure_future(asyncio.to_thread(apply, self.branch_id, *args))
        self._writes.add(write)
        write.add_done_callback(self._writes.discard)
        return await asyncio.shield(write)

    async def pull_to(self, seq: int | None) -> None:
        """Have the branch's change ``seq`` here: pull, unless a pull under way or done
        already brought it (a call's answer names its change; the poke that came with it
        has often been pulled by then)."""
        async with self._pull_lock:
            pass
        if not self._has(seq):
            await self.pull_all()

    def _forget_old_rejections(self) -> None:
        now = self.replica.clock()
        if self._forgot_at is not None and now - self._forgot_at < FORGET_EVERY:
            return
        self._forgot_at = now
        self.outbox.forget_old_rejections(now)

    async def _pull_loop(self) -> None:
        while True:
            # asyncio.timeout, not wait_for: on Python 3.11 wait_for swallows a cancellation
            # that arrives as the event is set, and stop() would then wait forever.
            polled = False
            try:
                async with asyncio.timeout(self.poll_interval):
                    await self._pull_wanted.wait()
            except TimeoutError:
                polled = True
            self._pull_wanted.clear()
            async with self._pull_lock:
                pass  # a pull under way (a call's own) may bring what was wanted
            try:
                if not polled and self._has(self._wanted_seq):
                    continue
                self._wanted_seq = 0
                await self.pull_all()
                if self.outbox.has_pending():
                    self._push_wanted.set()
            except ServerUnreachableError:
                pass  # status says offline; the next poll tries again
            except ServerRefusedError as exc:
                log.error("server refused a pull: %s", exc)
                self._set_status(online=False, error=str(exc), refused=_refuses_desk(exc))

    # -- live ------------------------------------------------------------------------------

    async def _live_loop(self) -> None:
        while True:
            token = self.client.token
            if token is None:
                await self._sleep(1.0)
                continue
            try:
                live = pokes(self.client.base_url, token, ssl_context=self.client.ssl_context)
                async with contextlib.aclosing(live) as stream:
                    async for poke in stream:
                        self._set_status(online=True, live=True, recount=False)
                        self.request_pull(poke.seq)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # any failure of the socket: fall back to polling
                log.debug("live channel lost: %r", exc)
            self._set_status(live=False, recount=False)
            await self._sleep(1.0)


def _refuses_desk(exc: ServerRefusedError) -> bool:
    """401/403: the server does not accept this desk (or not now); retrying will not help."""
    return exc.status in (401, 403)

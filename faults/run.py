"""One run of the fault harness: servers, desks, faults, healing, the invariants.

A run makes a fresh database in the harness's own PostgreSQL cluster, starts two server
processes over it (the demo municipality seeded), puts the fault proxy in front, starts a
desk process per desk of the roster, and for ``seconds`` injects faults drawn from a
seeded random generator while the desks work. Then it heals everything (lines, stopped
and killed processes, the day-offline clock), lets the desks send what they hold and pull
once more, and checks the invariants (:mod:`faults.checks`).
"""

from __future__ import annotations

import asyncio
import contextlib
import dataclasses
import json
import logging
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

from faults.checks import DeskResult, check_run
from faults.desk_worker import WorkerConfig, read_json, write_json
from faults.postgres_cluster import PostgresCluster
from faults.proxy import FaultProxy, Line, LineFaults
from tests.support.postgres import create_database, drop_database
from tests.support.server_process import ServerProcess

log = logging.getLogger("faults")

PROJECT = Path(__file__).resolve().parent.parent
DRAIN_TIMEOUT = 90.0
DESK_START_TIMEOUT = 60.0
# How long the faults go on past their time for an armed server kill to meet a push.
KILL_GRACE = 20.0

# (desk name, branch code, role): the first four, then as many more KVIK desks as asked
# (the demo has KVIK 1-3; a new name enrolls a new desk).
ROSTER = (
    ("KVIK 1", "HB", "kvik"),
    ("KVIK 2", "HB", "kvik"),
    ("Borgerservice 1", "HB", "caseworker"),
    ("Filialskranke", "NORD", "library"),
)
DEFAULT_DESKS = len(ROSTER)


def roster(desks: int) -> list[tuple[str, str, str]]:
    """The desks of a run with ``desks`` desks."""
    extra = [(f"KVIK {n}", "HB", "kvik") for n in range(3, 3 + max(0, desks - len(ROSTER)))]
    return [*ROSTER, *extra][:desks]


FAULT_KINDS = (
    "desk_kill",
    "desk_stop",
    "server_kill_before_commit",
    "server_kill_during_commit",
    "server_kill_after_commit",
    "server_restart",
    "postgres_restart",
    "postgres_crash",
    "cut_requests",
    "cut_answers",
    "cut_both",
    "delay",
    "duplicate",
    "reorder",
    "clock_wrong",
    "offline_day",
)


@dataclass
class RunReport:
    """What one run did and found."""

    seed: int
    faults: Counter[str] = field(default_factory=Counter)
    proxy: Counter[str] = field(default_factory=Counter)
    actions: Counter[str] = field(default_factory=Counter)
    mutations: int = 0
    violations: list[str] = field(default_factory=list)
    seconds: float = 0.0


class DeskProcess:
    """A desk worker process; killed, stopped and started again on the same folder."""

    def __init__(self, config: WorkerConfig) -> None:
        self.config = config
        self.process: subprocess.Popen[bytes] | None = None
        self.stopped = False
        Path(config.folder).mkdir(parents=True, exist_ok=True)
        (Path(config.folder) / "config.json").write_text(json.dumps(dataclasses.asdict(config)))
        self.steer(phase="work", clock_offset_s=0.0)

    @property
    def name(self) -> str:
        """The desk's name."""
        return self.config.desk_name

    def steer(self, **changes: object) -> None:
        """Change the control file (phase, clock offset)."""
        control = read_json(self.config.control)
        control.update(changes)
        write_json(self.config.control, control)

    def start(self) -> None:
        """Start the process (its output goes to desk.log in its folder)."""
        with (Path(self.config.folder) / "desk.log").open("ab") as out:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "faults.desk_worker", f"{self.config.folder}/config.json"],
                cwd=PROJECT,
                stdin=subprocess.DEVNULL,
                stdout=out,
                stderr=subprocess.STDOUT,
                env={**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(PROJECT)},
            )
        self.stopped = False

    @property
    def alive(self) -> bool:
        """Whether the process runs."""
        return self.process is not None and self.process.poll() is None

    def kill(self) -> None:
        """SIGKILL, wherever it is (mid-write included)."""
        if self.process is not None:
            with contextlib.suppress(ProcessLookupError):
                self.process.send_signal(signal.SIGCONT)
                self.process.kill()
            self.process.wait()
        self.stopped = False

    def pause(self, paused: bool) -> None:
        """SIGSTOP or SIGCONT."""
        if self.alive:
            assert self.process is not None
            self.process.send_signal(signal.SIGSTOP if paused else signal.SIGCONT)
            self.stopped = paused

    def status(self) -> dict[str, object]:
        """What the process last wrote about itself."""
        return read_json(self.config.status)

    def log_tail(self) -> str:
        """The end of its log, for a failure's report."""
        try:
            return (Path(self.config.folder) / "desk.log").read_text(errors="replace")[-3000:]
        except OSError:
            return ""


class Run:
    """The moving parts of one run and the faults that act on them."""

    def __init__(
        self,
        cluster: PostgresCluster | None,
        database_url: str,
        folder: Path,
        seed: int,
        desks: int = DEFAULT_DESKS,
    ) -> None:
        self.roster = roster(desks)
        self.cluster = cluster
        self.database_url = database_url
        self.folder = folder
        self.rng = random.Random(seed)
        self.report = RunReport(seed)
        self.servers = [
            ServerProcess(database_url, folder / f"server-{index}.log") for index in range(2)
        ]
        # Servers starting are not healthy yet: the proxy (a load balancer) skips them, and
        # no fault may kill one half-started.
        self._starting: set[int] = set()
        self.proxy = FaultProxy(
            lambda: [s.port for s in self.servers if s.running and s.port not in self._starting],
            self.rng,
        )
        self.desks: list[DeskProcess] = []
        self.lines: dict[str, Line] = {}
        self._undo: list[tuple[float, Callable[[], Awaitable[None]]]] = []

    # -- set-up and tear-down ---------------------------------------------------------------

    async def start(self) -> None:
        """Servers, proxy lines, desks; wait until every desk works."""
        for server in self.servers:
            await self._start_server(server)
        for index, (name, branch, role) in enumerate(self.roster):
            line = await self.proxy.open_line(name)
            self.lines[name] = line
            desk = DeskProcess(
                WorkerConfig(
                    folder=str(self.folder / f"desk-{index}"),
                    server_url=f"http://127.0.0.1:{line.port}",
                    enrollment_key=self.servers[0].enrollment_key,
                    branch=branch,
                    desk_name=name,
                    role=role,
                    seed=self.report.seed * 100 + index,
                )
            )
            desk.start()
            self.desks.append(desk)
        deadline = time.monotonic() + DESK_START_TIMEOUT
        while not all(desk.status().get("phase") == "work" for desk in self.desks):
            for desk in self.desks:
                if not desk.alive:
                    raise RuntimeError(f"{desk.name} did not start:\n{desk.log_tail()}")
            if time.monotonic() > deadline:
                raise RuntimeError("the desks did not start in time")
            await asyncio.sleep(0.1)

    async def close(self) -> None:
        """Stop everything that still runs."""
        for desk in self.desks:
            desk.kill()
        await self.proxy.close()
        for server in self.servers:
            await asyncio.to_thread(server.stop)

    # -- faults --------------------------------------------------------------------------------

    def _later(self, seconds: float, undo: Callable[[], Awaitable[None]]) -> None:
        self._undo.append((time.monotonic() + seconds, undo))

    async def _run_due(self, *, everything: bool = False) -> None:
        now = time.monotonic()
        due = [item for item in self._undo if everything or item[0] <= now]
        self._undo = [item for item in self._undo if item not in due]
        for _, undo in sorted(due, key=lambda item: item[0]):
            await undo()

    def _desk(self) -> DeskProcess:
        return self.rng.choice(self.desks)

    def _lines(self) -> list[Line]:
        if self.rng.random() < 0.3:
            return list(self.lines.values())
        return [self.rng.choice(list(self.lines.values()))]

    async def inject(self, kind: str) -> None:
        """Inject one fault of ``kind`` (and plan its end)."""
        self.report.faults[kind] += 1
        log.info("fault: %s", kind)
        handler = getattr(self, f"_fault_{kind}", None)
        if handler is None and kind.startswith("server_kill_"):
            await self._arm_server_kill(kind.removeprefix("server_kill_").removesuffix("_commit"))
            return
        assert handler is not None, kind
        await handler()

    async def _fault_desk_kill(self) -> None:
        desk = self._desk()
        if not desk.alive:
            return
        desk.kill()

        async def restart() -> None:
            if not desk.alive:
                desk.start()

        self._later(self.rng.uniform(0.1, 1.5), restart)

    async def _fault_desk_stop(self) -> None:
        desk = self._desk()
        if not desk.alive or desk.stopped:
            return
        desk.pause(True)

        async def wake() -> None:
            desk.pause(False)

        self._later(self.rng.uniform(0.5, 3.0), wake)

    async def _arm_server_kill(self, phase: str) -> None:
        async def kill(port: int, when: str) -> None:
            server = next(s for s in self.servers if s.port == port)
            if port in self._starting:
                return  # it went down and is starting again: nothing to kill
            log.info("killing the server on %d %s a commit", port, when)
            await asyncio.to_thread(server.kill)

            async def back() -> None:
                if not server.running:
                    await self._start_server(server)

            self._later(self.rng.uniform(0.2, 1.0), back)

        self.proxy.arm_kill(phase, kill)

    async def _start_server(self, server: ServerProcess) -> None:
        """Start a server and wait until it answers; one that cannot start is a finding."""
        self._starting.add(server.port)
        try:
            await asyncio.to_thread(server.start)
        except RuntimeError as exc:
            self.report.violations.append(f"a server did not start: {str(exc)[-1500:]}")
        finally:
            self._starting.discard(server.port)

    async def _fault_server_restart(self) -> None:
        server = self.rng.choice(self.servers)
        if server.running and server.port not in self._starting:
            await asyncio.to_thread(server.stop)
            await self._start_server(server)

    async def _postgres(self, *, crash: bool) -> None:
        if self.cluster is None:
            self.report.faults["postgres_unavailable"] += 1
            return
        await asyncio.to_thread(self.cluster.restart, crash=crash)

    async def _fault_postgres_restart(self) -> None:
        await self._postgres(crash=False)

    async def _fault_postgres_crash(self) -> None:
        await self._postgres(crash=True)

    async def _cut(self, *, requests: bool, answers: bool) -> None:
        lines = self._lines()
        for line in lines:
            line.faults.cut_requests |= requests
            line.faults.cut_answers |= answers
            line.drop_connections()

        async def heal() -> None:
            for line in lines:
                line.faults.cut_requests = line.faults.cut_answers = False

        self._later(self.rng.uniform(0.5, 3.0), heal)

    async def _fault_cut_requests(self) -> None:
        await self._cut(requests=True, answers=False)

    async def _fault_cut_answers(self) -> None:
        await self._cut(requests=False, answers=True)

    async def _fault_cut_both(self) -> None:
        await self._cut(requests=True, answers=True)

    async def _line_fault(self, setting: str, value: object) -> None:
        lines = self._lines()
        for line in lines:
            setattr(line.faults, setting, value)

        async def heal() -> None:
            for line in lines:
                setattr(line.faults, setting, getattr(LineFaults(), setting))

        self._later(self.rng.uniform(1.0, 3.0), heal)

    async def _fault_delay(self) -> None:
        await self._line_fault("delay", (0.02, self.rng.uniform(0.1, 0.8)))

    async def _fault_duplicate(self) -> None:
        await self._line_fault("duplicate", True)

    async def _fault_reorder(self) -> None:
        await self._line_fault("hold", (0.3, self.rng.uniform(0.8, 2.5)))

    async def _fault_clock_wrong(self) -> None:
        minutes = self.rng.choice((-1, 1)) * self.rng.uniform(2, 15)
        self._desk().steer(clock_offset_s=minutes * 60)

    async def _fault_offline_day(self) -> None:
        desk = self._desk()
        line = self.lines[desk.name]
        before = float(read_json(desk.config.control).get("clock_offset_s", 0.0))
        line.faults.cut_requests = line.faults.cut_answers = True
        line.drop_connections()
        # The desk works through "yesterday" cut off; its changes reach the server today.
        desk.steer(clock_offset_s=before - 86400)

        async def back() -> None:
            desk.steer(clock_offset_s=before)
            line.faults.cut_requests = line.faults.cut_answers = False

        self._later(self.rng.uniform(1.5, 4.0), back)

    # -- the phases ----------------------------------------------------------------------------

    async def work(self, seconds: float, kinds: list[str]) -> None:
        """Inject faults for ``seconds`` (longer if need be): first every kind in ``kinds``
        once, in a random order, then random ones. A server kill waits for the next push;
        one armed late (or while the desks were cut off) is given up to ``KILL_GRACE``
        more seconds of work to meet one, or the run would end without that fault."""
        planned = list(kinds)
        self.rng.shuffle(planned)
        end = time.monotonic() + seconds
        while planned or time.monotonic() < end:
            kind = planned.pop() if planned else self.rng.choice(kinds)
            await self.inject(kind)
            await self._pause(self.rng.uniform(0.2, 0.9))
        grace = time.monotonic() + KILL_GRACE
        while self.proxy.kills_armed and time.monotonic() < grace:
            await self._pause(0.2)

    async def _pause(self, seconds: float) -> None:
        """Let the desks work for ``seconds``, ending the faults that are due."""
        pause = time.monotonic() + seconds
        while time.monotonic() < pause:
            await self._run_due()
            await self._restart_crashed_desks()
            await asyncio.sleep(0.05)

    async def _restart_crashed_desks(self) -> None:
        """A desk process that died by itself (not killed by a fault) is a finding."""
        for desk in self.desks:
            if desk.process is not None and desk.process.poll() not in (None, -9):
                code = desk.process.poll()
                self.report.violations.append(
                    f"{desk.name} exited by itself with code {code}:\n{desk.log_tail()}"
                )
                desk.process = None
                desk.start()

    async def heal(self) -> None:
        """End every fault: lines, paused and dead processes, yesterday's clock."""
        self.proxy.heal()
        await self._run_due(everything=True)
        for line in self.lines.values():
            line.faults.clear()
        if self.cluster is not None:
            await asyncio.to_thread(self.cluster.wait_ready)
        for server in self.servers:
            if not server.running:
                await self._start_server(server)
        for desk in self.desks:
            desk.pause(False)
            if not desk.alive:
                desk.start()

    async def settle(self) -> list[DeskResult]:
        """Drain every desk, pull once more, and collect what the checks need."""
        for desk in self.desks:
            desk.steer(phase="drain")
        deadline = time.monotonic() + DRAIN_TIMEOUT
        while not all(desk.status().get("phase") == "drained" for desk in self.desks):
            await self._restart_crashed_desks()
            if time.monotonic() > deadline:
                stuck = {
                    d.name: d.status() for d in self.desks if d.status().get("phase") != "drained"
                }
                self.report.violations.append(
                    f"outboxes did not empty in {DRAIN_TIMEOUT:.0f} s: {stuck}"
                )
                break
            await asyncio.sleep(0.1)
        for desk in self.desks:
            desk.steer(phase="final")
        for desk in self.desks:
            if desk.process is None:
                continue
            try:
                await asyncio.to_thread(desk.process.wait, 30)
            except subprocess.TimeoutExpired:
                self.report.violations.append(f"{desk.name} did not stop:\n{desk.log_tail()}")
                desk.kill()
            if desk.process.returncode != 0:
                self.report.violations.append(
                    f"{desk.name} ended with {desk.process.returncode}:\n{desk.log_tail()}"
                )
        return [
            DeskResult(
                name=desk.name,
                database=Path(desk.config.folder) / "data" / "desks" / "desk-1.sqlite",
                journal=desk.config.journal,
            )
            for desk in self.desks
        ]


async def run_once(
    *,
    seed: int,
    folder: Path,
    admin_url: str,
    cluster: PostgresCluster | None,
    seconds: float,
    kinds: list[str],
    desks: int = DEFAULT_DESKS,
    afterwards: Callable[[str, list[DeskResult]], None] | None = None,
) -> RunReport:
    """One whole run; its report (violations empty when every invariant held).

    ``afterwards`` is called with the server's database URL and the desks' results after
    the checks, before anything is removed (a test uses it to show the checks can fail).
    """
    started = time.monotonic()
    database_url = create_database(admin_url)
    run = Run(cluster, database_url, folder, seed, desks)
    try:
        await run.start()
        await run.work(seconds, kinds)
        await run.heal()
        results = await run.settle()
        found = await asyncio.to_thread(check_run, database_url, results)
        run.report.violations += found.violations
        run.report.actions = found.actions
        run.report.mutations = found.mutations
        if afterwards is not None:
            await asyncio.to_thread(afterwards, database_url, results)
    finally:
        run.report.proxy = Counter(run.proxy.counts)
        await run.close()
        await asyncio.to_thread(drop_database, database_url, admin_url)
    run.report.seconds = time.monotonic() - started
    return run.report

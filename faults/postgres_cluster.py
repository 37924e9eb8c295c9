"""A PostgreSQL cluster of the harness's own, so it may be restarted and crashed.

The shared PostgreSQL of the machine (COUNTER_TEST_PG_URL) serves every other test; the
harness cannot take it down. It makes a throwaway cluster with the machine's ``initdb``
in a temporary folder instead, on a free port, trust auth, fsync on (a crash must be a
real crash). As root, PostgreSQL refuses to run, so the cluster then belongs to the
``postgres`` user.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg

from tests.support.server_process import free_port

SEARCH = ("/usr/lib/postgresql/*/bin",)
START_TIMEOUT = 60.0


class ClusterUnavailableError(RuntimeError):
    """This machine cannot make a PostgreSQL cluster (no initdb, or no user to run it)."""


def _binary(name: str) -> str:
    found = shutil.which(name)
    if found:
        return found
    for pattern in SEARCH:
        for folder in sorted(Path("/").glob(pattern.lstrip("/")), reverse=True):
            if (folder / name).exists():
                return str(folder / name)
    raise ClusterUnavailableError(f"{name} not found: install PostgreSQL's server package")


class PostgresCluster:
    """One cluster: :meth:`start`, :meth:`restart` (fast or immediate = a crash), :meth:`stop`."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.data = folder / "data"
        self.port = free_port()
        self._as_user: list[str] = []
        if os.geteuid() == 0:
            if shutil.which("runuser") is None:
                raise ClusterUnavailableError("running as root, and runuser is missing")
            self._as_user = ["runuser", "-u", "postgres", "--"]

    @property
    def admin_url(self) -> str:
        """The maintenance database's URL."""
        return f"postgresql://postgres@127.0.0.1:{self.port}/postgres"

    def _run(self, *command: str) -> None:
        result = subprocess.run(
            [*self._as_user, *command], capture_output=True, text=True, check=False, timeout=120
        )
        if result.returncode != 0:
            raise ClusterUnavailableError(
                f"{' '.join(command[:2])} failed: {result.stderr.strip() or result.stdout.strip()}"
            )

    def create(self) -> None:
        """initdb into the folder."""
        self.folder.mkdir(parents=True, exist_ok=True)
        if self._as_user:
            shutil.chown(self.folder, "postgres", "postgres")
        self._run(
            _binary("initdb"),
            "-D",
            str(self.data),
            "-U",
            "postgres",
            "--auth=trust",
            "--no-instructions",
            "-E",
            "UTF8",
        )

    def start(self) -> None:
        """Start and wait until it takes connections."""
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.folder} "
            "-c max_connections=200 -c fsync=on"
        )
        self._run(
            _binary("pg_ctl"),
            "-D",
            str(self.data),
            "-l",
            str(self.folder / "postgres.log"),
            "-o",
            options,
            "-w",
            "-t",
            str(int(START_TIMEOUT)),
            "start",
        )
        self.wait_ready()

    def wait_ready(self) -> None:
        """Wait until a connection succeeds (after a start or a crash's recovery)."""
        deadline = time.monotonic() + START_TIMEOUT
        while True:
            try:
                with psycopg.connect(self.admin_url, connect_timeout=2) as connection:
                    connection.execute("SELECT 1")
                return
            except psycopg.Error:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def restart(self, *, crash: bool) -> None:
        """Restart: ``crash`` stops it the way a power cut would (immediate mode: no
        checkpoint, recovery from the WAL at start); otherwise a fast, clean stop."""
        self._run(
            _binary("pg_ctl"),
            "-D",
            str(self.data),
            "-m",
            "immediate" if crash else "fast",
            "-w",
            "stop",
        )
        self.start()

    def stop(self) -> None:
        """Stop it (immediate: its data is thrown away anyway)."""
        with contextlib.suppress(ClusterUnavailableError, subprocess.TimeoutExpired):
            self._run(_binary("pg_ctl"), "-D", str(self.data), "-m", "immediate", "-w", "stop")


@contextlib.contextmanager
def own_cluster() -> Iterator[PostgresCluster]:
    """A fresh cluster for the length of a ``with`` block; removed afterwards."""
    folder = Path(tempfile.mkdtemp(prefix="counter-faults-pg-"))
    try:
        cluster = PostgresCluster(folder)
        cluster.create()
        cluster.start()
        try:
            yield cluster
        finally:
            cluster.stop()
    finally:
        shutil.rmtree(folder, ignore_errors=True)

"""A real ``counter_app.server.main`` process on loopback, started, stopped and killed."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

import httpx

ENROLLMENT_KEY = "test-enrollment-key-0123456789"
START_TIMEOUT = 30.0
STOP_TIMEOUT = 10.0


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class ServerProcess:
    """One server process over ``database_url``; restarts on the same port and database.

    Its stderr goes to ``log_path`` so a failing test can show what the server said.
    """

    def __init__(self, database_url: str, log_path: Path, *, port: int | None = None) -> None:
        self.database_url = database_url
        self.log_path = log_path
        self.port = port or free_port()
        self.enrollment_key = ENROLLMENT_KEY
        self._process: subprocess.Popen[bytes] | None = None
        self._log: IO[bytes] | None = None

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT"""
        return f"http://127.0.0.1:{self.port}"

    @property
    def running(self) -> bool:
        """Whether the process is alive."""
        return self._process is not None and self._process.poll() is None

    def log_text(self) -> str:
        """What the server wrote to stderr so far (its tail)."""
        try:
            return self.log_path.read_text(errors="replace")[-6000:]
        except OSError:
            return ""

    def start(self) -> None:
        """Start the process and wait until /api/v1/health answers."""
        if self.running:
            raise RuntimeError("the server is already running")
        self._log = self.log_path.open("ab")
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self._process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "counter_app.server.main",
                "--database-url",
                self.database_url,
                "--port",
                str(self.port),
                "--seed-demo",
                "--enrollment-key",
                self.enrollment_key,
                *self.extra_arguments(),
            ],
            stdin=subprocess.DEVNULL,
            stdout=self._log,
            stderr=subprocess.STDOUT,
            env=env,
        )
        try:
            self._wait_healthy()
        except BaseException:
            self.kill()
            raise

    def extra_arguments(self) -> list[str]:
        """More flags for the server (a subclass's, e.g. TLS)."""
        return []

    def health_client(self) -> httpx.Client:
        """A client of :attr:`base_url` for the start's health checks."""
        return httpx.Client(base_url=self.base_url, timeout=2.0)

    def _wait_healthy(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        with self.health_client() as client:
            while time.monotonic() < deadline:
                if not self.running:
                    raise RuntimeError(f"the server exited at start:\n{self.log_text()}")
                try:
                    if client.get("/api/v1/health").status_code == 200:
                        return
                except httpx.TransportError:
                    pass
                time.sleep(0.05)
        raise RuntimeError(f"the server did not become healthy in time:\n{self.log_text()}")

    def _end(self, how: signal.Signals) -> None:
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGCONT)  # a paused process cannot stop
            process.send_signal(how)
            try:
                process.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        if self._log is not None:
            self._log.close()
            self._log = None

    def stop(self) -> None:
        """SIGTERM: a graceful stop (SIGKILL if it hangs)."""
        self._end(signal.SIGTERM)

    def kill(self) -> None:
        """SIGKILL: the server dies mid-whatever."""
        self._end(signal.SIGKILL)

    def pause(self) -> None:
        """SIGSTOP: the server hangs (connections are accepted by the kernel, not answered)."""
        assert self._process is not None
        self._process.send_signal(signal.SIGSTOP)

    def resume(self) -> None:
        """SIGCONT after :meth:`pause`."""
        assert self._process is not None
        self._process.send_signal(signal.SIGCONT)

    def restart(self) -> None:
        """Stop (if running) and start again on the same port and database."""
        self.stop()
        self.start()

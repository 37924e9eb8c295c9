"""The embedded default: a central server inside the desk program, on 127.0.0.1.

The first desk program on a machine hosts it (SQLite in the user data folder); later ones
find it through ``server.json`` and join as further desks. A host key, made anew at every
start and readable only by this user, lets local desks enroll.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import socket
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import filelock
import httpx

if TYPE_CHECKING:
    import uvicorn

SERVER_INFO = "server.json"
SERVER_LOCK = "server.lock"


class EmbeddedServerError(RuntimeError):
    """The embedded server could not start or be found."""


@dataclass
class EmbeddedServer:
    """A server this process hosts or joins. ``stop`` is a no-op when joined."""

    url: str
    enrollment_key: str
    hosted: bool
    _server: uvicorn.Server | None = None
    _thread: threading.Thread | None = None
    _lock: filelock.BaseFileLock | None = None

    def stop(self) -> None:
        """Stop the hosted server and let another desk program host it next."""
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        if self._lock is not None:
            self._lock.release()


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _write_private(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
        handle.write(text)
    temporary.replace(path)


def _healthy(url: str) -> bool:
    try:
        return httpx.get(f"{url}/api/v1/health", timeout=2.0).status_code == 200
    except httpx.HTTPError:
        return False


def host_or_join(folder: Path, *, start_timeout: float = 30.0) -> EmbeddedServer:
    """Host the embedded server if no other desk program does; otherwise join it."""
    folder.mkdir(parents=True, exist_ok=True)
    lock = filelock.FileLock(str(folder / SERVER_LOCK))
    try:
        lock.acquire(timeout=0)
    except filelock.Timeout:
        return _join(folder, start_timeout)
    try:
        return _host(folder, lock, start_timeout)
    except BaseException:
        lock.release()
        raise


def _join(folder: Path, start_timeout: float) -> EmbeddedServer:
    deadline = time.monotonic() + start_timeout
    while time.monotonic() < deadline:
        with contextlib.suppress(OSError, ValueError, KeyError):
            info = json.loads((folder / SERVER_INFO).read_text(encoding="utf-8"))
            if _healthy(info["url"]):
                return EmbeddedServer(info["url"], info["enrollment_key"], hosted=False)
        time.sleep(0.2)
    raise EmbeddedServerError(
        f"another desk program holds {folder / SERVER_LOCK} but its server does not answer; "
        "close the other desk programs and start again"
    )


def _host(folder: Path, lock: filelock.BaseFileLock, start_timeout: float) -> EmbeddedServer:
    # The server's code (FastAPI, uvicorn, the handlers) is loaded only by the desk program
    # that hosts it: a desk of a central server never needs it, and starts faster and
    # smaller without it (bench: desk_start_s, desk_rss_mib).
    import uvicorn  # noqa: PLC0415

    from counter_app.models.database import sqlite_url  # noqa: PLC0415
    from counter_app.server.app import create_app  # noqa: PLC0415
    from counter_app.server.settings import ServerSettings  # noqa: PLC0415

    key = secrets.token_urlsafe(24)
    settings = ServerSettings(
        database_url=sqlite_url(folder / "server.sqlite").render_as_string(),
        enrollment_key=key,
        seed_demo=True,
    )
    app = create_app(settings)
    port = _free_port()
    # The standard asyncio loop, as before uvloop came in for the central server: this
    # server shares the desk program's process with Qt, where uvloop has not been tried.
    config = uvicorn.Config(
        app, host="127.0.0.1", port=port, log_level="warning", lifespan="on", loop="asyncio"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="embedded-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + start_timeout
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise EmbeddedServerError(f"the embedded server did not start on port {port}")
        time.sleep(0.02)
    url = f"http://127.0.0.1:{port}"
    _write_private(folder / SERVER_INFO, json.dumps({"url": url, "enrollment_key": key}))
    return EmbeddedServer(url, key, hosted=True, _server=server, _thread=thread, _lock=lock)

"""Fixtures shared by every test package: databases on both backends, server processes."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.postgres import create_database, drop_database
from tests.support.rig import rig  # noqa: F401  (the in-process server rig, as a fixture)
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant, seed_tenant

BACKENDS = [
    pytest.param("sqlite", id="sqlite"),
    pytest.param("postgresql", id="postgresql", marks=pytest.mark.postgres),
]


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> object:
    """Keep each phase's report on the item, so fixtures can tell a test failed."""
    report = yield
    setattr(item, f"report_{call.when}", report)
    return report


def failed(request: pytest.FixtureRequest) -> bool:
    """Whether the test that requested a fixture has failed (for teardown diagnostics)."""
    report = getattr(request.node, "report_call", None)
    return report is not None and report.failed


@contextlib.contextmanager
def temporary_database(backend: str, folder: Path) -> Iterator[str]:
    """An empty database of ``backend`` (a SQLite file in ``folder`` or a fresh PostgreSQL
    database), dropped afterwards."""
    if backend == "sqlite":
        yield f"sqlite:///{folder / 'server.sqlite'}"
        return
    url = create_database()
    try:
        yield url
    finally:
        drop_database(url)


@pytest.fixture(params=BACKENDS)
def server_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty server database, once per backend."""
    with temporary_database(request.param, tmp_path) as url:
        yield url


@pytest.fixture(scope="session", params=BACKENDS)
def shared_server(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[ServerProcess]:
    """One server process per backend for the whole run (tests enroll their own desks)."""
    folder = tmp_path_factory.mktemp(f"server-{request.param}")
    with temporary_database(request.param, folder) as url:
        process = ServerProcess(url, folder / "server.log")
        try:
            process.start()
            yield process
        finally:
            process.stop()


@pytest.fixture
def server(shared_server: ServerProcess, request: pytest.FixtureRequest) -> Iterator[ServerProcess]:
    """The shared server of this backend, running; its log is shown if the test fails."""
    if not shared_server.running:
        shared_server.start()
    yield shared_server
    if failed(request):
        sys.stderr.write(f"--- server log ({shared_server.log_path}) ---\n")
        sys.stderr.write(shared_server.log_text())


@pytest.fixture
def tenant(server: ServerProcess) -> Tenant:
    """A fresh municipality in the server's database: its own queues and change logs."""
    return seed_tenant(server.database_url)

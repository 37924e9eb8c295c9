"""A server that starts before its PostgreSQL waits for it; a database that refuses for
good stops the start at once (found by the fault harness: a server restarted while
PostgreSQL restarted exited, and stayed down)."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import make_url
from sqlalchemy.exc import OperationalError

from counter_app.server.database_wait import wait_for_database
from faults.postgres_cluster import ClusterUnavailableError, PostgresCluster, own_cluster
from tests.support.postgres import require_postgres
from tests.support.server_process import ServerProcess

pytestmark = pytest.mark.postgres


@pytest.fixture
def stopped_cluster() -> Iterator[PostgresCluster]:
    """A PostgreSQL of the test's own, made and then stopped."""
    try:
        with own_cluster() as cluster:
            cluster.stop()
            yield cluster
    except ClusterUnavailableError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must be able to make a PostgreSQL cluster: {exc}")
        pytest.skip(str(exc))


def test_a_server_started_before_postgresql_waits_for_it(
    stopped_cluster: PostgresCluster, tmp_path: Path
) -> None:
    server = ServerProcess(stopped_cluster.admin_url, tmp_path / "server.log")
    later = threading.Timer(2.0, stopped_cluster.start)
    later.start()
    try:
        server.start()  # returns once /api/v1/health answers
        assert server.running
    finally:
        later.join()
        server.stop()
    log = server.log_text()
    assert "waiting up to 60 s for the database" in log
    assert "the database answers now; starting" in log


def test_a_database_that_does_not_exist_stops_the_start_at_once() -> None:
    url = make_url(require_postgres()).set(database="counter_no_such_database")
    started = time.monotonic()
    with pytest.raises(OperationalError, match="does not exist"):
        wait_for_database(url.render_as_string(hide_password=False), timeout=30)
    assert time.monotonic() - started < 5


def test_waiting_ends_after_the_timeout(stopped_cluster: PostgresCluster) -> None:
    slept: list[float] = []
    now = [0.0]

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    with pytest.raises(OperationalError, match="refused"):
        wait_for_database(stopped_cluster.admin_url, timeout=3, clock=lambda: now[0], sleep=sleep)
    assert sum(slept) == pytest.approx(3.0)

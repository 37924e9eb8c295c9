"""A server whose PostgreSQL cannot be reached answers 503 with Retry-After, not a 500,
and takes the same push once the database is back (the fault harness found the 500s)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest
from psycopg import sql
from sqlalchemy import make_url
from websockets.exceptions import InvalidStatus
from websockets.sync.client import connect

from counter_app.protocol.messages import PushResponse
from tests.support.api import enroll, inquiry
from tests.support.postgres import admin_url, create_database, drop_database
from tests.support.server_process import ServerProcess

pytestmark = pytest.mark.postgres


def _allow_connections(url: str, allowed: bool) -> None:
    """Let nobody (or everybody again) connect to the database; cut who is connected."""
    name = make_url(url).database
    assert name is not None
    with psycopg.connect(admin_url(), autocommit=True) as connection:
        connection.execute(
            sql.SQL("ALTER DATABASE {} WITH ALLOW_CONNECTIONS {}").format(
                sql.Identifier(name), sql.Literal(allowed)
            )
        )
        if not allowed:
            connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (name,),
            )


@pytest.fixture
def database_url() -> Iterator[str]:
    url = create_database()
    try:
        yield url
    finally:
        _allow_connections(url, True)
        drop_database(url)


def test_a_push_while_the_database_is_down_gets_503_and_is_applied_once_after(
    database_url: str, tmp_path: Path
) -> None:
    server = ServerProcess(database_url, tmp_path / "server.log")
    server.start()
    try:
        with httpx.Client(base_url=server.base_url, timeout=30.0) as client:
            desk = enroll(client, server.enrollment_key)
            registration = inquiry(1)

            _allow_connections(database_url, False)
            refused = desk.push_raw([registration])
            assert refused.status_code == 503, refused.text
            assert refused.headers["retry-after"] == "2"
            assert "database cannot be reached" in refused.json()["detail"]

            _allow_connections(database_url, True)
            again = desk.push_raw([registration])
            assert again.status_code == 200, again.text
            assert PushResponse.model_validate_json(again.content).last_applied_number == 1
            repeat = PushResponse.model_validate_json(desk.push_raw([registration]).content)
            assert [r.status.value for r in repeat.results] == ["applied"]
    finally:
        server.stop()
    log = server.log_text()
    assert "database unavailable during POST /api/v1/sync/push" in log
    assert "Traceback" not in log


def test_the_live_channel_is_refused_with_503_while_the_database_is_down(
    database_url: str, tmp_path: Path
) -> None:
    server = ServerProcess(database_url, tmp_path / "server.log")
    server.start()
    try:
        with httpx.Client(base_url=server.base_url, timeout=30.0) as client:
            desk = enroll(client, server.enrollment_key)
        _allow_connections(database_url, False)
        url = server.base_url.replace("http://", "ws://") + "/api/v1/live"
        with pytest.raises(InvalidStatus) as refused:
            connect(url, additional_headers=desk.headers, open_timeout=10).close()
        assert refused.value.response.status_code == 503
    finally:
        server.stop()
    log = server.log_text()
    assert "database unavailable during WebSocket /api/v1/live" in log
    assert "Traceback" not in log

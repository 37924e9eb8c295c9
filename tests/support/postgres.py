"""Fresh PostgreSQL databases for tests: made per use, dropped afterwards.

The server to use comes from COUNTER_TEST_PG_URL. Unreachable, the tests that need it skip
with the reason, except under CI (CI=true), where they fail: CI must never go green by
silently skipping the PostgreSQL half.
"""

from __future__ import annotations

import functools
import os
import secrets

import psycopg
import pytest
from psycopg import sql
from sqlalchemy import make_url

ENV_PG_URL = "COUNTER_TEST_PG_URL"
DEFAULT_PG_URL = "postgresql://postgres@127.0.0.1:5432/postgres"


def admin_url() -> str:
    """The URL of the maintenance database tests create their databases from."""
    return os.environ.get(ENV_PG_URL) or DEFAULT_PG_URL


def _shown(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


@functools.cache
def _unreachable_reason() -> str | None:
    try:
        with psycopg.connect(admin_url(), connect_timeout=3, autocommit=True) as connection:
            connection.execute("SELECT 1")
    except psycopg.Error as exc:
        return f"{type(exc).__name__}: {exc}".strip()
    return None


def require_postgres() -> str:
    """The admin URL, or skip (fail under CI) when PostgreSQL cannot be reached."""
    reason = _unreachable_reason()
    if reason is not None:
        message = f"PostgreSQL at {_shown(admin_url())} (set {ENV_PG_URL}) is unreachable: {reason}"
        if os.environ.get("CI") == "true":
            pytest.fail(f"{message}; CI must run the PostgreSQL tests", pytrace=False)
        pytest.skip(message)
    return admin_url()


def create_database(admin: str | None = None) -> str:
    """Create an empty database ``counter_test_<hex>`` (on the PostgreSQL of the admin URL
    ``admin``, by default the tests' one); return its URL."""
    base = admin or require_postgres()
    name = f"counter_test_{secrets.token_hex(6)}"
    with psycopg.connect(base, autocommit=True) as connection:
        connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return make_url(base).set(database=name).render_as_string(hide_password=False)


def drop_database(url: str, admin: str | None = None) -> None:
    """Drop a database made by :func:`create_database`, cutting off whoever still uses it."""
    name = make_url(url).database
    assert name is not None and name.startswith("counter_test_"), name
    with psycopg.connect(admin or admin_url(), autocommit=True) as connection:
        connection.execute(
            sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
        )

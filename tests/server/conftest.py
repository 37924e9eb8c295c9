"""Fixtures of the server tests: an HTTP client on the shared server of each backend."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest

from tests.support.api import ApiDesk, enroll
from tests.support.server_process import ServerProcess
from tests.support.tenants import Tenant


@pytest.fixture
def http(server: ServerProcess) -> Iterator[httpx.Client]:
    """A plain client on the server (no token)."""
    with httpx.Client(base_url=server.base_url, timeout=30.0) as client:
        yield client


@pytest.fixture
def desk(http: httpx.Client, server: ServerProcess, tenant: Tenant) -> ApiDesk:
    """A desk enrolled in the fresh municipality's branch HB."""
    return enroll(http, server.enrollment_key, municipality=tenant.code)

"""The fault harness's seeded short run: real server processes over a PostgreSQL of its
own, four desk processes, every kind of fault at least once, and not one violation.

The long run is a command (README, "Reliability"): ``python -m faults --runs 1000``.
"""

from __future__ import annotations

import asyncio
import logging
import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from counter_app.models import AppliedMutation, Inquiry
from counter_app.models.database import make_engine
from faults.checks import DeskResult, check_run
from faults.postgres_cluster import ClusterUnavailableError, own_cluster
from faults.run import FAULT_KINDS, run_once

log = logging.getLogger(__name__)

pytestmark = pytest.mark.postgres

SEED = 20261124
SECONDS = 12.0


def _sabotage(database_url: str, desks: list[DeskResult]) -> None:
    """Apply one registered inquiry twice and lose one applied change on the server: the
    checks that passed must now fail, and say what is wrong."""
    engine = make_engine(database_url, pool_size=1)
    try:
        with Session(engine) as session, session.begin():
            original = session.scalars(select(Inquiry).limit(1)).one()
            columns = {c.key: getattr(original, c.key) for c in Inquiry.__table__.columns}
            session.add(Inquiry(**{**columns, "id": uuid.uuid4()}))
            session.execute(
                delete(AppliedMutation).where(
                    AppliedMutation.desk_id == original.desk_id, AppliedMutation.number == 1
                )
            )
    finally:
        engine.dispose()
    found = check_run(database_url, desks).violations
    log.info("after sabotage: %s", found)
    assert any("never reached the server: [1]" in v for v in found), found
    assert any("inquiries on the server" in v for v in found), found


@pytest.mark.timeout(600)
def test_a_seeded_run_with_every_fault_keeps_every_invariant(tmp_path: Path) -> None:
    try:
        cluster_context = own_cluster()
        cluster = cluster_context.__enter__()
    except ClusterUnavailableError as exc:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI must be able to make a PostgreSQL cluster: {exc}")
        pytest.skip(str(exc))
    try:
        report = asyncio.run(
            run_once(
                seed=SEED,
                folder=tmp_path,
                admin_url=cluster.admin_url,
                cluster=cluster,
                seconds=SECONDS,
                kinds=list(FAULT_KINDS),
                afterwards=_sabotage,
            )
        )
    finally:
        cluster_context.__exit__(None, None, None)
    log.info("faults %s proxy %s actions %s", report.faults, report.proxy, report.actions)
    assert report.violations == []
    assert set(report.faults) >= set(FAULT_KINDS)
    for phase in ("before", "during", "after"):
        assert report.proxy[f"server_kill_{phase}_commit"] >= 1, report.proxy
    assert report.mutations > 100
    assert report.actions["register"] > 10
    assert report.actions["inquiries on the server"] >= report.actions["register"]

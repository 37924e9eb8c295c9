"""A push that PostgreSQL aborts to break a deadlock is run again, not answered with an
error: the desk's change still goes through once."""

from __future__ import annotations

import logging
import threading
import time

import psycopg
import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.models import Ticket
from counter_app.protocol.messages import PushResponse, Status
from tests.support.api import issue
from tests.support.rig import Rig


def _waits_for_a_lock(url: str, timeout_s: float = 10.0) -> None:
    deadline = time.monotonic() + timeout_s
    with psycopg.connect(url, autocommit=True) as watcher:
        while time.monotonic() < deadline:
            row = watcher.execute(
                "SELECT count(*) FROM pg_stat_activity "
                "WHERE wait_event_type = 'Lock' AND datname = current_database()"
            ).fetchone()
            if row and row[0]:
                return
            time.sleep(0.02)
    raise AssertionError("the push never waited for the lock")


def test_a_push_aborted_by_a_deadlock_is_run_again(
    rig: Rig, caplog: pytest.LogCaptureFixture
) -> None:
    if rig.engine.dialect.name != "postgresql":
        pytest.skip("SQLite takes its write lock up front: pushes cannot deadlock")
    queue = rig.queue("K")
    assert rig.push(issue(1, queue.id)).results[0].status is Status.APPLIED
    url = rig.engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(url) as other:
        # Another transaction holds the branch's counter, which a ticket.issue takes first;
        # it detects deadlocks late, so the push is the one PostgreSQL aborts.
        other.execute("SET LOCAL deadlock_timeout = '60s'")
        other.execute(
            "UPDATE branch_state SET last_seq = last_seq WHERE branch_id = %s",
            (rig.desk.branch_id,),
        )
        answers: list[PushResponse | BaseException] = []

        def push() -> None:
            try:
                answers.append(rig.push(issue(2, queue.id)))
            except BaseException as exc:  # reported by the assertion below
                answers.append(exc)

        caplog.set_level(logging.INFO, logger="counter_app.server.push")
        pusher = threading.Thread(target=push)
        pusher.start()
        _waits_for_a_lock(url)
        # Now wait for the desk's row, which the push holds: a deadlock.
        other.execute(
            "SELECT 1 FROM desk_sync_state WHERE desk_id = %s FOR UPDATE", (rig.desk.desk_id,)
        )
        other.commit()
    pusher.join(timeout=30)
    assert len(answers) == 1 and isinstance(answers[0], PushResponse), answers
    assert [r.status for r in answers[0].results] == [Status.APPLIED]
    assert "push retried after 40P01" in caplog.text
    with Session(rig.engine) as session:
        assert session.scalar(select(func.count()).select_from(Ticket)) == 2

"""What the live benchmarks run against: a fresh database on the local PostgreSQL, a
municipality of many small branches in it, and real server processes on loopback.

A branch here is what a branch library is: one queue ("Skranken") and, enrolled by the
benchmark, ten desks and display boards. Branches come twenty to a municipality, as in a
large Danish one: a change that concerns a whole municipality (a desk enrolled, a
catalogue edit) goes into the change log of each of its branches.
"""

from __future__ import annotations

import contextlib
import logging
import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from counter_app.app.settings import DeskSettings, Mode
from counter_app.domain.org import Resource
from counter_app.models import Branch, Municipality, Queue
from counter_app.models.database import make_engine
from counter_app.server.changes import create_branch_state
from tests.support.postgres import admin_url, create_database, drop_database
from tests.support.server_process import ServerProcess

log = logging.getLogger(__name__)

BRANCH_SIZE = 10  # desks and boards per branch
BRANCHES_PER_MUNICIPALITY = 20


@dataclass(frozen=True)
class Place:
    """Where a desk enrolls: a municipality's code and a branch's."""

    municipality: str
    branch: str


def place(index: int) -> Place:
    """The ``index``-th branch (from 0): B0001 of bench001, ..., B0021 of bench002, ..."""
    return Place(
        municipality=f"bench{index // BRANCHES_PER_MUNICIPALITY + 1:03d}",
        branch=f"B{index + 1:04d}",
    )


class BenchServer(ServerProcess):
    """``counter-server`` with ``workers`` processes sharing pokes through LISTEN/NOTIFY."""

    def __init__(self, database_url: str, log_path: Path, *, workers: int) -> None:
        super().__init__(database_url, log_path)
        self.workers = workers

    def extra_arguments(self) -> list[str]:
        """The worker count."""
        return ["--workers", str(self.workers)]


@dataclass(frozen=True)
class Stack:
    """A running server over its own database."""

    database_url: str
    server: BenchServer

    @property
    def base_url(self) -> str:
        """http://127.0.0.1:PORT"""
        return self.server.base_url

    @property
    def enrollment_key(self) -> str:
        """The key desks enroll with."""
        return self.server.enrollment_key


@contextlib.contextmanager
def running_stack(folder: Path, *, branches: int, workers: int) -> Iterator[Stack]:
    """A fresh database with ``branches`` branches and a server; all gone afterwards."""
    admin = os.environ.get("COUNTER_BENCH_PG_URL") or admin_url()
    url = create_database(admin)
    server = BenchServer(url, folder / "server.log", workers=workers)
    try:
        server.start()  # migrates the database
        seed_branches(url, branches)
        yield Stack(database_url=url, server=server)
    finally:
        server.stop()
        drop_database(url, admin)


def seed_branches(database_url: str, count: int) -> None:
    """``count`` branches of one queue each, in municipalities of twenty."""
    engine = make_engine(database_url)
    try:
        with Session(engine) as session, session.begin():
            towns: dict[str, Municipality] = {}
            for index in range(count):
                where = place(index)
                town = towns.get(where.municipality)
                if town is None:
                    town = Municipality(
                        name=f"Benchmark Kommune {where.municipality}", code=where.municipality
                    )
                    session.add(town)
                    session.flush()
                    towns[where.municipality] = town
                branch = Branch(
                    id=uuid.uuid4(),
                    municipality_id=town.id,
                    name=f"Bibliotek {index + 1}",
                    code=where.branch,
                    has_citizen_service=False,
                )
                session.add(branch)
                session.flush()
                create_branch_state(session, branch)
                session.add(
                    Queue(
                        municipality_id=town.id,
                        branch_id=branch.id,
                        name="Skranken",
                        prefix="N",
                        sort_order=0,
                        resource=Resource.KVIK,
                    )
                )
    finally:
        engine.dispose()


def desk_settings(
    where: Place, folder: Path, name: str, *, server: tuple[str, str], mode: str = "desk"
) -> DeskSettings:
    """The settings of a benchmark desk, as the desk program's flags would give them;
    ``server`` is its URL and enrollment key."""
    return DeskSettings(
        data_dir=folder,
        server_url=server[0],
        enrollment_key=server[1],
        municipality=where.municipality,
        branch=where.branch,
        desk_name=name,
        language="da",
        smoke_test=False,
        screenshot=None,
        mode=Mode(mode),
    )

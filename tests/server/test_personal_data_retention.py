"""Contact data is deleted after the municipality's retention period, by the server, from
the rows, the change log and everything stored, on PostgreSQL and SQLite alike.

The story at the demo municipality, in Copenhagen time; the server deletes on Friday
10 April 2026 at noon (30 days: everything before 11 March noon goes):

  P_OLD     booked Mon 2 March by Borgerservice 1 for Thu 5 March 10:30, cancelled on the 3rd
  P_CROSS   booked Mon 2 March by the NORD library for the main library, Thu 5 March 10:00
  P_RECENT  Fri 20 March 10:00 (21 days before: kept)
  P_FUTURE  Mon 20 April 10:00 (kept)
  C_DONE    promised Wed 4 March, done Thu 5 March (gone)
  C_OVERDUE promised Wed 4 March, due Fri 6 March, never done (gone)
  C_LATE    promised Wed 4 March, due Thu 5 March, done Wed 1 April (kept: counted from done)
  C_NEW     promised Tue 7 April, due Thu 9 April (kept)
  S_IB      Ib at the NORD library's screen, Tue 10 March (first name gone)
  a booking refused on Mon 2 March: a CPR number in the name, a broken contact
"""

from __future__ import annotations

import asyncio
import json
import threading
import uuid
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from alembic import command
from alembic.script import ScriptDirectory
from fastapi.testclient import TestClient
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from counter_app.domain.org import DeskKind
from counter_app.domain.personal_data import DELETED, AuditAction
from counter_app.domain.timezone import utc_now
from counter_app.models import (
    AppliedMutation,
    Appointment,
    AuditEntry,
    BranchChange,
    BranchState,
    Callback,
    Desk,
    Municipality,
    ScreenInquiry,
)
from counter_app.models.base import Side, UTCDateTime
from counter_app.models.database import make_engine
from counter_app.models.migrate import alembic_config, upgrade
from counter_app.protocol.messages import Status
from counter_app.protocol.mutations import AppointmentMoveV1, Mutation
from counter_app.protocol.mutations import MutationType as M
from counter_app.server import app as server_app
from counter_app.server.app import create_app
from counter_app.server.changes import ChangeRecorder
from counter_app.server.context import MutationContext
from counter_app.server.feed import pull, snapshot
from counter_app.server.handlers import appointment_moves
from counter_app.server.retention import RetentionRun, retention_loop, run_retention
from counter_app.server.settings import ServerSettings
from counter_app.sync.local_db import open_desk_database
from counter_app.sync.replica import Replica
from tests.support.activity import Activity, local
from tests.support.rig import Rig
from tests.support.server_db import write_appointment
from tests.support.tenants import add_timetable, seed_tenant

DELETION = local(2026, 4, 10, 12)
RETENTION_REVISION = "7dc5e82705d2"  # the migration that added retention and the audit log


def mar(day: int, hour: int, minute: int = 0) -> Any:
    return local(2026, 3, day, hour, minute)


def book(act: Activity, desk: str, starts: Any, *, name: str, contact: str, **extra: Any) -> str:
    """Book 15 minutes at borgerservice on Monday 2 March, 11:00."""
    return act.book(
        desk, mar(2, 11), starts, 15, citizen_name=name, citizen_contact=contact, **extra
    )


def callback(
    act: Activity, at: Any, due: Any, *, name: str, contact: str, question: str = ""
) -> str:
    """KVIK 1 promises a callback (group "fees") on the phone, ending at ``at``."""
    callback_id = str(uuid.uuid4())
    spec = {
        "callback_id": callback_id,
        "group_code": "fees",
        "due_at": due,
        "citizen_name": name,
        "citizen_contact": contact,
        "question": question,
    }
    act.register(
        "KVIK 1", at - timedelta(minutes=3), at, channel="phone", outcome="callback", callback=spec
    )
    return callback_id


@dataclass
class Story:
    act: Activity
    ids: dict[str, uuid.UUID]
    gone: list[str]  # personal data that must be gone everywhere
    kept: list[str]  # personal data that must stay
    nord_seq_before: int


@pytest.fixture
def story(rig: Rig) -> Story:
    act = Activity(rig)
    ids: dict[str, str] = {}
    ids["P_OLD"] = book(
        act,
        "Borgerservice 1",
        mar(5, 10, 30),
        name="Ole Oldfield",
        contact="old@example.dk",
        topic="pas til Ole",
    )
    act.appointment("Borgerservice 1", M.APPOINTMENT_CANCEL, ids["P_OLD"], mar(3, 9))
    with Session(rig.engine) as session:
        nord_seq_before = session.get_one(BranchState, act.branch("NORD")).last_seq
    ids["P_CROSS"] = str(uuid.uuid4())
    act.push(
        "Filialskranke",
        M.APPOINTMENT_BOOK,
        {
            "appointment_id": ids["P_CROSS"],
            "resource": "citizen_service",
            "starts_at": mar(5, 10),
            "minutes": 15,
            "citizen_name": "Cai Crossley",
            "citizen_contact": "11111111",
            "booking_code": "CROSS1",
            "branch_id": act.branch("HB"),
        },
        at=mar(2, 11),
        version=2,
    )
    ids["P_RECENT"] = book(
        act,
        "Borgerservice 1",
        mar(20, 10),
        name="Rita Recent",
        contact="rita@example.dk",
        topic="kørekort til Rita",
    )
    ids["P_FUTURE"] = book(
        act, "Borgerservice 1", local(2026, 4, 20, 10), name="Frida Future", contact="22222222"
    )
    ids["C_DONE"] = callback(
        act, mar(4, 12), mar(5, 12), name="Dorte Done", contact="33333333", question="gebyr Dorte"
    )
    act.finish_callback("KVIK 1", ids["C_DONE"], mar(5, 10), mar(5, 10, 5))
    ids["C_OVERDUE"] = callback(
        act,
        mar(4, 12, 10),
        mar(6, 12),
        name="Otto Overdue",
        contact="otto@example.dk",
        question="bøde Otto",
    )
    ids["C_LATE"] = callback(
        act,
        mar(4, 12, 20),
        mar(5, 12),
        name="Rasmus Late",
        contact="44444444",
        question="lån Rasmus",
    )
    act.finish_callback("KVIK 1", ids["C_LATE"], local(2026, 4, 1, 10), local(2026, 4, 1, 10, 5))
    ids["C_NEW"] = callback(
        act,
        local(2026, 4, 7, 11),
        local(2026, 4, 9, 12),
        name="Nina Newman",
        contact="nina@example.dk",
    )
    ids["S_IB"] = str(uuid.uuid4())
    act.push(
        "Filialskranke",
        M.SCREEN_FORWARD,
        {
            "screen_inquiry_id": ids["S_IB"],
            "to_branch_id": act.branch("HB"),
            "screen_room_id": act.screen("Skærm 1"),
            "service_id": act.service("passport"),
            "first_name": "Ibrahimovic",
        },
        at=mar(10, 11),
    )
    # Refused: a CPR number where the name goes, and a contact that is none.
    refused = Mutation(
        number=1,
        id=uuid.uuid4(),
        type=M.APPOINTMENT_BOOK.value,
        version=1,
        client_time=mar(2, 11),
        payload={
            "appointment_id": str(uuid.uuid4()),
            "resource": "citizen_service",
            "starts_at": mar(9, 11).isoformat(),
            "minutes": 15,
            "citizen_name": "Karl Kvist 010190-1234",
            "citizen_contact": "karl@kvist",
            "booking_code": "KARL01",
        },
    )
    [result] = rig.push(refused, desk=rig.as_desk("KVIK 3")).results
    assert (result.status, result.reason) == (Status.REJECTED, "invalid_payload")
    return Story(
        act=act,
        ids={key: uuid.UUID(value) for key, value in ids.items()},
        gone=[
            "Ole Oldfield",
            "old@example.dk",
            "pas til Ole",
            "Cai Crossley",
            "+45 11 11 11 11",
            "Dorte Done",
            "+45 33 33 33 33",
            "gebyr Dorte",
            "Otto Overdue",
            "otto@example.dk",
            "bøde Otto",
            "Ibrahimovic",
            "Karl Kvist",
            "010190",
            "karl@kvist",
        ],
        kept=[
            "Rita Recent",
            "rita@example.dk",
            "kørekort til Rita",
            "Frida Future",
            "+45 22 22 22 22",
            "Rasmus Late",
            "+45 44 44 44 44",
            "lån Rasmus",
            "Nina Newman",
            "nina@example.dk",
        ],
        nord_seq_before=nord_seq_before,
    )


def stored_text(rig: Rig) -> dict[str, str]:
    """Everything the server keeps that could hold a copy: every column of the rows, the
    change log's JSON, the stored answers to mutations, as text per table."""
    with Session(rig.engine) as session:
        return {
            model.__tablename__: json.dumps(
                [
                    {c.key: str(getattr(row, c.key)) for c in model.__table__.columns}
                    for row in session.scalars(select(model))
                ],
                ensure_ascii=False,
            )
            for model in (Appointment, Callback, ScreenInquiry, BranchChange, AppliedMutation)
        }


def test_retention_deletes_old_contact_data_from_rows_change_log_and_stored_answers(
    rig: Rig, story: Story, tmp_path: Path
) -> None:
    ids = story.ids
    # A caseworker's desk holds its branch (snapshot) before the deletion.
    caseworker = rig.as_desk("Borgerservice 1")
    desk_db = open_desk_database(tmp_path / "desk.sqlite")
    replica = Replica(engine=desk_db, clock=lambda: DELETION)
    before = snapshot(rig.engine, caseworker)
    replica.apply_snapshot(caseworker.branch_id, before)
    with Session(desk_db) as session:
        assert session.get_one(Appointment, ids["P_OLD"]).citizen_name == "Ole Oldfield"
    text = stored_text(rig)
    assert "Ole Oldfield" in text["branch_change"] and "Cai Crossley" in text["branch_change"]

    run = run_retention(rig.engine, now=DELETION)

    assert dict(run.deleted["demo"]) == {"appointment": 2, "callback": 2, "screen_inquiry": 1}
    with Session(rig.engine) as session:
        for key in ("P_OLD", "P_CROSS"):
            row = session.get_one(Appointment, ids[key])
            assert (row.citizen_name, row.citizen_contact, row.topic) == (DELETED, DELETED, "")
        assert session.get_one(Appointment, ids["P_OLD"]).state.value == "cancelled"
        for key in ("C_DONE", "C_OVERDUE"):
            done = session.get_one(Callback, ids[key])
            assert (done.citizen_name, done.citizen_contact, done.question) == (
                DELETED,
                DELETED,
                "",
            )
        assert session.get_one(Callback, ids["C_OVERDUE"]).state.value == "open"
        assert session.get_one(ScreenInquiry, ids["S_IB"]).first_name == ""
        recent = session.get_one(Appointment, ids["P_RECENT"])
        assert (recent.citizen_name, recent.citizen_contact, recent.topic) == (
            "Rita Recent",
            "rita@example.dk",
            "kørekort til Rita",
        )
        assert session.get_one(Appointment, ids["P_FUTURE"]).citizen_name == "Frida Future"
        assert session.get_one(Callback, ids["C_LATE"]).citizen_name == "Rasmus Late"
        assert session.get_one(Callback, ids["C_NEW"]).citizen_contact == "nina@example.dk"
    # Nothing the server stores holds the deleted data any more; what is kept is still there.
    text = stored_text(rig)
    for table, content in text.items():
        for value in story.gone:
            assert value not in content, (table, value)
    for value in story.kept:
        assert value in text["branch_change"], value
    # The caseworker's desk pulls the blanked rows.
    page = pull(rig.engine, caseworker, after=before.seq, epoch=before.epoch, limit=1000)
    assert {(c.table, c.row["id"]) for c in page.changes} == {
        ("appointment", str(ids["P_OLD"])),
        ("appointment", str(ids["P_CROSS"])),
        ("callback", str(ids["C_DONE"])),
        ("callback", str(ids["C_OVERDUE"])),
        ("screen_inquiry", str(ids["S_IB"])),
    }
    replica.apply_changes(caseworker.branch_id, page.epoch, page.changes)
    with Session(desk_db) as session:
        old = session.get_one(Appointment, ids["P_OLD"])
        assert (old.citizen_name, old.citizen_contact, old.topic) == (DELETED, DELETED, "")
        assert session.get_one(Callback, ids["C_DONE"]).citizen_contact == DELETED
        assert session.get_one(Appointment, ids["P_RECENT"]).citizen_name == "Rita Recent"
    desk_db.dispose()
    # The library that booked at the main library pulls the blanked booking too, and no
    # version of it in its log holds the name any more.
    library = rig.as_desk("Filialskranke")
    page = pull(rig.engine, library, after=story.nord_seq_before, epoch=None, limit=1000)
    if page.snapshot_required:  # epoch unknown here: read it, then pull again
        page = pull(rig.engine, library, after=story.nord_seq_before, epoch=page.epoch, limit=1000)
    versions = [c.row for c in page.changes if c.row.get("id") == str(ids["P_CROSS"])]
    assert len(versions) == 2  # booked, then blanked
    assert all(v["citizen_name"] == DELETED for v in versions)
    # Each deletion is audited, by the server's retention, with no personal data.
    with Session(rig.engine) as session:
        deletions = session.scalars(
            select(AuditEntry).where(AuditEntry.action == AuditAction.DELETE)
        ).all()
    assert sorted((d.subject_kind, d.subject_id) for d in deletions) == sorted(
        [
            ("appointment", ids["P_OLD"]),
            ("appointment", ids["P_CROSS"]),
            ("callback", ids["C_DONE"]),
            ("callback", ids["C_OVERDUE"]),
            ("screen_inquiry", ids["S_IB"]),
        ]
    )
    assert {(d.actor, d.detail, d.desk_id) for d in deletions} == {
        ("server retention", "retention period of 30 days over", None)
    }


def test_retention_is_idempotent(rig: Rig, story: Story) -> None:
    first = run_retention(rig.engine, now=DELETION)
    assert first.total == 5
    with Session(rig.engine) as session:
        seqs = dict(session.execute(select(BranchState.branch_id, BranchState.last_seq)).all())
        audits = len(session.scalars(select(AuditEntry.id)).all())
    again = run_retention(rig.engine, now=DELETION + timedelta(hours=1))
    assert again.total == 0
    with Session(rig.engine) as session:
        assert (
            dict(session.execute(select(BranchState.branch_id, BranchState.last_seq)).all()) == seqs
        )
        assert len(session.scalars(select(AuditEntry.id)).all()) == audits


def test_desk_mutations_are_audited_with_desk_and_staff(rig: Rig, story: Story) -> None:
    ids = story.ids
    with Session(rig.engine) as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.at)).all()
    by_subject: dict[uuid.UUID, list[tuple[str, str, uuid.UUID | None]]] = {}
    for row in rows:
        assert row.subject_id is not None
        by_subject.setdefault(row.subject_id, []).append(
            (row.action.value, row.detail, row.desk_id)
        )
    caseworker = rig.as_desk("Borgerservice 1").desk_id
    kvik = rig.as_desk("KVIK 1").desk_id
    assert by_subject[ids["P_OLD"]] == [
        ("create", "booked", caseworker),
        ("change", "cancelled", caseworker),
    ]
    assert by_subject[ids["P_CROSS"]] == [
        ("create", "booked", rig.as_desk("Filialskranke").desk_id)
    ]
    assert by_subject[ids["C_DONE"]] == [
        ("create", "promised", kvik),
        ("change", "called back", kvik),
    ]
    assert by_subject[ids["C_NEW"]] == [("create", "promised", kvik)]
    assert {row.actor for row in rows} == {"desk"}
    text = json.dumps([[r.actor, r.detail, r.subject_kind] for r in rows], ensure_ascii=False)
    assert not any(value in text for value in story.gone + story.kept)


def test_a_row_another_process_holds_is_left_for_the_next_run(rig: Rig, story: Story) -> None:
    if rig.engine.dialect.name != "postgresql":
        pytest.skip("SQLite runs one writer at a time: there is no row lock to skip")
    with Session(rig.engine) as holder, holder.begin():
        holder.scalars(
            select(Appointment).where(Appointment.id == story.ids["P_OLD"]).with_for_update()
        ).one()
        first = run_retention(rig.engine, now=DELETION)  # does not wait for the lock
        assert first.deleted["demo"]["appointment"] == 1
    second = run_retention(rig.engine, now=DELETION)
    assert (second.deleted["demo"]["appointment"], second.total) == (1, 1)
    with Session(rig.engine) as session:
        assert session.get_one(Appointment, story.ids["P_OLD"]).citizen_name == DELETED
        deleted = session.scalars(
            select(AuditEntry.subject_id).where(AuditEntry.action == AuditAction.DELETE)
        ).all()
    assert len(deleted) == len(set(deleted)) == 5  # each row deleted (and audited) once


def test_the_staff_member_a_mutation_names_is_audited(rig: Rig, story: Story) -> None:
    desk = rig.as_desk("Borgerservice 1")
    manager = story.act.staff("FN")
    when = mar(3, 10)
    with Session(rig.engine) as session, session.begin():
        recorder = ChangeRecorder(session, desk.municipality_id, "test")
        context = MutationContext(
            desk=desk, staff_id=manager, client_time=when, now=when, changes=recorder
        )
        appointment_moves.cancel(
            session, context, AppointmentMoveV1(appointment_id=story.ids["P_FUTURE"])
        )
        recorder.flush(when)
    with Session(rig.engine) as session:
        row = session.scalars(
            select(AuditEntry).where(
                AuditEntry.subject_id == story.ids["P_FUTURE"],
                AuditEntry.action == AuditAction.CHANGE,
            )
        ).one()
    assert (row.desk_id, row.staff_id, row.detail, row.at) == (
        desk.desk_id,
        manager,
        "cancelled",
        when,
    )


def test_each_municipality_keeps_contact_data_as_long_as_it_chose(rig: Rig) -> None:
    url = rig.engine.url.render_as_string(hide_password=False)
    other = seed_tenant(url)
    add_timetable(url, other)
    with Session(rig.engine) as session, session.begin():
        session.add(
            Desk(
                id=uuid.uuid4(),
                municipality_id=other.municipality_id,
                branch_id=other.branch_ids["HB"],
                name="KVIK B",
                kind=DeskKind.KVIK,
            )
        )
        session.execute(
            update(Municipality)
            .where(Municipality.id == other.municipality_id)
            .values(contact_retention_days=7)
        )
    act = Activity(rig)
    demo_31 = book(act, "Borgerservice 1", mar(31, 10), name="Anna A", contact="55555555")
    other_31 = book(act, "KVIK B", mar(31, 10), name="Bent B", contact="66666666")
    other_7 = book(act, "KVIK B", local(2026, 4, 7, 10), name="Berit B", contact="77777777")

    run: RetentionRun = run_retention(rig.engine, now=DELETION)  # 10 days after the 31st

    assert run.deleted["demo"]["appointment"] == 0
    assert run.deleted[other.code]["appointment"] == 1
    with Session(rig.engine) as session:
        names = {
            key: session.get_one(Appointment, uuid.UUID(value)).citizen_name
            for key, value in (("demo_31", demo_31), ("other_31", other_31), ("other_7", other_7))
        }
        detail = session.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == AuditAction.DELETE)
        ).one()
    assert names == {"demo_31": "Anna A", "other_31": DELETED, "other_7": "Berit B"}
    assert detail == "retention period of 7 days over"
    # Only the named municipality, when asked.
    later = run_retention(rig.engine, now=local(2026, 5, 1, 12), municipality_codes=["demo"])
    assert set(later.deleted) == {"demo"}
    assert later.deleted["demo"]["appointment"] == 1


def test_the_retention_loop_runs_hourly_and_survives_a_failure() -> None:
    calls: list[int] = []
    waits: list[float] = []

    def run() -> None:
        calls.append(len(calls))
        if len(calls) == 1:
            raise RuntimeError("the database is away")

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        if len(waits) == 4:
            raise asyncio.CancelledError

    with pytest.raises(asyncio.CancelledError):
        asyncio.run(retention_loop(run, sleep=sleep))
    assert waits == [60.0, 3600.0, 3600.0, 3600.0]
    assert len(calls) == 3  # the failed first run did not stop the next ones


def test_a_server_process_deletes_by_itself(
    server_db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    ran = threading.Event()

    async def at_once(run: Any, **_: Any) -> None:  # the hourly loop, without the hour
        await asyncio.to_thread(run)
        ran.set()
        await asyncio.Event().wait()

    monkeypatch.setattr(server_app, "retention_loop", at_once)
    app = create_app(ServerSettings(database_url=server_db_url, seed_demo=True))
    engine = make_engine(server_db_url)
    try:
        with Session(engine) as session:
            desk = session.scalars(select(Desk).where(Desk.name == "Borgerservice 1")).one()
        written = {
            name: write_appointment(
                server_db_url,
                municipality_id=desk.municipality_id,
                branch_id=desk.branch_id,
                starts_at=utc_now() - timedelta(days=days),
                booking_code=code,
                name=name,
            )
            for name, days, code in (("Gammel Gert", 31, "OLD001"), ("Ny Nanna", 29, "NEW001"))
        }
        with TestClient(app):
            assert ran.wait(30)
        with Session(engine) as session:
            assert session.get_one(Appointment, written["Gammel Gert"]).citizen_name == DELETED
            assert session.get_one(Appointment, written["Ny Nanna"]).citizen_name == "Ny Nanna"
    finally:
        engine.dispose()


def test_the_migration_forgets_refusals_that_quoted_their_input(server_db_url: str) -> None:
    engine = make_engine(server_db_url)
    try:
        config = alembic_config(Side.SERVER)
        before = ScriptDirectory.from_config(config).get_revision(RETENTION_REVISION).down_revision
        assert isinstance(before, str)
        with engine.connect() as connection:
            if connection.dialect.name == "sqlite":  # as migrate.upgrade does, for batch mode
                connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            command.upgrade(alembic_config(Side.SERVER, connection), before)
            connection.commit()
        town, branch, desk = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
        stored = sa.table(
            "applied_mutation",
            *(sa.column(name, sa.Uuid()) for name in ("desk_id", "municipality_id", "mutation_id")),
            *(sa.column(name) for name in ("number", "type", "status", "reason", "detail")),
            sa.column("result", sa.JSON()),
            *(sa.column(name, UTCDateTime()) for name in ("client_time", "applied_at")),
        )
        quoted = "citizen_name: Value error [input_value='Karl 010190-1234']"
        with engine.begin() as connection:
            connection.execute(
                sa.table(
                    "municipality",
                    *(sa.column(c) for c in ("name", "code")),
                    sa.column("id", sa.Uuid()),
                ).insert(),
                {"id": town, "name": "K", "code": "k"},
            )
            connection.execute(
                sa.table(
                    "branch",
                    *(sa.column(c, sa.Uuid()) for c in ("id", "municipality_id")),
                    *(sa.column(c) for c in ("name", "code", "has_citizen_service")),
                ).insert(),
                {
                    "id": branch,
                    "municipality_id": town,
                    "name": "HB",
                    "code": "HB",
                    "has_citizen_service": True,
                },
            )
            connection.execute(
                sa.table(
                    "desk",
                    *(sa.column(c, sa.Uuid()) for c in ("id", "municipality_id", "branch_id")),
                    *(sa.column(c) for c in ("name", "kind", "mobile", "offline_code")),
                ).insert(),
                {
                    "id": desk,
                    "municipality_id": town,
                    "branch_id": branch,
                    "name": "KVIK 1",
                    "kind": "kvik",
                    "mobile": False,
                    "offline_code": "A",
                },
            )
            for number, reason, detail in (
                (1, "invalid_payload", quoted),
                (2, "slot_taken", "nearest free: none"),
            ):
                connection.execute(
                    stored.insert(),
                    {
                        "desk_id": desk,
                        "municipality_id": town,
                        "mutation_id": uuid.uuid4(),
                        "number": number,
                        "type": "appointment.book",
                        "status": "rejected",
                        "reason": reason,
                        "detail": detail,
                        "result": {},
                        "client_time": DELETION,
                        "applied_at": DELETION,
                    },
                )

        upgrade(engine, Side.SERVER)

        with Session(engine) as session:
            details = dict(
                session.execute(select(AppliedMutation.number, AppliedMutation.detail)).all()
            )
            assert session.get_one(Municipality, town).contact_retention_days == 30
    finally:
        engine.dispose()
    assert details[2] == "nearest free: none"
    assert "010190" not in (details[1] or "") and "Karl" not in (details[1] or "")
    assert details[1] == "invalid request (the details were deleted: they quoted the input)"

"""counter-admin on a citizen's data: export it, delete it, the retention setting and the
audit log, on PostgreSQL and SQLite; bad input is refused with a sentence and exit code 2.

Three citizens at the demo municipality, booked and promised through the real mutations:
Sofie (phone 12 34 56 78: two appointments and a callback), Ole (Ole@Example.dk, one
appointment) and Ida (another phone, one callback).
"""

from __future__ import annotations

import json
import uuid
from argparse import Namespace
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from counter_app.domain.personal_data import DELETED, AuditAction
from counter_app.models import Appointment, AuditEntry, BranchChange, Callback, Municipality
from counter_app.models.database import make_engine
from counter_app.server.admin.citizens import delete_data
from counter_app.server.admin.main import main
from counter_app.server.admin.retention import run_now
from tests.support.activity import Activity, local
from tests.support.rig import Rig

SOFIE = "+45 12 34 56 78"


@dataclass
class Citizens:
    act: Activity
    url: str
    sofie: set[uuid.UUID]
    ole: uuid.UUID
    ida: uuid.UUID
    upcoming: uuid.UUID


@pytest.fixture
def citizens(rig: Rig) -> Citizens:
    act = Activity(rig)
    at = local(2026, 3, 2, 11)

    def book(starts: Any, name: str, contact: str, **extra: Any) -> uuid.UUID:
        return uuid.UUID(
            act.book(
                "Borgerservice 1",
                at,
                starts,
                15,
                citizen_name=name,
                citizen_contact=contact,
                **extra,
            )
        )

    def promise(name: str, contact: str) -> uuid.UUID:
        callback_id = str(uuid.uuid4())
        spec = {
            "callback_id": callback_id,
            "group_code": "fees",
            "due_at": at + timedelta(days=2),
            "citizen_name": name,
            "citizen_contact": contact,
            "question": f"gebyr for {name}",
        }
        act.register("KVIK 1", at, at + timedelta(minutes=2), outcome="callback", callback=spec)
        return uuid.UUID(callback_id)

    first = book(local(2026, 3, 5, 10), "Sofie Holm", "12345678", topic="pas")
    upcoming = book(local(2026, 4, 20, 10), "Sofie Holm", "+4512345678")
    sofie_callback = promise("Sofie Holm", "12 34 56 78")
    ole = book(local(2026, 3, 5, 10, 30), "Ole Olsen", "Ole@Example.dk")
    ida = promise("Ida Berg", "87654321")
    return Citizens(
        act=act,
        url=rig.engine.url.render_as_string(hide_password=False),
        sofie={first, upcoming, sofie_callback},
        ole=ole,
        ida=ida,
        upcoming=upcoming,
    )


def admin(url: str, *args: str) -> int:
    return main(["--database-url", url, *args])


def audit_rows(rig: Rig, action: AuditAction) -> list[AuditEntry]:
    with Session(rig.engine) as session:
        return list(session.scalars(select(AuditEntry).where(AuditEntry.action == action)))


def test_export_finds_exactly_the_citizens_rows_and_audits_it(
    rig: Rig, citizens: Citizens, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        admin(
            citizens.url, "citizen", "export", "--municipality", "demo", "--contact", "12 34 56 78"
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert data["municipality"] == "demo"
    assert data["contact"] == SOFIE
    found = {uuid.UUID(row["id"]) for row in data["appointments"] + data["callbacks"]}
    assert found == citizens.sofie
    first, later = data["appointments"]
    assert first == {
        "id": first["id"],
        "what": "appointment",
        "where": "Hovedbiblioteket",
        "with": "citizen_service",
        "service": None,
        "starts_at": "2026-03-05T10:00:00+01:00",
        "minutes": 15,
        "state": "booked",
        "name": "Sofie Holm",
        "contact": SOFIE,
        "topic": "pas",
        "booking_code": first["booking_code"],
        "booked_at": "2026-03-02T11:00:00+01:00",
        "checked_in_at": None,
    }
    assert later["starts_at"] == "2026-04-20T10:00:00+02:00"  # summer time
    [promised] = data["callbacks"]
    assert (promised["what"], promised["state"], promised["question"]) == (
        "callback",
        "open",
        "gebyr for Sofie Holm",
    )
    exports = audit_rows(rig, AuditAction.EXPORT)
    assert {row.subject_id for row in exports} == citizens.sofie
    assert all(row.actor.startswith("counter-admin") for row in exports)
    assert all("Sofie" not in row.detail and "12" not in row.detail for row in exports)


def test_export_by_email_ignores_its_case_and_a_search_that_finds_nothing_is_audited(
    rig: Rig, citizens: Citizens, capsys: pytest.CaptureFixture[str]
) -> None:
    assert (
        admin(
            citizens.url,
            "citizen",
            "export",
            "--municipality",
            "demo",
            "--contact",
            "ole@example.DK",
        )
        == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert [uuid.UUID(row["id"]) for row in data["appointments"]] == [citizens.ole]
    assert data["callbacks"] == []
    assert (
        admin(citizens.url, "citizen", "export", "--municipality", "demo", "--contact", "99999999")
        == 0
    )
    nothing = json.loads(capsys.readouterr().out)
    assert (nothing["appointments"], nothing["callbacks"]) == ([], [])
    kinds = [(row.subject_kind, row.subject_id) for row in audit_rows(rig, AuditAction.EXPORT)]
    assert sorted(kinds, key=str) == sorted(
        [("appointment", citizens.ole), ("citizen", None)], key=str
    )


def test_delete_blanks_the_citizen_everywhere_and_leaves_the_others(
    rig: Rig, citizens: Citizens, capsys: pytest.CaptureFixture[str]
) -> None:
    engine = make_engine(citizens.url)
    try:  # the command as main runs it, on Tuesday 10 March (one appointment is to come)
        asked = Namespace(municipality="demo", contact="12345678")
        assert delete_data(engine, asked, now=local(2026, 3, 10, 12)) == 0
    finally:
        engine.dispose()
    said = capsys.readouterr().out
    assert "deleted the name, contact and text of 2 appointments and 1 callback in demo" in said
    assert "still booked: 2026-04-20 10:00. It stays booked" in said
    with Session(rig.engine) as session:
        for row_id in citizens.sofie:
            row = session.get(Appointment, row_id) or session.get_one(Callback, row_id)
            assert (row.citizen_name, row.citizen_contact) == (DELETED, DELETED)
        assert session.get_one(Appointment, citizens.upcoming).state.value == "booked"
        assert session.get_one(Appointment, citizens.ole).citizen_name == "Ole Olsen"
        assert session.get_one(Callback, citizens.ida).citizen_name == "Ida Berg"
        logged = json.dumps(
            [change.row for change in session.scalars(select(BranchChange))], ensure_ascii=False
        )
        # The desks are sent the blanked rows: one new change each, at the deletion.
        sent = session.scalars(
            select(BranchChange).where(BranchChange.changed_at == local(2026, 3, 10, 12))
        ).all()
    assert sorted(change.row_id for change in sent) == sorted(citizens.sofie)
    assert {change.row["citizen_contact"] for change in sent} == {DELETED}
    assert "Sofie" not in logged and SOFIE not in logged
    assert "Ole Olsen" in logged and "Ida Berg" in logged
    deletions = audit_rows(rig, AuditAction.DELETE)
    assert {row.subject_id for row in deletions} == citizens.sofie
    assert {row.detail for row in deletions} == {"deleted at the citizen's request"}
    # Nothing is found with that contact any more.
    assert (
        admin(citizens.url, "citizen", "export", "--municipality", "demo", "--contact", SOFIE) == 0
    )
    again = json.loads(capsys.readouterr().out)
    assert (again["appointments"], again["callbacks"]) == ([], [])
    assert (
        admin(citizens.url, "citizen", "delete", "--municipality", "demo", "--contact", SOFIE) == 0
    )
    assert "nothing is stored with" in capsys.readouterr().out


def test_retention_show_set_and_run(
    rig: Rig, citizens: Citizens, capsys: pytest.CaptureFixture[str]
) -> None:
    assert admin(citizens.url, "retention", "show", "--municipality", "demo") == 0
    assert "for 30 days" in capsys.readouterr().out
    assert admin(citizens.url, "retention", "set", "--municipality", "demo", "--days", "7") == 0
    assert "7 days (was 30)" in capsys.readouterr().out
    with Session(rig.engine) as session:
        town = session.scalars(select(Municipality).where(Municipality.code == "demo")).one()
        assert town.contact_retention_days == 7
        # Every branch's desks get the new value through their change log.
        logged = session.scalars(
            select(BranchChange).where(BranchChange.table_name == "municipality")
        ).all()
    assert logged and {change.row["contact_retention_days"] for change in logged} == {7}
    engine = make_engine(citizens.url)
    try:  # the command as main runs it, on 1 April: 7 days back is 25 March
        assert run_now(engine, Namespace(municipality="demo"), now=local(2026, 4, 1, 12)) == 0
    finally:
        engine.dispose()
    assert capsys.readouterr().out == (
        "demo: deleted the personal data of 2 appointments, 2 callbacks, 0 screen inquiries\n"
    )
    with Session(rig.engine) as session:
        assert session.get_one(Appointment, citizens.ole).citizen_name == DELETED
        assert session.get_one(Callback, citizens.ida).citizen_name == DELETED
        assert session.get_one(Appointment, citizens.upcoming).citizen_name == "Sofie Holm"
    assert admin(citizens.url, "retention", "run") == 0  # today: all municipalities
    assert capsys.readouterr().out.startswith("demo: deleted the personal data of ")


def test_audit_list_names_the_desk_and_reads_from_a_day_on(
    rig: Rig, citizens: Citizens, capsys: pytest.CaptureFixture[str]
) -> None:
    assert admin(citizens.url, "audit", "list", "--municipality", "demo") == 0
    header, *lines = capsys.readouterr().out.splitlines()
    assert header.split("\t") == [
        "at",
        "actor",
        "desk",
        "staff",
        "action",
        "subject",
        "subject_id",
        "detail",
    ]
    rows = [line.split("\t") for line in lines]
    assert len(rows) == 5  # 3 booked, 2 promised
    assert rows[0][:2] == ["2026-03-02T11:00:00+01:00", "desk"]
    assert {(row[2], row[4], row[5], row[7]) for row in rows} == {
        ("Borgerservice 1", "create", "appointment", "booked"),
        ("KVIK 1", "create", "callback", "promised"),
    }
    assert (
        admin(citizens.url, "audit", "list", "--municipality", "demo", "--since", "2026-03-03") == 0
    )
    assert capsys.readouterr().out.splitlines()[1:] == []


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["citizen", "export", "--municipality", "nowhere", "--contact", SOFIE],
            "no municipality has the code 'nowhere' (known: demo)",
        ),
        (
            ["citizen", "export", "--municipality", "demo", "--contact", "1234"],
            "--contact: give a Danish phone number (8 digits) or an e-mail address",
        ),
        (
            ["citizen", "delete", "--municipality", "demo", "--contact", "010190-1234"],
            "--contact: this looks like a CPR number",
        ),
        (
            ["retention", "set", "--municipality", "demo", "--days", "0"],
            "--days: the retention period must be between 1 and 3650 days, not 0",
        ),
        (
            ["retention", "set", "--municipality", "demo", "--days", "3651"],
            "between 1 and 3650 days, not 3651",
        ),
        (
            ["retention", "run", "--municipality", "nowhere"],
            "no municipality has the code 'nowhere'",
        ),
        (
            ["audit", "list", "--municipality", "demo", "--since", "1 March"],
            "--since must be a day like 2026-03-01, not '1 March'",
        ),
    ],
)
def test_bad_input_is_refused_with_a_sentence_and_exit_code_2(
    rig: Rig, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    url = rig.engine.url.render_as_string(hide_password=False)
    assert admin(url, *args) == 2
    said = capsys.readouterr()
    assert said.err.startswith("counter-admin: ") and message in said.err
    assert said.out == ""
    with Session(rig.engine) as session:  # nothing written, not even an audit row
        assert session.scalars(select(AuditEntry)).all() == []
        assert {town.contact_retention_days for town in session.scalars(select(Municipality))} == {
            30
        }


def test_a_days_value_that_is_no_number_is_refused_by_the_parser(
    rig: Rig, capsys: pytest.CaptureFixture[str]
) -> None:
    url = rig.engine.url.render_as_string(hide_password=False)
    with pytest.raises(SystemExit) as exit_:
        admin(url, "retention", "set", "--municipality", "demo", "--days", "a month")
    assert exit_.value.code == 2
    assert "invalid int value: 'a month'" in capsys.readouterr().err

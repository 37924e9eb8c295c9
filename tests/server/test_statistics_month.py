"""A known month at the demo municipality (March 2026, across the start of summer time),
pushed through the real mutations, and every figure of the overview checked exactly, on
PostgreSQL and SQLite alike.

The story, in Copenhagen time (CET until Sunday 29 March 02:00, CEST after):

Tickets at the main library (K = KVIK, B = borgerservice arrivals, L = librarian)
  T1  Mon 2   K  drawn 10:00, called 10:04 (KVIK 1), started 10:05, done 10:09
  T2  Mon 2   K  drawn 10:01, called 10:06 (KVIK 2), started 10:06, sent to L 10:08;
                 called by the librarian 10:20, started 10:21, done 10:31
  T3  Mon 2   K  drawn 10:02, left before being called (marked gone 10:07)
  T4  Mon 2   K  drawn 10:03, called 10:10, did not come (10:12)
  T5  Mon 30  K  drawn 10:00 (summer time), called 10:10, parked 10:12, resumed 10:20,
                 done 10:25 (never marked started: served from each call)
  TA  Thu 5   B  checked in 09:50 for P1 (10:00), called 10:02, done 10:20

Appointments at borgerservice (booked Mon 2 March)
  P1 Thu 5 10:00 30 min, booked by KVIK while serving T1 → done; P2 Thu 5 10:30 15 min → no-show;
  P3 Mon 9 11:00 15 min → cancelled; P4 Wed 1 April → outside; P5 Tue 31 10:00 15 min →
  still booked.

Screen inquiries, Tue 10 March: S1 Nord 11:00, accepted 11:04, call 11:05-11:15;
  S2 Nord 11:30, cancelled by the library 11:40; S3 book bus 12:00, accepted 12:10, done
  12:20.

Inquiries: see ``march`` below; R7 is registered on the book bus on Friday 27 March and
reaches the server on 6 April; R8 (1 April 00:30) is outside; R9 (1 March 00:30) inside.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from counter_app.domain.org import DeskKind
from counter_app.models import (
    InquiryFact,
    InquiryMonth,
    InquiryServiceFact,
    StatisticsMonth,
    VisitFact,
    VisitService,
)
from counter_app.protocol.mutations import MutationType as M
from counter_app.protocol.statistics import (
    Durations,
    InquiryFigures,
    StatisticsQuery,
    StatisticsReport,
    Tally,
)
from counter_app.server.statistics.facts import rebuild_facts
from counter_app.server.statistics.inquiries import inquiry_sections
from counter_app.server.statistics.report import build_report
from counter_app.server.statistics.scope import ScopeRefused, scope_for
from tests.support.activity import Activity, local
from tests.support.rig import Rig

REPORTED_AT = local(2026, 4, 6, 12)
MARCH = (date(2026, 3, 1), date(2026, 3, 31))


def mar(day: int, hour: int, minute: int = 0) -> datetime:
    return local(2026, 3, day, hour, minute)


@pytest.fixture
def march(rig: Rig) -> Activity:
    act = Activity(rig)
    # -- Monday 2 March at KVIK -----------------------------------------------------
    t1 = act.issue("Kiosk 1", "K", mar(2, 10, 0))
    t2 = act.issue("Kiosk 1", "K", mar(2, 10, 1))
    t3 = act.issue("Kiosk 1", "K", mar(2, 10, 2))
    t4 = act.issue("Kiosk 1", "K", mar(2, 10, 3))
    assert act.call_next("KVIK 1", "K", mar(2, 10, 4)) == t1
    act.move("KVIK 1", M.TICKET_START, t1, mar(2, 10, 5))
    assert act.call_next("KVIK 2", "K", mar(2, 10, 6)) == t2
    act.move("KVIK 2", M.TICKET_START, t2, mar(2, 10, 6))
    act.move("KVIK 3", M.TICKET_NO_SHOW, t3, mar(2, 10, 7))
    act.transfer("KVIK 2", t2, "L", mar(2, 10, 8))
    act.register(  # R2
        "KVIK 2",
        mar(2, 10, 6),
        mar(2, 10, 8),
        "borrower",
        outcome="forwarded",
        ticket_id=t2,
        limit_seconds=300,
    )
    p1 = act.book("KVIK 1", mar(2, 10, 8), mar(5, 10), 30, ticket_id=t1)
    act.move("KVIK 1", M.TICKET_FINISH, t1, mar(2, 10, 9))
    act.register(  # R1
        "KVIK 1", mar(2, 10, 5), mar(2, 10, 9), "mitid_help", ticket_id=t1, limit_seconds=300
    )
    assert act.call_next("KVIK 1", "K", mar(2, 10, 10)) == t4
    act.move("KVIK 1", M.TICKET_NO_SHOW, t4, mar(2, 10, 12))
    assert act.call_next("Bibliotekar", "L", mar(2, 10, 20)) == t2
    act.move("Bibliotekar", M.TICKET_START, t2, mar(2, 10, 21))
    act.move("Bibliotekar", M.TICKET_FINISH, t2, mar(2, 10, 31))
    act.register("Bibliotekar", mar(2, 10, 21), mar(2, 10, 31), "loans", ticket_id=t2)  # R3
    p2 = act.book("Borgerservice 1", mar(2, 11), mar(5, 10, 30), 15)
    p3 = act.book("Borgerservice 1", mar(2, 11), mar(9, 11), 15)
    act.book("Borgerservice 1", mar(2, 11), local(2026, 4, 1, 14), 15)  # P4
    act.book("Borgerservice 1", mar(2, 11), mar(31, 10), 15)  # P5
    # -- Tuesday 3: over the five minutes, with and without a reason ----------------------
    act.register(  # R5
        "KVIK 2",
        mar(3, 11, 0),
        mar(3, 11, 6),
        "gp_change",
        "health_card",
        channel="phone",
        limit_seconds=300,
        over_limit_reason="almost_done",
    )
    act.register("KVIK 2", mar(3, 11, 10), mar(3, 11, 16), "payment", limit_seconds=300)  # R6
    # -- Wednesday 4: two callbacks promised (R11, R12) ----------------------------------
    c11 = act.callback("KVIK 1", mar(4, 12, 0), mar(4, 12, 3), "fees", due=mar(5, 12))
    act.callback("KVIK 1", mar(4, 12, 10), mar(4, 12, 12), "fees", due=mar(5, 12))
    # -- Thursday 5: P1 comes early, P2 does not; the first callback is made --------------
    ta = act.issue("Kiosk 1", "B", mar(5, 9, 50), appointment_id=p1)
    act.finish_callback("KVIK 1", c11, mar(5, 10, 0), mar(5, 10, 5))  # R11f
    assert act.call_next("Borgerservice 1", "B", mar(5, 10, 2)) == ta
    act.move("Borgerservice 1", M.TICKET_FINISH, ta, mar(5, 10, 20))
    act.appointment("Borgerservice 1", M.APPOINTMENT_NO_SHOW, p2, mar(5, 10, 50))
    act.appointment("Borgerservice 1", M.APPOINTMENT_CANCEL, p3, mar(6, 9))
    # -- Monday 9: a callback (R14), made too late on Wednesday 11 (R14f) -----------------
    c14 = act.callback("KVIK 1", mar(9, 11, 0), mar(9, 11, 2), "children", due=mar(10, 12))
    act.finish_callback("KVIK 1", c14, mar(11, 10, 0), mar(11, 10, 4))
    # -- Tuesday 10: screen inquiries ----------------------------------------------------
    s1 = act.forward("Filialskranke", "Skærm 1", mar(10, 11, 0))
    act.screen_move("Borgerservice 1", M.SCREEN_ACCEPT, s1, mar(10, 11, 4))
    act.screen_move("Borgerservice 1", M.SCREEN_START, s1, mar(10, 11, 5))
    act.screen_move("Borgerservice 1", M.SCREEN_FINISH, s1, mar(10, 11, 15))
    act.register(  # R10
        "Borgerservice 1",
        mar(10, 11, 5),
        mar(10, 11, 15),
        "passport",
        channel="screen",
        screen_inquiry_id=s1,
    )
    s2 = act.forward("Filialskranke", "Skærm 2", mar(10, 11, 30))
    act.screen_move("Filialskranke", M.SCREEN_CANCEL, s2, mar(10, 11, 40))
    s3 = act.forward("Bogbus", "Bussens skærm", mar(10, 12, 0))
    act.screen_move("Borgerservice 2", M.SCREEN_ACCEPT, s3, mar(10, 12, 10))
    act.screen_move("Borgerservice 2", M.SCREEN_FINISH, s3, mar(10, 12, 20))
    # -- the month's edges: Sunday 1 March 00:30 is in, Wednesday 1 April 00:30 is out ----
    act.register("Filialskranke", mar(1, 0, 30), mar(1, 0, 35), channel="mail")  # R9
    act.register(  # R8
        "Filialskranke", local(2026, 4, 1, 0, 30), local(2026, 4, 1, 0, 35), channel="mail"
    )
    # -- Monday 30, summer time: T5 parked and resumed; a handoff (R4) ----------------
    t5 = act.issue("Kiosk 1", "K", mar(30, 10, 0))
    assert act.call_next("KVIK 1", "K", mar(30, 10, 10)) == t5
    act.move("KVIK 1", M.TICKET_PARK, t5, mar(30, 10, 12))
    act.move("KVIK 1", M.TICKET_RESUME, t5, mar(30, 10, 20))
    act.move("KVIK 1", M.TICKET_FINISH, t5, mar(30, 10, 25))
    act.register(
        "KVIK 1",
        mar(30, 10, 20),
        mar(30, 10, 27),
        "mitid",
        outcome="appointment_booked",
        limit_seconds=300,
    )
    # -- Tuesday 31: a callback due after the report (R13) --------------------------------
    act.callback("KVIK 1", mar(31, 15, 0), mar(31, 15, 2), "children", due=local(2026, 4, 10, 12))
    # -- the book bus, Friday 27 (R7), offline until Monday 6 April -------------------------
    act.register(
        "Bogbus", mar(27, 14, 0), mar(27, 14, 5), "borrower", received=local(2026, 4, 6, 8)
    )
    return act


def report(
    act: Activity,
    days: tuple[date, date] = MARCH,
    *,
    desk: str = "KVIK 1",
    manager: bool = True,
    branch_id: uuid.UUID | None = None,
    desk_kind: DeskKind | None = None,
) -> StatisticsReport:
    asked = StatisticsQuery(
        first_day=days[0], last_day=days[1], branch_id=branch_id, desk_kind=desk_kind
    )
    return build_report(
        act.rig.engine, act.rig.as_desk(desk), asked, manager=manager, now=REPORTED_AT
    )


def tallies(items: list[Tally]) -> dict[str, int]:
    return {item.key: item.count for item in items}


def test_inquiries_of_the_month(march: Activity) -> None:
    figures = report(march).inquiries
    assert figures.total == 15
    assert tallies(figures.by_channel) == {
        "counter": 6,
        "phone": 7,
        "mail": 1,
        "screen": 1,
        "social": 0,
        "passing": 0,
    }
    assert tallies(figures.by_outcome) == {
        "resolved": 9,
        "appointment_booked": 1,
        "referred": 0,
        "forwarded": 1,
        "callback": 4,
    }
    # Copenhagen hours: 10:20 in summer time is hour 10 like 10:05 in winter time.
    hours = [0] * 24
    hours[0], hours[10], hours[11], hours[12], hours[14], hours[15] = 1, 6, 4, 2, 1, 1
    assert figures.by_hour == hours
    assert figures.by_weekday == [5, 4, 3, 1, 1, 0, 1]
    assert tallies(figures.by_service) == {
        "borrower": 2,
        "gp_change": 1,
        "health_card": 1,
        "loans": 1,
        "mitid": 1,
        "mitid_help": 1,
        "passport": 1,
        "payment": 1,
    }
    assert figures.by_service[0].key == "borrower" and figures.by_service[0].name_da
    assert tallies(figures.by_area) == {"citizen_service": 4, "library": 4, "none": 7}
    assert figures.authority_task == 2
    branches = {row.name: row for row in figures.by_branch}
    main = branches["Hovedbiblioteket"]
    assert (main.total, main.citizen_service, main.library, main.authority_task) == (13, 4, 3, 2)
    assert (branches["Bogbussen"].total, branches["Bogbussen"].library) == (1, 1)
    assert branches["Lokalbibliotek Nord"].total == 1


def test_an_inquiry_registered_offline_counts_on_the_day_it_happened(march: Activity) -> None:
    friday = date(2026, 3, 27)
    assert report(march, (friday, friday)).inquiries.total == 1
    # The day it reached the server has none of it; nor has a desk's own "today".
    assert report(march, (REPORTED_AT.date(), REPORTED_AT.date())).inquiries.total == 0
    own_day = report(march, (REPORTED_AT.date(), REPORTED_AT.date()), desk="Bogbus", manager=False)
    assert own_day.scope == "branch_day" and own_day.inquiries.total == 0


def test_tickets_are_visits_counted_once(march: Activity) -> None:
    tickets = report(march).tickets
    assert (tickets.issued, tickets.served, tickets.transferred) == (6, 4, 1)
    assert (tickets.left_before_call, tickets.no_show) == (1, 1)
    assert tickets.wait == Durations(count=5, mean=336.0, median=300.0, p90=528.0)
    assert tickets.service == Durations(count=4, mean=615.0, median=570.0, p90=972.0)
    queues = {row.name_da: row for row in tickets.by_queue}
    assert set(queues) == {"KVIK", "Borgerservice"}  # T2 counts in K, where it was drawn
    kvik = queues["KVIK"]
    assert (kvik.issued, kvik.served, kvik.left_before_call, kvik.no_show) == (5, 3, 1, 1)
    assert kvik.wait == Durations(count=4, mean=390.0, median=360.0, p90=546.0)
    assert kvik.service == Durations(count=3, mean=460.0, median=420.0, p90=660.0)
    arrivals = queues["Borgerservice"]
    # Checked in at 9:50 for 10:00 and called 10:02: two minutes' wait, not twelve.
    assert arrivals.wait == Durations(count=1, mean=120.0, median=120.0, p90=120.0)
    assert arrivals.service == Durations(count=1, mean=1080.0, median=1080.0, p90=1080.0)
    services = {row.key: row for row in tickets.by_service}
    assert services["borrower"].service == services["loans"].service
    assert services["loans"].service.mean == 720.0  # 2 min at KVIK + 10 min at the librarian
    assert services["mitid_help"].wait.mean == 240.0
    unknown = services[""]
    assert (unknown.issued, unknown.served, unknown.left_before_call, unknown.no_show) == (
        4,
        2,
        1,
        1,
    )
    assert unknown.wait == Durations(count=3, mean=380.0, median=420.0, p90=564.0)
    assert unknown.service == Durations(count=2, mean=750.0, median=750.0, p90=1014.0)


def test_five_minutes_handoffs_and_appointments(march: Activity) -> None:
    whole = report(march)
    five = whole.five_minutes
    assert (five.served, five.within, five.handed_off) == (5, 2, 1)
    assert (five.over_with_reason, five.over_without_reason) == (1, 1)
    assert five.share_within == 0.4
    assert tallies(five.reasons) == {"almost_done": 1}
    assert whole.handoffs.inquiries_booked == 1
    assert tallies(whole.handoffs.by_desk_kind) == {"kvik": 1}
    assert whole.handoffs.appointments_from_counter == 1
    booked = whole.appointments
    assert (booked.booked, booked.done, booked.no_show, booked.cancelled, booked.pending) == (
        4,
        1,
        1,
        1,
        1,
    )
    assert (booked.no_show_rate, booked.cancellation_rate) == (0.5, 0.25)
    # Borgerservice is staffed Mon 10-18 (3, then 2), Tue/Fri 10-14 (2), Wed 14-18 (2) and
    # Thu 10-18 (2): 5 Mondays x 1200 + 5 Tuesdays x 480 + 4 x 480 + 4 x 960 + 4 x 480
    # staff-minutes; the librarian 8 hours on each of the 22 weekdays.
    assert booked.booked_minutes == 60
    assert booked.bookable_minutes == 16080 + 10560
    assert booked.utilisation == round(60 / 26640, 4)
    rows = {row.resource: row for row in booked.by_branch}
    assert rows["citizen_service"].bookable_minutes == 16080
    assert rows["citizen_service"].utilisation == round(60 / 16080, 4)
    assert (rows["librarian"].booked, rows["librarian"].utilisation) == (0, 0.0)


def test_screen_inquiries_and_callbacks(march: Activity) -> None:
    whole = report(march)
    screens = whole.screens
    assert (screens.forwarded, screens.answered, screens.cancelled) == (3, 2, 1)
    assert screens.wait == Durations(count=2, mean=420.0, median=420.0, p90=564.0)
    rows = {row.name: row for row in screens.by_branch}
    nord = rows["Lokalbibliotek Nord"]
    assert (nord.forwarded, nord.answered, nord.cancelled, nord.open) == (2, 1, 1, 0)
    assert nord.wait == Durations(count=1, mean=240.0, median=240.0, p90=240.0)
    assert rows["Bogbussen"].wait.mean == 600.0
    callbacks = whole.callbacks
    assert (callbacks.opened, callbacks.done, callbacks.done_late) == (4, 2, 1)
    assert (callbacks.open, callbacks.overdue) == (2, 1)
    groups = {row.key: row for row in callbacks.by_group}
    assert (groups["fees"].open, groups["fees"].overdue, groups["fees"].done_late) == (1, 1, 0)
    assert (groups["children"].open, groups["children"].overdue) == (1, 0)
    assert groups["children"].done_late == 1


def test_a_desk_kind_and_a_branch_narrow_the_report(march: Activity) -> None:
    kvik = report(march, desk_kind=DeskKind.KVIK)
    assert kvik.inquiries.total == 11
    assert kvik.tickets.issued == 5  # the KVIK queue only
    assert kvik.appointments.booked == 0 and kvik.screens.forwarded == 0
    assert kvik.callbacks.opened == 4
    nord = report(march, branch_id=march.branch("NORD"))
    assert nord.branch == "Lokalbibliotek Nord"
    assert nord.inquiries.total == 1 and nord.tickets.issued == 0
    assert nord.screens.forwarded == 2


def test_without_a_manager_a_desk_sees_only_its_own_day(march: Activity) -> None:
    with pytest.raises(ScopeRefused) as refused:
        report(march, manager=False)
    assert refused.value.status == 403
    today = (REPORTED_AT.date(), REPORTED_AT.date())
    with pytest.raises(ScopeRefused):
        report(march, today, manager=False, branch_id=march.branch("NORD"))
    own = report(march, today, manager=False)
    assert own.scope == "branch_day" and own.branch == "Hovedbiblioteket"
    yesterday = REPORTED_AT.date() - timedelta(days=1)
    with pytest.raises(ScopeRefused):
        report(march, (yesterday, yesterday), manager=False)


def _months(act: Activity) -> dict[date, tuple[int, int | None]]:
    with act.rig.engine.connect() as connection:
        rows = connection.execute(
            select(StatisticsMonth.month, StatisticsMonth.generation, StatisticsMonth.summed)
        )
        return {month: (generation, summed) for month, generation, summed in rows}


def _from_the_facts_alone(act: Activity) -> InquiryFigures:
    with act.rig.engine.connect() as connection:
        scope = scope_for(
            Session(connection),
            act.rig.as_desk("KVIK 1"),
            first_day=MARCH[0],
            last_day=MARCH[1],
            branch_id=None,
            desk_kind=None,
            manager=True,
            now=REPORTED_AT,
        )
        return inquiry_sections(connection, scope)[0]


def test_a_month_that_is_over_is_read_from_sums_equal_to_its_facts(march: Activity) -> None:
    # R7 reached the server on 6 April, after March ended: March was marked changed.
    assert _months(march) == {date(2026, 3, 1): (1, None)}
    summed = report(march).inquiries
    assert _months(march) == {date(2026, 3, 1): (1, 1)}
    with march.rig.engine.connect() as connection:
        assert connection.scalar(select(func.sum(InquiryMonth.count))) == 15
    assert summed == _from_the_facts_alone(march)
    # A month that ended less than a day ago is not summed yet: its last inquiries
    # may still be on their way in.
    report(march, (date(2026, 4, 1), date(2026, 4, 30)))
    assert date(2026, 4, 1) not in _months(march)


def test_an_inquiry_written_into_a_summed_month_is_counted(march: Activity) -> None:
    assert report(march).inquiries.total == 15
    march.register("Bogbus", mar(20, 11, 0), mar(20, 11, 4), "loans", received=local(2026, 4, 7, 9))
    assert _months(march)[date(2026, 3, 1)] == (2, 1)  # the sums are stale now
    figures = report(march).inquiries
    assert figures.total == 16
    assert {row.name: row.total for row in figures.by_branch}["Bogbussen"] == 2
    assert tallies(figures.by_service)["loans"] == 2
    assert _months(march)[date(2026, 3, 1)] == (2, 2)


def _fact_rows(act: Activity) -> dict[str, set[tuple[object, ...]]]:
    with act.rig.engine.connect() as connection:
        return {
            model.__tablename__: {tuple(row) for row in connection.execute(select(model.__table__))}
            for model in (VisitFact, VisitService, InquiryFact, InquiryServiceFact)
        }


def test_fact_rows_rebuilt_from_the_moves_are_the_rows_the_moves_wrote(march: Activity) -> None:
    written = _fact_rows(march)
    assert len(written["visit_fact"]) == 6
    assert len(written["inquiry_fact"]) >= 9
    assert report(march).inquiries.total == 15  # March is summed
    counts = rebuild_facts(march.rig.engine)
    assert _fact_rows(march) == written
    assert counts == {name: len(rows) for name, rows in written.items()}
    assert _months(march) == {}  # the sums went with the facts they summed
    again = report(march)
    assert (again.tickets.issued, again.inquiries.total) == (6, 15)

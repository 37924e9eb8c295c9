"""The managers' statistics window: against a real desk on the embedded server (a manager's
month, a desk's own day, no connection, a refusal) and with a report made by hand (what
is shown is what is exported; a picture at 1366×768)."""

from __future__ import annotations

import csv
import os
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import cast

import qasync
from openpyxl import load_workbook  # type: ignore[import-untyped]
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QComboBox, QWidget
from pytestqt.qtbot import QtBot

from counter_app.app.startup import RunningDesk, start_desk
from counter_app.domain.inquiries import Channel, Outcome
from counter_app.domain.org import Area, DeskKind
from counter_app.domain.statistics import Period, PeriodKind
from counter_app.domain.timezone import local_day
from counter_app.protocol.statistics import (
    AppointmentFigures,
    AppointmentRow,
    BranchInquiries,
    CallbackFigures,
    CallbackRow,
    Durations,
    FiveMinuteFigures,
    HandoffFigures,
    InquiryFigures,
    ScreenFigures,
    ScreenRow,
    StatisticsQuery,
    StatisticsReport,
    Tally,
    TicketFigures,
    VisitRow,
)
from counter_app.server.demo import DEMO_STAFF_CODE
from counter_app.services.statistics_desk import BranchChoice, StatisticsDesk
from counter_app.services.views import StaffChoice
from counter_app.ui.desk_window import DeskWindow
from counter_app.ui.screens import WindowOptions, build_window
from counter_app.ui.statistics_labels import format_cell
from counter_app.ui.statistics_tables import report_tables
from counter_app.ui.statistics_window import StatisticsWindow
from tests.ui.conftest import desk_settings
from tests.ui.signals import until

CONTROLS = (QAbstractButton, QComboBox, QAbstractSpinBox)
SCREEN = (1366, 768)
HB, NORTH, BUS = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


def _window_text(source: str) -> str:
    """A string of the window as the installed translation shows it."""
    return QCoreApplication.translate("StatisticsWindow", source)


def _table_text(source: str) -> str:
    return QCoreApplication.translate("StatisticsTables", source)


# -- a month at three branches, by hand -------------------------------------------------------


def _durations(mean: float, median: float, p90: float) -> Durations:
    return Durations(count=10, mean=mean, median=median, p90=p90)


def _visits(key: str, name_da: str, name_en: str, branch: str, issued: int) -> VisitRow:
    return VisitRow(
        key=key,
        name_da=name_da,
        name_en=name_en,
        branch=branch,
        issued=issued,
        served=issued - 5,
        left_before_call=3,
        no_show=2,
        wait=_durations(402.0, 336.0, 905.0),
        service=_durations(355.0, 290.0, 700.0),
    )


def sample_report() -> StatisticsReport:
    """A plausible month of the demo municipality (three branches)."""
    hours = [0] * 24
    for hour, count in {9: 120, 10: 230, 11: 260, 12: 240, 13: 250, 14: 210, 15: 180}.items():
        hours[hour] = count
    services = [
        ("passport", "Pas", "Passport", 412),
        ("health_card", "Sundhedskort og EU-sygesikringskort", "Health insurance card", 220),
        ("library_card", "Lånerkort", "Library card", 88),
        ("", "", "", 58),
    ]
    return StatisticsReport(
        municipality="Demo Kommune",
        branch_id=None,
        branch=None,
        desk_kind=None,
        first_day=date(2026, 3, 1),
        last_day=date(2026, 3, 31),
        generated_at=datetime(2026, 4, 1, 7, 5, tzinfo=UTC),
        scope="municipality",
        inquiries=InquiryFigures(
            total=1490,
            by_service=[Tally(key=k, name_da=d, name_en=e, count=n) for k, d, e, n in services],
            by_area=[
                Tally(key=Area.CITIZEN_SERVICE.value, count=900),
                Tally(key=Area.LIBRARY.value, count=400),
                Tally(key="none", count=190),
            ],
            authority_task=600,
            by_channel=[
                Tally(key=c.value, count=n)
                for c, n in zip(Channel, [1000, 300, 90, 60, 0, 40], strict=True)
            ],
            by_outcome=[
                Tally(key=o.value, count=n)
                for o, n in zip(Outcome, [1200, 180, 50, 30, 30], strict=True)
            ],
            by_hour=hours,
            by_weekday=[350, 300, 310, 330, 200, 0, 0],
            by_branch=[
                BranchInquiries(
                    branch_id=HB,
                    name="Hovedbiblioteket",
                    total=1234,
                    citizen_service=800,
                    library=300,
                    authority_task=560,
                ),
                BranchInquiries(
                    branch_id=NORTH,
                    name="Lokalbibliotek Nord",
                    total=181,
                    citizen_service=60,
                    library=70,
                    authority_task=25,
                ),
                BranchInquiries(
                    branch_id=BUS,
                    name="Bogbussen",
                    total=75,
                    citizen_service=40,
                    library=30,
                    authority_task=15,
                ),
            ],
        ),
        tickets=TicketFigures(
            issued=1480,
            served=1390,
            transferred=85,
            left_before_call=52,
            no_show=38,
            wait=_durations(412.0, 336.0, 905.0),
            service=_durations(355.0, 290.0, 700.0),
            by_queue=[
                _visits("q1", "Hurtig hjælp / KVIK", "Quick help / KVIK", "Hovedbiblioteket", 980),
                _visits("q2", "Skranken", "Help at the desk", "Lokalbibliotek Nord", 120),
            ],
            by_service=[
                _visits("passport", "Pas", "Passport", "", 412),
                _visits("", "", "", "", 58),
            ],
        ),
        five_minutes=FiveMinuteFigures(
            served=925,
            within=702,
            handed_off=121,
            over_with_reason=77,
            over_without_reason=25,
            share_within=0.7589,
            reasons=[Tally(key="almost_done", count=41), Tally(key="other", count=5)],
        ),
        handoffs=HandoffFigures(
            inquiries_booked=180,
            by_desk_kind=[Tally(key="kvik", count=140), Tally(key="branch", count=40)],
            appointments_from_counter=150,
        ),
        appointments=AppointmentFigures(
            booked=620,
            done=470,
            no_show=41,
            cancelled=70,
            pending=39,
            no_show_rate=0.0802,
            cancellation_rate=0.1129,
            booked_minutes=9300,
            bookable_minutes=14400,
            utilisation=0.6458,
            by_branch=[
                AppointmentRow(
                    branch="Hovedbiblioteket",
                    resource="citizen_service",
                    booked=620,
                    done=470,
                    no_show=41,
                    cancelled=70,
                    pending=39,
                    booked_minutes=9300,
                    bookable_minutes=14400,
                    utilisation=0.6458,
                )
            ],
        ),
        screens=ScreenFigures(
            forwarded=64,
            answered=55,
            cancelled=7,
            wait=_durations(150.0, 120.0, 330.0),
            by_branch=[
                ScreenRow(
                    branch_id=NORTH,
                    name="Lokalbibliotek Nord",
                    forwarded=64,
                    answered=55,
                    cancelled=7,
                    open=2,
                    wait=_durations(150.0, 120.0, 330.0),
                )
            ],
        ),
        callbacks=CallbackFigures(
            opened=40,
            done=33,
            done_late=4,
            open=7,
            overdue=2,
            by_group=[
                CallbackRow(
                    key="cs",
                    name_da="Borgerservice",
                    name_en="Citizen service",
                    opened=40,
                    done=33,
                    done_late=4,
                    open=7,
                    overdue=2,
                )
            ],
        ),
    )


class FakeStatistics:
    """The statistics use case with a hand-made report (no server)."""

    desk_kinds = (DeskKind.KVIK, DeskKind.CASEWORKER, DeskKind.LIBRARIAN, DeskKind.BRANCH)
    branch_id = HB

    def __init__(self) -> None:
        self.queries: list[StatisticsQuery] = []

    def today(self) -> Period:
        return Period(date(2026, 4, 1), date(2026, 4, 1))

    def branches(self) -> list[BranchChoice]:
        return [
            BranchChoice(BUS, "Bogbussen"),
            BranchChoice(HB, "Hovedbiblioteket"),
            BranchChoice(NORTH, "Lokalbibliotek Nord"),
        ]

    manager: StaffChoice | None = None

    def signed_in_manager(self) -> StaffChoice | None:
        return self.manager

    def sign_in(self, window: StatisticsWindow) -> None:
        """Frederik signs in at the desk (the desk window then refreshes the filters)."""
        self.manager = StaffChoice(uuid.uuid4(), "FN", "Frederik Nielsen")
        window.filters.refresh_manager()

    def sign_out(self, window: StatisticsWindow) -> None:
        self.manager = None
        window.filters.refresh_manager()

    async def report(self, query: StatisticsQuery) -> StatisticsReport:
        self.queries.append(query)
        return sample_report()


def _fake_window(
    qtbot: QtBot, qt_loop: qasync.QEventLoop
) -> tuple[StatisticsWindow, FakeStatistics]:
    statistics = FakeStatistics()
    window = StatisticsWindow(cast(StatisticsDesk, statistics), "da")
    qtbot.addWidget(window)
    window.show()
    qt_loop.run_until_complete(window.refresh())
    return window, statistics


def save_screenshots(
    window: StatisticsWindow, folder: Path, size: tuple[int, int] = SCREEN
) -> list[Path]:
    """Every tab of ``window`` at ``size`` as a PNG in ``folder`` (for a look at the layout)."""
    folder.mkdir(parents=True, exist_ok=True)
    window.resize(*size)
    saved: list[Path] = []
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        QCoreApplication.processEvents()
        path = folder / f"stats_{index}_{window.tabs.tabText(index).replace(' ', '_')}.png"
        assert window.grab().save(str(path))
        saved.append(path)
    window.tabs.setCurrentIndex(0)
    return saved


# -- without a server ------------------------------------------------------------------------


def test_the_tables_turn_seconds_into_minutes_and_shares_into_percent(
    qt_loop: qasync.QEventLoop,
) -> None:
    tables = {table.title: table for table in report_tables(sample_report(), "da")}
    branches = tables[_table_text("Inquiries per branch")]
    assert branches.rows == [
        ["Hovedbiblioteket", 1234, 800, 300, 560, 64.8],
        ["Lokalbibliotek Nord", 181, 60, 70, 25, 33.1],
        ["Bogbussen", 75, 40, 30, 15, 53.3],
        [_table_text("All branches"), 1490, 900, 400, 600, 60.4],
    ]
    services = tables[_table_text("Inquiries by service")].rows
    assert services[0] == ["Pas", 412, 27.7]  # Danish names for a Danish desk
    assert services[-1] == [_table_text("No service chosen"), 58, 3.9]
    areas = tables[_table_text("Inquiries by area")].rows
    assert areas[-1][0] == _table_text("No service registered")
    queues = tables[_table_text("Waiting and service time per queue")]
    # 402 s mean, 336 s median, 905 s p90 of waiting; 355/290/700 s of service.
    assert queues.rows[0] == [
        "Hurtig hjælp / KVIK",
        "Hovedbiblioteket",
        980,
        975,
        3,
        2,
        6.7,
        5.6,
        15.1,
        5.9,
        4.8,
        11.7,
    ]
    assert queues.rows[-1][0] == _table_text("All queues")
    assert tables[_table_text("Key figures")].rows[2] == [
        _table_text("Borgerservice share (%)"),
        60.4,
    ]
    hours = tables[_table_text("Inquiries by hour")].rows
    assert hours[0] == ["08–09", 0] and hours[-1] == ["17–18", 0]  # the usual day at least
    assert ["10–11", 230] in hours
    appointments = tables[_table_text("Appointments per branch and kind")].rows
    assert appointments == [
        [
            "Hovedbiblioteket",
            _table_text("Borgerservice"),
            620,
            470,
            41,
            70,
            39,
            8.0,
            155.0,
            240.0,
            64.6,
        ]
    ]
    english = {t.title: t for t in report_tables(sample_report(), "en")}
    assert english[_table_text("Inquiries by service")].rows[0][0] == "Passport"


def test_the_window_shows_the_tables_it_exports(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    window, _statistics = _fake_window(qtbot, qt_loop)
    assert window.shown_report == sample_report()
    shown = {
        section.view.table.title: section for section in window.views.values() if section.view.table
    }
    exported = window.export_tables()
    assert len(exported) == 16 and sorted(shown) == sorted(t.title for t in exported)
    for table in exported:
        view = shown[table.title].view
        assert view.headings() == table.columns
        assert view.shown_rows() == [
            [format_cell(cell, "da") for cell in row] for row in table.rows
        ]
    # Danish numbers: dot thousands, decimal comma.
    assert window.views["by_branch"].view.shown_rows()[0] == [
        "Hovedbiblioteket",
        "1.234",
        "800",
        "300",
        "560",
        "64,8",
    ]
    assert window.tiles["inquiries"].value.text() == "1.490"
    assert window.tiles["citizen_service_share"].value.text() == "60,4 %"
    assert window.tiles["median_wait"].value.text() == "5,6 " + _window_text("min")
    assert window.tiles["overdue_callbacks"].property("alert") is True
    assert window.charts["overview_hour"].values[2:5] == [230.0, 260.0, 240.0]
    assert window.charts["service"].labels[0] == "Pas"
    assert window.status.text() == window.computed_text(sample_report())
    assert "09:05" in window.status.text()  # 07:05 UTC is 09:05 in Copenhagen (summer time)
    for control in window.findChildren(QWidget):
        if isinstance(control, CONTROLS) and not control.objectName().startswith("qt_"):
            assert control.accessibleName(), control
    window.close()


def test_without_a_manager_the_branch_and_the_day_are_fixed(
    qtbot: QtBot, qt_loop: qasync.QEventLoop
) -> None:
    window, statistics = _fake_window(qtbot, qt_loop)
    assert window.manager_id() is None
    for control in (
        window.period_kind,
        window.previous_button,
        window.next_button,
        window.branch,
        window.first_day,
        window.last_day,
    ):
        assert not control.isEnabled()
    assert window.no_manager_note.isVisible()
    assert window.branch.currentText() == "Hovedbiblioteket"
    query = statistics.queries[-1]
    assert (query.first_day, query.last_day) == (date(2026, 4, 1), date(2026, 4, 1))

    statistics.sign_in(window)  # a manager signs in
    assert window.period_kind.isEnabled() and window.branch.isEnabled()
    assert not window.no_manager_note.isVisible()
    assert not window.first_day.isEnabled()  # a day, week or month is chosen by its kind
    window.period_kind.setCurrentIndex(window.period_kind.findData(PeriodKind.MONTH.value))
    assert window.period() == Period(date(2026, 4, 1), date(2026, 4, 30))
    window.previous_button.click()
    assert window.period() == Period(date(2026, 3, 1), date(2026, 3, 31))
    window.period_kind.setCurrentIndex(window.period_kind.findData(PeriodKind.WEEK.value))
    assert window.period() == Period(date(2026, 2, 23), date(2026, 3, 1))
    window.next_button.click()
    assert window.period() == Period(date(2026, 3, 2), date(2026, 3, 8))
    window.branch.setCurrentIndex(0)
    window.desk_kind.setCurrentIndex(window.desk_kind.findData(DeskKind.KVIK.value))
    qt_loop.run_until_complete(window.refresh())
    query = statistics.queries[-1]
    assert (query.first_day, query.last_day, query.branch_id, query.desk_kind) == (
        date(2026, 3, 2),
        date(2026, 3, 8),
        None,
        DeskKind.KVIK,
    )
    assert window.manager_id() is not None

    window.period_kind.setCurrentIndex(window.period_kind.findData(PeriodKind.CUSTOM.value))
    assert window.first_day.isEnabled() and window.last_day.isEnabled()
    window.last_day.setDate(QDate(2026, 3, 1))  # before the first day: nothing is asked
    asked = len(statistics.queries)
    qt_loop.run_until_complete(window.refresh())
    assert len(statistics.queries) == asked
    assert window.status.property("state") == "error"

    statistics.sign_out(window)  # signed out: back to this branch today
    assert (
        window.period() == statistics.today() and window.branch.currentText() == "Hovedbiblioteket"
    )
    assert not window.branch.isEnabled()
    window.close()


def test_exports_write_the_shown_tables(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    window, _statistics = _fake_window(qtbot, qt_loop)
    window.export_csv(tmp_path / "statistik.csv")
    with (tmp_path / "statistik.csv").open(encoding="utf-8-sig", newline="") as file:
        lines = list(csv.reader(file, delimiter=";"))
    start = lines.index([_table_text("Inquiries per branch")])
    assert lines[start + 2] == ["Hovedbiblioteket", "1234", "800", "300", "560", "64,8"]
    assert window.status.text() == _window_text("Saved %1").replace(
        "%1", str(tmp_path / "statistik.csv")
    )

    window.export_xlsx(tmp_path / "statistik.xlsx")
    book = load_workbook(tmp_path / "statistik.xlsx")
    assert len(book.sheetnames) == 16
    sheet = book[book.sheetnames[1]]
    assert sheet["A1"].value == _table_text("Inquiries per branch")
    assert [c.value for c in sheet[4]] == ["Hovedbiblioteket", 1234, 800, 300, 560, 64.8]

    window.save_pdf(tmp_path / "statistik.pdf")
    pdf = (tmp_path / "statistik.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 1000
    document = window.report_document().toPlainText()
    assert "Demo Kommune" in document and "01.03.2026–31.03.2026" in document
    assert _table_text("Screen inquiries per library") in document

    blocked = tmp_path / "no-such-folder" / "statistik.csv"
    window.export_csv(blocked)  # a folder that is not there: said, not raised
    assert window.status.property("state") == "error" and "statistik.csv" in window.status.text()
    window.close()


def test_the_window_renders_at_1366x768(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    """Pictures of every tab; set COUNTER_STATISTICS_PNG=folder to keep them."""
    window, statistics = _fake_window(qtbot, qt_loop)
    statistics.sign_in(window)
    folder = Path(os.environ.get("COUNTER_STATISTICS_PNG", tmp_path))
    saved = save_screenshots(window, folder)
    assert len(saved) == 7 and all(path.stat().st_size > 10_000 for path in saved)
    assert window.width() <= SCREEN[0] and window.height() <= SCREEN[1]
    window.close()


# -- against a real desk -----------------------------------------------------------------------


def _run_with_desk(
    qt_loop: qasync.QEventLoop, tmp_path: Path, body: Callable[[RunningDesk], Awaitable[None]]
) -> None:
    async def scenario() -> None:
        desk = await start_desk(desk_settings(tmp_path, "KVIK 1"))
        try:
            await body(desk)
        finally:
            await desk.close()

    qt_loop.run_until_complete(scenario())


def _window(qtbot: QtBot, desk: RunningDesk) -> StatisticsWindow:
    window = StatisticsWindow(desk.services.statistics, "da")
    qtbot.addWidget(window)
    window.show()
    return window


def _branch_row(window: StatisticsWindow, name: str) -> list[str]:
    rows = window.views["by_branch"].view.shown_rows()
    return next((row for row in rows if row[0] == name), [name, "0", "0", "0", "0", "–"])


def test_a_manager_sees_the_inquiries_registered_at_the_desk(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(desk: RunningDesk) -> None:
        services = desk.services
        await services.staff.sign_in("FN", DEMO_STAFF_CODE)
        window = _window(qtbot, desk)
        assert window.manager.text() == "FN · Frederik"
        window.period_kind.setCurrentIndex(window.period_kind.findData(PeriodKind.MONTH.value))
        window.branch.setCurrentIndex(0)  # the whole municipality
        await window.refresh()
        before = window.shown_report
        assert before is not None, window.status.text()
        assert before.scope == "municipality" and before.branch_id is None
        month = Period.around(PeriodKind.MONTH, local_day(services.clock()))
        assert (before.first_day, before.last_day) == (month.first_day, month.last_day)
        baseline = _branch_row(window, "Hovedbiblioteket")

        catalogue = services.catalogue.services("da")
        citizen = next(s for s in catalogue if s.area is Area.CITIZEN_SERVICE and s.authority_task)
        library = next(s for s in catalogue if s.area is Area.LIBRARY)
        now = services.clock()
        for service_ids in ([citizen.id], [citizen.id], [library.id], []):
            services.inquiries.register(
                channel=Channel.COUNTER,
                outcome=Outcome.RESOLVED,
                started_at=now - timedelta(minutes=3),
                ended_at=now,
                service_ids=service_ids,
            )
        await desk.sync.push_all()
        await window.refresh()
        report = window.shown_report
        assert report is not None and report is not before
        row = _branch_row(window, "Hovedbiblioteket")
        added = [
            int(a.replace(".", "")) - int(b.replace(".", ""))
            for a, b in zip(row[1:5], baseline[1:5], strict=True)
        ]
        assert added == [4, 2, 1, 2]  # inquiries, borgerservice, library, authority tasks
        # Every tab is filled from the report.
        assert window.views["overview"].view.rowCount() > 20
        assert window.views["by_channel"].view.rowCount() == len(Channel)
        assert window.tiles["inquiries"].value.text() == format_cell(report.inquiries.total, "da")
        assert window.heading.text().startswith("Demo Kommune · ")
        assert window.status.text() == window.computed_text(report)
        assert window.csv_button.isEnabled() and window.pdf_button.isEnabled()

        window.export_csv(tmp_path / "month.csv")
        window.export_xlsx(tmp_path / "month.xlsx")
        window.save_pdf(tmp_path / "month.pdf")
        text = (tmp_path / "month.csv").read_text(encoding="utf-8-sig")
        main = next(b for b in report.inquiries.by_branch if b.name == "Hovedbiblioteket")
        assert f"Hovedbiblioteket;{main.total};{main.citizen_service};{main.library};" in text
        assert load_workbook(tmp_path / "month.xlsx").sheetnames[0] == _table_text("Key figures")
        assert (tmp_path / "month.pdf").read_bytes().startswith(b"%PDF")
        window.close()

    _run_with_desk(qt_loop, tmp_path, body)


def test_without_a_manager_a_desk_sees_its_own_branch_today(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(desk: RunningDesk) -> None:
        window = _window(qtbot, desk)
        assert not window.branch.isEnabled() and not window.period_kind.isEnabled()
        await window.refresh()
        report = window.shown_report
        today = local_day(desk.services.clock())
        assert report is not None and report.scope == "branch_day"
        assert (report.first_day, report.last_day) == (today, today)
        assert report.branch_id == desk.services.statistics.branch_id
        assert report.branch == "Hovedbiblioteket"
        assert [row[0] for row in window.views["by_branch"].view.shown_rows()] in (
            [],
            ["Hovedbiblioteket"],
        )

        await desk.services.staff.sign_in("FN", DEMO_STAFF_CODE)
        window.filters.refresh_manager()
        assert window.branch.isEnabled()
        desk.client.staff_token = "ended"  # as when the session has run out on the server
        await window.refresh()
        assert window.status.property("state") == "error"
        assert "sign in again" in window.status.text()  # the server's own words
        assert window.shown_report is report  # the figures shown stay
        window.close()

    _run_with_desk(qt_loop, tmp_path, body)


def test_keys_update_and_close(qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path) -> None:
    async def body(desk: RunningDesk) -> None:
        window = _window(qtbot, desk)
        window.activateWindow()
        await until(window.isActiveWindow)
        await until(lambda: window.shown_report is not None, timeout=10)  # loaded on opening
        first = window.shown_report
        qtbot.keyClick(window, Qt.Key.Key_F5)
        await until(lambda: window.shown_report is not first, timeout=10)
        qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
        dialogs = window.findChildren(QPrintDialog)
        assert len(dialogs) == 1 and dialogs[0].isVisible()
        dialogs[0].reject()
        qtbot.keyClick(window, Qt.Key.Key_Escape)
        assert not window.isVisible()

    _run_with_desk(qt_loop, tmp_path, body)


def test_without_a_connection_the_window_says_so(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(desk: RunningDesk) -> None:
        assert desk.embedded is not None
        desk.embedded.stop()  # the server goes away
        try:
            window = _window(qtbot, desk)
            await window.refresh()
            assert window.status.text() == _window_text(
                "No connection to the server: statistics are computed there. "
                "Try again when the desk is online."
            )
            assert window.status.property("state") == "error"
            assert window.shown_report is None and not window.csv_button.isEnabled()
            assert window.update_button.isEnabled()  # to try again
            window.close()
        finally:
            desk.embedded = None  # already stopped

    _run_with_desk(qt_loop, tmp_path, body)


MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_the_desk_opens_the_statistics_with_its_key(
    qtbot: QtBot, qt_loop: qasync.QEventLoop, tmp_path: Path
) -> None:
    async def body(desk: RunningDesk) -> None:
        desk_window = build_window(desk.services, WindowOptions(mode="desk"))
        assert isinstance(desk_window, DeskWindow)
        qtbot.addWidget(desk_window)
        desk_window.show()
        desk_window.activateWindow()
        await until(desk_window.isActiveWindow)
        qtbot.keyClick(desk_window, Qt.Key.Key_R, MODIFIERS)
        opened = desk_window.statistics_window
        assert opened is not None and opened.isVisible()
        await until(lambda: opened.shown_report is not None, timeout=10)
        assert opened.shown_report is not None and opened.shown_report.scope == "branch_day"
        desk_window.open_statistics()  # a second time: the same window comes forward
        assert desk_window.statistics_window is opened
        opened.close()
        await until(lambda: desk_window.statistics_window is None)

    _run_with_desk(qt_loop, tmp_path, body)

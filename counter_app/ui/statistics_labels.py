"""How the statistics read: numbers as minutes and percent in the language's format, and
the translated names of channels, outcomes, areas, reasons, desk kinds and weekdays.
Shared by the tables, the tabs, the filters and the printed report (context
``StatisticsTables``)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from counter_app.domain.five_minute import ContinueReason
from counter_app.domain.inquiries import Channel, Outcome
from counter_app.domain.org import Area, DeskKind, Resource
from counter_app.protocol.statistics import StatisticsReport
from counter_app.services.report_export import Cell

translate = QCoreApplication.translate

NO_AREA = "none"  # the report's area key for inquiries registered without a service
DATE_FORMAT = "%d.%m.%Y"
# Hours a desk is usually open; the hour table and chart show at least these.
USUAL_HOURS = range(8, 18)


# -- numbers -------------------------------------------------------------------------------


def minutes(seconds: float | None) -> float | None:
    """Seconds as minutes with one decimal (None stays None: nobody to measure)."""
    return None if seconds is None else round(seconds / 60, 1)


def percent(share: float | None) -> float | None:
    """A share (0 to 1) as percent with one decimal."""
    return None if share is None else round(share * 100, 1)


def share_of(part: int, whole: int) -> float | None:
    """``part`` of ``whole`` in percent with one decimal; None of nothing."""
    return round(part / whole * 100, 1) if whole else None


def locale_for(language: str) -> QLocale:
    """The number format of ``language``: Danish has decimal commas and dot thousands."""
    if language == "da":
        return QLocale(QLocale.Language.Danish, QLocale.Country.Denmark)
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def format_cell(value: Cell, language: str) -> str:
    """A cell as the window and the PDF show it: "1.234", "5,6", "–" for no value."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return str(value)
    locale = locale_for(language)
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, float):
        return locale.toString(value, "f", 1)
    return value


def format_figure(value: float | int | None, language: str, unit: str = "") -> str:
    """A key figure with its unit ("56,3 %", "4,2 min"); "–" without a value."""
    if value is None:
        return "–"
    text = format_cell(value, language)
    return f"{text} {unit}" if unit else text


# -- names ----------------------------------------------------------------------------------


def desk_kind_name(kind: DeskKind | str) -> str:
    """A desk kind as staff call it."""
    names: dict[str, str] = {
        DeskKind.KVIK: translate("StatisticsTables", "KVIK"),
        DeskKind.CASEWORKER: translate("StatisticsTables", "Caseworker"),
        DeskKind.LIBRARIAN: translate("StatisticsTables", "Librarian"),
        DeskKind.BRANCH: translate("StatisticsTables", "Branch library"),
        DeskKind.CONTACT_CENTRE: translate("StatisticsTables", "Contact centre"),
        DeskKind.KIOSK: translate("StatisticsTables", "Ticket kiosk"),
        DeskKind.DISPLAY: translate("StatisticsTables", "Display board"),
    }
    return _name(names, kind)


def resource_name(resource: Resource | str) -> str:
    """What an appointment (or a queue) is with."""
    names: dict[str, str] = {
        Resource.BUILDING: translate("StatisticsTables", "Building"),
        Resource.KVIK: translate("StatisticsTables", "KVIK"),
        Resource.CITIZEN_SERVICE: translate("StatisticsTables", "Borgerservice"),
        Resource.LIBRARIAN: translate("StatisticsTables", "Librarian"),
        Resource.CONTACT_CENTRE: translate("StatisticsTables", "Contact centre"),
    }
    return _name(names, resource)


def channel_name(channel: Channel | str) -> str:
    """How the citizen reached us."""
    names: dict[str, str] = {
        Channel.COUNTER: translate("StatisticsTables", "At the counter"),
        Channel.PHONE: translate("StatisticsTables", "Phone"),
        Channel.MAIL: translate("StatisticsTables", "E-mail or letter"),
        Channel.SCREEN: translate("StatisticsTables", "Video screen"),
        Channel.SOCIAL: translate("StatisticsTables", "Social media"),
        Channel.PASSING: translate("StatisticsTables", "Quick question in passing"),
    }
    return _name(names, channel)


def outcome_name(outcome: Outcome | str) -> str:
    """How an inquiry ended."""
    names: dict[str, str] = {
        Outcome.RESOLVED: translate("StatisticsTables", "Resolved"),
        Outcome.APPOINTMENT_BOOKED: translate("StatisticsTables", "Appointment booked"),
        Outcome.REFERRED: translate("StatisticsTables", "Referred to another authority"),
        Outcome.FORWARDED: translate("StatisticsTables", "Forwarded"),
        Outcome.CALLBACK: translate("StatisticsTables", "Callback promised"),
    }
    return _name(names, outcome)


def area_name(area: Area | str) -> str:
    """Borgerservice or library; "none" for inquiries registered without a service."""
    names: dict[str, str] = {
        Area.CITIZEN_SERVICE: translate("StatisticsTables", "Borgerservice"),
        Area.LIBRARY: translate("StatisticsTables", "Library"),
        NO_AREA: translate("StatisticsTables", "No service registered"),
    }
    return _name(names, area)


def reason_name(reason: ContinueReason | str) -> str:
    """Why a desk went on past the time limit."""
    names: dict[str, str] = {
        ContinueReason.ALMOST_DONE: translate("StatisticsTables", "Almost done"),
        ContinueReason.CANNOT_COME_BACK: translate(
            "StatisticsTables", "The citizen cannot come back"
        ),
        ContinueReason.NO_SUITABLE_TIME: translate(
            "StatisticsTables", "No suitable appointment time"
        ),
        ContinueReason.OTHER: translate("StatisticsTables", "Other reason"),
    }
    return _name(names, reason)


def weekday_names() -> list[str]:
    """Monday to Sunday (the report's weekday 0 is Monday)."""
    return [
        translate("StatisticsTables", "Monday"),
        translate("StatisticsTables", "Tuesday"),
        translate("StatisticsTables", "Wednesday"),
        translate("StatisticsTables", "Thursday"),
        translate("StatisticsTables", "Friday"),
        translate("StatisticsTables", "Saturday"),
        translate("StatisticsTables", "Sunday"),
    ]


def service_name(key: str, name_da: str, name_en: str, language: str) -> str:
    """A catalogue row's name in ``language``; the empty key is "no service chosen"."""
    if not key and not name_da and not name_en:
        return translate("StatisticsTables", "No service chosen")
    return local_name(key, name_da, name_en, language)


def whole_municipality() -> str:
    """The branch choice that means every branch."""
    return translate("StatisticsTables", "Whole municipality")


def all_desk_kinds() -> str:
    """The desk kind choice that means every kind."""
    return translate("StatisticsTables", "All desk kinds")


def period_text(first_day: date, last_day: date) -> str:
    """ "12.03.2026", or "01.03.2026–31.03.2026" for more than one day."""
    if first_day == last_day:
        return first_day.strftime(DATE_FORMAT)
    return f"{first_day.strftime(DATE_FORMAT)}–{last_day.strftime(DATE_FORMAT)}"


def report_heading(report: StatisticsReport) -> str:
    """What a report covers, on one line: municipality, branch, period and desk kind."""
    branch = report.branch or whole_municipality()
    kind = desk_kind_name(report.desk_kind) if report.desk_kind else all_desk_kinds()
    parts = [report.municipality, branch, period_text(report.first_day, report.last_day), kind]
    return " · ".join(part for part in parts if part)


def hour_span(by_hour: Sequence[int]) -> range:
    """The hours worth showing: the usual opening hours and every hour with inquiries."""
    busy = [hour for hour, count in enumerate(by_hour) if count]
    first = min([*busy, USUAL_HOURS.start])
    last = max([*busy, USUAL_HOURS.stop - 1])
    return range(first, last + 1)


def hour_label(hour: int) -> str:
    """ "08–09": the hour from 8 to 9."""
    return f"{hour:02d}–{(hour + 1) % 24:02d}"


def local_name(key: str, name_da: str, name_en: str, language: str) -> str:
    """A catalogue row's, queue's or group's name in ``language`` (the other language, or
    the code, when that one is empty)."""
    name = name_da if language == "da" else name_en
    return name or name_da or name_en or key


def _name(names: Mapping[str, str], key: str) -> str:
    """The translated name of an enum value (StrEnum members are their values, so the
    report's plain strings find them); an unknown value is shown as it is."""
    return names.get(str(key), str(key))

"""The callback part of a registration: who calls back, by when, whom, and about what."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QFormLayout, QLabel, QLineEdit, QWidget

from counter_app.domain.timezone import COPENHAGEN, to_local
from counter_app.services.inquiry_desk import CallbackRequest
from counter_app.services.views import ChoiceView

NAME_LENGTH = 120
CONTACT_LENGTH = 120
QUESTION_LENGTH = 500
CALLBACK_HOUR = 12


def default_callback_due(now: datetime) -> datetime:
    """The next working day (Monday to Friday) at 12:00 Copenhagen time, in UTC."""
    day = to_local(now).date() + timedelta(days=1)
    while day.weekday() >= 5:  # Saturday, Sunday
        day += timedelta(days=1)
    return datetime.combine(day, time(CALLBACK_HOUR), tzinfo=COPENHAGEN).astimezone(UTC)


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A wrapping form label whose mnemonic and click lead to ``buddy``."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(buddy)
    return label


class Incomplete(Exception):
    """What is missing before the registration can be made, and where to fix it."""

    def __init__(self, message: str, widget: QWidget | None = None) -> None:
        super().__init__(message)
        self.widget = widget


class CallbackForm(QWidget):
    """The fields of a callback; :meth:`request` turns them into a :class:`CallbackRequest`."""

    def __init__(
        self,
        groups: list[ChoiceView],
        *,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.callback_group = QComboBox()
        self.callback_group.setAccessibleName(self.tr("Group that calls back"))
        for group in groups:
            self.callback_group.addItem(group.name, group.code)
        self.due = QDateTimeEdit()
        self.due.setAccessibleName(self.tr("Call back by"))
        self.due.setCalendarPopup(True)
        # The edit shows Copenhagen wall-clock time; reading its date and time (never its
        # QDateTime) keeps the desk's own time zone out of it.
        self.due.setDisplayFormat("ddd dd.MM.yyyy HH:mm")
        due = to_local(default_callback_due(clock()))
        self.due.setDate(QDate(due.year, due.month, due.day))
        self.due.setTime(QTime(due.hour, due.minute))
        self.citizen_name = QLineEdit()
        self.citizen_name.setAccessibleName(self.tr("Citizen's name"))
        self.citizen_name.setMaxLength(NAME_LENGTH)
        self.contact = QLineEdit()
        self.contact.setAccessibleName(self.tr("Citizen's phone or e-mail"))
        self.contact.setMaxLength(CONTACT_LENGTH)
        self.contact.setPlaceholderText(self.tr("Phone (8 digits) or e-mail"))
        self.question = QLineEdit()
        self.question.setAccessibleName(self.tr("Question"))
        self.question.setMaxLength(QUESTION_LENGTH)
        self.question.setPlaceholderText(self.tr("What the citizen needs an answer to"))
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for text, field in (
            (self.tr("Group"), self.callback_group),
            (self.tr("Call back by"), self.due),
            (self.tr("Citizen's name"), self.citizen_name),
            (self.tr("Phone or e-mail"), self.contact),
            (self.tr("Question"), self.question),
        ):
            form.addRow(buddy_label(text, field), field)

    def due_at(self) -> datetime:
        """The callback's due time as chosen, read as Copenhagen time, in UTC."""
        day, moment = self.due.date(), self.due.time()
        local = datetime(
            day.year(),
            day.month(),
            day.day(),
            moment.hour(),
            moment.minute(),
            tzinfo=COPENHAGEN,
        )
        return local.astimezone(UTC)

    def request(self) -> CallbackRequest:
        """The callback as filled in; raises :class:`Incomplete` for what is missing."""
        group = str(self.callback_group.currentData() or "")
        if not group:
            raise Incomplete(self.tr("Choose the group that calls back"), self.callback_group)
        name, contact = self.citizen_name.text().strip(), self.contact.text().strip()
        if not name:
            raise Incomplete(self.tr("Write the citizen's name"), self.citizen_name)
        if not contact:
            raise Incomplete(
                self.tr("Write the citizen's phone number or e-mail address"), self.contact
            )
        return CallbackRequest(
            group_code=group,
            due_at=self.due_at(),
            citizen_name=name,
            citizen_contact=contact,
            question=self.question.text().strip(),
        )

"""The booking dialog's form for the citizen: name, phone or e-mail and, for 30 minutes,
the topic with a note on what to write there (never a CPR number)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFormLayout, QLineEdit, QVBoxLayout, QWidget

from counter_app.domain.personal_data import (
    PersonalDataError,
    check_contact,
    check_name,
    refuse_cpr,
)
from counter_app.ui.booking_style import booking_label
from counter_app.ui.callback_form import buddy_label

__all__ = ["CitizenFields"]

NAME_LENGTH = 80
CONTACT_LENGTH = 120
TOPIC_LENGTH = 200


class CitizenFields(QWidget):
    """The three fields in a form; ``contact_hint`` and ``topic_hint`` are their
    placeholder texts, worded by the dialog."""

    def __init__(
        self, *, contact_hint: str, topic_hint: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Citizen's name"))
        self.name.setMaxLength(NAME_LENGTH)
        self.contact = QLineEdit()
        self.contact.setAccessibleName(self.tr("Citizen's phone or e-mail"))
        self.contact.setMaxLength(CONTACT_LENGTH)
        self.contact.setPlaceholderText(contact_hint)
        self.topic = QLineEdit()
        self.topic.setAccessibleName(self.tr("Topic"))
        self.topic.setMaxLength(TOPIC_LENGTH)
        self.topic.setPlaceholderText(topic_hint)
        self.topic_note = booking_label(
            self.tr(
                "Noted in advance, e.g. the subject of an assignment, so the appointment "
                "can be prepared. Never a CPR number."
            ),
            "bookingHint",
            self.tr("About the topic"),
        )
        self._topic_box = QWidget()
        topic_layout = QVBoxLayout(self._topic_box)
        topic_layout.setContentsMargins(0, 0, 0, 0)
        topic_layout.addWidget(self.topic)
        topic_layout.addWidget(self.topic_note)
        self._form = QFormLayout(self)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._form.addRow(buddy_label(self.tr("Citizen's name"), self.name), self.name)
        self._form.addRow(buddy_label(self.tr("Phone or e-mail"), self.contact), self.contact)
        self._form.addRow(buddy_label(self.tr("Topic"), self.topic), self._topic_box)

    def fields(self) -> tuple[QLineEdit, QLineEdit, QLineEdit]:
        """Name, contact and topic, in the form's order."""
        return self.name, self.contact, self.topic

    def show_topic(self, shown: bool) -> None:
        """Show the topic and its note (30 minutes) or hide them (15 minutes)."""
        self._form.setRowVisible(self._topic_box, shown)

    def refused_field(self, topic: str) -> QLineEdit:
        """The field whose text the booking refused (checked in the booking's order);
        ``topic`` is the topic as booked (none for 15 minutes)."""
        checks: list[tuple[QLineEdit, Callable[[], object]]] = [
            (self.name, lambda: check_name(self.name.text())),
            (self.contact, lambda: check_contact(self.contact.text())),
            (self.topic, lambda: refuse_cpr(topic)),
        ]
        for field, check in checks:
            try:
                check()
            except PersonalDataError:
                return field
        return self.name

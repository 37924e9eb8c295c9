"""Whom the appointment is with and how long it lasts: checkable buttons in the booking
dialog, each with its Alt key in its text (Alt+1 citizen service, Alt+2 librarian, Alt+3
15 minutes, Alt+4 30 minutes)."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QPushButton, QWidget

from counter_app.domain.org import Resource

__all__ = ["MINUTES", "RESOURCES", "BookingChoices"]

MINUTES = (15, 30)
RESOURCES = (Resource.CITIZEN_SERVICE, Resource.LIBRARIAN)
RESOURCE_KEYS = ("Alt+1", "Alt+2")
MINUTE_KEYS = ("Alt+3", "Alt+4")


class BookingChoices(QWidget):
    """The two rows of choices. A click, or the dialog calling one of ``keys``' actions,
    emits the choice; ``show_choice`` checks the buttons of what is chosen.

    Signals:
        resource_chosen(object): the :class:`Resource` chosen.
        minutes_chosen(int): the length chosen.
    """

    resource_chosen = Signal(object)
    minutes_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resource_buttons: dict[Resource, QPushButton] = {}
        self.minute_buttons: dict[int, QPushButton] = {}
        self.keys: list[tuple[str, Callable[[], None]]] = []
        """Each Alt key and what it chooses, for the dialog's shortcuts."""
        self._resource_group = QButtonGroup(self)
        self._minute_group = QButtonGroup(self)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        who = QLabel(self.tr("With"))
        who.setWordWrap(True)
        length = QLabel(self.tr("Length"))
        length.setWordWrap(True)
        grid.addWidget(who, 0, 0)
        grid.addWidget(length, 1, 0)
        for column, (resource, key) in enumerate(zip(RESOURCES, RESOURCE_KEYS, strict=True)):
            choose = partial(self._choose_resource, resource)
            button = self._choice_button(self._resource_text(resource), key, choose)
            self._resource_group.addButton(button)
            self.resource_buttons[resource] = button
            grid.addWidget(button, 0, column + 1)
        for column, (minutes, key) in enumerate(zip(MINUTES, MINUTE_KEYS, strict=True)):
            text = self.tr("%1 minutes").replace("%1", str(minutes))
            button = self._choice_button(text, key, partial(self._choose_minutes, minutes))
            self._minute_group.addButton(button)
            self.minute_buttons[minutes] = button
            grid.addWidget(button, 1, column + 1)
        grid.setColumnStretch(3, 1)

    def _choice_button(self, text: str, key: str, choose: Callable[[], None]) -> QPushButton:
        button = QPushButton(f"{text} ({key})")
        button.setCheckable(True)
        button.setAutoDefault(False)
        button.setProperty("choice", True)
        button.setAccessibleName(text)
        button.setToolTip(key)
        button.clicked.connect(choose)
        self.keys.append((key, choose))
        return button

    def _resource_text(self, resource: Resource) -> str:
        if resource is Resource.LIBRARIAN:
            return self.tr("Librarian")
        return self.tr("Citizen service")

    def _choose_resource(self, resource: Resource) -> None:
        self.resource_chosen.emit(resource)

    def _choose_minutes(self, minutes: int) -> None:
        self.minutes_chosen.emit(minutes)

    def show_choice(self, resource: Resource, minutes: int) -> None:
        """Check the buttons of this choice."""
        self.resource_buttons[resource].setChecked(True)
        self.minute_buttons[minutes].setChecked(True)

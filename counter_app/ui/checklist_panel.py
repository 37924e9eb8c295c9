"""The service and its checklist: what the citizen must bring and the steps, beside the
serving timer. Staff choose the service while they serve, from the keyboard (Ctrl+K).
"""

from __future__ import annotations

import html
import re
import uuid

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCompleter,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.org import Area, Resource
from counter_app.services.views import AppointmentKind, ServiceView

FIND_SERVICE_SHORTCUT = "Ctrl+K"

# For DESK_STYLE. Contrast (WCAG): #5c1a00 on #fff1c2 12:1, #1f6f43 on the light window
# 6:1.
CHECKLIST_STYLE = """
QLabel#serviceName { font-size: 16px; font-weight: bold; color: #1f3a5f; }
QLabel#notAllowedHere { color: #5c1a00; background: #fff1c2; border: 2px solid #c25700;
                        border-radius: 6px; padding: 6px; font-weight: bold; }
QLabel#appointmentOnly { font-weight: bold; }
QLabel#kvikOnTheSpot { color: #1f6f43; }
QLabel#checklist { font-size: 14px; }
"""


def fill(template: str, *values: str) -> str:
    """``template`` with %1, %2, ... replaced by ``values`` in one pass (a value that
    itself holds "%2" stays as it is)."""
    return re.sub(
        r"%(\d)",
        lambda m: values[int(m[1]) - 1] if 0 < int(m[1]) <= len(values) else m[0],
        template,
    )


def appointment_text(kind: AppointmentKind) -> str:
    """The appointment a service needs, as staff read it: "citizen service, 15 minutes"."""
    if kind.resource is Resource.CITIZEN_SERVICE:
        text = QCoreApplication.translate("AppointmentText", "citizen service, %1 minutes")
    elif kind.resource is Resource.LIBRARIAN:
        text = QCoreApplication.translate("AppointmentText", "a librarian, %1 minutes")
    else:
        text = QCoreApplication.translate("AppointmentText", "an appointment, %1 minutes")
    return fill(text, str(kind.minutes))


class ChecklistPanel(QGroupBox):
    """Find and choose the service; see what to bring, the steps, and whether this desk may
    do it at all.

    Signals:
        service_chosen(object): the chosen service changed (a ServiceView, or None).
        forward_requested(object): send the citizen by screen to citizen service for this
            service (a ServiceView); offered on desks with a screen, for citizen service
            tasks this desk may not do.
    """

    service_chosen = Signal(object)
    forward_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services: list[ServiceView] = []
        self._by_text: dict[str, ServiceView] = {}
        self._chosen: ServiceView | None = None
        self.setTitle(self.tr("Service and checklist"))
        self.search = QLineEdit()
        self.search.setObjectName("serviceSearch")
        self.search.setPlaceholderText(self.tr("Find the service (Ctrl+K)"))
        self.search.setAccessibleName(self.tr("Find the service"))
        self.search.setClearButtonEnabled(True)
        self.completer = self._make_completer()
        self.search.setCompleter(self.completer)
        self.completer.activated.connect(self._choose_text)
        self.search.returnPressed.connect(self._choose_typed)
        self._find_shortcut = QShortcut(QKeySequence(FIND_SERVICE_SHORTCUT), self)
        self._find_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        self._find_shortcut.activated.connect(self.focus_search)
        self.hint = QLabel()
        self.hint.setObjectName("serviceHint")
        self.hint.setWordWrap(True)
        self.hint.setAccessibleName(self.tr("Search hint"))
        self.name = self._label("serviceName", self.tr("Chosen service"))
        self.not_allowed = self._label("notAllowedHere", self.tr("Not allowed at this desk"))
        self.appointment_only = self._label("appointmentOnly", self.tr("Appointment"))
        self._can_forward = False
        self.forward = QPushButton(self.tr("Forward by screen… (Ctrl+Shift+S)"))
        self.forward.setAccessibleName(self.tr("Forward by screen to citizen service"))
        self.forward.clicked.connect(lambda: self.forward_requested.emit(self._chosen))
        self.forward.hide()
        self.kvik = self._label("kvikOnTheSpot", self.tr("On the spot"))
        self.checklist = self._label("checklist", self.tr("Checklist"))
        self.checklist.setTextFormat(Qt.TextFormat.RichText)
        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        for label in (
            self.name,
            self.not_allowed,
            self.forward,
            self.appointment_only,
            self.kvik,
            self.checklist,
        ):
            content_layout.addWidget(label)
        content_layout.addStretch(1)
        self.details = QScrollArea()
        self.details.setWidget(content)
        self.details.setWidgetResizable(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details.setAccessibleName(self.tr("The service's checklist"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.hint)
        layout.addWidget(self.details, 1)
        self._show(None)

    def _make_completer(self) -> QCompleter:
        """Completion over the service names: any part of the name, any case."""
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        popup = completer.popup()
        if popup is not None:
            popup.setAccessibleName(self.tr("Matching services"))
        return completer

    def _label(self, name: str, accessible: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(accessible)
        return label

    def hide_search(self) -> None:
        """Only show the service chosen with :meth:`choose`: no search field, no Ctrl+K
        (the Help menu's checklists list the services themselves)."""
        self._find_shortcut.setEnabled(False)
        self.search.hide()

    def set_screen_forwarding(self, possible: bool) -> None:
        """Whether this desk can forward a citizen by screen (a library with a screen)."""
        self._can_forward = possible
        self._show(self._chosen)

    @property
    def chosen(self) -> ServiceView | None:
        """The service chosen for the citizen at the desk."""
        return self._chosen

    @property
    def services(self) -> list[ServiceView]:
        """The services that can be chosen."""
        return list(self._services)

    def show_services(self, services: list[ServiceView]) -> None:
        """The services that can be chosen; the chosen one stays chosen if it is still there
        (shown as it is now)."""
        self._services = list(services)
        self._by_text = {}
        counts: dict[str, int] = {}
        for service in services:
            counts[service.name.casefold()] = counts.get(service.name.casefold(), 0) + 1
        for service in services:
            text = service.name
            if counts[service.name.casefold()] > 1:
                text = f"{service.name} ({service.code})"
            self._by_text[text] = service
        self._names.setStringList(list(self._by_text))
        chosen = self._chosen
        self._set_chosen(self._find(chosen.id) if chosen is not None else None)

    def choose(self, service_id: uuid.UUID | None) -> None:
        """Choose a service by id (None, or an id not among the services: no service)."""
        self._set_chosen(self._find(service_id) if service_id is not None else None)

    def clear(self) -> None:
        """No service chosen, the search empty: ready for the next citizen."""
        self._set_chosen(None)
        self.hint.setText("")
        self.hint.hide()

    def focus_search(self) -> None:
        """Put the cursor in the search field with its text selected (Ctrl+K)."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _find(self, service_id: uuid.UUID) -> ServiceView | None:
        return next((s for s in self._services if s.id == service_id), None)

    def _text_of(self, service: ServiceView) -> str:
        return next((t for t, s in self._by_text.items() if s.id == service.id), service.name)

    def _choose_text(self, text: str) -> None:
        service = self._by_text.get(text)
        if service is not None:
            self._set_chosen(service)

    def _choose_typed(self) -> None:
        """Enter in the search field: the service whose name is typed, or else the first
        that contains what is typed (the top of the completion list)."""
        typed = self.search.text().strip()
        if not typed:
            self._set_chosen(None)
            return
        key = typed.casefold()
        exact = next((s for t, s in self._by_text.items() if t.casefold() == key), None)
        service = exact or next((s for t, s in self._by_text.items() if key in t.casefold()), None)
        if service is None:
            self.hint.setText(self.tr("No service matches “%1”.").replace("%1", typed))
            self.hint.show()
            return
        self._set_chosen(service)

    def _set_chosen(self, service: ServiceView | None) -> None:
        before = self._chosen
        self._chosen = service
        self.hint.setText("")
        self.hint.hide()
        self.search.setText(self._text_of(service) if service is not None else "")
        self._show(service)
        if (before is None) != (service is None) or (
            before is not None and service is not None and before.id != service.id
        ):
            self.service_chosen.emit(service)

    def _show(self, service: ServiceView | None) -> None:
        if service is None:
            self.name.setText(self.tr("No service chosen yet."))
            for label in (self.not_allowed, self.appointment_only, self.kvik, self.checklist):
                label.setText("")
                label.hide()
            self.forward.hide()
            return
        self.name.setText(service.name)
        self._show_line(self.not_allowed, self._not_allowed_text(service))
        self.forward.setVisible(
            self._can_forward and not service.allowed_here and service.area is Area.CITIZEN_SERVICE
        )
        self._show_line(self.appointment_only, self._appointment_only_text(service))
        kvik = service.kvik_within_five_minutes and service.allowed_here
        self._show_line(
            self.kvik, self.tr("KVIK answers this on the spot (within the limit).") if kvik else ""
        )
        self._show_line(self.checklist, self._checklist_html(service))

    @staticmethod
    def _show_line(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    def _not_allowed_text(self, service: ServiceView) -> str:
        if service.allowed_here:
            return ""
        lines = [
            self.tr("This desk may not do this: it is an authority task for citizen service.")
            if service.authority_task
            else self.tr("This desk's role may not do this service.")
        ]
        if service.appointment is not None:
            lines.append(self.tr("Book %1.").replace("%1", appointment_text(service.appointment)))
        if service.area is Area.CITIZEN_SERVICE and self._can_forward:
            lines.append(self.tr("Or forward the citizen by screen to citizen service."))
        return "\n".join(lines)

    def _appointment_only_text(self, service: ServiceView) -> str:
        if not service.appointment_only:
            return ""
        if service.appointment is None:
            return self.tr("Always by appointment.")
        return self.tr("Always by appointment: %1.").replace(
            "%1", appointment_text(service.appointment)
        )

    def _checklist_html(self, service: ServiceView) -> str:
        parts: list[str] = []
        if service.checklist.bring:
            items = "".join(f"<li>{html.escape(item)}</li>" for item in service.checklist.bring)
            heading = html.escape(self.tr("The citizen brings:"))
            parts.append(f"<p><b>{heading}</b></p><ul>{items}</ul>")
        if service.checklist.steps:
            items = "".join(f"<li>{html.escape(step)}</li>" for step in service.checklist.steps)
            heading = html.escape(self.tr("Steps:"))
            parts.append(f"<p><b>{heading}</b></p><ol>{items}</ol>")
        if not parts:
            return html.escape(self.tr("This service has no checklist."))
        return "".join(parts)

"""The "Services" tab of the catalogue editor: the list of services beside the form that
edits one, with the checks a person gets told about before anything is saved."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.catalogue import (
    APPOINTMENT_MINUTES,
    CODE_MAX,
    MAX_CHECKLIST_LINES,
    MAX_LINE,
    NAME_MAX,
    SERVING_DESKS,
    CatalogueError,
)
from counter_app.domain.org import Area, DeskKind, Resource
from counter_app.services.catalogue_desk import CatalogueDesk
from counter_app.services.views import ServiceView
from counter_app.ui.catalogue_controls import (
    button,
    check,
    message,
    row,
    row_label,
    save_row,
    show_problems,
)

CHECKLIST_HEIGHT = (70, 110)  # pixels: about four to six lines, and the form fits 1000×700
SORT_STEP = 10  # the catalogue numbers its services 10, 20, 30, ...


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [line.strip() for line in edit.toPlainText().splitlines() if line.strip()]


def _line_edit(name: str, max_length: int) -> QLineEdit:
    edit = QLineEdit()
    edit.setAccessibleName(name)
    edit.setMaxLength(max_length)
    return edit


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hint")
    label.setWordWrap(True)
    return label


class ServiceEditor(QWidget):
    """The municipality's services, and one of them in a form; saved as ``manager_id``.

    Signals:
        saved(): a change was saved (it syncs to every desk of the municipality).
    """

    saved = Signal()

    def __init__(
        self,
        catalogue: CatalogueDesk,
        language: str,
        desk_names: dict[DeskKind, str],
        manager_id: Callable[[], uuid.UUID | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._language = language
        self._desk_names = desk_names
        self._manager_id = manager_id
        self._services: list[ServiceView] = []
        self._service_id: uuid.UUID | None = None  # None: a new service
        self._sort_order: int | None = None  # kept, so a change does not move the service

        self.filter = QLineEdit()
        self.filter.setAccessibleName(self.tr("Filter services"))
        self.filter.setPlaceholderText(self.tr("Filter by name or code"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.service_list = QListWidget()
        self.service_list.setAccessibleName(self.tr("Services"))
        self.service_list.setWordWrap(True)  # long Danish names wrap instead of being cut
        self.service_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.service_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.service_list.currentItemChanged.connect(self._service_chosen)
        self.new_button = button(self.tr("New service"), self.tr("New service"))
        self.new_button.clicked.connect(self.new_service)
        left = QVBoxLayout()
        left.addWidget(self.filter)
        left.addWidget(self.service_list, 1)
        left.addWidget(self.new_button)

        self.error = message(self.tr("Error"), "catalogueError")
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.confirmation = message(self.tr("Saved"), "catalogueSaved")
        self.save_button = button(self.tr("Save"), self.tr("Save service"))
        self.save_button.setToolTip(self.tr("Save the service (Ctrl+S)"))
        self.save_button.clicked.connect(self.save_service)
        right = QVBoxLayout()
        right.addWidget(self._service_form(), 1)
        right.addWidget(self.error)
        right.addLayout(save_row(self.confirmation, self.save_button))

        body = QHBoxLayout(self)
        body.addLayout(left, 2)
        body.addLayout(right, 5)

    # -- building ----------------------------------------------------------------------------

    def _service_form(self) -> QScrollArea:
        self.code = _line_edit(self.tr("Code"), CODE_MAX)
        self.code.setPlaceholderText(self.tr("e.g. passport_renewal"))
        self.name_da = _line_edit(self.tr("Danish name"), NAME_MAX)
        self.name_en = _line_edit(self.tr("English name"), NAME_MAX)
        self.area = QComboBox()
        self.area.setAccessibleName(self.tr("Area"))
        self.area.addItem(self.tr("Library"), Area.LIBRARY.value)
        self.area.addItem(self.tr("Citizen service"), Area.CITIZEN_SERVICE.value)

        names = self._desk_names
        self.desk_kinds = {
            kind: check(names[kind], self.tr("Desk role: %1").replace("%1", names[kind]))
            for kind in SERVING_DESKS
        }
        desks = QGridLayout()
        desks.setContentsMargins(0, 0, 0, 0)
        for index, box in enumerate(self.desk_kinds.values()):
            desks.addWidget(box, index // 3, index % 3)

        self.authority_task = check(self.tr("Authority task"), self.tr("Authority task"))
        self.kvik_within_five_minutes = check(
            self.tr("KVIK within five minutes"), self.tr("KVIK answers it within five minutes")
        )
        self.appointment_only = check(self.tr("Appointment only"), self.tr("Appointment only"))
        rules = QVBoxLayout()
        rules.setContentsMargins(0, 0, 0, 0)
        rules.addLayout(
            row(self.authority_task, self.kvik_within_five_minutes, self.appointment_only)
        )
        rules.addWidget(
            _hint(
                self.tr(
                    "Authority tasks belong to citizen service. KVIK answers a five-minute "
                    "service on the spot; an appointment-only service (a passport) is never "
                    "done at the counter."
                )
            )
        )

        appointment = self._appointment()
        self.active = check(self.tr("Active"), self.tr("Active"))
        self.seasonal = check(self.tr("Seasonal"), self.tr("Seasonal"))
        availability = QVBoxLayout()
        availability.setContentsMargins(0, 0, 0, 0)
        availability.addLayout(row(self.active, self.seasonal))
        availability.addWidget(
            _hint(
                self.tr(
                    "The desks only offer active services. A seasonal service (postal vote) "
                    "is switched on around elections."
                )
            )
        )

        checklist = self._checklist()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Code (never changes)"), self.code)
        form.addRow(self.tr("Name in Danish"), self.name_da)
        form.addRow(self.tr("Name in English"), self.name_en)
        form.addRow(self.tr("Area"), self.area)
        form.addRow(
            row_label(self.tr("Desk roles that may do it"), self.desk_kinds[DeskKind.KVIK]),
            desks,
        )
        form.addRow(row_label(self.tr("Rules"), self.authority_task), rules)
        form.addRow(
            row_label(self.tr("Appointment"), self.appointment_kind),
            appointment,
        )
        form.addRow(row_label(self.tr("Availability"), self.active), availability)
        form.addRow(row_label(self.tr("What to bring, one per line"), self.bring_da), checklist)

        editor = QWidget()
        editor.setLayout(form)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("The service's details"))
        scroll.setWidget(editor)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        return scroll

    def _appointment(self) -> QHBoxLayout:
        self.appointment_kind = QComboBox()
        self.appointment_kind.setAccessibleName(self.tr("Appointment with"))
        self.appointment_kind.addItem(self.tr("None"), "")
        self.appointment_kind.addItem(self.tr("Citizen service"), Resource.CITIZEN_SERVICE.value)
        self.appointment_kind.addItem(self.tr("Librarian"), Resource.LIBRARIAN.value)
        self.appointment_kind.currentIndexChanged.connect(self._appointment_changed)
        self.appointment_minutes = QComboBox()
        self.appointment_minutes.setAccessibleName(self.tr("Appointment length"))
        for minutes in APPOINTMENT_MINUTES:
            self.appointment_minutes.addItem(
                self.tr("%1 minutes").replace("%1", str(minutes)), minutes
            )
        return row(self.appointment_kind, self.appointment_minutes)

    def _checklist(self) -> QGridLayout:
        self.bring_da = self._checklist_edit(self.tr("What to bring, Danish"))
        self.bring_en = self._checklist_edit(self.tr("What to bring, English"))
        self.steps_da = self._checklist_edit(self.tr("Steps, Danish"))
        self.steps_en = self._checklist_edit(self.tr("Steps, English"))
        checklist = QGridLayout()
        checklist.setContentsMargins(0, 0, 0, 0)
        for column, heading in enumerate((self.tr("Danish"), self.tr("English"))):
            checklist.addWidget(QLabel(heading), 0, column)
        checklist.addWidget(self.bring_da, 1, 0)
        checklist.addWidget(self.bring_en, 1, 1)
        checklist.addWidget(row_label(self.tr("Steps, one per line:"), self.steps_da), 2, 0, 1, 2)
        checklist.addWidget(self.steps_da, 3, 0)
        checklist.addWidget(self.steps_en, 3, 1)
        return checklist

    def _checklist_edit(self, name: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setAccessibleName(name)
        edit.setAccessibleDescription(self.tr("One item per line"))
        edit.setTabChangesFocus(True)  # Tab moves on, as everywhere else in the dialog
        edit.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        edit.setMinimumHeight(CHECKLIST_HEIGHT[0])
        edit.setMaximumHeight(CHECKLIST_HEIGHT[1])
        return edit

    def tab_chain(self) -> list[QWidget]:
        """The controls in the order Tab visits them: the list first."""
        return [
            self.service_list,
            self.filter,
            self.new_button,
            self.code,
            self.name_da,
            self.name_en,
            self.area,
            *self.desk_kinds.values(),
            self.authority_task,
            self.kvik_within_five_minutes,
            self.appointment_only,
            self.appointment_kind,
            self.appointment_minutes,
            self.active,
            self.seasonal,
            self.bring_da,
            self.bring_en,
            self.steps_da,
            self.steps_en,
            self.save_button,
        ]

    # -- the list ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the list of services (keeps the selected service)."""
        self._services = self._catalogue.services(self._language, include_inactive=True)
        self.service_list.blockSignals(True)
        try:
            self.service_list.clear()
            for service in self._services:
                text = (
                    service.name
                    if service.active
                    else self.tr("%1 (inactive)").replace("%1", service.name)
                )
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(service.id))
                item.setToolTip(service.code)
                self.service_list.addItem(item)
                if service.id == self._service_id:
                    self.service_list.setCurrentItem(item)
        finally:
            self.service_list.blockSignals(False)
        self._apply_filter(self.filter.text())

    def show_first(self) -> None:
        """Show the first service in the editor, or an empty form when there is none."""
        if self._services:
            self.service_list.setCurrentRow(0)
        else:
            self.new_service()

    def service_names(self) -> list[str]:
        """The names the list shows now (rows the filter hides left out)."""
        return [
            item.text()
            for index in range(self.service_list.count())
            if not (item := self.service_list.item(index)).isHidden()
        ]

    def select_service(self, service_id: uuid.UUID) -> None:
        """Show one service in the editor."""
        for index in range(self.service_list.count()):
            item = self.service_list.item(index)
            if item.data(Qt.ItemDataRole.UserRole) == str(service_id):
                self.service_list.setCurrentItem(item)
                return
        raise LookupError("the service is not in the list")

    def _apply_filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        codes = {str(s.id): s.code.casefold() for s in self._services}
        for index in range(self.service_list.count()):
            item = self.service_list.item(index)
            code = codes.get(item.data(Qt.ItemDataRole.UserRole), "")
            item.setHidden(bool(wanted) and wanted not in item.text().casefold() + " " + code)

    def _service_chosen(self, item: QListWidgetItem | None) -> None:
        if item is None:
            return
        service_id = uuid.UUID(item.data(Qt.ItemDataRole.UserRole))
        try:
            fields = self._catalogue.service_fields(service_id)
        except LookupError:
            self._show_error([self.tr("The service no longer exists.")])
            return
        self._service_id = service_id
        self._show(fields)

    def new_service(self) -> None:
        """An empty form for a new service."""
        self.service_list.blockSignals(True)
        self.service_list.setCurrentRow(-1)
        self.service_list.clearSelection()
        self.service_list.blockSignals(False)
        self._service_id = None
        self._show(
            {
                "code": "",
                "name_da": "",
                "name_en": "",
                "area": Area.CITIZEN_SERVICE.value,
                "authority_task": False,
                "desk_kinds": [],
                "kvik_within_five_minutes": False,
                "appointment_only": False,
                "active": True,
                "seasonal": False,
            }
        )
        self.code.setFocus()

    # -- the form ----------------------------------------------------------------------------

    def _show(self, fields: dict[str, Any]) -> None:
        self._sort_order = fields.get("sort_order")
        existing = self._service_id is not None
        self.code.setText(fields.get("code", ""))
        self.code.setReadOnly(existing)
        self.code.setToolTip(
            self.tr("The code never changes: the statistics use it.") if existing else ""
        )
        self.name_da.setText(fields.get("name_da", ""))
        self.name_en.setText(fields.get("name_en", ""))
        self.area.setCurrentIndex(max(0, self.area.findData(fields.get("area"))))
        kinds = set(fields.get("desk_kinds", []))
        for kind, box in self.desk_kinds.items():
            box.setChecked(kind.value in kinds)
        self.authority_task.setChecked(bool(fields.get("authority_task")))
        self.kvik_within_five_minutes.setChecked(bool(fields.get("kvik_within_five_minutes")))
        self.appointment_only.setChecked(bool(fields.get("appointment_only")))
        self.appointment_kind.setCurrentIndex(
            max(0, self.appointment_kind.findData(fields.get("appointment_resource") or ""))
        )
        self.appointment_minutes.setCurrentIndex(
            max(0, self.appointment_minutes.findData(fields.get("appointment_minutes") or 15))
        )
        self._appointment_changed()
        for edit, key in (
            (self.bring_da, "bring_da"),
            (self.bring_en, "bring_en"),
            (self.steps_da, "steps_da"),
            (self.steps_en, "steps_en"),
        ):
            edit.setPlainText("\n".join(fields.get(key, [])))
        self.active.setChecked(bool(fields.get("active", True)))
        self.seasonal.setChecked(bool(fields.get("seasonal")))
        self.error.hide()
        self.confirmation.hide()

    def _appointment_changed(self) -> None:
        self.appointment_minutes.setEnabled(bool(self.appointment_kind.currentData()))

    def fields(self) -> dict[str, Any]:
        """The service in the editor, as the catalogue file writes it."""
        fields: dict[str, Any] = {
            "code": self.code.text().strip(),
            "name_da": self.name_da.text().strip(),
            "name_en": self.name_en.text().strip(),
            "area": self.area.currentData(),
            "authority_task": self.authority_task.isChecked(),
            "desk_kinds": [kind.value for kind, box in self.desk_kinds.items() if box.isChecked()],
            "kvik_within_five_minutes": self.kvik_within_five_minutes.isChecked(),
            "appointment_only": self.appointment_only.isChecked(),
        }
        if self.appointment_kind.currentData():
            fields["appointment_resource"] = self.appointment_kind.currentData()
            fields["appointment_minutes"] = self.appointment_minutes.currentData()
        fields["bring_da"] = _lines(self.bring_da)
        fields["bring_en"] = _lines(self.bring_en)
        fields["steps_da"] = _lines(self.steps_da)
        fields["steps_en"] = _lines(self.steps_en)
        fields["active"] = self.active.isChecked()
        fields["seasonal"] = self.seasonal.isChecked()
        if self._sort_order is not None:
            fields["sort_order"] = self._sort_order
        return fields

    def _problems(self, fields: dict[str, Any]) -> list[tuple[str, QWidget]]:
        """What a person can get wrong, in words, with the control to fix it in."""
        problems: list[tuple[str, QWidget]] = []
        code = fields["code"]
        if not code:
            problems.append((self.tr("Enter a code for the service."), self.code))
        elif not all(c.isascii() and (c.isalnum() or c == "_") for c in code):
            problems.append(
                (
                    self.tr(
                        "The code may only hold the letters a-z, digits and _ (no spaces, "
                        "no æ, ø or å)."
                    ),
                    self.code,
                )
            )
        elif self._service_id is None and any(s.code == code for s in self._services):
            problems.append(
                (
                    self.tr("Another service already has the code %1.").replace("%1", code),
                    self.code,
                )
            )
        if not fields["name_da"]:
            problems.append((self.tr("Enter the Danish name."), self.name_da))
        if not fields["name_en"]:
            problems.append((self.tr("Enter the English name."), self.name_en))
        if not fields["desk_kinds"]:
            problems.append(
                (
                    self.tr("Tick at least one desk role that may do the service."),
                    self.desk_kinds[DeskKind.KVIK],
                )
            )
        if fields["appointment_only"] and "appointment_resource" not in fields:
            problems.append(
                (
                    self.tr("An appointment-only service needs an appointment: choose with whom."),
                    self.appointment_kind,
                )
            )
        if fields["kvik_within_five_minutes"]:
            if DeskKind.KVIK.value not in fields["desk_kinds"]:
                problems.append(
                    (
                        self.tr("“KVIK answers it within five minutes” needs the KVIK desk role."),
                        self.desk_kinds[DeskKind.KVIK],
                    )
                )
            if fields["appointment_only"]:
                problems.append(
                    (
                        self.tr(
                            "A service cannot be appointment only and answered at KVIK within "
                            "five minutes."
                        ),
                        self.appointment_only,
                    )
                )
        for edit in (self.bring_da, self.bring_en, self.steps_da, self.steps_en):
            lines = _lines(edit)
            if len(lines) > MAX_CHECKLIST_LINES or any(len(line) > MAX_LINE for line in lines):
                problems.append(
                    (
                        self.tr("%1: at most %2 lines of %3 characters each.")
                        .replace("%1", edit.accessibleName())
                        .replace("%2", str(MAX_CHECKLIST_LINES))
                        .replace("%3", str(MAX_LINE)),
                        edit,
                    )
                )
        return problems

    def save_service(self) -> bool:
        """Check and save the service in the editor; True when it was saved."""
        self.confirmation.hide()
        manager_id = self._manager_id()
        if manager_id is None:
            return False
        fields = self.fields()
        if self._service_id is None and "sort_order" not in fields:
            fields["sort_order"] = self._next_sort_order()
        problems = self._problems(fields)
        if problems:
            self._show_error([text for text, _ in problems])
            problems[0][1].setFocus()
            return False
        try:
            service_id = self._catalogue.save_service(self._service_id, fields, staff_id=manager_id)
        except CatalogueError as exc:
            self._show_error(exc.problems)
            return False
        except ValueError as exc:  # another service has the code
            self._show_error([str(exc)])
            return False
        self._service_id = service_id
        self.error.hide()
        self.refresh()
        self._show(self._catalogue.service_fields(service_id))
        self.confirmation.setText(
            self.tr("Saved. The change reaches every desk of the municipality.")
        )
        self.confirmation.show()
        self.saved.emit()
        return True

    def _next_sort_order(self) -> int:
        orders = [
            int(self._catalogue.service_fields(service.id).get("sort_order") or 0)
            for service in self._services
        ]
        return max(orders, default=0) + SORT_STEP

    def _show_error(self, problems: list[str]) -> None:
        show_problems(self.error, self.confirmation, problems)

"""The statistics window's filter bar: who is signed in (a manager, or nobody: this branch
today), the period, the branch and the kind of desk, and the Update button.

Signals:
    changed(): the choice changed (not when the bar sets itself up).
    period_refused(PeriodError): the period before or after could not be chosen.
"""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from counter_app.domain.org import DeskKind
from counter_app.domain.statistics import Period, PeriodError, PeriodKind
from counter_app.protocol.statistics import StatisticsQuery
from counter_app.services.statistics_desk import StatisticsDesk
from counter_app.ui.panel_controls import named_button
from counter_app.ui.statistics_labels import all_desk_kinds, desk_kind_name, whole_municipality

UPDATE_SHORTCUT = "F5"
PREVIOUS_SHORTCUT = "Alt+Left"
NEXT_SHORTCUT = "Alt+Right"
QDATE_FORMAT = "dd.MM.yyyy"


class StatisticsFilters(QWidget):
    """What the statistics cover, on two lines: who and when, then where and Update."""

    changed = Signal()
    period_refused = Signal(object)  # the PeriodError

    def __init__(self, statistics: StatisticsDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._statistics = statistics
        self._who_controls()
        self._period_controls()
        self._scope_controls()
        first = QHBoxLayout()
        first.addWidget(self._label(self.tr("Signed in as manager:"), self.manager))
        first.addWidget(self.manager)
        first.addSpacing(16)
        first.addWidget(self._label(self.tr("Period:"), self.period_kind))
        first.addWidget(self.period_kind)
        first.addWidget(self.previous_button)
        first.addWidget(self.first_day)
        dash = QLabel("–")
        dash.setAccessibleName(self.tr("to"))
        first.addWidget(dash)
        first.addWidget(self.last_day)
        first.addWidget(self.next_button)
        first.addStretch(1)
        second = QHBoxLayout()
        second.addWidget(self._label(self.tr("Branch:"), self.branch))
        second.addWidget(self.branch)
        second.addSpacing(16)
        second.addWidget(self._label(self.tr("Desk kind:"), self.desk_kind))
        second.addWidget(self.desk_kind)
        second.addSpacing(16)
        second.addWidget(self.no_manager_note, 20)
        second.addStretch(1)  # keeps the controls to the left when the note is hidden
        second.addWidget(self.update_button)
        bar = QVBoxLayout(self)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(4)
        bar.addLayout(first)
        bar.addLayout(second)
        self._apply_manager()

    def _who_controls(self) -> None:
        self._manager = self._statistics.signed_in_manager()
        self.manager = QLabel()
        self._name_manager()
        self.manager.setAccessibleName(self.tr("Signed in as manager"))
        self.no_manager_note = QLabel(
            self.tr(
                "Without a manager you see this branch today. A manager sees every branch "
                "and any period: sign in as a manager (Ctrl+L)."
            )
        )
        self.no_manager_note.setObjectName("hint")
        self.no_manager_note.setWordWrap(True)
        self.no_manager_note.setAccessibleName(self.tr("Without a manager"))

    def _period_controls(self) -> None:
        self.period_kind = QComboBox()
        self.period_kind.setAccessibleName(self.tr("Period"))
        for period_kind, text in (
            (PeriodKind.DAY, self.tr("Day")),
            (PeriodKind.WEEK, self.tr("Week")),
            (PeriodKind.MONTH, self.tr("Month")),
            (PeriodKind.CUSTOM, self.tr("Custom period")),
        ):
            self.period_kind.addItem(text, period_kind.value)
        self.period_kind.currentIndexChanged.connect(self._kind_changed)
        self.previous_button = named_button(
            self.tr("◀ Previous"),
            self.tr("Previous period"),
            self.tr("The period before (%1)").replace("%1", PREVIOUS_SHORTCUT),
        )
        self.previous_button.clicked.connect(lambda: self.step_period(-1))
        self.next_button = named_button(
            self.tr("Next ▶"),
            self.tr("Next period"),
            self.tr("The period after (%1)").replace("%1", NEXT_SHORTCUT),
        )
        self.next_button.clicked.connect(lambda: self.step_period(+1))
        for button in (self.previous_button, self.next_button):
            button.setAutoDefault(False)
        self.first_day = self._date_edit(self.tr("First day"))
        self.last_day = self._date_edit(self.tr("Last day"))
        self._set_period(self._statistics.today())

    def _scope_controls(self) -> None:
        self.branch = QComboBox()
        self.branch.setAccessibleName(self.tr("Branch"))
        self.branch.addItem(whole_municipality(), "")
        for branch in self._statistics.branches():
            self.branch.addItem(branch.name, str(branch.id))
        _roomy(self.branch)
        self._select_own_branch()
        self.desk_kind = QComboBox()
        self.desk_kind.setAccessibleName(self.tr("Desk kind"))
        self.desk_kind.addItem(all_desk_kinds(), "")
        for kind in self._statistics.desk_kinds:
            self.desk_kind.addItem(desk_kind_name(kind), kind.value)
        self.desk_kind.currentIndexChanged.connect(self._mark_changed)
        self.branch.currentIndexChanged.connect(self._mark_changed)
        for edit in (self.first_day, self.last_day):
            edit.dateChanged.connect(self._mark_changed)
        self.update_button = named_button(
            self.tr("Update (%1)").replace("%1", UPDATE_SHORTCUT),
            self.tr("Update"),
            self.tr("Ask the server for the statistics of this choice"),
        )
        self.update_button.setDefault(True)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setAccessibleName(name)
        edit.setDisplayFormat(QDATE_FORMAT)
        edit.setCalendarPopup(True)
        edit.setMinimumWidth(edit.fontMetrics().horizontalAdvance("00.00.00000") + 44)
        return edit

    def _select_own_branch(self) -> None:
        own = self.branch.findData(str(self._statistics.branch_id))
        if own >= 0:
            self.branch.setCurrentIndex(own)

    def refresh_manager(self) -> None:
        """Someone signed in or out at the desk: a manager sees more, others less."""
        self._manager = self._statistics.signed_in_manager()
        self._name_manager()
        self._apply_manager()

    def _name_manager(self) -> None:
        self.manager.setText(
            f"{self._manager.initials} · {self._manager.name}"
            if self._manager
            else self.tr("No manager: this branch today")
        )

    def manager_id(self) -> uuid.UUID | None:
        """The manager signed in, if any."""
        return self._manager.id if self._manager is not None else None

    def period_kind_value(self) -> PeriodKind:
        """The kind of period chosen."""
        return PeriodKind(self.period_kind.currentData())

    def period(self) -> Period:
        """The days chosen (raises PeriodError for an impossible choice)."""
        if self.manager_id() is None:
            return self._statistics.today()
        return Period(_day(self.first_day.date()), _day(self.last_day.date()))

    def query(self) -> StatisticsQuery:
        """What the filter bar asks for (raises PeriodError for an impossible period)."""
        period = self.period()
        branch = self.branch.currentData()
        kind = self.desk_kind.currentData()
        return StatisticsQuery(
            first_day=period.first_day,
            last_day=period.last_day,
            branch_id=uuid.UUID(branch) if branch else None,
            desk_kind=DeskKind(kind) if kind else None,
        )

    def step_period(self, direction: int) -> None:
        """Show the period before (-1) or after (+1) in the date fields (a manager only);
        Update asks for it."""
        if self.manager_id() is None:
            return
        try:
            period = self.period().step(self.period_kind_value(), direction)
        except PeriodError as exc:
            self.period_refused.emit(exc)
            return
        self._set_period(period)
        self._mark_changed()

    def _apply_manager(self) -> None:
        managing = self.manager_id() is not None
        if not managing:
            self.period_kind.blockSignals(True)
            self.period_kind.setCurrentIndex(self.period_kind.findData(PeriodKind.DAY.value))
            self.period_kind.blockSignals(False)
            self._set_period(self._statistics.today())
            self._select_own_branch()
        for control in (self.period_kind, self.previous_button, self.next_button, self.branch):
            control.setEnabled(managing)
        self._enable_dates()
        self.no_manager_note.setVisible(not managing)
        self._mark_changed()

    def _kind_changed(self) -> None:
        kind = self.period_kind_value()
        if kind is not PeriodKind.CUSTOM:
            self._set_period(Period.around(kind, _day(self.first_day.date())))
        self._enable_dates()
        self._mark_changed()

    def _enable_dates(self) -> None:
        custom = self.manager_id() is not None and self.period_kind_value() is PeriodKind.CUSTOM
        self.first_day.setEnabled(custom)
        self.last_day.setEnabled(custom)

    def _set_period(self, period: Period) -> None:
        for edit, day in ((self.first_day, period.first_day), (self.last_day, period.last_day)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _mark_changed(self) -> None:
        self.changed.emit()


def _roomy(combo: QComboBox) -> None:
    """As wide as its longest choice (a branch's or a manager's name), whatever is chosen."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)


def _day(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())

"""The "Time limits" tab of the catalogue editor: the serving limit of each desk role."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from counter_app.domain.catalogue import CatalogueError
from counter_app.domain.org import DeskKind
from counter_app.services.catalogue_desk import CatalogueDesk
from counter_app.ui.catalogue_controls import (
    button,
    check,
    message,
    row,
    row_label,
    save_row,
    show_problems,
)

LIMIT_RANGE = (1, 120)  # minutes, as the catalogue allows
AMBER_RANGE = (0, 119)
DEFAULT_LIMIT = (5, 4)  # shown for a role without a limit, should the manager tick it


class LimitRow:
    """The controls of one desk role on the "Time limits" tab."""

    def __init__(self, enabled: QCheckBox, limit: QSpinBox, amber: QSpinBox) -> None:
        self.enabled = enabled
        self.limit = limit
        self.amber = amber
        self.saved: tuple[int, int] | None = None  # as the catalogue has it now

    def value(self) -> tuple[int, int] | None:
        """(limit, amber) in minutes, or None for no limit."""
        if not self.enabled.isChecked():
            return None
        return self.limit.value(), self.amber.value()

    def show(self, value: tuple[int, int] | None) -> None:
        """Fill the row from the catalogue."""
        self.saved = value
        self.enabled.setChecked(value is not None)
        limit, amber = value or DEFAULT_LIMIT
        self.limit.setValue(limit)
        self.amber.setValue(amber)
        self.limit.setEnabled(value is not None)
        self.amber.setEnabled(value is not None)


class ServingLimitsEditor(QWidget):
    """When each desk role's timer turns amber and red; saved as the manager of ``manager_id``.

    Signals:
        saved(): a change was saved (it syncs to every desk of the municipality).
    """

    saved = Signal()

    def __init__(
        self,
        catalogue: CatalogueDesk,
        desk_names: dict[DeskKind, str],
        manager_id: Callable[[], uuid.UUID | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._desk_names = desk_names
        self._manager_id = manager_id

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.limit_rows: dict[DeskKind, LimitRow] = {}
        for kind, name in desk_names.items():
            limit_row = self._limit_row(name)
            self.limit_rows[kind] = limit_row
            amber_label = row_label(self.tr("Amber from"), limit_row.amber)
            form.addRow(
                row_label(name, limit_row.enabled),
                row(limit_row.enabled, limit_row.limit, amber_label, limit_row.amber),
            )
        explanation = QLabel(
            self.tr(
                "A desk's timer turns amber from the amber minute and red at the limit, when "
                "the desk is asked to hand the citizen on or give a reason. Without a limit "
                "the timer stays calm."
            )
        )
        explanation.setWordWrap(True)
        self.limits_error = message(self.tr("Error"), "limitsError")
        self.limits_confirmation = message(self.tr("Saved"), "limitsSaved")
        self.save_limits_button = button(self.tr("Save limits"), self.tr("Save limits"))
        self.save_limits_button.setToolTip(self.tr("Save the limits (Ctrl+S)"))
        self.save_limits_button.clicked.connect(self.save_limits)

        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.limits_error)
        layout.addLayout(save_row(self.limits_confirmation, self.save_limits_button))

    def _limit_row(self, name: str) -> LimitRow:
        enabled = check(self.tr("Limit"), self.tr("%1: limit").replace("%1", name))
        limit = QSpinBox()
        limit.setRange(*LIMIT_RANGE)
        limit.setSuffix(self.tr(" min"))
        limit.setAccessibleName(self.tr("%1: limit in minutes").replace("%1", name))
        amber = QSpinBox()
        amber.setRange(*AMBER_RANGE)
        amber.setSuffix(self.tr(" min"))
        amber.setAccessibleName(self.tr("%1: amber from minute").replace("%1", name))
        enabled.toggled.connect(limit.setEnabled)
        enabled.toggled.connect(amber.setEnabled)
        return LimitRow(enabled, limit, amber)

    def tab_chain(self) -> list[QWidget]:
        """The controls in the order Tab visits them."""
        chain: list[QWidget] = []
        for limit_row in self.limit_rows.values():
            chain += [limit_row.enabled, limit_row.limit, limit_row.amber]
        chain.append(self.save_limits_button)
        return chain

    def refresh(self) -> None:
        """Re-read the limits from the catalogue."""
        limits = self._catalogue.limits()
        for kind, limit_row in self.limit_rows.items():
            limit = limits.get(kind)
            limit_row.show(
                None
                if limit is None
                else (
                    int(limit.limit.total_seconds()) // 60,
                    int(limit.amber.total_seconds()) // 60,
                )
            )

    def _problems(self, changed: dict[DeskKind, tuple[int, int] | None]) -> list[str]:
        problems: list[str] = []
        for kind, value in changed.items():
            if value is None:
                continue
            limit, amber = value
            if amber < 1:
                problems.append(
                    self.tr("%1: amber must start after at least one minute.").replace(
                        "%1", self._desk_names[kind]
                    )
                )
            elif amber >= limit:
                problems.append(
                    self.tr("%1: amber must start before the limit (%2 minutes).")
                    .replace("%1", self._desk_names[kind])
                    .replace("%2", str(limit))
                )
        return problems

    def save_limits(self) -> bool:
        """Save the limits of every desk role that changed; True when all were saved."""
        self.limits_confirmation.hide()
        manager_id = self._manager_id()
        if manager_id is None:
            return False
        changed = {
            kind: value
            for kind, limit_row in self.limit_rows.items()
            if (value := limit_row.value()) != limit_row.saved
        }
        problems = self._problems(changed)
        if problems:
            show_problems(self.limits_error, self.limits_confirmation, problems)
            return False
        done = 0
        try:
            for kind, value in changed.items():
                limit_minutes, amber_minutes = value if value is not None else (None, None)
                self._catalogue.save_limit(kind, limit_minutes, amber_minutes, staff_id=manager_id)
                self.limit_rows[kind].saved = value
                done += 1
        except CatalogueError as exc:
            show_problems(self.limits_error, self.limits_confirmation, exc.problems)
            return False
        finally:
            if done:
                self.saved.emit()
        self.limits_error.hide()
        self.refresh()
        self.limits_confirmation.setText(
            self.tr("Saved. The change reaches every desk of the municipality.")
            if changed
            else self.tr("Nothing to save: no limit was changed.")
        )
        self.limits_confirmation.show()
        return True

"""The manager's catalogue editor: the municipality's services and the serving limits of
each desk role. A saved change goes to the server, which sends it to every desk.

The dialog chooses who signs the change and holds the two tabs: :class:`ServiceEditor`
and :class:`ServingLimitsEditor`."""

from __future__ import annotations

import itertools
import uuid
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.org import DeskKind
from counter_app.services.catalogue_desk import CatalogueDesk
from counter_app.ui.service_editor import ServiceEditor
from counter_app.ui.serving_limits_editor import ServingLimitsEditor
from counter_app.ui.style import fitted

# Readable on white and on the light backgrounds (WCAG AA).
CATALOGUE_STYLE = """
QLabel#catalogueError, QLabel#limitsError, QLabel#noManager {
    color: #8a1c1c; background: #fdecea; border: 1px solid #c0392b; border-radius: 4px;
    padding: 6px; }
QLabel#hint { color: #4a4a4a; }
QLabel#catalogueSaved, QLabel#limitsSaved { color: #1f6f43; font-weight: bold; padding: 6px; }
"""


class CatalogueDialog(QDialog):
    """Change the municipality's services and the serving limits of each desk role.

    Open it with :meth:`open` (never ``exec()``: the program runs on a qasync loop).

    Signals:
        saved(): a change was saved (it syncs to every desk of the municipality).
    """

    saved = Signal()

    def __init__(
        self, catalogue: CatalogueDesk, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Service catalogue"))
        self.setStyleSheet(fitted(CATALOGUE_STYLE))

        # -- who signs the change: the manager signed in at this desk ---------------------
        self._manager = catalogue.signed_in_manager()
        self.manager = QLabel(
            f"{self._manager.initials} · {self._manager.name}" if self._manager else ""
        )
        self.manager.setAccessibleName(self.tr("Signed in as manager"))
        self.no_manager = QLabel(
            self.tr(
                "Only a manager can change the catalogue. Sign in as a manager "
                "(Desk → Sign in…, Ctrl+L) and open the catalogue again."
            )
        )
        self.no_manager.setObjectName("noManager")
        self.no_manager.setWordWrap(True)
        self.no_manager.setAccessibleName(self.tr("No manager signed in"))
        top = QFormLayout()
        top.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        if self._manager is not None:
            top.addRow(self.tr("Signed in as manager:"), self.manager)

        desk_names = self._desk_names()
        self.service_editor = ServiceEditor(catalogue, language, desk_names, self._manager_id)
        self.limits_editor = ServingLimitsEditor(catalogue, desk_names, self._manager_id)
        self.service_editor.saved.connect(self.saved)
        self.limits_editor.saved.connect(self.saved)
        self._expose_controls()
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Catalogue"))
        self.tabs.addTab(self.service_editor, self.tr("Services"))
        self.tabs.addTab(self.limits_editor, self.tr("Time limits"))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        close.setAccessibleName(self.tr("Close"))
        close.setAutoDefault(False)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.no_manager)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

        has_manager = self._manager is not None
        self.no_manager.setVisible(not has_manager)
        self.save_button.setEnabled(has_manager)
        self.save_limits_button.setEnabled(has_manager)

        save = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        save.activated.connect(self._save_shown_tab)
        chain = self.service_editor.tab_chain() + self.limits_editor.tab_chain()
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self.refresh()
        self.limits_editor.refresh()
        self.service_editor.show_first()
        self.service_list.setFocus()
        self.resize(1000, 700)

    def _expose_controls(self) -> None:
        """The tabs' controls, reachable from the dialog as before the tabs were parts."""
        services = self.service_editor
        self.filter = services.filter
        self.service_list = services.service_list
        self.new_button = services.new_button
        self.error = services.error
        self.confirmation = services.confirmation
        self.save_button = services.save_button
        self.code = services.code
        self.name_da = services.name_da
        self.name_en = services.name_en
        self.area = services.area
        self.desk_kinds = services.desk_kinds
        self.authority_task = services.authority_task
        self.kvik_within_five_minutes = services.kvik_within_five_minutes
        self.appointment_only = services.appointment_only
        self.appointment_kind = services.appointment_kind
        self.appointment_minutes = services.appointment_minutes
        self.active = services.active
        self.seasonal = services.seasonal
        self.bring_da = services.bring_da
        self.bring_en = services.bring_en
        self.steps_da = services.steps_da
        self.steps_en = services.steps_en
        limits = self.limits_editor
        self.limit_rows = limits.limit_rows
        self.limits_error = limits.limits_error
        self.limits_confirmation = limits.limits_confirmation
        self.save_limits_button = limits.save_limits_button

    def _desk_names(self) -> dict[DeskKind, str]:
        return {
            DeskKind.KVIK: self.tr("KVIK"),
            DeskKind.CASEWORKER: self.tr("Caseworker"),
            DeskKind.LIBRARIAN: self.tr("Librarian"),
            DeskKind.BRANCH: self.tr("Branch library"),
            DeskKind.CONTACT_CENTRE: self.tr("Contact centre"),
        }

    def _manager_id(self) -> uuid.UUID | None:
        return self._manager.id if self._manager is not None else None

    def _save_shown_tab(self) -> None:
        """Ctrl+S saves what the shown tab edits."""
        button = self.save_button if self.tabs.currentIndex() == 0 else self.save_limits_button
        if button.isEnabled():
            button.click()

    # -- the parts' public methods, kept on the dialog ----------------------------------------

    def refresh(self) -> None:
        """Re-read the list of services (keeps the selected service)."""
        self.service_editor.refresh()

    def service_names(self) -> list[str]:
        """The names the list shows now (rows the filter hides left out)."""
        return self.service_editor.service_names()

    def select_service(self, service_id: uuid.UUID) -> None:
        """Show one service in the editor."""
        self.service_editor.select_service(service_id)

    def fields(self) -> dict[str, Any]:
        """The service in the editor, as the catalogue file writes it."""
        return self.service_editor.fields()

    def save_service(self) -> bool:
        """Check and save the service in the editor; True when it was saved."""
        return self.service_editor.save_service()

    def save_limits(self) -> bool:
        """Save the limits of every desk role that changed; True when all were saved."""
        return self.limits_editor.save_limits()

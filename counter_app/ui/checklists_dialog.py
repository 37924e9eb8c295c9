"""The service checklists, to read at any time (Help menu): every service of the catalogue,
found by typing part of its name, with what the citizen brings and the steps."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.services.views import ServiceView
from counter_app.ui.checklist_panel import CHECKLIST_STYLE, ChecklistPanel
from counter_app.ui.help_style import HELP_STYLE
from counter_app.ui.style import fitted

__all__ = ["ChecklistsDialog"]

_ID_ROLE = Qt.ItemDataRole.UserRole
_MOVE_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


class ChecklistsDialog(QDialog):
    """Type to narrow the list (name or code, any case), Up/Down to move through it; the
    chosen service's checklist shows beside it. Read only: a manager changes the catalogue
    under *Desk > Service catalogue…*."""

    def __init__(self, services: list[ServiceView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = sorted(services, key=lambda s: s.name.casefold())
        self.setObjectName("checklistsDialog")
        self.setWindowTitle(self.tr("Service checklists"))
        self.setStyleSheet(fitted(HELP_STYLE + CHECKLIST_STYLE))
        self.resize(900, 600)
        prompt = QLabel(self.tr("&Find the service:"))
        self.filter = QLineEdit()
        self.filter.setObjectName("checklistsFilter")
        self.filter.setAccessibleName(self.tr("Find the service"))
        self.filter.setPlaceholderText(self.tr("Type part of the name…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.filter.installEventFilter(self)
        prompt.setBuddy(self.filter)
        self.list = QListWidget()
        self.list.setObjectName("checklistsList")
        self.list.setAccessibleName(self.tr("Services"))
        self.list.currentItemChanged.connect(lambda *_: self._show_current())
        self.none_found = QLabel(self.tr("No service matches what you typed."))
        self.none_found.setObjectName("helpHint")
        self.none_found.hide()
        self.details = ChecklistPanel()
        self.details.hide_search()
        self.details.show_services(self._services)
        close = QPushButton(self.tr("&Close"))
        close.setAccessibleName(self.tr("Close the checklists"))
        close.setAutoDefault(False)
        close.clicked.connect(self.accept)
        left = QVBoxLayout()
        left.addWidget(prompt)
        left.addWidget(self.filter)
        left.addWidget(self.list, 1)
        left.addWidget(self.none_found)
        body = QHBoxLayout()
        body.addLayout(left, 2)
        body.addWidget(self.details, 3)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        self._apply_filter("")
        self.filter.setFocus()

    def shown_names(self) -> list[str]:
        """The names in the list now, top to bottom."""
        return [self.list.item(row).text() for row in range(self.list.count())]

    def _apply_filter(self, text: str) -> None:
        key = text.strip().casefold()
        chosen = self.details.chosen
        self.list.clear()
        for service in self._services:
            if key in service.name.casefold() or key in service.code.casefold():
                item = QListWidgetItem(service.name)
                item.setData(_ID_ROLE, service.id)
                self.list.addItem(item)
        self.none_found.setVisible(self.list.count() == 0)
        ids = [self.list.item(row).data(_ID_ROLE) for row in range(self.list.count())]
        if ids:
            row = ids.index(chosen.id) if chosen is not None and chosen.id in ids else 0
            self.list.setCurrentRow(row)
        else:
            self.details.choose(None)

    def _show_current(self) -> None:
        item = self.list.currentItem()
        self.details.choose(item.data(_ID_ROLE) if item is not None else None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up, Down, Page Up and Page Down in the search field move through the list."""
        if watched is self.filter and isinstance(event, QKeyEvent) and event.key() in _MOVE_KEYS:
            if event.type() == QEvent.Type.KeyPress:
                QCoreApplication.sendEvent(self.list, event)
            return True
        return super().eventFilter(watched, event)

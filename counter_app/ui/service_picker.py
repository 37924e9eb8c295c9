"""Choosing the service(s) of a contact: a filter field over a numbered list.

Keys, while the filter or the list has the focus:
    1-9            choose the numbered service (while the filter is empty, or when the
                   digit matches no service name)
    letters        filter the services; Up/Down/PageUp/PageDown move the current one
    +              tick the current service, for several services in one contact
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from counter_app.services.views import ServiceView

NUMBERED_ROWS = 9

_ID_ROLE = Qt.ItemDataRole.UserRole
_NAME_ROLE = Qt.ItemDataRole.UserRole + 1
_CODE_ROLE = Qt.ItemDataRole.UserRole + 2


class ServicePicker(QWidget):
    """The active services, filtered by typing and chosen by number, arrow or +.

    Signals:
        changed(): staff changed the filter or the choice (an old error no longer holds).
        activated(): a service was double-clicked; register with it now.
    """

    changed = Signal()
    activated = Signal()

    def __init__(self, services: list[ServiceView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setObjectName("serviceFilter")
        self.filter.setAccessibleName(self.tr("Filter services"))
        self.filter.setAccessibleDescription(
            self.tr("Type to filter; 1-9 chooses a numbered service; + adds another service")
        )
        self.filter.setPlaceholderText(self.tr("Type to find a service…"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setMinimumWidth(560)  # not the dialog's: that would override the layout's
        self.services = QListWidget()
        self.services.setObjectName("serviceList")
        self.services.setAccessibleName(self.tr("Services"))
        self.services.setMinimumHeight(220)
        for service in services:
            if service.active:
                self._add_service(service)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.services, 1)

        self.filter.installEventFilter(self)
        self.services.installEventFilter(self)
        self.filter.textChanged.connect(self._apply_filter)
        self.services.itemDoubleClicked.connect(self._activate_item)
        self._renumber()

    def _add_service(self, service: ServiceView) -> None:
        item = QListWidgetItem(service.name)
        item.setData(_ID_ROLE, service.id)
        item.setData(_NAME_ROLE, service.name)
        item.setData(_CODE_ROLE, service.code)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Unchecked)
        self.services.addItem(item)

    # --- the choice -------------------------------------------------------------------

    def choose(self, service_id: uuid.UUID | None) -> None:
        """Make ``service_id`` current (the first service when None or unknown)."""
        self._choose_row(self._row_of(service_id) if service_id is not None else 0)

    def choose_none(self) -> None:
        """No current service (a quick question rarely has one)."""
        self.services.setCurrentRow(-1)
        self.services.clearSelection()

    def choose_first_if_none(self) -> None:
        """Make the first visible service current unless one already is."""
        if self.current_item() is None:
            visible = self._visible_rows()
            if visible:
                self._choose_row(visible[0])

    def current_item(self) -> QListWidgetItem | None:
        """The current service: visible and selected (a cleared list has none)."""
        item = self.services.currentItem()
        if item is None or item.isHidden() or not item.isSelected():
            return None
        return item

    def chosen(self) -> tuple[uuid.UUID, ...]:
        """The ticked services, or else the current one, or else none."""
        checked = [
            self.services.item(row)
            for row in range(self.services.count())
            if self.services.item(row).checkState() == Qt.CheckState.Checked
        ]
        if checked:
            return tuple(item.data(_ID_ROLE) for item in checked)
        current = self.current_item()
        return (current.data(_ID_ROLE),) if current is not None else ()

    def toggle_current(self) -> None:
        """Tick or untick the current service (the + key)."""
        item = self.current_item()
        if item is not None:
            checked = item.checkState() == Qt.CheckState.Checked
            item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
            self.changed.emit()

    def _activate_item(self, item: QListWidgetItem) -> None:
        """A double-click chooses the clicked service and asks to register."""
        self.services.setCurrentItem(item)
        self.activated.emit()

    # --- rows -------------------------------------------------------------------------

    def _visible_rows(self) -> list[int]:
        return [row for row in range(self.services.count()) if not self.services.isRowHidden(row)]

    def _row_of(self, service_id: uuid.UUID) -> int:
        for row in range(self.services.count()):
            item = self.services.item(row)
            if item.data(_ID_ROLE) == service_id:
                return row
        return 0

    def _choose_row(self, row: int) -> None:
        if 0 <= row < self.services.count() and not self.services.isRowHidden(row):
            self.services.setCurrentRow(row)
            self.services.scrollToItem(self.services.item(row))

    def _matches(self, item: QListWidgetItem, needle: str) -> bool:
        name, code = str(item.data(_NAME_ROLE)), str(item.data(_CODE_ROLE))
        return needle in name.casefold() or needle in code.casefold()

    def _any_match(self, text: str) -> bool:
        needle = text.strip().casefold()
        return any(
            self._matches(self.services.item(row), needle) for row in range(self.services.count())
        )

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.services.count()):
            item = self.services.item(row)
            item.setHidden(bool(needle) and not self._matches(item, needle))
        self._renumber()
        visible = self._visible_rows()
        if visible and self.current_item() is None:
            self._choose_row(visible[0])
        self.changed.emit()

    def _renumber(self) -> None:
        """Number the first nine visible rows 1-9; the rest are aligned under them."""
        for position, row in enumerate(self._visible_rows()):
            item = self.services.item(row)
            prefix = f"{position + 1}  " if position < NUMBERED_ROWS else "\u2007  "
            item.setText(prefix + str(item.data(_NAME_ROLE)))

    def _choose_number(self, number: int) -> None:
        visible = self._visible_rows()
        if 1 <= number <= min(len(visible), NUMBERED_ROWS):
            self._choose_row(visible[number - 1])
            self.changed.emit()

    def _move(self, step: int) -> None:
        visible = self._visible_rows()
        if not visible:
            return
        current = self.services.currentRow()
        if current not in visible or self.current_item() is None:
            self._choose_row(visible[0] if step > 0 else visible[-1])
            return
        position = max(0, min(len(visible) - 1, visible.index(current) + step))
        self._choose_row(visible[position])

    # --- keys -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Numbers, + and the arrow keys act on the list while typing in the filter."""
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return super().eventFilter(watched, event)
        key = event.key()
        modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return super().eventFilter(watched, event)
        if key == Qt.Key.Key_Plus:
            self.toggle_current()
            return True
        plain = modifiers == Qt.KeyboardModifier.NoModifier
        if int(Qt.Key.Key_1) <= key <= int(Qt.Key.Key_9) and plain:
            text = self.filter.text()
            digit = chr(key)
            if watched is self.services or not text.strip() or not self._any_match(text + digit):
                self._choose_number(int(digit))
                return True
        if watched is self.filter and plain:
            steps = {
                int(Qt.Key.Key_Up): -1,
                int(Qt.Key.Key_Down): 1,
                int(Qt.Key.Key_PageUp): -NUMBERED_ROWS,
                int(Qt.Key.Key_PageDown): NUMBERED_ROWS,
            }
            if key in steps:
                self._move(steps[key])
                return True
        return super().eventFilter(watched, event)

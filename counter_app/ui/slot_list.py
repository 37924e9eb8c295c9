"""The booking dialog's list of the nearest free times, one a line ("man. 4.3 kl. 09:00 ·
2 ledige"), the first chosen; with none, a line that says so."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from counter_app.domain.timezone import to_local
from counter_app.services.booking_desk import SlotView
from counter_app.ui.checklist_panel import fill

__all__ = ["OFFER_DAYS", "SlotList"]

OFFER_DAYS = 14


class SlotList(QListWidget):
    """The free times offered; the current row is the time Enter books."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._slots: list[SlotView] = []
        self.setObjectName("bookingSlots")
        self.setAccessibleName(self.tr("Free times"))
        self.setMinimumHeight(150)

    def show_slots(self, slots: list[SlotView]) -> None:
        """List these times, the first chosen; with none, say there are none."""
        self._slots = list(slots)
        self.clear()
        for slot in self._slots:
            item = QListWidgetItem(self._slot_text(slot))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, item.text())
            self.addItem(item)
        if self._slots:
            self.setCurrentRow(0)
        else:
            item = QListWidgetItem(
                self.tr("No free slots in the next %1 days").replace("%1", str(OFFER_DAYS))
            )
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)

    def _slot_text(self, slot: SlotView) -> str:
        local = to_local(slot.starts_at)
        day = QLocale().toString(QDate(local.year, local.month, local.day), "ddd d.M")
        return fill(
            self.tr("%1 at %2 · %3"),
            day,
            local.strftime("%H:%M"),
            self.tr("%n free", "", slot.free),
        )

    def offered(self) -> list[SlotView]:
        """The times listed now, in the list's order."""
        return list(self._slots)

    def selected_slot(self) -> SlotView | None:
        """The time chosen now, or None."""
        row = self.currentRow()
        if 0 <= row < len(self._slots):
            return self._slots[row]
        return None

    def step(self, step: int) -> None:
        """Choose the time ``step`` rows down (up if negative), stopping at either end."""
        if not self._slots:
            return
        row = max(0, min(len(self._slots) - 1, self.currentRow() + step))
        self.setCurrentRow(row)

"""Sending a citizen on: to another queue, or to one named desk, with a note."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from counter_app.domain.personal_data import PersonalDataError, refuse_cpr
from counter_app.services.views import DeskChoice, QueueView
from counter_app.ui.refusal_label import RefusalLabel
from counter_app.ui.style import error_label_rule

NOTE_LENGTH = 200


class TransferDialog(QDialog):
    """Choose where the citizen goes; the number stays the same.

    Signals:
        chosen(object, object, str): queue id, desk id (or None: any desk), note.
    """

    chosen = Signal(object, object, str)

    def __init__(
        self,
        label: str,
        queues: list[QueueView],
        desks: list[DeskChoice],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Transfer %1").replace("%1", label))
        self.queue = QComboBox()
        self.queue.setAccessibleName(self.tr("Queue"))
        for queue in queues:
            self.queue.addItem(queue.name, str(queue.id))  # Qt compares text, not Python objects
        self.desk = QComboBox()
        self.desk.setAccessibleName(self.tr("Desk"))
        self.desk.addItem(self.tr("Any desk of the queue"), "")
        for desk in desks:
            self.desk.addItem(desk.name, str(desk.id))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setMaxLength(NOTE_LENGTH)
        self.note.setPlaceholderText(self.tr("e.g. needs help with a passport form"))
        self.error = RefusalLabel("transferError", self.tr("Error"))
        self.note.textEdited.connect(lambda _text: self.error.hide())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Transfer"))
        ok.setAccessibleName(self.tr("Transfer"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("To queue"), self.queue)
        form.addRow(self.tr("For desk"), self.desk)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.error)
        form.addRow(buttons)
        self.setMinimumWidth(420)
        self.setStyleSheet(error_label_rule("transferError"))

    def choose(self, queue_id: uuid.UUID, desk_id: uuid.UUID | None = None) -> None:
        """Select a queue and desk (also used by tests and keyboard users)."""
        self.queue.setCurrentIndex(self.queue.findData(str(queue_id)))
        self.desk.setCurrentIndex(self.desk.findData(str(desk_id) if desk_id else ""))

    def accept(self) -> None:
        """Send the choice on and close; a note with a CPR number keeps the dialog open."""
        try:
            refuse_cpr(self.note.text())
        except PersonalDataError:
            text = self.tr(
                "That looks like a CPR number. The counter never stores CPR numbers: leave it out."
            )
            self.error.say(text)
            self.adjustSize()  # room for the wrapped message
            self.note.setFocus()
            return
        queue_id, desk_id = self.queue.currentData(), self.desk.currentData()
        if queue_id:
            self.chosen.emit(
                uuid.UUID(queue_id),
                uuid.UUID(desk_id) if desk_id else None,
                self.note.text().strip(),
            )
        super().accept()

"""Small builders of the controls the catalogue editor's tabs share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QPushButton, QWidget

from counter_app.ui import announcer


def check(text: str, name: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setAccessibleName(name)
    return box


def button(text: str, name: str) -> QPushButton:
    push = QPushButton(text)
    push.setAccessibleName(name)
    push.setAutoDefault(False)  # Enter in a field must not press it
    return push


def message(name: str, object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def show_problems(error: QLabel, confirmation: QLabel, problems: list[str]) -> None:
    """List the problems in ``error`` as bullets (and hide the confirmation)."""
    confirmation.hide()
    error.setText("\n".join(f"• {problem}" for problem in problems))
    error.show()
    announcer.announce(error, error.text(), urgent=True)


def row(*widgets: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return layout


def save_row(note: QLabel, push: QPushButton) -> QHBoxLayout:
    """A message that wraps beside a button on the right (also when the message hides)."""
    layout = QHBoxLayout()
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(note, 1)
    layout.addWidget(push, 0, Qt.AlignmentFlag.AlignRight)
    return layout


def row_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setBuddy(buddy)
    return label

"""Buttons and keys the side panels (day list, screen inquiries) make the same way."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QPushButton, QWidget


def named_button(text: str, accessible: str, tip: str) -> QPushButton:
    """A push button with its accessible name and tool tip."""
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setToolTip(tip)
    return button


def panel_shortcut(panel: QWidget, key: str, slot: Callable[[], object]) -> QShortcut:
    """A key that works anywhere in the panel's window, but only while the panel is
    visible (Qt does not fire the shortcut of a hidden widget)."""
    shortcut = QShortcut(QKeySequence(key), panel)
    shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
    shortcut.activated.connect(slot)
    return shortcut

"""Telling screen readers what happened without moving the focus (EN 301 549 11.4.1.3):
a ticket called to the desk, a message under the buttons. Qt passes the announcement to
the platform's accessibility bridge (UI Automation on Windows, AT-SPI on Linux)."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

# Qt's entry point, kept here so a test can hear what would reach a screen reader.
send = QAccessible.updateAccessibility


def announce(source: QWidget, message: str, *, urgent: bool = False) -> None:
    """Have screen readers say ``message``; politely (after what they are saying) unless
    ``urgent``."""
    if not message:
        return
    event = QAccessibleAnnouncementEvent(source, message)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if urgent
        else QAccessible.AnnouncementPoliteness.Polite
    )
    send(event)

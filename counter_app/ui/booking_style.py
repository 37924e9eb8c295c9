"""The booking dialog's look: its style sheet, and the labels and buttons on its pages."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QPushButton

from counter_app.ui.style import error_label_rule

__all__ = ["BOOKING_STYLE", "booking_button", "booking_label"]

# The dialog sets this on itself. Contrast (WCAG AA): #1f3a5f on white 11:1, #a30000 on
# #fdecea 7:1, #5c1a00 on #fff1c2 12:1, white on #1f3a5f 11:1, #3a3a3a on white 11:1.
BOOKING_STYLE = """
QLabel#bookingTitle { font-size: 20px; font-weight: bold; color: #1f3a5f; }
QLabel#bookingWhat { font-size: 15px; }
QLabel#bookingHint { color: #3a3a3a; }
QLabel#bookingCode { font-size: 28pt; font-weight: bold; color: #1f3a5f;
                     letter-spacing: 4px; padding: 4px 0; }
QLabel#unconfirmed { color: #5c1a00; background: #fff1c2; border: 2px solid #c25700;
                     border-radius: 6px; padding: 6px; font-weight: bold; }
QLineEdit { font-size: 15px; padding: 3px; }
QListWidget#bookingSlots { font-size: 15px; }
QPushButton[choice="true"] { background: #ffffff; color: #1b1b1b; border: 1px solid #7a7a7a;
                             border-radius: 4px; padding: 6px 10px; }
QPushButton[choice="true"]:checked { background: #1f3a5f; color: #ffffff; border-color: #1f3a5f; }
QPushButton[choice="true"]:focus { border: 2px solid #f0b400; }
""" + error_label_rule("bookingError")


def booking_label(text: str, name: str, accessible: str) -> QLabel:
    """A wrapping label styled by its object ``name`` and read out as ``accessible``."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setAccessibleName(accessible)
    return label


def booking_button(text: str, accessible: str) -> QPushButton:
    """A button read out as ``accessible`` that Enter does not press (the dialog decides)."""
    button = QPushButton(text)
    button.setAccessibleName(accessible)
    button.setAutoDefault(False)
    return button

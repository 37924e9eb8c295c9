"""A dialog's line saying why nothing happened (a CPR number in a note, a wrong code, no
such booking): hidden until said, wrapped, named for screen readers and announced to them
at once when it is said. Its look is the dialog's (``style.error_label_rule`` or its
sheet, by object name)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from counter_app.ui import announcer


class RefusalLabel(QLabel):
    """The refusal line of one dialog."""

    def __init__(self, object_name: str, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setAccessibleName(accessible_name)
        self.hide()

    def say(self, text: str) -> None:
        """Show ``text`` and have screen readers say it now."""
        self.setText(text)
        self.setAccessibleDescription(text)
        self.show()
        announcer.announce(self, text, urgent=True)

    def withdraw(self) -> None:
        """Hide the line once staff change something."""
        if self.isVisible() or self.text():
            self.clear()
            self.hide()

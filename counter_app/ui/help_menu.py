"""The desk window's Help menu: the service checklists, the demo's first-start notice, and
connecting the desk to the municipality's server."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox

from counter_app.services.views import ServiceView
from counter_app.ui.checklists_dialog import ChecklistsDialog
from counter_app.ui.connect_dialog import ConnectDialog, ServerChoice
from counter_app.ui.first_start_notice import FirstStartNotice

__all__ = ["CHECKLISTS_SHORTCUT", "ConnectionSetup", "HelpMenu"]

CHECKLISTS_SHORTCUT = "F1"
_Dialog = TypeVar("_Dialog", bound=QDialog)


@dataclass(frozen=True)
class ConnectionSetup:
    """What the program gives the Help menu for connecting to a server.

    Attributes:
        demo: the desk runs the demo (the embedded server).
        save: keeps a checked :class:`ServerChoice` for the next start; raises OSError or
            ValueError when it cannot.
        server_url: the server the desk uses now (None in the demo).
    """

    demo: bool
    save: Callable[[ServerChoice], None]
    server_url: str | None = None


class HelpMenu(QObject):
    """Builds *Help* in ``window``'s menu bar and opens its dialogs (none of them blocks
    the window's event loop: they open with ``open()``).

    Signals:
        connection_saved(object): a :class:`ServerChoice` was saved for the next start.
    """

    connection_saved = Signal(object)

    def __init__(
        self,
        window: QMainWindow,
        services: Callable[[], list[ServiceView]],
        connection: ConnectionSetup | None = None,
    ) -> None:
        super().__init__(window)  # the window is reached through parent(): a reference of
        # ours would make a cycle that keeps the closed window's wrapper alive until a
        # collection runs
        self._services = services
        self._connection = connection
        self.checklists: ChecklistsDialog | None = None
        self.notice: FirstStartNotice | None = None
        self.connect_dialog: ConnectDialog | None = None
        self.saved_box: QMessageBox | None = None
        self.menu = window.menuBar().addMenu(self.tr("&Help"))
        self.menu.setAccessibleName(self.tr("Help"))
        self.checklists_action = self._action(self.tr("Service &checklists…"), self.open_checklists)
        self.checklists_action.setShortcut(QKeySequence(CHECKLISTS_SHORTCUT))
        self.about_demo_action: QAction | None = None
        self.connect_action: QAction | None = None
        if connection is not None:
            self.menu.addSeparator()
            if connection.demo:
                self.about_demo_action = self._action(self.tr("&About the demo…"), self.show_notice)
            self.connect_action = self._action(self.tr("Connect to a &server…"), self.open_connect)

    def _window(self) -> QMainWindow:
        window = self.parent()
        assert isinstance(window, QMainWindow)
        return window

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window())
        action.triggered.connect(lambda _checked=False: slot())
        self.menu.addAction(action)
        return action

    def open_checklists(self) -> ChecklistsDialog:
        """The checklists of every service, to read (F1)."""
        if self.checklists is not None:
            self.checklists.raise_()
            self.checklists.activateWindow()
            return self.checklists
        dialog = ChecklistsDialog(self._services(), self._window())
        self.checklists = self._opened(dialog, "checklists")
        return dialog

    def show_notice(self) -> FirstStartNotice:
        """The demo's first-start notice (at the first start, and from the menu)."""
        if self.notice is not None:
            self.notice.raise_()
            return self.notice
        notice = FirstStartNotice(self._window())
        notice.connect_requested.connect(self.open_connect)
        self.notice = self._opened(notice, "notice")
        return notice

    def open_connect(self) -> ConnectDialog | None:
        """The dialog that takes the server's address and the one-time code."""
        if self._connection is None:
            return None
        if self.connect_dialog is not None:
            self.connect_dialog.raise_()
            return self.connect_dialog
        dialog = ConnectDialog(self._connection.save, self._connection.server_url, self._window())
        dialog.accepted.connect(lambda: self._saved(dialog.choice))
        self.connect_dialog = self._opened(dialog, "connect_dialog")
        return dialog

    def _opened(self, dialog: _Dialog, attribute: str) -> _Dialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: setattr(self, attribute, None))
        dialog.open()  # window-modal, and no nested event loop: qasync's tasks run on
        return dialog

    def _saved(self, choice: ServerChoice | None) -> None:
        if choice is None or self._connection is None:
            return
        self.connection_saved.emit(choice)
        if self._connection.demo:
            #: %1 is the server's address
            text = self.tr(
                "The desk connects to %1 with the one-time code the next time the program "
                "starts; until then it runs the demo. Close the program and start it again "
                "when you are ready."
            )
        else:
            #: %1 is the new server's address, %2 the one the desk uses now
            text = self.tr(
                "The desk connects to %1 with the one-time code the next time the program "
                "starts; until then it stays connected to %2. Close the program and start it "
                "again when you are ready."
            ).replace("%2", self._connection.server_url or "")
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("The connection is saved"),
            text.replace("%1", choice.server_url),
            parent=self._window(),
        )
        close = box.addButton(self.tr("&Close the program"), QMessageBox.ButtonRole.AcceptRole)
        close.setAccessibleName(self.tr("Close the program now"))
        later = box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        later.setAccessibleName(self.tr("Later"))
        box.setDefaultButton(later)
        box.setEscapeButton(later)
        box.buttonClicked.connect(
            lambda button: self._window().close() if button is close else None
        )
        self.saved_box = self._opened(box, "saved_box")

"""Staff sign-in at a desk: *Desk → Sign in…* (Ctrl+L) asks for initials and personal
code; the top bar then names who is signed in, and *Sign out* (Ctrl+Shift+L) ends it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.org import StaffRole
from counter_app.services.staff_desk import SignedInView, StaffDesk
from counter_app.sync.client import ServerRefusedError, ServerUnreachableError
from counter_app.ui.background import BackgroundWork
from counter_app.ui.refusal_label import RefusalLabel
from counter_app.ui.top_bar import TopBar

SIGN_IN_SHORTCUT = "Ctrl+L"
SIGN_OUT_SHORTCUT = "Ctrl+Shift+L"


class SignInDialog(QDialog):
    """Initials and personal code; the server checks them (and counts wrong tries)."""

    signed_in = Signal(object)  # SignedInView

    def __init__(
        self, staff: StaffDesk, background: BackgroundWork, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._staff = staff
        self._background = background
        self.setWindowTitle(self.tr("Sign in"))
        self.initials = QLineEdit()
        self.initials.setAccessibleName(self.tr("Initials"))
        self.initials.setMaxLength(12)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Personal code"))
        self.code.setEchoMode(QLineEdit.EchoMode.Password)
        self.code.setMaxLength(64)
        self.error = RefusalLabel("error", self.tr("Sign-in error"))
        form = QFormLayout()
        form.addRow(self.tr("&Initials:"), self.initials)
        form.addRow(self.tr("Personal &code:"), self.code)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Sign in"))
        ok.setAccessibleName(self.tr("Sign in"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.initials.setFocus()
        self.setMinimumWidth(420)

    def submit(self) -> None:
        """Ask the server."""
        if not self.initials.text().strip() or not self.code.text():
            self._show_error(self.tr("Type your initials and your personal code."))
            return
        self.buttons.setEnabled(False)
        self._background.run(
            self._staff.sign_in(self.initials.text(), self.code.text()),
            on_success=self._done,
            on_failure=self._failed,
        )

    def _done(self, view: SignedInView) -> None:
        self.buttons.setEnabled(True)
        self.signed_in.emit(view)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.buttons.setEnabled(True)
        self.code.clear()
        self.code.setFocus()
        if isinstance(error, ServerUnreachableError):
            self._show_error(
                self.tr("Signing in needs the server, and it cannot be reached. Try again later.")
            )
        elif isinstance(error, ServerRefusedError) and error.status == 429:
            self._show_error(
                self.tr("Too many wrong codes. Wait 15 minutes, or ask a colleague to sign in.")
            )
        elif isinstance(error, ServerRefusedError) and error.status == 403:
            self._show_error(self.tr("You can sign in only at the desks of your own branch."))
        elif isinstance(error, ServerRefusedError):
            self._show_error(self.tr("Wrong initials or personal code."))
        else:
            raise error

    def _show_error(self, text: str) -> None:
        self.error.say(text)


class StaffSignIn(QObject):
    """The desk's sign-in menu entries and the top bar's name of who is signed in."""

    changed = Signal()

    def __init__(
        self,
        staff: StaffDesk,
        menu: QMenu,
        top_bar: TopBar,
        background: BackgroundWork,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._staff = staff
        self._top_bar = top_bar
        self._background = background
        self.dialog: SignInDialog | None = None
        self.sign_in_action = QAction(self.tr("Sign in…"), parent)
        self.sign_in_action.setShortcut(QKeySequence(SIGN_IN_SHORTCUT))
        self.sign_in_action.triggered.connect(self.open)
        self.sign_out_action = QAction(self.tr("Sign out"), parent)
        self.sign_out_action.setShortcut(QKeySequence(SIGN_OUT_SHORTCUT))
        self.sign_out_action.triggered.connect(self.sign_out)
        menu.addAction(self.sign_in_action)
        menu.addAction(self.sign_out_action)
        menu.addSeparator()
        self.show()

    def open(self) -> SignInDialog:
        """The sign-in dialog (one at a time)."""
        if self.dialog is None:
            # The window is asked for, not kept: a reference from this child would keep
            # the window's wrapper alive after Qt deleted it.
            window = self.parent()
            assert isinstance(window, QWidget)
            self.dialog = SignInDialog(self._staff, self._background, window)
            self.dialog.signed_in.connect(lambda _view: self.show())
            self.dialog.finished.connect(lambda _code: setattr(self, "dialog", None))
        self.dialog.show()
        self.dialog.raise_()
        return self.dialog

    def sign_out(self) -> None:
        """Leave the desk."""
        self._background.run(
            self._staff.sign_out(), on_success=lambda _none: self.show(), on_failure=self._raise
        )

    def _role_name(self, role: StaffRole) -> str:
        """A staff role as staff call it."""
        names = {
            StaffRole.KVIK: self.tr("KVIK"),
            StaffRole.CASEWORKER: self.tr("caseworker"),
            StaffRole.LIBRARIAN: self.tr("librarian"),
            StaffRole.BRANCH: self.tr("branch library"),
            StaffRole.CONTACT_CENTRE: self.tr("contact centre"),
            StaffRole.MANAGER: self.tr("manager"),
            StaffRole.ADMINISTRATOR: self.tr("administrator"),
        }
        return names[role]

    @staticmethod
    def _raise(error: BaseException) -> None:
        raise error

    def show(self) -> None:
        """Name who is signed in (or nobody) in the top bar."""
        view = self._staff.signed_in()
        if view is None:
            self._top_bar.show_staff(self.tr("Nobody signed in (Ctrl+L)"))
        else:
            self._top_bar.show_staff(
                self.tr("Signed in: %1 (%2)")
                .replace("%1", view.name)
                .replace("%2", self._role_name(view.role))
            )
        self.sign_out_action.setEnabled(view is not None)
        self.changed.emit()

"""Connecting the desk to the municipality's server: the address and the one-time code IT
gave for this desk (and their CA file, if any). The dialog checks what was typed, says
what is wrong beside it, and hands a good choice to whoever saves it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from counter_app.domain.access import AccessError, normalise_enrollment_code
from counter_app.protocol.transport import AddressProblem, server_address_problem
from counter_app.sync.tls import CAFileError, desk_ssl_context
from counter_app.ui.help_style import HELP_STYLE
from counter_app.ui.refusal_label import RefusalLabel
from counter_app.ui.style import fitted

__all__ = ["ConnectDialog", "ServerChoice"]


@dataclass(frozen=True)
class ServerChoice:
    """A checked connection: the address, the code in its shown form, the CA file."""

    server_url: str
    enrollment_code: str
    ca_file: Path | None = None


class ConnectDialog(QDialog):
    """The server's address, the one-time code and an optional CA file; *Save* checks them
    and calls ``save`` with a :class:`ServerChoice`, which raises OSError (or ValueError)
    when it cannot keep it. The dialog then closes accepted, with :attr:`choice` set."""

    def __init__(
        self,
        save: Callable[[ServerChoice], None],
        current_server: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._save = save
        self.choice: ServerChoice | None = None
        self.setObjectName("connectDialog")
        self.setWindowTitle(self.tr("Connect to the municipality's server"))
        self.setStyleSheet(fitted(HELP_STYLE))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Type the server's address and the one-time code that IT made for this desk. "
                "The program connects with them the next time it starts."
            )
        )
        intro.setObjectName("helpText")
        intro.setWordWrap(True)
        self.address = self._field("connectAddress", self.tr("Server address"))
        self.address.setPlaceholderText("https://koe.kommune.dk")
        self.address.setText(current_server or "")
        self.code = self._field("connectCode", self.tr("One-time code"))
        self.code.setPlaceholderText("ACDE-FGHJ-KMNP")
        self.ca_file = self._field("connectCaFile", self.tr("CA file"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose the CA file"))
        self.browse.setAutoDefault(False)
        self.browse.clicked.connect(self._choose_ca_file)
        self.error = RefusalLabel("helpError", self.tr("What is wrong"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setAccessibleName(self.tr("Save the connection"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.submit)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setAccessibleName(self.tr("Cancel"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        hint = QLabel(self.tr("Only if IT gave you one (a .pem file); most desks need none."))
        hint.setObjectName("helpHint")
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(self._form())
        layout.addWidget(hint)
        layout.addWidget(self.error)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.address.setFocus()

    def _field(self, name: str, accessible: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        field.textEdited.connect(lambda _text: self.error.hide())
        return field

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        form.addRow(self._prompt(self.tr("Server &address:"), self.address), self.address)
        form.addRow(self._prompt(self.tr("One-time &code:"), self.code), self.code)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.browse)
        form.addRow(self._prompt(self.tr("CA &file:"), self.ca_file), ca_row)
        return form

    @staticmethod
    def _prompt(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _choose_ca_file(self) -> None:
        # open(), not getOpenFileName(): a nested event loop would stall qasync's tasks.
        chooser = QFileDialog(self, self.tr("Choose the CA file"))
        chooser.setNameFilter(self.tr("Certificates (*.pem *.crt *.cer);;All files (*)"))
        chooser.setFileMode(QFileDialog.FileMode.ExistingFile)
        chooser.fileSelected.connect(self.ca_file.setText)
        chooser.open()

    def submit(self) -> None:
        """Check the fields; save a good choice and close, or say what is wrong."""
        address = self.address.text().strip()
        problem = server_address_problem(address)
        if problem is not None:
            self._refuse(self.address, self._address_message(problem))
            return
        typed_code = self.code.text().strip()
        if not typed_code:
            self._refuse(self.code, self.tr("Type the one-time code from IT."))
            return
        try:
            code = normalise_enrollment_code(typed_code)
        except AccessError:
            self._refuse(
                self.code,
                self.tr(
                    "A one-time code has 12 letters and digits, like ACDE-FGHJ-KMNP. Check "
                    "what was typed, or ask IT for a new code."
                ),
            )
            return
        ca_text = self.ca_file.text().strip()
        ca_file = Path(ca_text) if ca_text else None
        if ca_file is not None:
            try:
                desk_ssl_context(ca_file)
            except CAFileError:
                self._refuse(
                    self.ca_file,
                    self.tr(
                        "The CA file cannot be read or holds no certificate. Check the file "
                        "with IT, or leave the field empty."
                    ),
                )
                return
        choice = ServerChoice(address, code, ca_file)
        try:
            self._save(choice)
        except (OSError, ValueError) as exc:
            #: %1 is the reason from the operating system
            text = self.tr("The connection could not be saved: %1. Tell IT.")
            self._refuse(self.address, text.replace("%1", str(exc)))
            return
        self.choice = choice
        self.accept()

    def _address_message(self, problem: AddressProblem) -> str:
        if problem is AddressProblem.EMPTY:
            return self.tr("Type the server's address, e.g. https://koe.kommune.dk.")
        if problem is AddressProblem.SPACES:
            return self.tr("The address cannot contain spaces. Check what was typed or pasted.")
        if problem is AddressProblem.PLAIN_HTTP:
            return self.tr(
                "A desk connects to a server on another machine only with https://, so nobody "
                "on the network can read what is sent. Ask IT for the https:// address."
            )
        return self.tr(
            "Type the whole address, beginning with https://, e.g. https://koe.kommune.dk."
        )

    def _refuse(self, field: QLineEdit, text: str) -> None:
        self.error.say(text)
        self.adjustSize()  # grow to the wrapped message rather than squeeze the fields
        field.setFocus()
        field.selectAll()

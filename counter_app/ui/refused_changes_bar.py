"""Changes the server refused (other than bookings): the oldest is shown in a yellow bar,
saying what it was, when, and what to do now, until staff mark it seen. It is read from
the outbox, so a refusal that arrived while the window was closed shows at the next start.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from counter_app.domain.timezone import to_local
from counter_app.protocol.mutations import MutationType
from counter_app.services.refused_changes import Advice, RefusedChange
from counter_app.ui.style import attention_bar_rule

SEEN_SHORTCUT = "Ctrl+Shift+O"

translate = QCoreApplication.translate


def what_it_was(kind: str) -> str:
    """The refused change in staff's words."""
    exact: dict[str, str] = {
        MutationType.INQUIRY_REGISTER.value: translate(
            "RefusedChangesBar", "An inquiry you registered"
        ),
        MutationType.CALLBACK_FINISH.value: translate("RefusedChangesBar", "A callback you closed"),
        MutationType.APPOINTMENT_CANCEL.value: translate(
            "RefusedChangesBar", "An appointment you cancelled"
        ),
        MutationType.APPOINTMENT_NO_SHOW.value: translate(
            "RefusedChangesBar", "A no-show you marked"
        ),
        MutationType.TICKET_ISSUE.value: translate("RefusedChangesBar", "A ticket you issued"),
        MutationType.TICKET_TRANSFER.value: translate(
            "RefusedChangesBar", "A ticket you transferred"
        ),
        MutationType.DESK_PRESENCE.value: translate(
            "RefusedChangesBar", "The desk's open or closed state"
        ),
    }
    by_prefix = {
        "ticket.": translate("RefusedChangesBar", "A ticket you moved"),
        "screen_inquiry.": translate("RefusedChangesBar", "A screen inquiry you moved"),
        "catalogue.": translate("RefusedChangesBar", "A change to the catalogue"),
    }
    if kind in exact:
        return exact[kind]
    prefix = next((p for p in by_prefix if kind.startswith(p)), None)
    return by_prefix[prefix] if prefix else translate("RefusedChangesBar", "A change")


def what_to_do(advice: Advice) -> str:
    """What the refusal means, and what to do now."""
    texts = {
        Advice.TAKEN_ELSEWHERE: translate(
            "RefusedChangesBar",
            "another desk got there first. Your screen now shows how things stand: carry "
            "on from there.",
        ),
        Advice.GONE: translate(
            "RefusedChangesBar",
            "what it was about no longer exists (changed at another desk or by a manager). "
            "Your screen is up to date: do it again if it still matters.",
        ),
        Advice.ALREADY_DONE: translate(
            "RefusedChangesBar", "it had been recorded already. There is nothing more to do."
        ),
        Advice.NOT_ALLOWED: translate(
            "RefusedChangesBar",
            "you or this desk may not do that. Sign in as someone who may, or ask your manager.",
        ),
        Advice.NOT_ACCEPTED: translate(
            "RefusedChangesBar",
            "the server could not take it as it was. Do it again; if it is refused again, tell IT.",
        ),
    }
    return texts[advice]


def describe(change: RefusedChange) -> str:
    """One refused change as a sentence: what, when, why and what now."""
    return (
        translate("RefusedChangesBar", "%1 at %2 was refused: %3")
        .replace("%1", what_it_was(change.kind))
        .replace("%2", f"{to_local(change.made_at):%H:%M}")
        .replace("%3", what_to_do(change.advice))
    )


class RefusedChangesBar(QFrame):
    """A yellow bar over the desk while refused changes wait to be seen.

    Signals:
        seen(int): staff have read the shown refusal (its outbox number).
    """

    seen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusedChanges")
        self.setStyleSheet(attention_bar_rule("refusedChanges"))
        self._first: RefusedChange | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setAccessibleName(self.tr("A change the server refused"))
        self.done = QPushButton(self.tr("Seen (%1)").replace("%1", SEEN_SHORTCUT))
        self.done.setAccessibleName(self.tr("I have read why the change was refused"))
        self.done.clicked.connect(self._seen)
        shortcut = QShortcut(QKeySequence(SEEN_SHORTCUT), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(self._seen)
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.done, 0, Qt.AlignmentFlag.AlignTop)
        self.show_refused([])

    def show_refused(self, refused: list[RefusedChange]) -> None:
        """Show the oldest refusal (and how many more wait)."""
        self._first = refused[0] if refused else None
        self.setVisible(bool(refused))
        if not refused:
            return
        first = refused[0]
        text = describe(first)
        if first.detail and first.advice is Advice.NOT_ACCEPTED:
            text += " " + self.tr("(The server said: %1)").replace("%1", first.detail)
        if len(refused) > 1:
            text += " " + self.tr("%1 more refused.").replace("%1", str(len(refused) - 1))
        self.text.setText(text)

    def _seen(self) -> None:
        if self._first is not None and self.isVisible():
            self.seen.emit(self._first.number)

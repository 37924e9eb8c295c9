"""What this desk has done that the server has not yet seen, said plainly: always on the
book bus, and on any desk while its connection is down with changes waiting."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from counter_app.domain.timezone import local_day, to_local
from counter_app.services.sync_backlog import Backlog, WaitingKind
from counter_app.sync.engine import SyncStatus
from counter_app.ui.style import fitted

# Offline: dark brown on light amber (11.6:1, WCAG AA) inside an orange frame. Online, or
# everything sent: dark green on light green (10.5:1). The ``state`` property picks one.
STYLE = """
#syncBacklogBar { border-radius: 6px; }
#syncBacklogBar[state="offline"] { background: #fff1c2; border: 2px solid #c25700; }
#syncBacklogBar[state="offline"] QLabel { color: #5c1a00; }
#syncBacklogBar[state="online"] { background: #e3f1e6; border: 2px solid #1f6f43; }
#syncBacklogBar[state="online"] QLabel { color: #0f3d24; }
#syncBacklogBar #backlogText { font-weight: bold; }
"""


class SyncBacklogBar(QFrame):
    """A bar saying what waits to be sent and when the desk last had a connection.

    It shows on a mobile desk (the book bus) all the time, and on any other desk while it
    is offline with changes waiting. Its ``state`` property is "offline" (amber) or
    "online" (green).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncBacklogBar")
        self.setAccessibleName(self.tr("Changes waiting to be sent"))
        self.setProperty("state", "online")
        self.setStyleSheet(fitted(STYLE))
        self.text = QLabel()
        self.text.setObjectName("backlogText")
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Changes waiting to be sent"))
        self.offline_note = QLabel(
            self.tr(
                "Works without connection: registrations, callbacks, looking up today's "
                "appointments, provisional bookings. Needs a connection: screen inquiries "
                "and calling numbers."
            )
        )
        self.offline_note.setObjectName("offlineWorks")
        self.offline_note.setWordWrap(True)
        self.offline_note.setAccessibleName(self.tr("What works without connection"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.addWidget(self.text)
        layout.addWidget(self.offline_note)
        self.setVisible(False)

    def show_backlog(self, backlog: Backlog, status: SyncStatus, now: datetime) -> None:
        """Show (or hide) the bar for this backlog and connection, as of ``now``."""
        offline = not status.online
        self.setVisible(backlog.mobile or (offline and backlog.total > 0))
        self.text.setText(self.backlog_text(backlog, status, now))
        self.offline_note.setVisible(backlog.mobile and offline)
        self.setProperty("state", "offline" if offline else "online")
        for widget in (self, self.text, self.offline_note):
            # The style sheet picks colours by the property: make Qt look again.
            widget.style().unpolish(widget)
            widget.style().polish(widget)

    def backlog_text(self, backlog: Backlog, status: SyncStatus, now: datetime) -> str:
        """The bar's words: the connection, what waits, and the last connection."""
        if status.online:
            parts = [self.tr("Book bus connected.")] if backlog.mobile else []
            if backlog.total:
                parts.append(self.tr("Sending %n change(s)…", "", backlog.total))
            else:
                parts.append(self.tr("Everything is sent."))
            return " ".join(parts)
        parts = [
            self.tr("Book bus without connection.")
            if backlog.mobile
            else self.tr("No connection to the server.")
        ]
        if backlog.total:
            parts.append(self.tr("Waiting to be sent: %1.").replace("%1", self.kinds_text(backlog)))
            parts.append(self.tr("Everything is kept and sent when the connection is back."))
        else:
            parts.append(self.tr("Nothing is waiting to be sent."))
        parts.append(self.last_connected_text(backlog.last_synced_at, now))
        return " ".join(parts)

    def kinds_text(self, backlog: Backlog) -> str:
        """ "42 registrations, 2 bookings (not yet confirmed)": kinds with a count only."""
        words = {
            WaitingKind.REGISTRATION: lambda n: self.tr("%n registration(s)", "", n),
            WaitingKind.BOOKING: lambda n: self.tr("%n booking(s) (not yet confirmed)", "", n),
            WaitingKind.APPOINTMENT_CHANGE: lambda n: self.tr("%n appointment change(s)", "", n),
            WaitingKind.TICKET: lambda n: self.tr("%n ticket change(s)", "", n),
            WaitingKind.OTHER: lambda n: self.tr("%n other change(s)", "", n),
        }
        return ", ".join(
            words[kind](backlog.waiting[kind])
            for kind in WaitingKind
            if backlog.waiting.get(kind, 0) > 0
        )

    def last_connected_text(self, last: datetime | None, now: datetime) -> str:
        """When the desk last heard from the server, in Copenhagen time: the time alone
        today, with day and month before that (and the year, another year)."""
        if last is None:
            return self.tr("Never connected yet.")
        local = to_local(last)
        when = f"{local:%H:%M}"
        if local_day(last) != local_day(now):
            date = f"{local.day}/{local.month}"
            if local.year != to_local(now).year:
                date += f"/{local.year}"
            when = f"{date} {when}"
        return self.tr("Last connected %1.").replace("%1", when)

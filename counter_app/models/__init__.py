"""SQLAlchemy 2 ORM: the same replicated tables on desk and server, plus each side's own."""

from counter_app.domain.appointments import AppointmentState
from counter_app.domain.screen_inquiries import ScreenInquiryState
from counter_app.models.access import EnrollmentCode, SignInFailure, StaffCredential, StaffSession
from counter_app.models.appointments import Appointment
from counter_app.models.audit import AuditEntry
from counter_app.models.base import Base, Side, UTCDateTime, metadata_for
from counter_app.models.calendar import (
    BookingRulesSetting,
    ClosureDay,
    OpeningHours,
    Shift,
    timetable_for,
)
from counter_app.models.catalogue import (
    CatalogueChoice,
    ChoiceKind,
    Queue,
    Service,
    ServingLimitSetting,
)
from counter_app.models.desk_sync import (
    DeskIdentity,
    HeldBackRow,
    OutboxEntry,
    OutboxStatus,
    SyncCursor,
)
from counter_app.models.inquiries import Callback, Inquiry, InquiryService
from counter_app.models.org import Branch, Desk, Municipality, Staff
from counter_app.models.presence import DeskPresence
from counter_app.models.screens import ScreenInquiry, ScreenRoom
from counter_app.models.server_sync import (
    AppliedMutation,
    BranchChange,
    BranchState,
    DeskCredential,
    DeskSyncState,
    TicketEvent,
)
from counter_app.models.statistics_facts import (
    FactsRebuild,
    InquiryFact,
    InquiryServiceFact,
    VisitFact,
    VisitService,
)
from counter_app.models.statistics_months import (
    InquiryMonth,
    InquiryMonthHour,
    InquiryMonthService,
    StatisticsMonth,
)
from counter_app.models.tickets import Ticket

__all__ = [
    "AppliedMutation",
    "Appointment",
    "AppointmentState",
    "AuditEntry",
    "Base",
    "BookingRulesSetting",
    "Branch",
    "BranchChange",
    "BranchState",
    "Callback",
    "CatalogueChoice",
    "ChoiceKind",
    "ClosureDay",
    "Desk",
    "DeskCredential",
    "DeskIdentity",
    "DeskPresence",
    "DeskSyncState",
    "EnrollmentCode",
    "FactsRebuild",
    "HeldBackRow",
    "Inquiry",
    "InquiryFact",
    "InquiryMonth",
    "InquiryMonthHour",
    "InquiryMonthService",
    "InquiryService",
    "InquiryServiceFact",
    "Municipality",
    "OpeningHours",
    "OutboxEntry",
    "OutboxStatus",
    "Queue",
    "ScreenInquiry",
    "ScreenInquiryState",
    "ScreenRoom",
    "Service",
    "ServingLimitSetting",
    "Shift",
    "Side",
    "SignInFailure",
    "Staff",
    "StaffCredential",
    "StaffSession",
    "StatisticsMonth",
    "SyncCursor",
    "Ticket",
    "TicketEvent",
    "UTCDateTime",
    "VisitFact",
    "VisitService",
    "metadata_for",
    "timetable_for",
]

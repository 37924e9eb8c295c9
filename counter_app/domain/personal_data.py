"""The little personal data a callback or appointment needs, and the CPR number we never
take: a name, and a Danish phone number or an e-mail address to reach the citizen."""

from __future__ import annotations

import re
from enum import StrEnum

# Six digits of birth date, an optional dash or space, four more: 010190-1234.
_CPR = re.compile(r"(?<!\d)(0[1-9]|[12]\d|3[01])(0[1-9]|1[0-2])\d{2}[-\s]?\d{4}(?!\d)")
_PHONE = re.compile(r"(?:\+45|0045)?(\d{8})")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}")
NAME_MAX = 80


class PersonalDataError(ValueError):
    """Contact data that cannot be used, or a CPR number where none belongs.

    ``kind`` says which ("cpr", "name_missing", "name_too_long", "contact") so a window
    can say it in the user's language.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def holds_cpr(text: str) -> bool:
    """Whether ``text`` holds something shaped like a CPR number."""
    return _CPR.search(text) is not None


def refuse_cpr(text: str) -> str:
    """Return ``text``; raise if it holds something shaped like a CPR number."""
    if holds_cpr(text):
        raise PersonalDataError(
            "cpr",
            "this looks like a CPR number; the counter never stores CPR numbers, so leave it out",
        )
    return text


def check_name(name: str) -> str:
    """A citizen's name as given: needed, short, and no CPR number in it."""
    name = " ".join(name.split())
    if not name:
        raise PersonalDataError("name_missing", "write the citizen's name")
    if len(name) > NAME_MAX:
        raise PersonalDataError("name_too_long", f"the name is longer than {NAME_MAX} characters")
    return refuse_cpr(name)


def check_contact(contact: str) -> str:
    """A Danish phone number (8 digits, +45 allowed) or an e-mail address, normalised:
    the phone as ``+45 12 34 56 78``, the e-mail as written."""
    text = contact.strip()
    refuse_cpr(text)
    digits = re.sub(r"[\s\-()]", "", text)
    phone = _PHONE.fullmatch(digits)
    if phone:
        number = phone.group(1)
        return "+45 " + " ".join(number[i : i + 2] for i in range(0, 8, 2))
    if _EMAIL.fullmatch(text) and len(text) <= 120:
        return text
    raise PersonalDataError(
        "contact",
        "give a Danish phone number (8 digits) or an e-mail address, e.g. name@example.dk",
    )


# -- keeping it no longer than needed ---------------------------------------------------

# What a citizen's name and contact read once they are deleted. Data, not window text: it
# is what every desk shows in place of the name, and no search or check-in can match it
# (``check_contact`` refuses it). Free text (a topic, a question) becomes "".
DELETED = "(slettet)"
RETENTION_DAYS_DEFAULT = 30
RETENTION_DAYS_MIN = 1
RETENTION_DAYS_MAX = 3650


def check_retention_days(days: int) -> int:
    """How many days after an appointment (or a finished callback) its contact data is
    kept: a municipality's choice, from a day to ten years."""
    if not RETENTION_DAYS_MIN <= days <= RETENTION_DAYS_MAX:
        raise PersonalDataError(
            "retention",
            f"the retention period must be between {RETENTION_DAYS_MIN} and "
            f"{RETENTION_DAYS_MAX} days, not {days}",
        )
    return days


class AuditAction(StrEnum):
    """What someone did with a citizen's personal data (a row of the audit log)."""

    READ = "read"
    CREATE = "create"
    CHANGE = "change"
    DELETE = "delete"
    EXPORT = "export"

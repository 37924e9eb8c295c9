"""Who may do what: enrollment codes, staff codes, sign-in limits, and the acting role."""

from __future__ import annotations

import secrets
from collections.abc import Iterable
from datetime import datetime, timedelta
from enum import StrEnum

from counter_app.domain.org import DeskKind, StaffRole

# Enrollment codes are typed by IT at a desk: no 0/O, 1/I/L, 2/Z, 5/S, 8/B to mix up.
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_GROUPS = 3
CODE_GROUP_LENGTH = 4  # 12 characters of 25: about 56 bits, and the code expires
CODE_VALID = timedelta(hours=72)

STAFF_CODE_MIN = 6
STAFF_CODE_MAX = 64
STAFF_SESSION = timedelta(hours=12)  # a working day; sign in again the next morning

# Wrong staff codes: after SIGN_IN_FAILURES within SIGN_IN_WINDOW (for one staff member, or
# at one desk) sign-in waits until the oldest of them is SIGN_IN_WINDOW old.
SIGN_IN_FAILURES = 5
SIGN_IN_WINDOW = timedelta(minutes=15)


class AccessError(ValueError):
    """A code that cannot be right as typed; ``kind`` lets a window say it in Danish."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def new_enrollment_code() -> str:
    """A random one-time code, shown as ``ACDE-FGHJ-KMNP``."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_GROUPS * CODE_GROUP_LENGTH))
    return format_enrollment_code(raw)


def format_enrollment_code(raw: str) -> str:
    """Groups of four joined by dashes."""
    return "-".join(raw[i : i + CODE_GROUP_LENGTH] for i in range(0, len(raw), CODE_GROUP_LENGTH))


def normalise_enrollment_code(typed: str) -> str:
    """The code as typed (any case, spaces or dashes) in its shown form; raises
    :class:`AccessError` when it cannot be one of ours."""
    raw = "".join(ch for ch in typed.upper() if ch not in " -\t")
    if len(raw) != CODE_GROUPS * CODE_GROUP_LENGTH or any(ch not in CODE_ALPHABET for ch in raw):
        raise AccessError(
            "code_shape",
            "an enrollment code has 12 letters and digits, like ACDE-FGHJ-KMNP: "
            "check what was typed, or ask IT for a new code",
        )
    return format_enrollment_code(raw)


def check_staff_code(code: str) -> str:
    """A staff member's personal code: 6 to 64 characters, not one repeated character."""
    if not STAFF_CODE_MIN <= len(code) <= STAFF_CODE_MAX:
        raise AccessError(
            "staff_code_length",
            f"a personal code has {STAFF_CODE_MIN} to {STAFF_CODE_MAX} characters",
        )
    if len(set(code)) == 1 or code in "0123456789" or code in "9876543210":
        raise AccessError("staff_code_weak", "the personal code is too easy to guess")
    return code


def sign_in_blocked_until(failures: Iterable[datetime], now: datetime) -> datetime | None:
    """When sign-in may be tried again after these recent failures, or None if now."""
    recent = sorted(at for at in failures if now - at < SIGN_IN_WINDOW)
    if len(recent) < SIGN_IN_FAILURES:
        return None
    return recent[-SIGN_IN_FAILURES] + SIGN_IN_WINDOW


class Role(StrEnum):
    """Who acts: a device that nobody signs in to, or the staff member signed in."""

    KIOSK = "kiosk"
    DISPLAY = "display"
    KVIK = "kvik"
    CASEWORKER = "caseworker"
    LIBRARIAN = "librarian"
    BRANCH = "branch"
    CONTACT_CENTRE = "contact_centre"
    MANAGER = "manager"
    ADMINISTRATOR = "administrator"


# Desks where nobody signs in: they act as what they are.
UNSTAFFED_DESKS = frozenset({DeskKind.KIOSK, DeskKind.DISPLAY})


def acting_role(desk_kind: DeskKind, staff_role: StaffRole | None) -> Role:
    """The signed-in staff member's role, else the desk's own kind."""
    if staff_role is not None:
        return Role(staff_role.value)
    return Role(desk_kind.value)

"""Server settings, declared once with their defaults and read from flags or environment."""

from __future__ import annotations

import os
from dataclasses import dataclass

ENV_DATABASE_URL = "COUNTER_DATABASE_URL"
ENV_ENROLLMENT_KEY = "COUNTER_ENROLLMENT_KEY"
ENV_SEED_DEMO = "COUNTER_SEED_DEMO"

MIN_ENROLLMENT_KEY_LENGTH = 16


class SettingsError(ValueError):
    """A setting that cannot work, with what to do about it."""


@dataclass(frozen=True)
class ServerSettings:
    """What a server process needs to know.

    Attributes:
        database_url: PostgreSQL for real use, SQLite for the embedded default.
        enrollment_key: lets a desk enroll itself by presenting it; None turns that off.
        seed_demo: create the demo municipality if it does not exist.
        migrate: run migrations at start (one process does it; workers only check).
    """

    database_url: str
    enrollment_key: str | None = None
    seed_demo: bool = False
    migrate: bool = True

    def __post_init__(self) -> None:
        key = self.enrollment_key
        if key is not None and (
            len(key) < MIN_ENROLLMENT_KEY_LENGTH
            or key.lower() in {"changeme", "change-me-please", "secret", "password"}
        ):
            raise SettingsError(
                f"the enrollment key must be a random string of at least "
                f"{MIN_ENROLLMENT_KEY_LENGTH} characters, e.g. from "
                "`python -c 'import secrets; print(secrets.token_urlsafe(24))'`"
            )

    @classmethod
    def from_environment(cls) -> ServerSettings:
        """Settings for a worker process started by uvicorn (see ``counter-server``)."""
        url = os.environ.get(ENV_DATABASE_URL)
        if not url:
            raise SettingsError(f"set {ENV_DATABASE_URL} to the server's database URL")
        return cls(
            database_url=url,
            enrollment_key=os.environ.get(ENV_ENROLLMENT_KEY) or None,
            seed_demo=os.environ.get(ENV_SEED_DEMO) == "1",
            migrate=False,
        )

"""The one way a desk's start fails on purpose: a message for people, an exit code."""

from __future__ import annotations


class StartupError(RuntimeError):
    """The desk cannot start; ``exit_code`` for scripts, the message for people."""

    def __init__(self, message: str, exit_code: int) -> None:
        super().__init__(message)
        self.exit_code = exit_code

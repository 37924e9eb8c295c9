"""Validation errors as one sentence a person can act on."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def _describe(error: Any) -> str:
    location = ".".join(str(part) for part in error.get("loc", ()) if part != "body")
    return f"{location or 'request'}: {error.get('msg', 'invalid')}"


def summarise(errors: Sequence[Any]) -> str:
    """One readable sentence for pydantic's or FastAPI's list of errors."""
    text = "; ".join(_describe(error) for error in errors[:5])
    more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
    return f"invalid request: {text}{more}"

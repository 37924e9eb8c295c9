"""The smoke test's check that an installation carries its platform's keyring backend."""

from __future__ import annotations

import sys
from importlib.metadata import EntryPoint

import pytest

from counter_app.sync import token_store
from counter_app.sync.token_store import TokenStoreError, shipped_backend


def test_this_platforms_backend_is_found_and_loads() -> None:
    expected = {"win32": "Windows", "darwin": "macOS"}.get(sys.platform, "SecretService")
    assert shipped_backend() == expected


def test_a_build_without_keyrings_metadata_is_told_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    # What a frozen build that left keyring's entry points out looks like from inside.
    monkeypatch.setattr(token_store, "entry_points", lambda **_: [])
    with pytest.raises(TokenStoreError, match="backend is not installed"):
        shipped_backend()


def test_a_backend_whose_module_is_missing_is_told_plainly(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    name = token_store._PLATFORM_BACKEND
    broken = EntryPoint(name=name, value="counter_app_no_such_module", group="keyring.backends")
    monkeypatch.setattr(token_store, "entry_points", lambda **_: [broken])
    with pytest.raises(TokenStoreError, match="cannot load"):
        shipped_backend()

"""A keyring backend for tests only: a JSON file named by COUNTER_TEST_KEYRING, so a
desk's token can outlive one process in a test the way the system's keyring keeps it.
Selected with PYTHON_KEYRING_BACKEND=tests.support.file_keyring.FileKeyring."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    """Passwords in the JSON file COUNTER_TEST_KEYRING (tests only)."""

    priority = 1

    @staticmethod
    def _path() -> Path:
        return Path(os.environ["COUNTER_TEST_KEYRING"])

    def _read(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text()) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self._read()
        data[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(data))

    def delete_password(self, service: str, username: str) -> None:
        data = self._read()
        if data.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError(username)
        self._path().write_text(json.dumps(data))

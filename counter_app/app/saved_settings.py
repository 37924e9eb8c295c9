"""The desk's own settings file in its data folder: the server chosen in the program
(*Connect to a server…*) and whether the demo's first-start notice was shown.

``settings.json`` holds, for example::

    {"version": 1, "server": "https://koe.kommune.dk", "enrollment_code": "ACDE-FGHJ-KMNP",
     "ca_file": "C:/kommune/kommune-ca.pem", "demo_notice_shown": true}

Every key but ``version`` may be left out. The enrollment code stays only until the desk
has used it (the token then lives in the keyring). Flags and environment variables win
over the file (``counter_app.app.settings``). The file is written whole to a temporary
file and moved over the old one, so a crash leaves the old or the new one, never half.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from counter_app.domain.access import AccessError, normalise_enrollment_code
from counter_app.protocol.transport import AddressProblem, server_address_problem

SETTINGS_FILE = "settings.json"
VERSION = 1
_KEYS = {"version", "server", "enrollment_code", "ca_file", "demo_notice_shown"}


class SavedSettingsError(ValueError):
    """The settings file cannot be read or holds something wrong; the message names the
    file and what to do. The file is left as it is."""


@dataclass(frozen=True)
class SavedSettings:
    """What the settings file says; the defaults when there is none."""

    server_url: str | None = None
    enrollment_code: str | None = None  # until used
    ca_file: Path | None = None
    demo_notice_shown: bool = False


def settings_file(data_dir: Path) -> Path:
    """Where the desk's settings file lives."""
    return data_dir / SETTINGS_FILE


def read_saved_settings(data_dir: Path) -> SavedSettings:
    """The file's settings; the defaults when there is no file.

    Raises:
        SavedSettingsError: the file cannot be read, is no JSON, or holds a wrong value.
    """
    path = settings_file(data_dir)
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):  # a data folder that is a file is
        return SavedSettings()  # explained by the start (claim_slot)
    except (OSError, UnicodeDecodeError) as exc:
        raise _error(path, f"it cannot be read ({exc})") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _error(path, f"it is not JSON (line {exc.lineno}: {exc.msg})") from exc
    return _settings_of(path, data)


def _settings_of(path: Path, data: object) -> SavedSettings:
    if not isinstance(data, dict):
        raise _error(path, "it must hold one JSON object, {...}")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise _error(path, f"unknown setting {', '.join(map(repr, unknown))}")
    if data.get("version") != VERSION:
        raise _error(path, f"version must be {VERSION}, not {data.get('version')!r}")
    server = _text(path, data, "server")
    if server is not None and (problem := server_address_problem(server)) is not None:
        raise _error(path, f"server {server!r}: {_ADDRESS_PROBLEMS[problem]}")
    code = _text(path, data, "enrollment_code")
    if code is not None:
        try:
            code = normalise_enrollment_code(code)
        except AccessError as exc:
            raise _error(path, f"enrollment_code: {exc}") from exc
    ca_file = _text(path, data, "ca_file")
    shown = data.get("demo_notice_shown", False)
    if not isinstance(shown, bool):
        raise _error(path, "demo_notice_shown must be true or false")
    return SavedSettings(
        server_url=server,
        enrollment_code=code,
        ca_file=Path(ca_file) if ca_file is not None else None,
        demo_notice_shown=shown,
    )


_ADDRESS_PROBLEMS = {
    AddressProblem.EMPTY: "the address is empty",
    AddressProblem.SPACES: "the address has a space in it",
    AddressProblem.NOT_AN_ADDRESS: "give the whole address, e.g. https://koe.kommune.dk",
    AddressProblem.PLAIN_HTTP: "a server on another machine needs https://",
}


def _text(path: Path, data: dict[str, Any], key: str) -> str | None:
    value = data.get(key)
    if value is None or isinstance(value, str):
        return value
    raise _error(path, f"{key} must be text in quotes")


def _error(path: Path, what: str) -> SavedSettingsError:
    return SavedSettingsError(
        f"the settings file {path} is wrong: {what}. Correct it, or move it aside (rename it) "
        "to start the demo and connect again with Help > Connect to a server"
    )


def write_saved_settings(data_dir: Path, settings: SavedSettings) -> None:
    """Write the file whole (readable only by this user), replacing the old one at once.

    Raises OSError when the folder cannot be written.
    """
    data: dict[str, object] = {"version": VERSION}
    if settings.server_url is not None:
        data["server"] = settings.server_url
    if settings.enrollment_code is not None:
        data["enrollment_code"] = settings.enrollment_code
    if settings.ca_file is not None:
        data["ca_file"] = str(settings.ca_file)
    if settings.demo_notice_shown:
        data["demo_notice_shown"] = True
    data_dir.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=data_dir, prefix=".settings-", suffix=".json")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:  # mkstemp made it 0600
            json.dump(data, file, indent=2, ensure_ascii=False)
            file.write("\n")
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, settings_file(data_dir))
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def update_saved_settings(data_dir: Path, **changes: Any) -> SavedSettings:
    """Read the file, change some fields of :class:`SavedSettings`, write it back.

    Raises SavedSettingsError (a broken file is never overwritten) or OSError.
    """
    settings = replace(read_saved_settings(data_dir), **changes)
    write_saved_settings(data_dir, settings)
    return settings

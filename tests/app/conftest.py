"""The desk program's tests never read the developer's own data folder: its settings file
(a server saved with Help > Connect to a server) would change what parse_settings gives."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _own_data_folder(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COUNTER_APP_DATA_DIR", str(tmp_path_factory.mktemp("data")))

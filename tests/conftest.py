"""Shared fixtures: user folders point at temporary places, never the real ones."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def private_user_dirs(tmp_path_factory, monkeypatch):
    base = tmp_path_factory.mktemp("home")
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(base / var.lower()))
    monkeypatch.setenv("HOME", str(base))

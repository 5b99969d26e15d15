"""Every test keeps its run ledger in a temporary folder of its own, never in the user's."""

import pytest


@pytest.fixture(autouse=True)
def _private_ledger(tmp_path_factory, monkeypatch):
    monkeypatch.setenv("PASSPAUSE_LEDGER",
                       str(tmp_path_factory.mktemp("ledger") / "ledger.sqlite3"))

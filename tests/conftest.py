"""Shared fixtures. Qt runs offscreen; every test gets its own data folder."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("KITDESK_HOME", None)
# The commands and windows the tests start in subprocesses unlock their data folder with it.
from tests.support import TEST_PASSPHRASE  # noqa: E402

os.environ["KITDESK_PASSPHRASE"] = TEST_PASSPHRASE

import pytest  # noqa: E402

from kitdesk.paths import DataFolder  # noqa: E402


@pytest.fixture
def folder(tmp_path) -> DataFolder:
    """A new data folder, set up with its key file as at a first start."""
    from tests.support import prepare

    folder = DataFolder(tmp_path / "data").ensure()
    prepare(folder)
    return folder


@pytest.fixture
def key(folder) -> bytes:
    from tests.support import key_of

    return key_of(folder)


@pytest.fixture
def store(folder, key):
    from kitdesk.store.store import Store

    s = Store.open(folder, key=key)
    s.settings.set_many({"user_name": "Test Bruger"})
    yield s
    s.close()


@pytest.fixture
def demo_store(store):
    from kitdesk.store.demo import load_demo

    load_demo(store)
    return store


@pytest.fixture
def danish(qapp):
    """The Danish catalogue installed, as a user gets it."""
    from kitdesk.ui.i18n import install_translators

    install_translators(qapp, "da")
    yield qapp
    install_translators(qapp, "en")


@pytest.fixture
def main_window(qtbot, demo_store):
    from kitdesk.ui.main_window import MainWindow

    window = MainWindow(demo_store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.bridge.detach()

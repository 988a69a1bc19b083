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


@pytest.fixture(scope="session")
def _templates():
    """The data folders made once per worker and copied (tests.support.Templates)."""
    from tests.support import TEMPLATES

    return TEMPLATES


@pytest.fixture
def folder(tmp_path, _templates) -> DataFolder:
    """A new data folder, set up with its key file as at a first start."""
    import shutil

    shutil.copytree(_templates.get("folder").root, tmp_path / "data")
    return DataFolder(tmp_path / "data")


@pytest.fixture
def key(folder) -> bytes:
    from tests.support import key_of

    return key_of(folder)


@pytest.fixture
def store(request, folder, key, _templates):
    """The folder's store, user "Test Bruger"; with the demo data in it when the test asks for demo_store."""
    import shutil

    from kitdesk.store.store import Store

    template = _templates.get("demo" if "demo_store" in request.fixturenames else "store")
    if not folder.db_path.exists() and key == _key_of_template(template):
        # The template's database (and what opening it made) in place of a new one: same key.
        shutil.copytree(template.root, folder.root, dirs_exist_ok=True,
                        ignore=shutil.ignore_patterns("kitdesk.key", "kitdesk.lock"))
        s = Store.open(folder, key=key)
    else:  # a folder a test module made its own way
        s = Store.open(folder, key=key)
        s.settings.set_many({"user_name": "Test Bruger"})
        if "demo_store" in request.fixturenames:
            from kitdesk.store.demo import load_demo

            load_demo(s)
    yield s
    s.close()


def _key_of_template(template: DataFolder) -> bytes:
    from tests.support import key_of

    return key_of(template)


@pytest.fixture
def demo_store(store):
    """The store with the demo data (copied in by the store fixture)."""
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

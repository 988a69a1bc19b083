"""Write tests/data/schemaN.sqlite3: a plain database (as releases before encryption wrote them) at
schema step N, filled with the demo as the code of that step writes it.

Run it when a schema step is added, with N = the new step's number (`python scripts/make_schema_fixture.py 9`);
the fixtures of older steps stay as they were made. tests/store/test_migrations.py upgrades each.
"""
from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kitdesk.paths import DataFolder  # noqa: E402
from kitdesk.store import migrations, schema  # noqa: E402
from kitdesk.store.db import open_connection, wrap  # noqa: E402
from kitdesk.store.demo import load_demo  # noqa: E402
from kitdesk.store.identity import stamp  # noqa: E402
from kitdesk.store.store import Store  # noqa: E402


def main(n: int) -> Path:
    stop = schema.STEPS[n] if n < len(schema.STEPS) else None
    folder = DataFolder(Path(tempfile.mkdtemp())).ensure()
    conn = open_connection(folder.db_path, key=None)
    migrations.migrations.apply(wrap(conn), stop_before=stop)
    stamp(conn)
    store = Store(conn, folder, None)
    store.settings.set_many({"user_name": "Mette Kjærgaard"})  # fictitious, as all demo data
    load_demo(store)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode=DELETE")
    store.close()
    out = ROOT / "tests" / "data" / f"schema{n}.sqlite3"
    out.write_bytes(folder.db_path.read_bytes())
    return out


if __name__ == "__main__":
    path = main(int(sys.argv[1]))
    print(path, path.stat().st_size)

"""A refusal on the command line: one Danish line on stderr and exit code 1 (kitdesk.cli.run_command)."""
from __future__ import annotations

from kitdesk.cli import build_parser, run_command
from kitdesk.paths import DataFolder
from kitdesk.store.demo import load_demo
from tests.support import open_store


def test_a_refusal_is_one_danish_line_and_exit_code_1(tmp_path, capsys):
    folder = DataFolder(tmp_path / "data")
    store = open_store(folder)
    try:
        load_demo(store)
        signed = next(r.id for r in store.meetings.rows() if r.state == "signed")
        version = store.plans.open_new_version(signed, "Skolens frist er flyttet")  # version 2, not signed yet
    finally:
        store.close()
    args = build_parser().parse_args(["export-plan", "--meeting", str(signed), "--version", str(version),
                                      "--out", str(tmp_path / "plan.pdf")])
    assert run_command(folder, args) == 1
    assert capsys.readouterr().err == f"Version {version} er ikke godkendt endnu.\n"
    assert not (tmp_path / "plan.pdf").exists()

"""The command line speaks Danish: argparse's own words (brug, positionelle argumenter, tilvalg, vis
denne hjælp og afslut, its error lines) as well as ours; `kitdesk deadline` gives people a Danish date
and scripts ISO with --iso or --json. Run as a user runs them, in a subprocess."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

ENGLISH = ("usage:", "positional arguments", "options:", "show this help message and exit",
           "show program's version number and exit", "error:", "the following arguments are required",
           "invalid choice", "choose from")


def kitdesk(*args):
    return subprocess.run([sys.executable, "-m", "kitdesk", *args], capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("args", [("--help",), ("deadline", "--help"), ("invite", "-h")])
def test_help_is_in_danish(args):
    result = kitdesk(*args)
    assert result.returncode == 0
    for danish in ("brug:", "tilvalg:", "-h, --help", "vis denne hjælp og afslut"):
        assert danish in result.stdout, danish
    for english in ENGLISH:
        assert english not in result.stdout, english
    if args == ("--help",):
        assert "positionelle argumenter:" in result.stdout
        assert "vis programmets versionsnummer og afslut" in result.stdout


@pytest.mark.parametrize("args, words", [
    (("invite",), "fejl: disse argumenter mangler: --meeting, --out"),
    (("bogus",), "fejl: argument KOMMANDO: ugyldigt valg: 'bogus' (vælg mellem"),
    (("cases", "--nonsense"), "fejl: ukendte argumenter: --nonsense"),
    (("--lang", "fr"), "ugyldigt valg: 'fr' (vælg mellem 'da', 'en')"),
    (("deadline", "2026-11-23", "--iso", "--json"), "kan ikke bruges sammen med"),
])
def test_argparse_errors_are_in_danish(args, words):
    result = kitdesk(*args)
    assert result.returncode == 2 and words in result.stderr, result.stderr
    assert result.stderr.startswith("brug: ")
    for english in ENGLISH:
        assert english not in result.stderr, english


def test_the_deadline_is_a_danish_date_for_people_and_iso_for_scripts(tmp_path):
    home = str(tmp_path / "none")
    assert kitdesk("--home", home, "deadline", "23.11.2026").stdout.strip() == "30.11.2026"
    assert kitdesk("--home", home, "deadline", "2026-11-23").stdout.strip() == "30.11.2026"
    assert kitdesk("--home", home, "deadline", "2026-11-23", "--iso").stdout.strip() == "2026-11-30"
    answer = json.loads(kitdesk("--home", home, "deadline", "23.11.2026", "--days", "3", "--json").stdout)
    assert answer == {"requested": "2026-11-23", "working_days": 3, "deadline": "2026-11-26"}
    refused = kitdesk("--home", home, "deadline", "31.02.2026")
    assert refused.returncode == 2 and "31.02.2026 findes ikke: februar 2026 har kun 28 dage." in refused.stderr

"""`kitdesk report`: the Selvevaluering's three files headless, as a script would make them."""
import csv
import io

import pytest

from tests.support import kitdesk


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("report")
    result = kitdesk(home, "demo", "--cases", "40")
    assert result.returncode == 0, result.stderr
    return home


def test_report_writes_pdf_csv_and_xlsx(demo_home, tmp_path):
    result = kitdesk(demo_home, "report", "--from", "2026-01-01", "--to", "2026-03-31", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    names = [line.rsplit("/", 1)[-1] for line in result.stdout.split()]
    assert names == ["Selvevaluering_2026-K1.pdf", "Selvevaluering_2026-K1.csv", "Selvevaluering_2026-K1.xlsx",
                     "Selvevaluering_2026-K1.kitdesk-tal.json"]  # the figure file colleagues merge
    assert (tmp_path / names[0]).read_bytes().startswith(b"%PDF")
    rows = list(csv.reader(io.StringIO((tmp_path / names[1]).read_text("utf-8-sig")), delimiter=";"))
    assert rows[0][:7] == ["Nøgletal", "Periode", "Fra", "Til", "Tæller", "Nævner", "Andel (%)"]
    assert any(r[1] == "1. kvartal 2026" for r in rows[1:])


def test_report_with_the_gp_fee_list_and_a_selection(demo_home, tmp_path):
    result = kitdesk(demo_home, "report", "--from", "2025-01-01", "--to", "2025-12-31", "--out", str(tmp_path),
                     "--skole", "Åskolen", "--sektor", "ppr", "--honorarliste")
    assert result.returncode == 0, result.stderr
    assert [line.rsplit("/", 1)[-1] for line in result.stdout.split()] == [
        "Selvevaluering_2025_Aaskolen_ppr.pdf", "Selvevaluering_2025_Aaskolen_ppr.csv",
        "Selvevaluering_2025_Aaskolen_ppr.xlsx", "Selvevaluering_2025_Aaskolen_ppr.kitdesk-tal.json",
        "Honorarliste_almen_praksis_2025_Aaskolen_ppr.pdf",
        "Honorarliste_almen_praksis_2025_Aaskolen_ppr.csv"]
    rows = list(csv.reader(io.StringIO((tmp_path / "Selvevaluering_2025_Aaskolen_ppr.csv").read_text("utf-8-sig")),
                           delimiter=";"))
    assert {r[-1] for r in rows[1:]} == {"Skole/dagtilbud: Åskolen · Sektor i netværket: Kommune – PPR"}


@pytest.mark.parametrize("args, message", [
    (["--from", "2026-13-01", "--to", "2026-12-31"], "»2026-13-01« er ikke en dato. Skriv datoen som ÅÅÅÅ-MM-DD"),
    (["--from", "2026-03-01", "--to", "2026-01-31"], "Periodens sidste dag (--to) ligger før den første (--from)"),
    (["--from", "2026-01-01", "--to", "2026-01-31", "--sektor", "skolen"], "»skolen« er ikke en sektor"),
])
def test_report_refuses_in_danish(demo_home, tmp_path, args, message):
    result = kitdesk(demo_home, "report", *args, "--out", str(tmp_path))
    assert result.returncode == 2 and message in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []

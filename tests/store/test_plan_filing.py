"""A signed, exported plan noted as filed in the case system ("journaliseret")."""
from __future__ import annotations

from datetime import date

import pytest

from kitdesk.domain.refusal import Refusal


@pytest.fixture
def signed(demo_store):
    """Freja's demo meeting signed off three months ago: (case id, meeting id, version)."""
    row = demo_store.conn.execute("SELECT case_id, meeting_id, version FROM plan_versions WHERE signed_at IS NOT NULL"
                                  ).fetchone()
    return row


def test_only_an_exported_signed_version_can_be_marked_filed(demo_store, signed):
    case_id, meeting_id, version = signed
    assert [(u.meeting_id, u.version, u.exported) for u in demo_store.plans.unfiled(case_id)] == \
        [(meeting_id, version, False)]
    with pytest.raises(Refusal, match="ikke gemt som PDF endnu"):
        demo_store.plans.mark_filed(meeting_id, version)
    demo_store.plans.record_export(demo_store.plans.get_version(meeting_id, version), b"%PDF", "plan.pdf")
    assert demo_store.plans.exported_versions(meeting_id) == {version}
    demo_store.plans.mark_filed(meeting_id, version, date(2026, 12, 1))
    filing = demo_store.plans.filings(meeting_id)[version]
    assert (filing.filed_on, filing.filed_by) == (date(2026, 12, 1), "Test Bruger")
    assert demo_store.plans.unfiled(case_id) == []
    with pytest.raises(Refusal, match="allerede markeret"):
        demo_store.plans.mark_filed(meeting_id, version)


def test_marking_is_undone_and_can_be_taken_back(demo_store, signed):
    case_id, meeting_id, version = signed
    demo_store.plans.record_export(demo_store.plans.get_version(meeting_id, version), b"%PDF", "plan.pdf")
    demo_store.plans.mark_filed(meeting_id, version)
    demo_store.revert(demo_store.last_journal)
    assert demo_store.plans.filings(meeting_id) == {}
    demo_store.plans.mark_filed(meeting_id, version)
    demo_store.plans.unmark_filed(meeting_id, version)
    assert [u.version for u in demo_store.plans.unfiled(case_id)] == [version]


def test_a_version_not_signed_cannot_be_filed(demo_store):
    meeting_id = demo_store.conn.execute("SELECT id FROM meetings WHERE state = 'held'").fetchone()[0]
    with pytest.raises(KeyError):
        demo_store.plans.mark_filed(meeting_id, 1)

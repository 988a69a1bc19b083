"""A signed plan's fingerprint may never change between releases: `kitdesk verify` recomputes it from
the stored content, and a plan signed last year must still verify."""
from __future__ import annotations

import json
from dataclasses import asdict, replace

from kitdesk.domain.plan import canonical_json, content_from_json, fingerprint
from tests.export.plan_samples import sample_plan


def _as_signed_until_now(content) -> str:
    # The canonical form the plans signed so far were fingerprinted with.
    return json.dumps(asdict(content), sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def test_the_canonical_form_is_the_one_every_signed_plan_was_fingerprinted_with():
    plan = sample_plan()
    assert plan.agreements and plan.participants and plan.agenda and plan.approvals
    assert canonical_json(plan) == _as_signed_until_now(plan)
    empty = replace(plan, agreements=(), follow_ups=(), contacts=())
    assert canonical_json(empty) == _as_signed_until_now(empty)


def test_the_stored_content_read_back_has_the_same_fingerprint():
    plan = sample_plan()
    assert fingerprint(content_from_json(canonical_json(plan))) == fingerprint(plan)

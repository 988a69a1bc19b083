"""The contact-person rule, in the domain: one responsible contact person per side (BUC, the
municipality), someone from that side."""
from kitdesk.domain.model import Member
from kitdesk.domain.network import can_be_contact, contact_conflict, contact_side, missing_contact_sides


def member(id, sector, contact=False) -> Member:
    return Member(id=id, case_id=1, person_id=id, sector=sector, is_contact=contact, person_name=f"P{id}")


def test_only_buc_and_the_municipality_can_be_contact_persons():
    assert can_be_contact("buc") and can_be_contact("caseworker") and can_be_contact("school")
    assert not can_be_contact("gp") and not can_be_contact("family") and not can_be_contact("other")


def test_the_side_a_member_is_contact_person_for():
    assert contact_side(member(1, "buc", contact=True)) == "buc"
    assert contact_side(member(2, "ppr", contact=True)) == "municipality"
    assert contact_side(member(3, "buc")) is None
    assert contact_side(member(4, "gp", contact=True)) is None  # a flag on the wrong side counts for nothing


def test_a_new_contact_person_takes_over_from_the_one_on_the_same_side():
    network = [member(1, "buc", contact=True), member(2, "caseworker", contact=True), member(3, "buc")]
    assert contact_conflict(network, member(3, "buc")).id == 1
    assert contact_conflict(network, member(4, "school")).id == 2
    assert contact_conflict(network, member(1, "buc", contact=True)) is None  # already it
    assert contact_conflict(network, member(5, "gp")) is None
    assert missing_contact_sides(network[:1]) == ["municipality"]
    assert missing_contact_sides([member(4, "gp", contact=True)]) == ["buc", "municipality"]

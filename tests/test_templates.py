"""Agenda templates and role texts: shipped as data, copied and edited by the user."""
import json

from kitdesk import templates

REQUIRED = {"Opstart og afklaring", "Afslutning af udredning", "Ventetid: koordinering mens barnet venter",
            "Udskrivning og opfølgning", "Familien har bedt om et møde"}
ROLES = {"caseworker", "ppr", "teacher", "buc_clinician", "health_visitor", "gp", "parent", "child"}


def test_the_five_shipped_templates_are_there_and_use_known_roles():
    shipped = templates.load_agenda_templates()
    assert REQUIRED <= {t.name for t in shipped}
    roles = templates.load_roles()
    assert ROLES <= set(roles)
    for template in shipped:
        assert template.items and template.purpose
        assert all(item.role in roles or item.role == "" for item in template.items)


def test_gp_role_says_the_participation_is_paid():
    assert "honoreres efter gældende overenskomst" in templates.load_roles()["gp"].text


def test_a_user_copy_replaces_the_shipped_one_and_a_broken_file_is_reported(tmp_path):
    shipped = next(t for t in templates.load_agenda_templates() if t.name == "Opstart og afklaring")
    copy = templates.copy_to_user(shipped, tmp_path)
    data = json.loads(copy.read_text(encoding="utf-8"))
    data["items"] = data["items"][:2]
    copy.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    (copy.parent / "broken.json").write_text("{not json", encoding="utf-8")
    problems = templates.TemplateProblems()
    loaded = {t.name: t for t in templates.load_agenda_templates(tmp_path, problems)}
    assert loaded["Opstart og afklaring"].own and len(loaded["Opstart og afklaring"].items) == 2
    assert problems.files == ["broken.json"]


def test_saving_an_agenda_as_a_template(tmp_path):
    items = [templates.TemplateItem("Status", "Kort", 15, "teacher")]
    path = templates.save_user_template(tmp_path, "Skolens møde – æøå", "Formål", items)
    assert path.name == "skolens_mode_eoa.json"
    loaded = {t.name: t for t in templates.load_agenda_templates(tmp_path)}
    assert loaded["Skolens møde – æøå"].items == tuple(items)

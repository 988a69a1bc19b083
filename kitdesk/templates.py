"""Agenda templates and role descriptions: data files shipped in resources/templates, and the
user's own copies in the data folder (templates/agenda), which a user can copy and edit."""
from __future__ import annotations

import json
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from kitdesk.domain.refusal import Refusal, message
from kitdesk.paths import resources_dir

NO_TEMPLATE_NAME = message("template.no_name", "Giv skabelonen et navn.", "Give the template a name.")


@dataclass(frozen=True)
class TemplateItem:
    title: str
    description: str = ""
    minutes: int = 10
    role: str = ""  # a key in roles.json: who is usually responsible


@dataclass(frozen=True)
class AgendaTemplate:
    name: str
    purpose: str
    items: tuple[TemplateItem, ...]
    path: Path
    own: bool = False  # the user's copy (editable), not a shipped one


@dataclass(frozen=True)
class RoleText:
    key: str
    label: str
    sector: str
    text: str


@dataclass
class TemplateProblems:
    """Files that could not be read: shown to the user, never fatal."""

    files: list[str] = field(default_factory=list)


def shipped_dir() -> Path:
    return resources_dir() / "templates"


def user_agenda_dir(data_root: Path) -> Path:
    return data_root / "templates" / "agenda"


def load_roles() -> dict[str, RoleText]:
    raw = json.loads((shipped_dir() / "roles.json").read_text(encoding="utf-8"))
    return {key: RoleText(key, v["label"], v.get("sector", ""), v["text"]) for key, v in raw.items()}


def role_for_sector(sector: str) -> str:
    """The usual role description for someone from a sector, as a roles.json key."""
    return {"caseworker": "caseworker", "ppr": "ppr", "school": "teacher", "daycare": "daycare",
            "buc": "buc_clinician", "health_visitor": "health_visitor", "gp": "gp", "family": "parent",
            "private_specialist": "buc_clinician"}.get(sector, "")


def load_agenda_templates(data_root: Path | None = None, problems: TemplateProblems | None = None) -> list[AgendaTemplate]:
    """Shipped templates first, then the user's own (a user copy with the same name replaces it)."""
    found: dict[str, AgendaTemplate] = {}
    folders = [(shipped_dir() / "agenda", False)]
    if data_root is not None:
        folders.append((user_agenda_dir(data_root), True))
    for folder, own in folders:
        for path in sorted(folder.glob("*.json")) if folder.is_dir() else []:
            try:
                template = _read(path, own)
            except (OSError, ValueError, KeyError, TypeError):
                if problems is not None:
                    problems.files.append(path.name)
                continue
            found[template.name] = template
    return list(found.values())


def copy_to_user(template: AgendaTemplate, data_root: Path) -> Path:
    """Copy a template into the user's folder to edit it; returns the copy."""
    folder = user_agenda_dir(data_root)
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / template.path.name
    if not target.exists():
        shutil.copyfile(template.path, target)
    return target


def save_user_template(data_root: Path, name: str, purpose: str, items: list[TemplateItem]) -> Path:
    """Save an agenda as the user's own template (e.g. "Gem dagsorden som skabelon")."""
    if not name.strip():
        raise Refusal(NO_TEMPLATE_NAME)
    folder = user_agenda_dir(data_root)
    folder.mkdir(parents=True, exist_ok=True)
    slug = re.sub(r"[^a-z0-9]+", "_", name.lower().translate(str.maketrans("æøå", "eoa"))).strip("_") or "skabelon"
    target = folder / f"{slug}.json"
    data = {"name": name.strip(), "purpose": purpose,
            "items": [{"title": i.title, "description": i.description, "minutes": i.minutes, "role": i.role}
                      for i in items]}
    partial = target.with_suffix(".json.part")
    partial.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    partial.replace(target)
    return target


def _read(path: Path, own: bool) -> AgendaTemplate:
    raw = json.loads(path.read_text(encoding="utf-8"))
    items = tuple(TemplateItem(str(i["title"]), str(i.get("description", "")), int(i.get("minutes", 10)),
                               str(i.get("role", ""))) for i in raw["items"])
    return AgendaTemplate(str(raw["name"]), str(raw.get("purpose", "")), items, path, own)

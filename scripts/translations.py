"""Developer tool for the Danish catalogue (resources/translations/kitdesk_da.ts).

  python scripts/translations.py update          collect strings from kitdesk/ into the .ts
  python scripts/translations.py missing         list strings without a finished translation
  python scripts/translations.py fill FILE.json  set translations from {"Context": {"source": "oversættelse"}}
"""
from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "kitdesk_da.ts"


def lupdate(target: Path) -> None:
    tool = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(tool), "-silent", "-extensions", "py", "-locations", "none", "-no-obsolete",
                    "-target-language", "da_DK", str(ROOT / "kitdesk"), "-ts", str(target)], check=True)


def messages(ts: Path):
    """(context, source, message element) for every message in a .ts file."""
    tree = ET.parse(ts)
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            yield name, message.findtext("source"), message


def unfinished(message) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return True
    if message.get("numerus") == "yes":
        return any(not (form.text or "").strip() for form in translation.iter("numerusform"))
    return not (translation.text or "").strip()


def normalise(ts: Path) -> None:
    """One layout for the catalogue, whichever tool wrote it last (lupdate and fill() indent
    differently, and every run would otherwise rewrite the whole file in the diff)."""
    tree = ET.parse(ts)
    ET.indent(tree, "    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)


def fill(mapping_file: Path) -> None:
    mapping = json.loads(mapping_file.read_text(encoding="utf-8"))
    tree = ET.parse(TS)
    count = 0
    for context in tree.getroot().iter("context"):
        wanted = mapping.get(context.findtext("name"), {})
        for message in context.iter("message"):
            source = message.findtext("source")
            if source not in wanted:
                continue
            translation = message.find("translation")
            value = wanted[source]
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value, value]
                for child in list(translation):
                    translation.remove(child)
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = value
            translation.attrib.pop("type", None)
            count += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    normalise(TS)
    print(f"{count} translations set")


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "missing"
    if command == "update":
        lupdate(TS)
        normalise(TS)
    elif command == "fill":
        fill(Path(argv[1]))
    missing = [(c, s) for c, s, m in messages(TS) if unfinished(m)] if TS.exists() else []
    for context, source in missing:
        print(f"{context}: {source}")
    print(f"{len(missing)} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

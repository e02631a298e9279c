"""The screens' translations (Qt Linguist), kept in step with the code.

    python scripts/translations.py update   # new strings in, gone ones out (.ts)
    python scripts/translations.py build    # the .qm files the application loads
    python scripts/translations.py check    # exit 1 if a string is not translated

``resources/translations/fieldservice_<lang>.ts`` are the sources, committed and
edited with Qt Linguist (``pyside6-linguist``); the ``.qm`` files are built from
them by the install step (``scripts/venv.sh``) and by the installer build, never
committed. ``check`` runs ``update`` on a copy, so it also fails when the code has
a string the catalogues do not have yet.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_TW")
BIN = Path(sys.executable).parent


def catalogue(language: str, folder: Path = FOLDER) -> Path:
    return folder / f"fieldservice_{language}.ts"


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def update(folder: Path = FOLDER) -> None:
    for language in LANGUAGES:
        subprocess.run(
            [
                str(BIN / "pyside6-lupdate"),
                *sources(),
                "-no-obsolete",
                "-locations",
                "relative",
                "-target-language",
                language,
                "-ts",
                str(catalogue(language, folder)),
            ],
            cwd=ROOT,
            check=True,
            stdout=subprocess.DEVNULL,
        )


def build() -> None:
    """The .qm of each catalogue, and beside it the translations by source text
    alone (``.json``), which the application falls back on when a string is
    looked up under another context than lupdate filed it under."""
    for language in LANGUAGES:
        ts = catalogue(language)
        subprocess.run(
            [str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))],
            check=True,
        )
        by_source: dict[str, str] = {}
        for message in ET.parse(ts).getroot().iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if translation is None or translation.get("type") or message.get("numerus"):
                continue
            by_source.setdefault(source, translation.text or "")
        ts.with_suffix(".json").write_text(
            json.dumps(by_source, ensure_ascii=False, sort_keys=True), encoding="utf-8"
        )


def untranslated(ts: Path) -> list[str]:
    """The entries of *ts* with no finished translation, as "context: source"."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None:
                texts = [""]
            else:
                forms = translation.findall("numerusform")
                texts = [form.text or "" for form in forms] or [translation.text or ""]
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not all(text.strip() for text in texts)
            ):
                missing.append(f"{name}: {message.findtext('source')}")
    return missing


def check() -> list[str]:
    """What is not translated, in either language, after an update on a copy."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch)
        for language in LANGUAGES:
            shutil.copy(catalogue(language), catalogue(language, copy))
        update(copy)
        return [
            f"{language} {entry}"
            for language in LANGUAGES
            for entry in untranslated(catalogue(language, copy))
        ]


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        update()
    elif command == "build":
        build()
    elif command == "check":
        missing = check()
        for entry in missing:
            print(entry)
        print(f"{len(missing)} untranslated", file=sys.stderr)
        return 1 if missing else 0
    else:
        print(__doc__, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

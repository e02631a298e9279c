"""The translations, kept in step with the code: the screens' (Qt Linguist) and
the core's (gettext, with Babel).

    python scripts/translations.py update   # new strings in, gone ones out (.ts, .po)
    python scripts/translations.py build    # the .qm and .mo files the program loads
    python scripts/translations.py check    # exit 1 if a string is not translated

``resources/translations/fieldservice_<lang>.ts`` are the screens' sources, edited
with Qt Linguist (``pyside6-linguist``); ``resources/translations/core/<lang>/
LC_MESSAGES/fieldservice.po`` the core's (errors, command line, printed documents:
``fieldservice.i18n``), edited with any PO editor. Both are committed; the
``.qm`` and ``.mo`` files are built from them by the install step
(``scripts/venv.sh``) and by the installer build, never committed. ``check`` runs
``update`` on a copy, so it also fails when the code has a string the catalogues
do not have yet.
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


def core_catalogue(language: str, folder: Path = FOLDER) -> Path:
    return folder / "core" / language / "LC_MESSAGES" / "fieldservice.po"


def _pybabel(*arguments: str) -> None:
    subprocess.run([str(BIN / "pybabel"), "-q", *arguments], check=True)


def core_update(folder: Path = FOLDER) -> None:
    """The core's catalogues in step with ``fieldservice/`` (sorted, no line numbers:
    a moved line changes nothing)."""
    with tempfile.TemporaryDirectory() as scratch:
        template = Path(scratch) / "fieldservice.pot"
        _pybabel(
            "extract",
            "--no-location",
            "--sort-output",
            "--project=fieldservice",
            "-k",
            "ngettext:1,2",
            "-o",
            str(template),
            str(ROOT / "fieldservice"),
        )
        for language in LANGUAGES:
            po = core_catalogue(language, folder)
            command = "update" if po.exists() else "init"
            extra = ["--ignore-obsolete", "--no-fuzzy-matching"] if po.exists() else []
            _pybabel(
                command,
                "-i",
                str(template),
                "-d",
                str(folder / "core"),
                "-D",
                "fieldservice",
                "-l",
                language,
                "--no-wrap",
                *extra,
            )


def core_untranslated(po: Path) -> list[str]:
    from babel.messages.pofile import read_po

    with po.open("rb") as source:
        messages = read_po(source)
    missing = []
    for message in messages:
        if not message.id:
            continue
        texts = message.string if isinstance(message.string, tuple) else (message.string,)
        if message.fuzzy or not all(text.strip() for text in texts):
            missing.append(f"core: {message.id if isinstance(message.id, str) else message.id[0]}")
    return missing


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
    _pybabel("compile", "-d", str(FOLDER / "core"), "-D", "fieldservice")
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
            core_catalogue(language, copy).parent.mkdir(parents=True)
            if core_catalogue(language).exists():
                shutil.copy(core_catalogue(language), core_catalogue(language, copy))
        update(copy)
        core_update(copy)
        return [
            f"{language} {entry}"
            for language in LANGUAGES
            for entry in [
                *untranslated(catalogue(language, copy)),
                *core_untranslated(core_catalogue(language, copy)),
            ]
        ]


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else ""
    if command == "update":
        update()
        core_update()
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

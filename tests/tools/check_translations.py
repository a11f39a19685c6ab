#!/usr/bin/env python3
"""Check that every user-visible message is translated.

    check_translations.py LUPDATE SOURCE_DIR

Updates a scratch copy of each .ts file in resources/translations from the
sources (as the translations-update target does) and fails when any message is
unfinished or obsolete: a string added to the code without its translation, or
a translation left behind by a string that is gone.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

OPTIONS = ["-no-obsolete", "-locations", "none", "-extensions", "cpp,h,ui"]


def problems(path):
    found = []
    for message in ET.parse(path).iter("message"):
        translation = message.find("translation")
        kind = translation.get("type")
        source = message.find("source").text or ""
        texts = [f.text for f in translation.findall("numerusform")] or [translation.text]
        if kind in ("unfinished", "obsolete", "vanished") or not all(texts):
            found.append(f"{kind or 'empty'}: {source[:70]!r}")
    return found


def main():
    lupdate, root = sys.argv[1], sys.argv[2]
    folder = os.path.join(root, "resources", "translations")
    failed = False
    for name in sorted(os.listdir(folder)):
        if not name.endswith(".ts"):
            continue
        committed = os.path.join(folder, name)
        stale = problems(committed)
        with tempfile.TemporaryDirectory() as scratch:
            copy = os.path.join(scratch, name)
            shutil.copy(committed, copy)
            extra = ["-pluralonly"] if name.endswith("_en.ts") else []
            subprocess.run([lupdate, *OPTIONS, *extra, "src", "ui", "-ts", copy], cwd=root,
                           check=True, capture_output=True)
            missing = problems(copy)
        for problem in stale + missing:
            print(f"{name}: {problem}")
        failed = failed or bool(stale or missing)
        print(f"{'MISS' if stale or missing else 'ok  '} {name}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

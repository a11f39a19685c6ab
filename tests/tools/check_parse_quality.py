#!/usr/bin/env python3
"""Parse every issue that has a reference parse and hold the scores to the targets.

    check_parse_quality.py BROADSHEET_CLI FILE.gold.json...

The seed must be parsed perfectly; other issues must reach the targets for files
the parser has never seen (issue #3). Prints one line per file; exits 1 when a
file misses a target.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "score_parse.py")

SEED_TARGETS = {"line_acc": 1.0, "join": 1.0, "captions": 1.0}
UNSEEN_TARGETS = {"line_acc": 0.97, "art_f1": 0.95, "join": 0.95}


def scores(cli, gold_path):
    text_path = gold_path[: -len(".gold.json")] + ".txt"
    with tempfile.NamedTemporaryFile("wb", suffix=".json", delete=False) as out:
        subprocess.run([cli, "parse", text_path], stdout=out, check=True, timeout=60)
    try:
        result = subprocess.run([sys.executable, SCORER, gold_path, out.name],
                                capture_output=True, text=True, check=True)
    finally:
        os.unlink(out.name)
    summary = result.stdout.strip().splitlines()[-1]
    values = {k: float(v) for k, v in re.findall(r"(\w+)=([0-9.]+)(?=\s|$)", summary)}
    for name, got, total in re.findall(r"(\w+)=(\d+)/(\d+)", summary):
        values[name + "_fraction"] = (int(got), int(total))
    return summary, values


def main():
    cli, golds = sys.argv[1], sys.argv[2:]
    failed = False
    for gold in golds:
        summary, values = scores(cli, gold)
        seed = os.path.basename(os.path.dirname(gold)) == "seeds"
        targets = SEED_TARGETS if seed else UNSEEN_TARGETS
        misses = [f"{k}={values.get(k)} < {v}" for k, v in targets.items() if values.get(k, 0.0) + 1e-9 < v]
        if seed:
            for name in ("title", "authors", "dedupe"):
                got, total = values[name + "_fraction"]
                if got != total:
                    misses.append(f"{name}={got}/{total}")
        status = "ok  " if not misses else "MISS"
        print(f"{status} {os.path.basename(gold)}: {summary}")
        for miss in misses:
            print(f"     target missed: {miss}")
        failed = failed or bool(misses)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

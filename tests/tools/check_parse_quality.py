#!/usr/bin/env python3
"""Parse every issue that has a reference parse and hold every figure the scorer
prints to its target.

    check_parse_quality.py BROADSHEET_CLI FILE.gold.json...

The seed, the visible sample and the test issues in tests/data/issues were all
written while the parser was tuned: they are regression tests, and every figure
must stay perfect on them. Issues kept out of tuning, to measure how the parser
does on text it has never seen, go in tests/data/unseen/ and are held to
UNSEEN_TARGETS instead (their figures are reported, and the targets enforced).

Prints one line per file; exits 1 when a file misses a target or the scorer
prints a figure this script does not know (so that a new figure cannot go
unchecked).
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "score_parse.py")

# Every figure the scorer prints, and how it is judged.
RATIOS = ("line_acc", "art_f1", "join", "captions", "groups", "sections")
FRACTIONS = ("joins_found", "title", "authors", "dedupe")
FLAGS = {"encoding": "ok"}

REGRESSION_TARGETS = {name: 1.0 for name in RATIOS + FRACTIONS}
UNSEEN_TARGETS = dict(REGRESSION_TARGETS, line_acc=0.98, art_f1=0.98, join=0.95,
                      joins_found=0.95, authors=0.95, title=0.95, captions=0.95,
                      groups=0.95, sections=0.95, dedupe=0.95)


def parse_summary(summary):
    values, flags = {}, {}
    for name, got, total in re.findall(r"(\w+)=(\d+)/(\d+)(?=\s|$)", summary):
        values[name] = int(got) / int(total) if int(total) else 1.0
    for name, value in re.findall(r"(\w+)=([0-9.]+)(?=\s|$)", summary):
        values[name] = float(value)
    for name, value in re.findall(r"(\w+)=([A-Za-z][\w-]*)(?=\s|$)", summary):
        flags[name] = value
    # "join=1.000 (39/39)": the ratio is the figure, the count is detail.
    return values, flags


def score(cli, gold_path):
    text_path = gold_path[: -len(".gold.json")] + ".txt"
    with tempfile.NamedTemporaryFile("wb", suffix=".json", delete=False) as out:
        subprocess.run([cli, "parse", text_path], stdout=out, check=True, timeout=60)
    try:
        result = subprocess.run([sys.executable, SCORER, gold_path, out.name],
                                capture_output=True, text=True, check=True)
    finally:
        os.unlink(out.name)
    return result.stdout.strip().splitlines()[-1]


def misses(summary, targets):
    values, flags = parse_summary(summary)
    found = []
    known = set(RATIOS) | set(FRACTIONS) | set(FLAGS)
    for name in sorted(set(values) | set(flags)):
        if name not in known:
            found.append(f"{name}: a figure this check does not know; add its target")
    for name, target in targets.items():
        if name not in values:
            found.append(f"{name}: not printed by the scorer")
        elif values[name] + 1e-9 < target:
            found.append(f"{name}={values[name]:.3f} < {target}")
    for name, expected in FLAGS.items():
        if flags.get(name) != expected:
            found.append(f"{name}={flags.get(name)} (expected {expected})")
    return found


def main():
    cli, golds = sys.argv[1], sys.argv[2:]
    if not golds:
        print("no reference parses given", file=sys.stderr)
        return 1
    failed = False
    for gold in golds:
        unseen = os.path.basename(os.path.dirname(gold)) == "unseen"
        summary = score(cli, gold)
        found = misses(summary, UNSEEN_TARGETS if unseen else REGRESSION_TARGETS)
        status = "ok  " if not found else "MISS"
        kind = "unseen" if unseen else "regression"
        print(f"{status} [{kind}] {os.path.basename(gold)}: {summary}")
        for miss in found:
            print(f"     target missed: {miss}")
        failed = failed or bool(found)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

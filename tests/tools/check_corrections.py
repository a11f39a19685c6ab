#!/usr/bin/env python3
"""A corrections file fixes what the parser got wrong: for each issue in
tests/data/corrections with a reference parse and a corrections file, the scorer
must give less than 1.000 on the plain parse (line_acc or art_f1: the issue is
really misparsed) and exactly 1.000 on every ratio it prints, and full marks on
every count, once `parse --corrections` applies the file.

    check_corrections.py BROADSHEET_CLI FILE.gold.json...
"""
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
SCORER = os.path.join(HERE, "score_parse.py")


def summary(cli, gold, extra):
    text = gold[: -len(".gold.json")] + ".txt"
    with tempfile.NamedTemporaryFile("wb", suffix=".json", delete=False) as out:
        run = subprocess.run([cli, "parse", *extra, text], stdout=out, stderr=subprocess.PIPE,
                             timeout=60)
    try:
        if run.returncode != 0:
            raise SystemExit(f"{text}: parse {' '.join(extra)} exited {run.returncode}: "
                             f"{run.stderr.decode()}")
        scored = subprocess.run([sys.executable, SCORER, gold, out.name], capture_output=True,
                                text=True, check=True)
    finally:
        os.unlink(out.name)
    line = scored.stdout.strip().splitlines()[-1]
    ratios = {k: float(v) for k, v in re.findall(r"(\w+)=(\d+\.\d+)(?=\s|$)", line)}
    counts = {k: (int(a), int(b)) for k, a, b in re.findall(r"(\w+)=(\d+)/(\d+)(?=\s|$)", line)}
    return line, ratios, counts


def main():
    cli, golds = sys.argv[1], sys.argv[2:]
    if not golds:
        raise SystemExit("no reference parses given")
    failed = False
    for gold in golds:
        corrections = gold[: -len(".gold.json")] + ".corrections.json"
        before, ratios, _ = summary(cli, gold, [])
        after, fixed, counts = summary(cli, gold, ["--corrections", corrections])
        print(f"{os.path.basename(gold)}\n  parsed:    {before}\n  corrected: {after}")
        if min(ratios.get("line_acc", 1.0), ratios.get("art_f1", 1.0)) >= 1.0:
            print("  FAIL: the plain parse is already perfect; the test proves nothing")
            failed = True
        if not fixed or any(value != 1.0 for value in fixed.values()):
            print("  FAIL: a ratio is below 1.000 with the corrections applied")
            failed = True
        if any(got != total for got, total in counts.values()):
            print("  FAIL: a count is short with the corrections applied")
            failed = True
    print("FAILED" if failed else "ok")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

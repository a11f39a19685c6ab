#!/usr/bin/env python3
"""Article assembly on generated e-paper pages (issue 16): the PDF route against
the reference and against the text route of the same pages.

    check_epaper.py --cli PATH --typeset PATH --seeds 1-12 \\
                    [--min-chars 0.98] [--min-iou 0.9] [--pages K] [--keep DIR]

For each seed: typeset_epaper lays out an issue; `broadsheet-cli parse` reads
issue.pdf (the PDF route) and issue.pdftotext.txt (the text route); both are
scored with score_epaper.py. Prints a table and fails when the PDF route, over
all the seeds together (characters pooled, IoU averaged over articles), is below
the thresholds or below the text route.

Seeds 1–12 are for tuning: look at their pages and parses as much as you like.
Seeds 101–112 are held out: run them (`--seeds 101-112`) only to check a parser
change once tuning is done, and never read their pages, parses or per-seed rows
to decide what to change. A parser tuned on them is no longer measured by them.
"""
import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_epaper  # noqa: E402


def seeds(spec):
    out = []
    for part in spec.split(","):
        first, _, last = part.partition("-")
        out += range(int(first), int(last or first) + 1)
    return out


def parse(cli, path):
    done = subprocess.run([cli, "parse", path], capture_output=True, text=True)
    if done.returncode != 0:
        raise RuntimeError(f"broadsheet-cli parse {path}: {done.stderr.strip()}")
    return json.loads(done.stdout)


def main():
    args = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    args.add_argument("--cli", required=True)
    args.add_argument("--typeset", required=True)
    args.add_argument("--seeds", default="1-12")
    args.add_argument("--min-chars", type=float, default=0.98)
    args.add_argument("--min-iou", type=float, default=0.9)
    args.add_argument("--pages", type=int, default=2)
    args.add_argument("--keep", help="leave each seed's files in this folder")
    a = args.parse_args()
    work = a.keep or tempfile.mkdtemp(prefix="check_epaper.")
    try:
        return check(a, work)
    finally:
        if not a.keep:
            shutil.rmtree(work, ignore_errors=True)


def check(a, work):
    totals = {"pdf": [0.0, 0], "text": [0.0, 0]}  # chars right, chars in all
    ious = []
    print(f"{'seed':>5} {'columns':>9} {'articles':>8} {'pdf chars':>9} {'text chars':>10} "
          f"{'iou mean':>8} {'iou min':>7}")
    for seed in seeds(a.seeds):
        out = os.path.join(work, f"seed{seed}")
        done = subprocess.run([a.typeset, "--seed", str(seed), "--pages", str(a.pages),
                               "--out", out], capture_output=True, text=True)
        if done.returncode != 0:
            print(f"typeset_epaper --seed {seed}: {done.stderr.strip()}", file=sys.stderr)
            return 1
        with open(os.path.join(out, "issue.ref.json"), encoding="utf-8") as f:
            ref = json.load(f)
        size = sum(len(p) for art in score_epaper.articles_of(ref)
                   for p in score_epaper.parts(art))
        scores = {}
        for route, name in (("pdf", "issue.pdf"), ("text", "issue.pdftotext.txt")):
            try:
                parsed = parse(a.cli, os.path.join(out, name))
            except (RuntimeError, ValueError) as error:
                print(f"seed {seed}: {error}", file=sys.stderr)
                return 1
            with open(os.path.join(out, f"parsed.{route}.json"), "w", encoding="utf-8") as f:
                json.dump(parsed, f, ensure_ascii=False)
            scores[route] = score_epaper.score(ref, parsed)
            totals[route][0] += scores[route]["chars"] * size
            totals[route][1] += size
        pdf = scores["pdf"]
        if pdf["iou_mean"] is not None:
            ious += [pdf["iou_mean"]] * pdf["articles"]
        columns = "/".join(str(p.get("columns", "?")) for p in ref["pages"])
        iou_mean = "—" if pdf["iou_mean"] is None else f"{pdf['iou_mean']:.3f}"
        iou_min = "—" if pdf["iou_min"] is None else f"{pdf['iou_min']:.3f}"
        print(f"{seed:>5} {columns:>9} {pdf['articles']:>8} {pdf['chars']:>9.3f} "
              f"{scores['text']['chars']:>10.3f} {iou_mean:>8} {iou_min:>7}")

    pdf_chars = totals["pdf"][0] / totals["pdf"][1] if totals["pdf"][1] else 0.0
    text_chars = totals["text"][0] / totals["text"][1] if totals["text"][1] else 0.0
    iou = sum(ious) / len(ious) if ious else None
    print(f"{'all':>5} {'':>9} {'':>8} {pdf_chars:>9.3f} {text_chars:>10.3f} "
          f"{'—' if iou is None else f'{iou:.3f}':>8}")
    failed = []
    if pdf_chars < a.min_chars:
        failed.append(f"PDF route chars {pdf_chars:.3f} < {a.min_chars}")
    if pdf_chars < text_chars:
        failed.append(f"PDF route chars {pdf_chars:.3f} below the text route's {text_chars:.3f}")
    if iou is None or iou < a.min_iou:
        failed.append(f"zone IoU {iou} < {a.min_iou}")
    for f in failed:
        print("FAIL " + f, file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
